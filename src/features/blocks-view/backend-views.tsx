// Views for the block types other backends are known to have: Drumee's content-tree nodes
// (heading, paragraph, image, button, section), Tines notes, drawn in their note colour, and
// Omerlo's blocks and entries (omerlo-views.tsx).
import type { BlockTypeSchema, FieldType } from '../../core'
import { BASKER_VIEWS } from './basker-views'
import { GenericView } from './generic-view'
import type { BlockViewComponent } from './generic-view'
import { fileTitle, placeholderSrc, safeImageSrc } from './media'
import { RichSlot, TextSlot } from './slots'
import { text } from './values'
import { useBlockView } from './view-context'
import { omerloView } from './omerlo-views'

const DrumeeImage: BlockViewComponent = () => {
  const { values, edit } = useBlockView()
  const alt = text(values, 'alt')
  const own = safeImageSrc(values.src)
  const title = alt || fileTitle(values.src) || 'Image'
  return (
    <figure className="pv-image">
      <img
        className="pv-image__img"
        src={own ?? placeholderSrc(title, text(values, 'src'))}
        alt={alt || title}
        loading="lazy"
      />
      {edit ? <TextSlot name="alt" as="figcaption" /> : null}
    </figure>
  )
}

const DrumeeButton: BlockViewComponent = () => (
  <p>
    <TextSlot name="label" as="span" className="pv-button" />
  </p>
)

const DrumeeSection: BlockViewComponent = () => (
  <TextSlot name="title" as="h2" className="pv-section__title" />
)

const DRUMEE_VIEWS: Readonly<Record<string, BlockViewComponent>> = {
  heading: BASKER_VIEWS.heading ?? DrumeeSection,
  paragraph: () => <RichSlot name="text" />,
  image: DrumeeImage,
  button: DrumeeButton,
  section: DrumeeSection,
}

const NOTE_COLOURS = new Set(['white', 'gold', 'magenta', 'green', 'blue', 'red', 'mint', 'indigo'])

const TinesNote: BlockViewComponent = () => {
  const { values, schemaType } = useBlockView()
  const colour = text(values, 'color')
  const tone = NOTE_COLOURS.has(colour) ? colour : 'white'
  return (
    <section className={`pv-note pv-note--${tone}`}>
      <TextSlot name="title" as="h3" className="pv-note__title" />
      {schemaType?.type === 'html' ? (
        <RichSlot name="content" />
      ) : (
        <TextSlot name="content" as="p" />
      )}
    </section>
  )
}

const TinesTitled: BlockViewComponent = () => {
  const { schemaType } = useBlockView()
  return (
    <section className="pv-case-block">
      <span className="pv-case-block__kind">{schemaType?.label}</span>
      <TextSlot name="title" as="h3" />
    </section>
  )
}

const TINES_VIEWS: Readonly<Record<string, BlockViewComponent>> = {
  note: TinesNote,
  html: TinesNote,
  file: TinesTitled,
  linked_cases: TinesTitled,
  metadata: TinesTitled,
  closure_conditions: TinesTitled,
  case_action: TinesTitled,
  block_group: TinesTitled,
}

/** Views by backend, then by block type; a type not listed is drawn by the generic view. */
const KNOWN_VIEWS: Readonly<Record<string, Readonly<Record<string, BlockViewComponent>>>> = {
  basker: BASKER_VIEWS,
  drumee: DRUMEE_VIEWS,
  tines: TINES_VIEWS,
}

/**
 * The fields a known view reads, by key and type. A tenant whose type of that name holds other
 * fields gets the generic view instead, which draws whatever its schema says.
 */
const NEEDS: Readonly<Record<string, readonly (readonly [string, FieldType])[]>> = {
  hero: [['heading', 'text']],
  heading: [['text', 'text']],
  'rich-text': [['body', 'richText']],
  quote: [['quote', 'richText']],
  gallery: [['images', 'array']],
  stats: [['items', 'array']],
  'event-list': [['events', 'relationship']],
  countdown: [['date', 'date']],
  'call-to-action': [['heading', 'text']],
  paragraph: [['text', 'richText']],
  section: [['title', 'text']],
  button: [['label', 'text']],
  note: [['title', 'text']],
  html: [['title', 'text']],
}

function fits(type: string, schemaType: BlockTypeSchema | undefined): boolean {
  if (!schemaType) return true
  return (NEEDS[type] ?? []).every(([key, fieldType]) =>
    schemaType.fields.some((f) => f.key === key && f.type === fieldType),
  )
}

/** The view that draws a block of `type` from `backend` (called once per drawn block). */
export function viewFor(
  backend: string,
  type: string,
  schemaType?: BlockTypeSchema,
): BlockViewComponent {
  if (backend === 'omerlo') return omerloView(type, schemaType) ?? GenericView
  const known = KNOWN_VIEWS[backend]?.[type]
  return known && fits(type, schemaType) ? known : GenericView
}
