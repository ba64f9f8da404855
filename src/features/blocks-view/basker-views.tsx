// The demo tenant's block types as its site draws them: hero, heading, rich text, quote,
// gallery, stats, event list, countdown, embed and call to action.
import {
  Picture,
  ItemTextSlot,
  ReferenceTitles,
  RichSlot,
  TextSlot,
  useReferenceTitles,
} from './slots'
import { formatNumber } from './format'
import { daysUntil, group, items, text } from './values'
import { useBlockView } from './view-context'
import type { BlockViewComponent } from './generic-view'

const Hero: BlockViewComponent = () => {
  const { values, fields } = useBlockView()
  const cta = group(values, 'cta')
  const ctaField = fields.get('cta')?.fields?.find((f) => f.key === 'link')
  const [ctaTarget] = useReferenceTitles(ctaField, cta.link)
  return (
    <section className="pv-hero">
      <Picture value={values.image} className="pv-hero__image" />
      <div className="pv-hero__text">
        <TextSlot name="heading" as="h1" />
        <TextSlot name="subheading" as="p" className="pv-hero__sub" />
        {text(cta, 'label') ? (
          <span className="pv-button" title={ctaTarget ? `Goes to ${ctaTarget}` : undefined}>
            {text(cta, 'label')}
          </span>
        ) : null}
      </div>
    </section>
  )
}

const Heading: BlockViewComponent = () => {
  const { values } = useBlockView()
  const level = text(values, 'level')
  const tag = level === 'h1' ? 'h1' : level === 'h3' ? 'h3' : level === 'h4' ? 'h4' : 'h2'
  return <TextSlot name="text" as={tag} className="pv-heading" />
}

const RichText: BlockViewComponent = () => <RichSlot name="body" />

const Quote: BlockViewComponent = () => (
  <figure className="pv-quote">
    <blockquote>
      <RichSlot name="quote" />
    </blockquote>
    <figcaption>
      <ReferenceTitles name="author" as="inline" />
    </figcaption>
  </figure>
)

const Gallery: BlockViewComponent = () => {
  const { values } = useBlockView()
  const list = items(values, 'images')
  if (list.length === 0) return <p className="pv-muted">No images yet.</p>
  return (
    <div className="pv-gallery">
      {list.map((item, index) => (
        <figure key={typeof item.id === 'string' ? item.id : index} className="pv-gallery__item">
          <Picture value={item.image} />
          <ItemTextSlot array="images" index={index} name="caption" as="figcaption" />
        </figure>
      ))}
    </div>
  )
}

const Stats: BlockViewComponent = () => {
  const { values } = useBlockView()
  return (
    <dl className="pv-stats">
      {items(values, 'items').map((item, index) => (
        <div key={typeof item.id === 'string' ? item.id : index} className="pv-stat">
          <dd>{typeof item.value === 'number' ? formatNumber(item.value) : text(item, 'value')}</dd>
          <ItemTextSlot array="items" index={index} name="label" as="dt" />
        </div>
      ))}
    </dl>
  )
}

const EventList: BlockViewComponent = () => {
  const { values, fields } = useBlockView()
  const limit = typeof values.limit === 'number' && values.limit > 0 ? values.limit : undefined
  const titles = useReferenceTitles(fields.get('events'), values.events).slice(0, limit)
  return (
    <section className="pv-events">
      <TextSlot name="title" as="h2" />
      {titles.length > 0 ? (
        <ul className="pv-events__list">
          {titles.map((title, index) => (
            <li key={`${title}-${index}`}>{title}</li>
          ))}
        </ul>
      ) : (
        <p className="pv-muted">No events to show.</p>
      )}
    </section>
  )
}

const Countdown: BlockViewComponent = () => {
  const { values, now } = useBlockView()
  const date = text(values, 'date')
  const days = date ? daysUntil(date, now) : null
  let count = 'Date to be announced'
  if (days !== null) count = days > 0 ? `${days} day${days === 1 ? '' : 's'} to go` : 'Today'
  return (
    <div className="pv-countdown">
      <span className="pv-countdown__count">{count}</span>
      <TextSlot name="label" as="span" />
    </div>
  )
}

const Embed: BlockViewComponent = () => (
  <div className="pv-embed">Embedded content (shown on the live site only)</div>
)

const CallToAction: BlockViewComponent = () => {
  const { values } = useBlockView()
  const secondary = text(values, 'style') === 'secondary'
  return (
    <section className={secondary ? 'pv-cta pv-cta--secondary' : 'pv-cta'}>
      <TextSlot name="heading" as="h2" />
      <RichSlot name="body" />
      <TextSlot name="buttonLabel" as="span" className="pv-button" />
    </section>
  )
}

export const BASKER_VIEWS: Readonly<Record<string, BlockViewComponent>> = {
  hero: Hero,
  heading: Heading,
  'rich-text': RichText,
  quote: Quote,
  gallery: Gallery,
  stats: Stats,
  'event-list': EventList,
  countdown: Countdown,
  embed: Embed,
  'call-to-action': CallToAction,
}
