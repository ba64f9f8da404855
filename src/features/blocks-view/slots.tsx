// The pieces views are built from. Each reads one field of the drawn block by key and draws it
// as the page shows it; on the selected block the text and rich-text ones become editors in
// place (same element, same look), sending one `update` of that field.
import { lazy, Suspense, useCallback, useMemo } from 'react'
import type { ElementType } from 'react'
import { isPlainObject } from '../../core'
import type { FieldSchema } from '../../core'
import { EditableText } from './EditableText'
import { mediaPicture } from './media'
import { RichHtml } from './RichHtml'
import { useCollectionTitles } from '../../sync'
import { fieldCollection, referenceTitle } from './reference-titles'
import { refItems, text } from './values'
import { useBlockView } from './view-context'

// Tiptap loads with the first in-place rich-text editor: the preview route never needs it.
const InPlaceRichText = lazy(() =>
  import('../fields/rich-text/InPlaceRichText').then((m) => ({ default: m.InPlaceRichText })),
)

function useFieldPatch(field: FieldSchema | undefined, valueKey: string) {
  const { edit } = useBlockView()
  const label = field?.label ?? valueKey
  return useCallback(
    (value: unknown) => edit?.patch({ [valueKey]: value }, `Edit ${label}`),
    [edit, valueKey, label],
  )
}

/** A text field drawn as `as` (h1, p, span…); a textbox in place on the selected block. */
export function TextSlot(props: { name: string; as?: ElementType; className?: string }) {
  const { values, fields, edit } = useBlockView()
  const field = fields.get(props.name)
  const onChange = useFieldPatch(field, props.name)
  const Tag = props.as ?? 'p'
  if (edit && field?.type === 'text') {
    return (
      <EditableText
        field={field}
        value={values[props.name]}
        as={Tag}
        className={props.className}
        dataField={props.name}
        onChange={onChange}
      />
    )
  }
  const value = text(values, props.name)
  return value ? (
    <Tag className={props.className} data-field={props.name}>
      {value}
    </Tag>
  ) : null
}

/** A rich-text field (`<name>_html`), sanitized; Tiptap in place on the selected block. */
export function RichSlot(props: { name: string; className?: string }) {
  const { values, fields, edit } = useBlockView()
  const field = fields.get(props.name)
  const key = `${props.name}_html`
  const onChange = useFieldPatch(field, key)
  const html = values[key] ?? (field ? undefined : values[props.name])
  if (edit && field?.type === 'richText') {
    const drawn =
      typeof html === 'string' ? <RichHtml html={html} className={props.className} /> : null
    return (
      <Suspense fallback={drawn}>
        <InPlaceRichText
          dataField={props.name}
          field={field}
          value={values[key]}
          className={props.className}
          onChange={onChange}
        />
      </Suspense>
    )
  }
  return typeof html === 'string' ? (
    <div data-field={props.name}>
      <RichHtml html={html} className={props.className} />
    </div>
  ) : null
}

/** A medium as a picture with its title as the alternative text. */
export function Picture(props: { value: unknown; caption?: string; className?: string }) {
  const picture = mediaPicture(props.value)
  if (!picture) return null
  return (
    <figure className={`pv-image ${props.className ?? ''}`}>
      <img
        className="pv-image__img"
        src={picture.src}
        alt={picture.alt}
        loading="lazy"
        decoding="async"
        data-placeholder={picture.real ? undefined : ''}
      />
      {props.caption ? <figcaption>{props.caption}</figcaption> : null}
    </figure>
  )
}

/** The titles of the records a relationship field points at, never their ids. */
export function useReferenceTitles(field: FieldSchema | undefined, value: unknown): string[] {
  const refs = refItems(value)
  const titles = useCollectionTitles(fieldCollection(field, refs[0]))
  const noun = field?.label ?? 'Record'
  return refs.map((ref) => referenceTitle(ref, titles, noun))
}

export function ReferenceTitles(props: { name: string; as?: 'list' | 'inline' }) {
  const { values, fields } = useBlockView()
  const titles = useReferenceTitles(fields.get(props.name), values[props.name])
  if (titles.length === 0) return null
  if (props.as === 'inline') return <span className="pv-ref">{titles.join(', ')}</span>
  return (
    <ul className="pv-refs">
      {titles.map((title, index) => (
        <li key={`${title}-${index}`}>{title}</li>
      ))}
    </ul>
  )
}

/**
 * A text sub-field of one item of an array field (a gallery caption, a stat's label). Editing it
 * sends the whole new array as one `update`, as the side panel's array field does.
 */
export function ItemTextSlot(props: {
  array: string
  index: number
  name: string
  as?: ElementType
  className?: string
}) {
  const { values, fields, edit } = useBlockView()
  const arrayField = fields.get(props.array)
  const field = arrayField?.fields?.find((f) => f.key === props.name)
  const raw = values[props.array]
  const list = useMemo(() => (Array.isArray(raw) ? (raw as unknown[]) : []), [raw])
  const item = list[props.index]
  const itemValues =
    typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
  const onChange = useCallback(
    (next: unknown) => {
      const copy = list.map((entry, i) =>
        i === props.index && typeof entry === 'object' && entry !== null
          ? { ...entry, [props.name]: next }
          : entry,
      )
      edit?.patch({ [props.array]: copy }, `Edit ${arrayField?.label ?? props.array}`)
    },
    [edit, list, props.index, props.name, props.array, arrayField],
  )
  const Tag = props.as ?? 'span'
  if (edit && field?.type === 'text') {
    return (
      <EditableText
        field={field}
        value={itemValues[props.name]}
        as={Tag}
        className={props.className}
        onChange={onChange}
      />
    )
  }
  const value = text(itemValues, props.name)
  return value ? <Tag className={props.className}>{value}</Tag> : null
}

/**
 * A string inside a free-form object field (a Kragle block's state: `{ text }`, `{ label }`),
 * drawn as `as`; a textbox in place on the selected block, named by the key in words. Editing it
 * sends the whole new object as one `update`, as the side panel's JSON field does.
 */
export function StateTextSlot(props: {
  object: string
  name: string
  as?: ElementType
  className?: string | undefined
}) {
  const { values, fields, edit } = useBlockView()
  const objectField = fields.get(props.object)
  const raw = values[props.object]
  const object = useMemo(() => (isPlainObject(raw) ? raw : {}), [raw])
  const field = useMemo<FieldSchema>(
    () => ({ key: props.name, type: 'text', label: keyInWords(props.name) }),
    [props.name],
  )
  const onChange = useCallback(
    (next: unknown) =>
      edit?.patch(
        { [props.object]: { ...object, [props.name]: next } },
        `Edit ${objectField?.label ?? props.object}`,
      ),
    [edit, object, props.name, props.object, objectField],
  )
  const Tag = props.as ?? 'p'
  if (edit && objectField?.type === 'customObject' && !objectField.readOnly) {
    return (
      <EditableText
        field={field}
        value={object[props.name]}
        as={Tag}
        className={props.className}
        dataField={`${props.object}.${props.name}`}
        onChange={onChange}
      />
    )
  }
  const value = text(object, props.name)
  return value ? (
    <Tag className={props.className} data-field={`${props.object}.${props.name}`}>
      {value}
    </Tag>
  ) : null
}

/** "imageUrl" → "Image url", "sub_title" → "Sub title". */
function keyInWords(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
