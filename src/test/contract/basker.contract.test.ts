// The Basker adapter against the real server: the reference backend behind the same-origin
// proxy, over real HTTP on an ephemeral port, with its own temporary data directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adapterError } from '../../adapters/contract/contract-helpers'
import { defineAdapterContract } from '../../adapters/contract/define-adapter-contract'
import { SERVER_START_MS } from '../../adapters/contract/define-adapter-contract'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import type { ThemeSettingsApi } from '../../adapters/types'
import { startBasker } from './start-basker'

defineAdapterContract('basker', startBasker)

describe('basker theme settings against the reference backend', () => {
  let ctx: ContractSetup
  let theme: ThemeSettingsApi
  beforeAll(async () => {
    ctx = await startBasker()
    if (!ctx.adapter.themeSettings) throw new Error('the Basker adapter has theme settings')
    theme = ctx.adapter.themeSettings
  }, SERVER_START_MS)
  afterAll(async () => {
    await ctx?.teardown?.()
  }, SERVER_START_MS)

  it('reads the site schema and values, and writes set/unset under ifUpdatedAt', async () => {
    const site = { kind: 'site' } as const
    const fields = await theme.loadSchema(site)
    expect(fields.map((f) => f.key)).toContain('primaryColor')
    const before = await theme.load(site)
    expect(before.version).toEqual(expect.any(String))
    const saved = await theme.save(
      site,
      { set: { primaryColor: '#000000' }, unset: ['legacyBanner'] },
      { version: before.version },
    )
    const after = await theme.load(site)
    expect(after).toEqual(saved)
    expect(after.values.primaryColor).toBe('#000000')
    expect(after.values).not.toHaveProperty('legacyBanner')
    const stale = await adapterError(
      theme.save(
        site,
        { set: { primaryColor: '#ffffff' }, unset: [] },
        { version: before.version },
      ),
    )
    expect(stale.kind).toBe('conflict')
    const unknown = await adapterError(
      theme.save(site, { set: { nope: 1 }, unset: [] }, { version: after.version }),
    )
    expect(unknown.kind).toBe('validation')
  })

  it('reads a record’s theme settings', async () => {
    const scope = { kind: 'record', ref: ctx.record } as const
    expect((await theme.loadSchema(scope)).length).toBeGreaterThan(0)
    expect((await theme.load(scope)).version).toEqual(expect.any(String))
  })
})
