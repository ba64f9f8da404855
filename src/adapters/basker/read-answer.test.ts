import { describe, expect, it } from 'vitest'
import type { Operation } from '../../core'
import { createLargeReads } from './large-reads'
import { readAnswer } from './read-answer'
import type { ReadCache } from './read-answer'

const ref = { collection: 'pages', id: 'home' }
const raw = (title: string) => [
  { id: 'a', type: 'heading', value: { title } },
  { id: 'b', type: 'text', value: { body: 'x' } },
]
const record = (updatedAt: string, title = 'Hello') =>
  JSON.stringify({ id: 'home', title: 'Home', updatedAt, blocks: raw(title) })
const written = (updatedAt: string, title: string) =>
  JSON.stringify({ document: { id: 'home', updatedAt, blocks: raw(title) } })
const rename: Operation[] = [{ op: 'update', blockId: 'a', value: { title: 'Mine' } }]

describe('readAnswer', () => {
  it('a write answer equal to the last read after the operations comes back as its version only', () => {
    const cache: ReadCache = new Map()
    readAnswer({ kind: 'record', key: 'k', ref, text: record('v1') }, cache)
    const answer = readAnswer(
      { kind: 'write', key: 'k', text: written('v2', 'Mine'), baseVersion: 'v1', ops: rename },
      cache,
    )
    expect(answer).toEqual({ kind: 'write', outcome: { version: 'v2' } })
    // The next write compares with the document of v2.
    const again = readAnswer(
      {
        kind: 'write',
        key: 'k',
        text: written('v3', 'Again'),
        baseVersion: 'v2',
        ops: [{ op: 'update', blockId: 'a', value: { title: 'Again' } }],
      },
      cache,
    )
    expect(again).toEqual({ kind: 'write', outcome: { version: 'v3' } })
  })

  it('returns the stored blocks when they differ from the prediction, or the base is unknown', () => {
    const cache: ReadCache = new Map()
    readAnswer({ kind: 'record', key: 'k', ref, text: record('v1') }, cache)
    const normalised = readAnswer(
      { kind: 'write', key: 'k', text: written('v2', 'Mine!'), baseVersion: 'v1', ops: rename },
      cache,
    )
    expect(normalised.kind === 'write' && normalised.outcome.blocks?.[0]?.value).toEqual({
      title: 'Mine!',
    })
    const unknownBase = readAnswer(
      { kind: 'write', key: 'k', text: written('v9', 'Mine'), baseVersion: 'v7', ops: rename },
      cache,
    )
    expect(unknownBase.kind === 'write' && unknownBase.outcome.blocks).toHaveLength(2)
  })

  it('turns unreadable answers into malformed errors', () => {
    const cache: ReadCache = new Map()
    expect(readAnswer({ kind: 'record', key: 'k', ref, text: '{' }, cache)).toMatchObject({
      kind: 'error',
      error: { kind: 'malformed' },
    })
    expect(
      readAnswer({ kind: 'write', key: 'k', text: '{}', baseVersion: null, ops: [] }, cache),
    ).toMatchObject({ kind: 'error', error: { kind: 'malformed' } })
  })
})

describe('the theme settings read with a record', () => {
  it('come from the same answer, and a malformed theme is not taken for one', () => {
    const withTheme = JSON.stringify({
      id: 'home',
      updatedAt: 'v3',
      themeSettings: { primaryColor: '#123456' },
      blocks: raw('Hi'),
    })
    expect(readAnswer({ kind: 'record', key: 'k', ref, text: withTheme }, new Map())).toMatchObject(
      { kind: 'record', theme: { values: { primaryColor: '#123456' }, version: 'v3' } },
    )
    const odd = JSON.stringify({ id: 'home', updatedAt: 'v3', themeSettings: 'blue', blocks: [] })
    expect(readAnswer({ kind: 'record', key: 'k', ref, text: odd }, new Map())).toMatchObject({
      kind: 'record',
      theme: null,
    })
  })
})

describe('createLargeReads without a Worker (node)', () => {
  it('reads on the calling thread with the same results', async () => {
    const reads = createLargeReads(10)
    const { document, theme } = await reads.record({
      kind: 'record',
      key: 'k',
      ref,
      text: record('v1'),
    })
    expect(document.blocks.map((b) => b.id)).toEqual(['a', 'b'])
    // No themeSettings in the answer: the values are not known, the version is the record's.
    expect(theme).toEqual({ values: {}, version: 'v1', valuesUnknown: true })
    const outcome = await reads.write({
      kind: 'write',
      key: 'k',
      text: written('v2', 'Mine'),
      baseVersion: 'v1',
      ops: rename,
    })
    expect(outcome).toEqual({ version: 'v2' })
    await expect(
      reads.record({ kind: 'record', key: 'k', ref, text: 'nope' }),
    ).rejects.toMatchObject({ kind: 'malformed' })
  })
})
