// Tines numbers blocks itself, while the editor names a new block before it exists. The map
// remembers which server id each editor id became (for this adapter's lifetime), so the editor
// keeps addressing its block by the id it knows, and which note element each block holds.

export class IdMap {
  private readonly toServer = new Map<string, string>()
  private readonly toClient = new Map<string, string>()
  private readonly elements = new Map<string, number>()

  alias(clientId: string, serverId: string): void {
    this.toServer.set(clientId, serverId)
    this.toClient.set(serverId, clientId)
  }

  server(clientId: string): string {
    return this.toServer.get(clientId) ?? clientId
  }

  client(serverId: string): string {
    return this.toClient.get(serverId) ?? serverId
  }

  hasServer(clientId: string): boolean {
    return this.toServer.has(clientId)
  }

  setElement(serverId: string, elementId: number): void {
    this.elements.set(serverId, elementId)
  }

  element(clientId: string): number | undefined {
    return this.elements.get(this.server(clientId))
  }
}
