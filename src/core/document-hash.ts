// A short fingerprint of a draft's blocks, so an approval can say "changed since": the review
// compares the hash of the draft now with the one stored with the approval. Keys are written in
// sorted order (a backend or a rebase may rebuild an object with its keys in another order
// without changing it), and the text is hashed with two 32-bit FNV-1a lanes of different seeds
// (16 hex digits), which is plenty to tell versions of one page apart. Not a security hash.
import type { Block } from './types'

/** JSON with every object's keys sorted; `undefined` members are left out, as JSON does. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives undefined for undefined and functions: written as null in arrays.
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const record = value as Record<string, unknown>
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
  return `{${members.join(',')}}`
}

const FNV_PRIME = 0x01000193

const fnv1a = (text: string, seed: number): number => {
  let hash = seed
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

const hex = (n: number): string => n.toString(16).padStart(8, '0')

/** The fingerprint of a block list: 16 lowercase hex digits, equal for equal content. */
export function documentHash(blocks: readonly Block[]): string {
  const text = stableJson(blocks)
  // The standard offset basis, and a second seed for an independent lane.
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f))
}
