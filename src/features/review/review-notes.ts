// What the review says where there is nothing to publish from here, in plain words per backend.
import type { BackendAdapter } from '../../adapters/types'

const NAMES: Record<BackendAdapter['id'], string> = {
  basker: 'Basker',
  omerlo: 'Omerlo',
  drumee: 'Drumee',
  tines: 'Tines',
  kragle: 'Kragle',
}

export function backendName(adapter: Pick<BackendAdapter, 'id'>): string {
  return NAMES[adapter.id]
}

/** Why there is no Publish button, or null when there is one. */
export function publishingNote(adapter: BackendAdapter): string | null {
  const name = backendName(adapter)
  if (!adapter.capabilities.drafts) {
    return `${name} has no drafts: every change is live as soon as it is saved, so there is nothing to publish. Below are the changes not saved yet.`
  }
  if (adapter.publishing) return null
  if (adapter.id === 'basker') {
    return 'Basker publishes in its own admin: this editor saves the draft, and you publish it there.'
  }
  return `${name} offers no way to publish from this editor: publish the draft where ${name} lets you.`
}
