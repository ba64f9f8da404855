// What the review says where there is nothing to publish from here, in plain words per backend
// (names and where each publishes: the backends' table, src/core/backends.ts).
import type { BackendAdapter } from '../../adapters/types'
import { backendOf } from '../../core/backends'

export function backendName(adapter: Pick<BackendAdapter, 'id'>): string {
  return backendOf(adapter.id).label
}

/** Why there is no Publish button, or null when there is one. */
export function publishingNote(adapter: BackendAdapter): string | null {
  const name = backendName(adapter)
  if (!adapter.capabilities.drafts) {
    return `${name} has no drafts: every change is live as soon as it is saved, so there is nothing to publish. Below are the changes not saved yet.`
  }
  if (adapter.publishing) return null
  const elsewhere = backendOf(adapter.id).publishedElsewhere
  return (
    elsewhere ??
    `${name} offers no way to publish from this editor: publish the draft where ${name} lets you.`
  )
}
