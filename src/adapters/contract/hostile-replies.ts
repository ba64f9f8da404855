// What every adapter's hostile-response suite checks first: each call, answered with each broken
// reply, fails as an AdapterError 'malformed' whose message names what was wrong.
import { expect, it } from 'vitest'
import type { BackendAdapter } from '../types'
import { adapterError } from './contract-helpers'

export type AdapterCall = [name: string, run: (adapter: BackendAdapter) => Promise<unknown>]
export type HostileReply = [what: string, reply: () => Response, message: RegExp]

export function itTurnsHostileRepliesIntoMalformed(
  calls: readonly AdapterCall[],
  replies: readonly HostileReply[],
  adapterAnswering: (reply: () => Response) => BackendAdapter,
): void {
  for (const [call, run] of calls) {
    it.each(replies)(`${call}: %s → malformed`, async (_, reply, message) => {
      const error = await adapterError(run(adapterAnswering(reply)))
      expect(error.kind).toBe('malformed')
      expect(error.message).toMatch(message)
    })
  }
}
