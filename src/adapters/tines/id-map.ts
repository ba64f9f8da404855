// Tines numbers blocks itself, while the editor names a new block before it exists: the durable
// map (../durable-id-map.ts) keeps the editor's id across reloads. Beside it, which note element
// each block holds, learnt from every listing (so never worth keeping).
import { IdMap as DurableIdMap } from '../durable-id-map'

export class IdMap extends DurableIdMap {
  private readonly elements = new Map<string, number>()

  setElement(serverId: string, elementId: number): void {
    this.elements.set(serverId, elementId)
  }

  element(clientId: string): number | undefined {
    return this.elements.get(this.server(clientId))
  }
}
