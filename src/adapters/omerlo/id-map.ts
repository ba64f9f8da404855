// Omerlo assigns the ids of new blocks and entries, while the editor names them before they exist
// (and an entry moved to another block is a new entry there). The map remembers which server id
// each editor id became, for this adapter's lifetime, so the editor keeps the ids it knows.

export class IdMap {
  private readonly toServer = new Map<string, string>()
  private readonly toClient = new Map<string, string>()

  alias(clientId: string, serverId: string): void {
    const previous = this.toServer.get(clientId)
    if (previous !== undefined) this.toClient.delete(previous)
    this.toServer.set(clientId, serverId)
    this.toClient.set(serverId, clientId)
  }

  server(clientId: string): string {
    return this.toServer.get(clientId) ?? clientId
  }

  client(serverId: string): string {
    return this.toClient.get(serverId) ?? serverId
  }
}
