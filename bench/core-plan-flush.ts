// `npx tsx bench/core-plan-flush.ts [--against <git-ref>]`: times planFlush and applyOperations
// of src/core on generated documents (1,000 and 10,000 blocks, flat and nested). Prints JSON
// (min/median/max ms over RUNS runs, after warm-up); asserts nothing. With --against, the same
// figures are also taken for src/core as it is at that git ref (extracted with `git archive` into
// a temporary directory; the working tree is not touched), as "before" next to "after".
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ApplyResult, Block, NewBlock, Operation } from '../src/core/types'
import { summarize, type Summary } from './stats'

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 20))
const WARMUP = 10

interface Core {
  planFlush: (base: readonly Block[], pending: Operation[]) => Operation[]
  applyOperations: (blocks: readonly Block[], ops: readonly Operation[]) => ApplyResult
}

const text = (id: string, i: number): Block => ({
  id,
  type: 'text',
  value: {
    title: `Title ${i}`,
    body_html: `<p>Paragraph ${i} of the page, with <strong>some</strong> text.</p>`,
    tags: ['a', 'b'],
    items: [
      { id: `${id}-a`, label: 'Visitors', value: i * 3 },
      { id: `${id}-b`, label: 'Shows', value: i % 100 },
    ],
  },
})

/** `size` blocks: all top level, or groups of one container and 9 children (10% containers). */
function makeDocument(size: number, nested: boolean): Block[] {
  if (!nested) return Array.from({ length: size }, (_, i) => text(`b${i}`, i))
  const groups: Block[] = []
  for (let g = 0; g * 10 < size; g += 1) {
    const children = Array.from({ length: 9 }, (_, c) => text(`b${g}-${c}`, g * 10 + c))
    groups.push({ id: `g${g}`, type: 'group', value: { title: `Group ${g}` }, children })
  }
  return groups
}

/** Ids spread over the document (the n-th of `count` evenly spaced top-level or child blocks). */
function pick(doc: readonly Block[], nested: boolean, n: number, count: number): string {
  const group = doc[Math.floor(((n + 0.5) * doc.length) / count) % doc.length] as Block
  if (!nested) return group.id
  return (group.children?.[n % 9] as Block).id
}

/** Typing: `count` updates to two blocks (coalesce to two). */
function typing(doc: readonly Block[], nested: boolean, count: number): Operation[] {
  const ids = [pick(doc, nested, 1, 4), pick(doc, nested, 2, 4)]
  return Array.from({ length: count }, (_, i) => ({
    op: 'update',
    blockId: ids[i % 2] as string,
    value: { title: `typed ${'x'.repeat(i)}` },
  }))
}

/** A mix over the whole document: inserts then edits, moves, move chains, removes, updates. */
function mixed(doc: readonly Block[], nested: boolean, count: number): Operation[] {
  const ops: Operation[] = []
  const slots = count
  for (let i = 0; ops.length < count; i += 1) {
    const target = pick(doc, nested, i, slots)
    const other = pick(doc, nested, (i * 7 + 3) % slots, slots)
    switch (i % 5) {
      case 0: {
        const block: NewBlock = { id: `new${i}`, type: 'text', value: { title: '' } }
        ops.push({ op: 'insertAfter', blockId: target, block })
        ops.push({ op: 'update', blockId: `new${i}`, value: { title: `new ${i}` } })
        break
      }
      case 1:
        if (target !== other) ops.push({ op: 'moveAfter', blockId: target, anchorId: other })
        break
      case 2:
        ops.push({ op: 'update', blockId: target, value: { title: `edited ${i}` } })
        ops.push({ op: 'update', blockId: target, value: { title: `edited ${i}!` } })
        break
      case 3:
        ops.push({ op: 'remove', blockId: target })
        break
      default:
        ops.push({ op: 'append', block: { id: `end${i}`, type: 'text', value: {} } })
        ops.push({ op: 'remove', blockId: `end${i}` })
    }
  }
  return ops.slice(0, count)
}

function time(run: () => unknown): Summary | null {
  for (let i = 0; i < WARMUP; i += 1) run()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}

function measure(core: Core) {
  const rows = []
  for (const size of [1_000, 10_000]) {
    for (const nested of [false, true]) {
      const doc = makeDocument(size, nested)
      const scenarios: Record<string, Operation[]> = {
        typing20: typing(doc, nested, 20),
        mixed5: mixed(doc, nested, 5),
        mixed50: mixed(doc, nested, 50),
      }
      const oneUpdate: Operation[] = [
        { op: 'update', blockId: pick(doc, nested, 3, 4), value: { title: 'x' } },
      ]
      const oneInsert: Operation[] = [
        {
          op: 'insertAfter',
          blockId: pick(doc, nested, 3, 4),
          block: { id: 'fresh', type: 'text', value: {} },
        },
      ]
      const planFlush: Record<string, Summary | null> = {}
      const planLength: Record<string, string> = {}
      for (const [name, ops] of Object.entries(scenarios)) {
        const check = core.applyOperations(doc, ops)
        if (!check.ok) throw new Error(`${name}: ${check.message}`)
        planFlush[name] = time(() => core.planFlush(doc, ops))
        planLength[name] = `${ops.length} -> ${core.planFlush(doc, ops).length}`
      }
      rows.push({
        blocks: size,
        shape: nested ? 'nested (groups of 10)' : 'flat',
        planFlushMs: planFlush,
        planLength,
        applyOperationsMs: {
          oneUpdate: time(() => core.applyOperations(doc, oneUpdate)),
          oneInsert: time(() => core.applyOperations(doc, oneInsert)),
          mixed50: time(() => core.applyOperations(doc, scenarios.mixed50 as Operation[])),
        },
      })
    }
  }
  return rows
}

async function loadCore(root: string): Promise<Core> {
  const planFlush = (await import(pathToFileURL(join(root, 'src/core/plan-flush.ts')).href)) as Core
  const apply = (await import(
    pathToFileURL(join(root, 'src/core/apply-operations.ts')).href
  )) as Core
  return { planFlush: planFlush.planFlush, applyOperations: apply.applyOperations }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--against')
  const ref = at === -1 ? undefined : process.argv[at + 1]
  const here = resolve(import.meta.dirname, '..')
  const result: Record<string, unknown> = { runs: RUNS }
  if (ref !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'core-bench-'))
    try {
      const archive = execFileSync('git', ['archive', ref, 'src/core'], { cwd: here })
      execFileSync('tar', ['-x', '-C', dir], { input: archive })
      result.before = { ref, figures: measure(await loadCore(dir)) }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  result[ref === undefined ? 'figures' : 'after'] = measure(await loadCore(here))
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

await main()
