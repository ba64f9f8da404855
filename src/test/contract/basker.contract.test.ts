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

  it('cannot read the site values (Basker has no such read) but sets and unsets keys', async () => {
    const site = { kind: 'site' } as const
    const fields = await theme.loadSchema(site)
    expect(fields.map((f) => f.key)).toContain('primaryColor')
    const before = await theme.load(site)
    expect(before).toMatchObject({ values: {}, valuesUnknown: true })
    expect(before.version).toEqual(expect.any(String))
    const saved = await theme.save(
      site,
      { set: { primaryColor: '#000000' }, unset: ['legacyBanner'] },
      { version: before.version },
    )
    expect(saved.values).toEqual({ primaryColor: '#000000' })
    // Changed after the guard sent: refused, nothing written.
    const stale = await adapterError(
      theme.save(
        site,
        { set: { primaryColor: '#ffffff' }, unset: [] },
        { version: '2020-01-01T00:00:00.000Z' },
      ),
    )
    expect(stale.kind).toBe('conflict')
    const unknown = await adapterError(
      theme.save(site, { set: { nope: 1 }, unset: [] }, { version: saved.version }),
    )
    expect(unknown.kind).toBe('validation')
  })

  it('reads a record’s theme settings from the record and writes them under its updatedAt', async () => {
    const scope = { kind: 'record', ref: ctx.record } as const
    expect((await theme.loadSchema(scope)).length).toBeGreaterThan(0)
    const before = await theme.load(scope)
    expect(before.version).toEqual(expect.any(String))
    expect(before.valuesUnknown).toBeUndefined()
    const saved = await theme.save(
      scope,
      { set: { accentColor: '#be123c' }, unset: [] },
      { version: before.version },
    )
    expect(saved.values.accentColor).toBe('#be123c')
    expect(await theme.load(scope)).toEqual(saved)
    const document = await ctx.adapter.loadRecord(ctx.record)
    expect(document.version).toBe(saved.version)
    const stale = await adapterError(
      theme.save(
        scope,
        { set: { accentColor: '#000000' }, unset: [] },
        { version: before.version },
      ),
    )
    expect(stale.kind).toBe('conflict')
  })
})

describe('basker languages and limits against the reference backend', () => {
  let ctx: ContractSetup
  beforeAll(async () => {
    ctx = await startBasker()
  }, SERVER_START_MS)
  afterAll(async () => {
    await ctx?.teardown?.()
  }, SERVER_START_MS)

  it('edits the French blocks through `locale` without touching the English ones', async () => {
    const en = { ...ctx.record, locale: 'en' }
    const fr = { ...ctx.record, locale: 'fr' }
    const before = await ctx.adapter.loadRecord(en)
    const first = before.blocks[0]
    if (!first) throw new Error('the record has blocks')
    await ctx.adapter.applyOperations(
      fr,
      [{ op: 'update', blockId: first.id, value: { heading: 'Bienvenue' } }],
      { version: before.version, base: before.blocks },
    )
    expect((await ctx.adapter.loadRecord(fr)).blocks[0]?.value.heading).toBe('Bienvenue')
    expect((await ctx.adapter.loadRecord(en)).blocks).toEqual(before.blocks)
  })

  it('runs at Basker’s real limits: the 21st write of a minute is refused with Retry-After', async () => {
    const start = await ctx.adapter.loadRecord(ctx.record)
    let version = start.version
    let refused: unknown = null
    // This server has already taken one write (above); 19 more fill the minute.
    for (let i = 0; i < 20 && refused === null; i += 1) {
      try {
        version = (await ctx.adapter.applyOperations(ctx.record, [], { version, base: [] })).version
      } catch (error) {
        refused = error
      }
    }
    expect(refused).toMatchObject({ kind: 'rate-limited' })
    expect(
      (refused as { details: { retryAfterMs?: number } }).details.retryAfterMs,
    ).toBeGreaterThan(0)
  })
})
