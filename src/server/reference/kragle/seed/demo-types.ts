// The demo block library: public (approved) types of the Kragle curator, the reference user's own
// types (private, pending approval, and one approved), another user's private type, and one
// remote type whose resolved definition is stored as if fetched from its host.
export interface SeedType {
  owner: 'curator' | 'editor' | 'stranger'
  name: string
  definition: Record<string, unknown> | string
  resolved?: Record<string, unknown>
  needsApproval?: boolean
  approved: boolean
}

const def = (
  input: Record<string, string>,
  state: Record<string, string>,
  initial: Record<string, unknown>,
  actions: string[] = ['render'],
): Record<string, unknown> => ({
  io: { input, output: { html: 'string' } },
  actions: actions.map((action) => ({ action, action_params: {} })),
  state,
  initial_state: initial,
})

const text = (initial: string) => def({ text: 'string' }, { text: 'string' }, { text: initial })

const PUBLIC_NAMES = [
  'heading',
  'paragraph',
  'image',
  'button',
  'divider',
  'quote',
  'video',
  'gallery',
  'map',
  'countdown',
  'accordion',
  'tabs',
  'pricing-table',
  'testimonial',
  'newsletter-signup',
  'social-links',
  'code-snippet',
  'table',
] as const

const publicType = (name: string): SeedType => {
  switch (name) {
    case 'image':
      return {
        owner: 'curator',
        name,
        approved: true,
        definition: def(
          { src: 'string', alt: 'string' },
          { src: 'string', alt: 'string' },
          {
            src: '',
            alt: '',
          },
        ),
      }
    case 'button':
      return {
        owner: 'curator',
        name,
        approved: true,
        definition: def(
          { label: 'string', href: 'string' },
          { label: 'string', href: 'string' },
          {
            label: 'Read more',
            href: '',
          },
          ['render', 'click'],
        ),
      }
    default:
      return { owner: 'curator', name, approved: true, definition: text('') }
  }
}

export const SEED_TYPES: readonly SeedType[] = [
  ...PUBLIC_NAMES.map(publicType),
  {
    owner: 'curator',
    name: 'weather',
    approved: true,
    definition: 'https://blocks.kragle.example/weather.json',
    resolved: def(
      { city: 'string' },
      { city: 'string', unit: 'string' },
      {
        city: 'Oslo',
        unit: 'C',
      },
      ['render', 'refresh'],
    ),
  },
  { owner: 'editor', name: 'team-banner', approved: false, definition: text('Our team') },
  {
    owner: 'editor',
    name: 'event-card',
    approved: false,
    needsApproval: true,
    definition: def(
      { title: 'string', date: 'string' },
      { title: 'string', date: 'string' },
      {
        title: '',
        date: '',
      },
    ),
  },
  { owner: 'editor', name: 'callout', approved: true, definition: text('Note') },
  { owner: 'stranger', name: 'secret-widget', approved: false, definition: text('hidden') },
]

/** [blockTypeName, conversion, {name?, state?}] */
type Entry = [string, unknown, Record<string, unknown>]

export const SEED_STACKS: readonly { name: string; blocks: Entry[] }[] = [
  {
    name: 'home-page',
    blocks: [
      ['heading', null, { name: 'Welcome', state: { text: 'Welcome to Kragle' } }],
      ['paragraph', null, { name: 'Intro', state: { text: 'Stacks are built from blocks.' } }],
      ['image', null, { name: 'Hero image', state: { src: '/hero.jpg', alt: 'A fjord' } }],
      ['button', null, { name: 'Call to action', state: { label: 'Start', href: '/start' } }],
      ['team-banner', null, { name: 'Team' }],
    ],
  },
  {
    name: 'about-page',
    blocks: [
      ['heading', null, { name: 'About', state: { text: 'About us' } }],
      ['quote', null, { name: 'Motto', state: { text: 'Small blocks, big pages.' } }],
      ['divider', null, {}],
    ],
  },
  {
    name: 'landing',
    blocks: [
      ['heading', null, { name: 'Launch', state: { text: 'Launching soon' } }],
      ['countdown', { format: 'days' }, { name: 'Timer', state: { text: '2026-12-01' } }],
      ['newsletter-signup', null, { name: 'Signup' }],
      ['weather', null, { name: 'Forecast', state: { city: 'Bergen', unit: 'C' } }],
    ],
  },
  {
    name: 'newsletter',
    blocks: [
      ['heading', null, { name: 'Issue', state: { text: 'November news' } }],
      ['paragraph', null, { name: 'Body', state: { text: 'Plenty happened.' } }],
      ['social-links', null, { name: 'Follow' }],
    ],
  },
]
