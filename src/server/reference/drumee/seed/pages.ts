// The demo hub's pages: each variant's versions oldest first, with when they were stored and
// whether the last one (or which one) is published. Node ids are stable so tests can name them.
type Node = { id: string; kind: string; data: Record<string, unknown>; kids?: Node[] }

export interface SeedVersion {
  at: string
  kids: Node[]
  comment: string
}

export interface SeedVariant {
  device: 'desktop' | 'mobile'
  lang: string
  versions: SeedVersion[]
  /** Index in versions of the published one; absent when nothing is published. */
  online?: number
}

export interface SeedPage {
  hashtag: string
  variants: SeedVariant[]
}

const heading = (id: string, text: string): Node => ({
  id,
  kind: 'heading',
  data: { text, level: 'h1' },
})
const paragraph = (id: string, html: string): Node => ({
  id,
  kind: 'paragraph',
  data: { text_html: `<p>${html}</p>` },
})
const button = (id: string, label: string, href: string): Node => ({
  id,
  kind: 'button',
  data: { label, href },
})
const image = (id: string, alt: string): Node => ({
  id,
  kind: 'image',
  data: { src: `/media/${id}.jpg`, alt },
})
const section = (id: string, title: string, kids: Node[]): Node => ({
  id,
  kind: 'section',
  data: { title },
  kids,
})

const homeEn = (title: string): Node[] => [
  heading('home-title', title),
  paragraph('home-intro', 'Welcome to our hub.'),
  section('home-offer', 'What we offer', [
    paragraph('home-offer-text', 'Workshops, talks and a shared library.'),
    button('home-offer-cta', 'See the programme', '/programme'),
  ]),
  image('home-hero', 'People at a workshop'),
]

const homeFr = (): Node[] => [
  heading('home-title', 'Bienvenue'),
  paragraph('home-intro', 'Bienvenue sur notre hub.'),
  section('home-offer', 'Ce que nous proposons', [
    paragraph('home-offer-text', 'Ateliers, conférences et une bibliothèque partagée.'),
    button('home-offer-cta', 'Voir le programme', '/programme'),
  ]),
  image('home-hero', 'Des personnes en atelier'),
]

const mobile = (nodes: Node[]): Node[] => nodes.filter((n) => n.kind !== 'image')

export const SEED_PAGES: readonly SeedPage[] = [
  {
    hashtag: 'home',
    variants: [
      {
        device: 'desktop',
        lang: 'en',
        versions: [
          { at: '2026-09-02T09:00:00.000Z', kids: homeEn('Hello'), comment: 'First draft' },
          { at: '2026-09-20T10:00:00.000Z', kids: homeEn('Welcome'), comment: 'Launch' },
          { at: '2026-10-05T11:00:00.000Z', kids: homeEn('Welcome home'), comment: 'New title' },
        ],
        online: 1,
      },
      {
        device: 'desktop',
        lang: 'fr',
        versions: [{ at: '2026-09-21T10:00:00.000Z', kids: homeFr(), comment: 'Traduction' }],
        online: 0,
      },
      {
        device: 'mobile',
        lang: 'en',
        versions: [
          { at: '2026-09-22T10:00:00.000Z', kids: mobile(homeEn('Welcome')), comment: 'Mobile' },
        ],
        online: 0,
      },
      {
        device: 'mobile',
        lang: 'fr',
        versions: [
          { at: '2026-09-23T10:00:00.000Z', kids: mobile(homeFr()), comment: 'Mobile FR' },
        ],
      },
    ],
  },
  {
    hashtag: 'about',
    variants: [
      {
        device: 'desktop',
        lang: 'en',
        versions: [
          {
            at: '2026-08-01T09:00:00.000Z',
            kids: [
              heading('about-title', 'About us'),
              paragraph('about-story', 'We started in 2019 as a reading group.'),
              paragraph('about-team', 'Twelve volunteers run the hub.'),
            ],
            comment: 'About page',
          },
        ],
        online: 0,
      },
      {
        device: 'desktop',
        lang: 'fr',
        versions: [
          {
            at: '2026-08-02T09:00:00.000Z',
            kids: [
              heading('about-title', 'À propos'),
              paragraph('about-story', 'Nous avons commencé en 2019 comme club de lecture.'),
              paragraph('about-team', 'Douze bénévoles animent le hub.'),
            ],
            comment: 'Traduction',
          },
        ],
      },
    ],
  },
  {
    hashtag: 'contact',
    variants: [
      {
        device: 'desktop',
        lang: 'en',
        versions: [
          {
            at: '2026-10-01T09:00:00.000Z',
            kids: [
              heading('contact-title', 'Contact'),
              paragraph('contact-mail', 'Write to hello@hub.invalid.'),
              button('contact-map', 'Find us', '/map'),
            ],
            comment: 'Draft',
          },
        ],
      },
    ],
  },
  {
    hashtag: 'events',
    variants: [
      {
        device: 'desktop',
        lang: 'en',
        versions: [
          {
            at: '2026-07-01T09:00:00.000Z',
            kids: [
              heading('events-title', 'Events'),
              section('events-next', 'Next', [paragraph('events-talk', 'A talk on archives.')]),
              paragraph('events-past', 'Past events are in the library.'),
            ],
            comment: 'Events',
          },
        ],
        online: 0,
      },
      {
        device: 'mobile',
        lang: 'en',
        versions: [
          {
            at: '2026-07-02T09:00:00.000Z',
            kids: [heading('events-title', 'Events'), paragraph('events-past', 'See the library.')],
            comment: 'Mobile',
          },
        ],
        online: 0,
      },
    ],
  },
]
