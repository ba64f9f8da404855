// fast-check arbitraries for the core's property tests: random nested documents and random
// operation sequences that are valid step by step (each op is built against the current document).
import fc from 'fast-check'
import { applyOperations } from '../apply-operations'
import { allIds, walkBlocks } from '../tree'
import type { Block, FieldValues, NewBlock, Operation } from '../types'

const KEYS = ['title', 'body_html', 'count', 'tags'] as const

export const valueArb: fc.Arbitrary<FieldValues> = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'a', 'b'), fc.constant(['x'])),
  { maxKeys: 3 },
)

interface NodeSeed {
  parent: number
  value: FieldValues
  container: boolean
}

/** Builds a document from seeds: node i hangs under an earlier container, at most 3 levels deep. */
function buildDocument(seeds: NodeSeed[]): Block[] {
  const root: Block[] = []
  const nodes: { block: Block; depth: number }[] = []
  seeds.forEach((seed, i) => {
    const block: Block = { id: `b${i}`, type: seed.container ? 'group' : 'text', value: seed.value }
    if (seed.container) block.children = []
    const hosts = nodes.filter((node) => node.block.children && node.depth < 3)
    const host =
      seed.parent % (hosts.length + 1) === 0 ? undefined : hosts[seed.parent % hosts.length]
    const list = host ? (host.block.children as Block[]) : root
    list.push(block)
    nodes.push({ block, depth: host ? host.depth + 1 : 1 })
  })
  return root
}

export const documentArb: fc.Arbitrary<Block[]> = fc
  .array(fc.record({ parent: fc.nat(20), value: valueArb, container: fc.boolean() }), {
    maxLength: 12,
  })
  .map(buildDocument)

type StepSeed = [number, number, number, FieldValues, boolean]

const stepArb: fc.Arbitrary<StepSeed> = fc.tuple(
  fc.nat(99),
  fc.nat(99),
  fc.nat(99),
  valueArb,
  fc.boolean(),
)

/** Turns one seed into an operation on `doc` (which may fail to apply; the caller checks). */
function toOperation(doc: Block[], seed: StepSeed, serial: number): Operation | undefined {
  const [kind, a, b, value, nested] = seed
  const ids = allIds(doc)
  const pick = (n: number): string | undefined => ids[n % Math.max(ids.length, 1)]
  const containers: string[] = []
  walkBlocks(doc, (block) => {
    if (block.children) containers.push(block.id)
  })
  const fresh: NewBlock = { id: `n${serial}`, type: nested ? 'group' : 'text', value }
  if (nested) fresh.children = b % 3 === 0 ? [{ id: `n${serial}c`, type: 'text', value: {} }] : []
  const target = pick(a)
  const anchor = pick(b)
  switch (kind % 10) {
    case 0:
    case 1:
      return target === undefined ? undefined : { op: 'update', blockId: target, value }
    case 2:
      return target === undefined
        ? undefined
        : { op: 'insertBefore', blockId: target, block: fresh }
    case 3:
      return target === undefined ? undefined : { op: 'insertAfter', blockId: target, block: fresh }
    case 4:
    case 5: {
      const op = kind % 10 === 4 ? 'append' : 'prepend'
      // Append into any block (not only containers) so children lists get created too.
      if (nested && target !== undefined) return { op, block: fresh, parentId: target }
      const parentId = containers[a % Math.max(containers.length, 1)]
      return parentId === undefined || b % 2 === 0
        ? { op, block: fresh }
        : { op, block: fresh, parentId }
    }
    case 6:
      return target === undefined ? undefined : { op: 'remove', blockId: target }
    case 7:
    case 8:
      if (target === undefined || anchor === undefined) return undefined
      return { op: kind % 10 === 7 ? 'moveBefore' : 'moveAfter', blockId: target, anchorId: anchor }
    default:
      return kind % 7 === 0 ? { op: 'replaceAll', blocks: doc.slice(0, a % 3) } : undefined
  }
}

/** Keeps the seeds whose operation applies, in order, starting from `base`. */
export function buildOperations(base: Block[], seeds: StepSeed[]): Operation[] {
  const ops: Operation[] = []
  let doc = base
  seeds.forEach((seed, serial) => {
    const op = toOperation(doc, seed, serial)
    if (!op) return
    const result = applyOperations(doc, [op])
    if (result.ok) {
      ops.push(op)
      doc = result.blocks
    }
  })
  return ops
}

export const scenarioArb: fc.Arbitrary<{ base: Block[]; ops: Operation[] }> = fc
  .tuple(documentArb, fc.array(stepArb, { maxLength: 10 }))
  .map(([base, seeds]) => ({ base, ops: buildOperations(base, seeds) }))

/** A document and one valid move in it (undefined when the document has fewer than two blocks). */
export const singleMoveArb = fc
  .tuple(documentArb, fc.nat(99), fc.nat(99), fc.boolean())
  .map(([base, a, b, after]) => {
    const ids = allIds(base)
    const blockId = ids[a % Math.max(ids.length, 1)]
    const anchorId = ids[b % Math.max(ids.length, 1)]
    if (blockId === undefined || anchorId === undefined) return { base, op: undefined }
    const op: Operation = { op: after ? 'moveAfter' : 'moveBefore', blockId, anchorId }
    return { base, op: applyOperations(base, [op]).ok ? op : undefined }
  })

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}
