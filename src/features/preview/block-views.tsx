// How each known block type looks to a visitor. Images are references without files in the
// editor, so they render as captioned placeholders; nothing here runs a script or loads a frame.
import type { ReactNode } from 'react'
import type { FieldValues } from '../../core'
import { RichHtml } from './RichHtml'
import { daysUntil, group, html, items, refList, refName, text } from './values'

export type BlockView = (props: { values: FieldValues; now: Date }) => ReactNode

function ImageBox({ reference, caption }: { reference: unknown; caption?: string }) {
  const name = refName(reference)
  if (name === '') return null
  return (
    <figure className="pv-image">
      <div className="pv-image__box" role="img" aria-label={`Image: ${name}`}>
        {name}
      </div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}

const Hero: BlockView = ({ values }) => {
  const cta = group(values, 'cta')
  return (
    <section className="pv-hero">
      <ImageBox reference={values.image} />
      <div className="pv-hero__text">
        <h1>{text(values, 'heading')}</h1>
        {text(values, 'subheading') ? <p>{text(values, 'subheading')}</p> : null}
        {text(cta, 'label') ? <span className="pv-button">{text(cta, 'label')}</span> : null}
      </div>
    </section>
  )
}

const Heading: BlockView = ({ values }) => {
  const level = text(values, 'level')
  const Tag = level === 'h3' ? 'h3' : level === 'h4' ? 'h4' : 'h2'
  return <Tag className="pv-heading">{text(values, 'text')}</Tag>
}

const RichText: BlockView = ({ values }) => <RichHtml html={html(values, 'body')} />

const Quote: BlockView = ({ values }) => {
  const author = refList(values.author)[0]
  return (
    <figure className="pv-quote">
      <blockquote>
        <RichHtml html={html(values, 'quote')} />
      </blockquote>
      {author ? <figcaption>— {author}</figcaption> : null}
    </figure>
  )
}

const Gallery: BlockView = ({ values }) => (
  <div className="pv-gallery">
    {items(values, 'images').map((item, index) => (
      <ImageBox
        key={typeof item.id === 'string' ? item.id : index}
        reference={item.image}
        caption={text(item, 'caption')}
      />
    ))}
  </div>
)

const Stats: BlockView = ({ values }) => (
  <dl className="pv-stats">
    {items(values, 'items').map((item, index) => (
      <div key={typeof item.id === 'string' ? item.id : index} className="pv-stat">
        <dt>{text(item, 'label')}</dt>
        <dd>{text(item, 'value')}</dd>
      </div>
    ))}
  </dl>
)

const EventList: BlockView = ({ values }) => {
  const limit = typeof values.limit === 'number' && values.limit > 0 ? values.limit : undefined
  const events = refList(values.events).slice(0, limit)
  return (
    <section className="pv-events">
      {text(values, 'title') ? <h2>{text(values, 'title')}</h2> : null}
      {events.length > 0 ? (
        <ul>
          {events.map((name, index) => (
            <li key={`${name}-${index}`}>{name}</li>
          ))}
        </ul>
      ) : (
        <p className="pv-muted">No events to show.</p>
      )}
    </section>
  )
}

const Countdown: BlockView = ({ values, now }) => {
  const date = text(values, 'date')
  const days = date ? daysUntil(date, now) : null
  const label = text(values, 'label')
  let count = 'Date to be announced'
  if (days !== null) count = days > 0 ? `${days} day${days === 1 ? '' : 's'} to go` : 'Today'
  return (
    <div className="pv-countdown">
      <span className="pv-countdown__count">{count}</span>
      {label ? <span>{label}</span> : null}
    </div>
  )
}

const Embed: BlockView = () => (
  <div className="pv-embed">Embedded content (shown on the live site only)</div>
)

const CallToAction: BlockView = ({ values }) => (
  <section
    className={text(values, 'style') === 'secondary' ? 'pv-cta pv-cta--secondary' : 'pv-cta'}
  >
    <h2>{text(values, 'heading')}</h2>
    <RichHtml html={html(values, 'body')} />
    {text(values, 'buttonLabel') ? (
      <span className="pv-button">{text(values, 'buttonLabel')}</span>
    ) : null}
  </section>
)

export const BLOCK_VIEWS: Readonly<Record<string, BlockView>> = {
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
