// The table of backends, checked across its layers: core's ids and descriptors, the adapters'
// factories, the server's parts and the e2e port offsets all name exactly the same backends.
import { describe, expect, it } from 'vitest'
import { ADAPTERS } from '../../adapters/backends'
import { createAdapter } from '../../adapters'
import { capabilitiesOf } from '../../core/backend-capabilities'
import { BACKEND_IDS, BACKENDS, isBackendId } from '../../core/backends'
import { SERVER_BACKENDS } from '../../server/backends'
import { E2E_PORT_OFFSETS } from '../../../scripts/e2e-ports.mjs'

const sorted = (ids: readonly string[]): string[] => [...ids].sort()

describe('the table of backends', () => {
  it('has unique ids, each descriptor under its own id', () => {
    expect(new Set(BACKEND_IDS).size).toBe(BACKEND_IDS.length)
    for (const id of BACKEND_IDS) expect(BACKENDS[id].id).toBe(id)
    const labels = BACKEND_IDS.map((id) => BACKENDS[id].label.toLowerCase())
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('gives every backend an entry in every layer and nothing else', () => {
    const ids = sorted(BACKEND_IDS)
    expect(sorted(Object.keys(BACKENDS))).toEqual(ids)
    expect(sorted(Object.keys(ADAPTERS))).toEqual(ids)
    expect(sorted(Object.keys(SERVER_BACKENDS))).toEqual(ids)
    expect(sorted(Object.keys(E2E_PORT_OFFSETS))).toEqual(ids)
    expect(new Set(Object.values(E2E_PORT_OFFSETS)).size).toBe(ids.length)
  })

  it.each(BACKEND_IDS)('%s: adapter, reference and capabilities agree on the id', (id) => {
    const config = { backend: id, basker: { tenant: 't', apiVersion: 'v' } }
    const adapter = createAdapter(config)
    expect(adapter.id).toBe(id)
    expect(adapter.capabilities).toEqual(capabilitiesOf(id))
    const server = SERVER_BACKENDS[id]
    expect(server.reference.name).toBe(id)
    expect(server.reference.mount).toBe(`/ref/${id}`)
    expect(typeof server.classify).toBe('function')
  })

  it('tells ids from other names', () => {
    expect(isBackendId('kragle')).toBe(true)
    expect(isBackendId('wordpress')).toBe(false)
    expect(isBackendId('toString')).toBe(false)
  })
})
