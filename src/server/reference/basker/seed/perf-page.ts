// pages/perf-1000: a thousand blocks of mixed types and realistic text, for performance work.
// Deterministic (a seeded generator), so every fresh seed holds the same page.
import type { Block } from '../../../../core/types'
import { EVENTS, PEOPLE } from './records'

const SENTENCES = [
  'The season opens with a gala evening of music and dance.',
  'Our learning team works with schools across the whole region.',
  'Tickets for members go on sale two weeks before general booking.',
  'The Garden Stage is open from June to September, weather permitting.',
  'Every performance on Thursdays is relaxed and captioned.',
  'The café serves local food before and after every show.',
  'Backstage tours run on the first Saturday of each month.',
  'We commission three new works each year from writers on the coast.',
  'Our youth company rehearses every Tuesday in Studio 2.',
  'Access bookings can be made by phone, email or at the box office.',
]
const HEADINGS = [
  'Programme notes',
  'Behind the scenes',
  'Our artists',
  'Visiting us',
  'Learning',
  'Support us',
]

/** A small linear congruential generator: same seed, same page. */
const random = (seed: number): (() => number) => {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

export const perfBlocks = (count = 1000): Block[] => {
  const next = random(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const sentences = (n: number): string =>
    Array.from({ length: n }, () => pick(SENTENCES)).join(' ')
  return Array.from({ length: count }, (_, index): Block => {
    const id = `perf-${String(index + 1).padStart(4, '0')}`
    const kind = index % 10
    if (kind === 0)
      return {
        id,
        type: 'heading',
        value: { text: `${pick(HEADINGS)} ${index / 10 + 1}`, level: pick(['h2', 'h3', 'h4']) },
      }
    if (kind === 3) {
      return {
        id,
        type: 'quote',
        value: { quote_html: `<p>“${sentences(1)}”</p>`, author: pick(PEOPLE).id },
      }
    }
    if (kind === 5) {
      return {
        id,
        type: 'event-list',
        value: {
          title: 'Coming up',
          events: [pick(EVENTS).id, pick(EVENTS).id],
          limit: 2,
          showPast: next() > 0.5,
        },
      }
    }
    if (kind === 7) {
      return {
        id,
        type: 'stats',
        value: {
          items: [
            { id: `${id}-a`, label: 'Visitors', value: Math.floor(next() * 10_000) },
            { id: `${id}-b`, label: 'Shows', value: Math.floor(next() * 100) },
          ],
        },
      }
    }
    if (kind === 9) {
      return {
        id,
        type: 'call-to-action',
        value: {
          heading: 'Book now',
          body_html: `<p>${sentences(1)}</p>`,
          buttonLabel: 'Tickets',
          style: 'secondary',
        },
      }
    }
    return {
      id,
      type: 'rich-text',
      value: {
        body_html: `<p>${sentences(2)}</p><p>${sentences(1)} <a href="/about">Read more</a>.</p>`,
      },
    }
  })
}
