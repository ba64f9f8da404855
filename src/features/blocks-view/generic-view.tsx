// Any block type drawn from its schema alone: a title-like text field as a heading, other text
// as paragraphs, rich text as sanitized HTML, uploads as pictures, relationships as the titles of
// what they point at, arrays as lists (or a grid of pictures), groups as their fields, numbers
// and dates formatted, checkboxes as a state, selects as the chosen option's label.
import type { FC } from 'react'
import { isPlainObject } from '../../core'
import type { FieldSchema, FieldValues } from '../../core'
import { formatDate, formatNumber } from './format'
import { fileTitle, placeholderSrc, safeImageSrc } from './media'
import {
  Picture,
  ReferenceTitles,
  RichSlot,
  StateTextSlot,
  TextSlot,
  useReferenceTitles,
} from './slots'
import { text } from './values'
import { useBlockView } from './view-context'

export type BlockViewComponent = FC

const HEADING_TYPE = /^(heading|title|headline|h[1-6])$/i

const TITLE_KEY = /^(title|heading|headline|name|label)([-_ ]?[a-z]{2})?$/i

/** The text field drawn as the block's heading: a title-like key, else none. */
export function titleField(fields: readonly FieldSchema[]): FieldSchema | undefined {
  return fields.find((f) => f.type === 'text' && TITLE_KEY.test(f.key))
}

export const GenericView: BlockViewComponent = () => {
  const { schemaType, values } = useBlockView()
  if (!schemaType) return <RawValues values={values} />
  const heading = titleField(schemaType.fields)
  return (
    <section className="pv-generic">
      {heading ? <TextSlot name={heading.key} as="h3" className="pv-generic__title" /> : null}
      {schemaType.fields
        .filter((f) => f !== heading)
        .map((field) => (
          <TopField key={field.key} field={field} />
        ))}
    </section>
  )
}

function TopField({ field }: { field: FieldSchema }) {
  const { values } = useBlockView()
  switch (field.type) {
    case 'text':
      return <TextSlot name={field.key} as="p" />
    case 'richText':
      return <RichSlot name={field.key} />
    case 'relationship':
      return <LabelledRefs field={field} />
    default:
      return <ValueView field={field} value={values[field.key]} depth={0} />
  }
}

function LabelledRefs({ field }: { field: FieldSchema }) {
  const { values } = useBlockView()
  if (values[field.key] == null || values[field.key] === '') return null
  return (
    <div className="pv-field">
      <span className="pv-field__label">{field.label}</span>
      <ReferenceTitles name={field.key} as="inline" />
    </div>
  )
}

function RefsOf({ field, value }: { field: FieldSchema; value: unknown }) {
  const titles = useReferenceTitles(field, value)
  return titles.length ? <span className="pv-ref">{titles.join(', ')}</span> : null
}

const MAX_VALUE_DEPTH = 4

/** A value inside the block (also inside arrays and groups), drawn read-only. */
function ValueView(props: { field: FieldSchema; value: unknown; depth: number }) {
  const { field, value, depth } = props
  if (value === null || value === undefined || value === '') return null
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? <p>{value}</p> : null
    case 'richText':
      return null
    case 'number':
      return typeof value === 'number' ? (
        <Labelled label={field.label}>{formatNumber(value)}</Labelled>
      ) : null
    case 'date':
      return typeof value === 'string' ? (
        <Labelled label={field.label}>
          <time dateTime={value}>{formatDate(value)}</time>
        </Labelled>
      ) : null
    case 'checkbox':
      return typeof value === 'boolean' ? (
        <p className={value ? 'pv-check pv-check--on' : 'pv-check'}>
          <span aria-hidden="true">{value ? '✓' : '✕'}</span> {field.label}
          <span className="visually-hidden">{value ? ': yes' : ': no'}</span>
        </p>
      ) : null
    case 'select': {
      const chosen = (Array.isArray(value) ? value : [value]).map(
        (v) => field.options?.find((o) => o.value === v)?.label ?? String(v),
      )
      return <Labelled label={field.label}>{chosen.join(', ')}</Labelled>
    }
    case 'upload': {
      const list = Array.isArray(value) ? value : [value]
      return (
        <div className={list.length > 1 ? 'pv-grid' : undefined}>
          {list.map((ref, index) => (
            <Picture key={index} value={ref} />
          ))}
        </div>
      )
    }
    case 'relationship':
      return (
        <Labelled label={field.label}>
          <RefsOf field={field} value={value} />
        </Labelled>
      )
    case 'array':
      return <ArrayView field={field} value={value} depth={depth} />
    case 'group':
      return isPlainObject(value) && depth < MAX_VALUE_DEPTH ? (
        <div className="pv-group">
          {(field.fields ?? []).map((sub) => (
            <ValueView key={sub.key} field={sub} value={subValue(sub, value)} depth={depth + 1} />
          ))}
        </div>
      ) : null
    case 'customObject':
      return isPlainObject(value) ? (
        <ObjectView value={value} stateKey={depth === 0 ? field.key : undefined} />
      ) : null
  }
}

function subValue(field: FieldSchema, values: FieldValues): unknown {
  return field.type === 'richText' ? values[`${field.key}_html`] : values[field.key]
}

function ArrayView(props: { field: FieldSchema; value: unknown; depth: number }) {
  const { field, value, depth } = props
  if (!Array.isArray(value) || value.length === 0 || depth >= MAX_VALUE_DEPTH) return null
  const subs = field.fields ?? []
  const pictures = subs.some((s) => s.type === 'upload')
  return (
    <ul className={pictures ? 'pv-grid' : 'pv-list'} aria-label={field.label}>
      {value.filter(isPlainObject).map((item, index) => (
        <li key={typeof item.id === 'string' ? item.id : index}>
          {subs.map((sub) => (
            <ValueView key={sub.key} field={sub} value={subValue(sub, item)} depth={depth + 1} />
          ))}
        </li>
      ))}
    </ul>
  )
}

function Labelled(props: { label: string; children: React.ReactNode }) {
  return (
    <p className="pv-field">
      <span className="pv-field__label">{props.label}</span> {props.children}
    </p>
  )
}

/**
 * A free-form object (a Kragle block's state) drawn by what its keys mean: text as paragraphs,
 * an image address as a picture, a label as a button; other short values as "key: value". The
 * block's own state (`stateKey`) is edited in place on the selected block, word by word.
 */
function ObjectView({
  value,
  stateKey,
}: {
  value: Record<string, unknown>
  stateKey?: string | undefined
}) {
  const { schemaType, edit } = useBlockView()
  const editing = edit !== undefined && stateKey !== undefined
  const str = (key: string): string => (typeof value[key] === 'string' ? String(value[key]) : '')
  // While editing, an emptied string stays drawn: its textbox must not vanish under the caret.
  const shown = (key: string): boolean =>
    editing ? typeof value[key] === 'string' : str(key) !== ''
  const words = (key: string, Tag: 'h3' | 'h4' | 'p' | 'span', className?: string) =>
    stateKey !== undefined ? (
      <StateTextSlot key={key} object={stateKey} name={key} as={Tag} className={className} />
    ) : (
      <Tag key={key} className={className}>
        {str(key)}
      </Tag>
    )
  const used = new Set<string>()
  const parts: React.ReactNode[] = []
  for (const key of ['title', 'heading', 'headline']) {
    if (shown(key)) {
      used.add(key)
      parts.push(words(key, 'h4'))
    }
  }
  // A block whose type is a heading ({ text } in Kragle's demo) is drawn as one, not as a line.
  const headingType = HEADING_TYPE.test(schemaType?.type ?? '')
  if (stateKey !== undefined && parts.length === 0 && headingType && shown('text')) {
    used.add('text')
    parts.push(words('text', 'h3', 'pv-generic__title'))
  }
  for (const key of ['text', 'body', 'content', 'description', 'subtitle']) {
    if (shown(key) && !used.has(key)) {
      used.add(key)
      parts.push(words(key, 'p'))
    }
  }
  const image = ['src', 'image', 'imageUrl', 'picture'].find((k) => str(k))
  if (image) {
    used.add(image).add('alt')
    const src = safeImageSrc(str(image))
    const alt = str('alt') || fileTitle(str(image)) || 'Image'
    parts.push(
      <figure key="image" className="pv-image">
        <img className="pv-image__img" src={src ?? placeholderSrc(alt, str(image))} alt={alt} />
      </figure>,
    )
  }
  if (shown('label')) {
    used.add('label').add('href').add('url')
    parts.push(
      <p key="label">
        {stateKey !== undefined ? (
          <StateTextSlot object={stateKey} name="label" as="span" className="pv-button" />
        ) : (
          <span className="pv-button">{str('label')}</span>
        )}
      </p>,
    )
  }
  const rest = Object.entries(value)
    .filter(([key, v]) => !used.has(key) && v !== null && typeof v !== 'object')
    .slice(0, 4)
  if (rest.length > 0) {
    parts.push(
      <p key="rest" className="pv-object">
        {rest.map(([key, v]) => `${key}: ${String(v).slice(0, 60)}`).join(' · ')}
      </p>,
    )
  }
  return <>{parts}</>
}

/** A block whose type the schema does not know: its text values as paragraphs. */
function RawValues({ values }: { values: FieldValues }) {
  const lines = Object.entries(values)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .filter(([key]) => !key.endsWith('_html'))
    .slice(0, 3)
  return (
    <section className="pv-generic">
      {lines.map(([key]) => (
        <p key={key}>{text(values, key)}</p>
      ))}
    </section>
  )
}
