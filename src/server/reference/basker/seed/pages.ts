// The demo pages: home (a dozen varied blocks whose draft differs a little from what is
// published) and about. Block ids are readable so tests and people can tell blocks apart.
import type { Block } from '../../../../core/types'

const HOME_PUBLISHED: Block[] = [
  {
    id: 'home-hero',
    type: 'hero',
    value: {
      heading: 'Welcome to the Harbour Arts Centre',
      subheading: 'Theatre, music and dance by the sea since 1962.',
      image: 'media-harbour-hall',
      cta: { label: 'See what’s on', link: 'about' },
    },
  },
  {
    id: 'home-intro',
    type: 'rich-text',
    value: {
      body_html:
        '<p>The <strong>Harbour Arts Centre</strong> is a home for live performance on the coast. ' +
        'This season brings <em>forty productions</em>, three world premieres and a new ' +
        '<a href="/events/family-workshop">family programme</a>.</p>' +
        '<p>Tickets for members go on sale two weeks before general booking.</p>',
    },
  },
  {
    id: 'home-whats-on-heading',
    type: 'heading',
    value: { text: 'What’s on this spring', level: 'h2' },
  },
  {
    id: 'home-events',
    type: 'event-list',
    value: {
      title: 'Coming up',
      events: ['event-spring-gala', 'event-sinfonia-brahms', 'event-family-workshop'],
      limit: 3,
      showPast: false,
    },
  },
  {
    id: 'home-quote',
    type: 'quote',
    value: {
      quote_html: '<p>“The most adventurous stage on the coast — and the warmest welcome.”</p>',
      author: 'person-samuel-adeyemi',
    },
  },
  {
    id: 'home-stats',
    type: 'stats',
    value: {
      items: [
        { id: 'stat-productions', label: 'Productions this season', value: 40 },
        { id: 'stat-seats', label: 'Seats in the Main Hall', value: 900 },
        { id: 'stat-schools', label: 'Partner schools', value: 27 },
      ],
    },
  },
  { id: 'home-visit-heading', type: 'heading', value: { text: 'Plan your visit', level: 'h3' } },
  {
    id: 'home-visit',
    type: 'rich-text',
    value: {
      body_html:
        '<h3>Getting here</h3>' +
        '<ul><li>Five minutes’ walk from the harbour station</li>' +
        '<li>Bus 14 and 22 stop outside</li>' +
        '<li>Bicycle racks by the Garden Stage</li></ul>' +
        '<p>The box office opens at <strong>10:00</strong> daily. ' +
        'Read our <a href="/about">access guide</a> before you come.</p>',
    },
  },
  {
    id: 'home-gallery',
    type: 'gallery',
    value: {
      images: [
        { id: 'gallery-foyer', image: 'media-foyer', caption: 'The new foyer' },
        {
          id: 'gallery-garden',
          image: 'media-garden-stage',
          caption: 'Summer on the Garden Stage',
        },
        {
          id: 'gallery-sinfonia',
          image: 'media-sinfonia',
          caption: 'The Harbour Sinfonia in rehearsal',
        },
      ],
    },
  },
  {
    id: 'home-embed',
    type: 'embed',
    value: {
      config: { provider: 'youtube', videoId: 'dQw4w9WgXcQ', aspectRatio: '16:9', autoplay: false },
    },
  },
  {
    id: 'home-membership',
    type: 'call-to-action',
    value: {
      heading: 'Become a member',
      body_html:
        '<p>Priority booking, <strong>10% off</strong> every ticket and invitations to dress rehearsals.</p>',
      buttonLabel: 'Join today',
      target: { relationTo: 'pages', value: 'about' },
      style: 'primary',
    },
  },
]

const withValue = (blocks: Block[], id: string, value: Record<string, unknown>): Block[] =>
  blocks.map((block) =>
    block.id === id ? { ...block, value: { ...block.value, ...value } } : block,
  )

/** The draft: a new heading, a countdown to the gala, and the quote moved above the events. */
const homeDraft = (): Block[] => {
  const edited = withValue(HOME_PUBLISHED, 'home-hero', {
    heading: 'Welcome to the Harbour Arts Centre — Spring 2026',
  })
  const quote = edited.find((block) => block.id === 'home-quote')
  const rest = edited.filter((block) => block.id !== 'home-quote')
  const at = rest.findIndex((block) => block.id === 'home-events')
  const countdown: Block = {
    id: 'home-countdown',
    type: 'countdown',
    value: { date: '2026-04-18T19:00:00.000Z', label: 'Until the Spring Gala' },
  }
  return [...rest.slice(0, at), ...(quote ? [quote] : []), countdown, ...rest.slice(at)]
}

const ABOUT: Block[] = [
  {
    id: 'about-hero',
    type: 'hero',
    value: {
      heading: 'About us',
      subheading: 'A public arts centre, run by and for the town.',
      image: 'media-exterior',
    },
  },
  {
    id: 'about-story',
    type: 'rich-text',
    value: {
      body_html:
        '<h2>Our story</h2><p>Founded by a group of fishermen and teachers in 1962, the centre ' +
        'began in a converted net loft. Today it has three stages, a learning wing and a café.</p>' +
        '<ol><li>1962 — the Net Loft Theatre opens</li><li>1988 — the Main Hall is built</li>' +
        '<li>2019 — the Garden Stage opens</li></ol>',
    },
  },
  {
    id: 'about-director',
    type: 'quote',
    value: {
      quote_html: '<p>“Everyone in town should feel this building is theirs.”</p>',
      author: 'person-amara-okafor',
    },
  },
  {
    id: 'about-opening',
    type: 'countdown',
    value: { date: '2026-09-01T09:00:00.000Z', label: 'Until the learning wing opens' },
  },
]

export interface SeedPage {
  id: string
  title: string
  slug: string
  draft: Block[]
  published: Block[] | null
}

export const demoPages = (): SeedPage[] => [
  { id: 'home', title: 'Home', slug: 'home', draft: homeDraft(), published: HOME_PUBLISHED },
  { id: 'about', title: 'About', slug: 'about', draft: ABOUT, published: ABOUT },
]
