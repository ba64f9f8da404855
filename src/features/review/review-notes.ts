// What the review says where there is nothing to publish from here, in plain words per backend
// (names and where each publishes: the backends' table, src/core/backends.ts).
import type { BackendId } from '../../adapters/types'
import { backendOf } from '../../core/backends'

function backendName(backend: BackendId): string {
  return backendOf(backend).label
}

/** What the note depends on: the backend, whether it has drafts, whether it can publish. */
export interface PublishingFacts {
  backend: BackendId
  drafts: boolean
  publishing: boolean
}

/** Why there is no Publish button, or null when there is one. */
export function publishingNote({ backend, drafts, publishing }: PublishingFacts): string | null {
  const name = backendName(backend)
  if (!drafts) {
    return `${name} has no drafts: every change is live as soon as it is saved, so there is nothing to publish. Below are the changes not saved yet.`
  }
  if (publishing) return null
  const elsewhere = backendOf(backend).publishedElsewhere
  return (
    elsewhere ??
    `${name} offers no way to publish from this editor: publish the draft where ${name} lets you.`
  )
}
