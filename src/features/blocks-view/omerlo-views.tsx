// Omerlo's blocks as the profile page shows them: a block is a named list of entries (its name as
// a heading, its layout as a setting, not as body text), and an entry is what it points at,
// named by the title Omerlo derived for it. Omerlo documents no listing of contents, so a
// content's title comes only from that derived title; without it the reference's fallback shows.
import type { BlockTypeSchema } from '../../core'
import { titleField, type BlockViewComponent } from './generic-view'
import { ReferenceTitles, TextSlot } from './slots'
import { text } from './values'
import { useBlockView } from './view-context'

const OmerloBlock: BlockViewComponent = () => {
  const { schemaType, values } = useBlockView()
  const name = titleField(schemaType?.fields ?? [])
  const layout = text(values, 'layout')
  return (
    <section className="pv-generic">
      {name ? <TextSlot name={name.key} as="h3" className="pv-generic__title" /> : null}
      {layout ? (
        <p className="pv-field">
          <span className="pv-field__label">Layout</span> {layout}
        </p>
      ) : null}
    </section>
  )
}

const OmerloEntry: BlockViewComponent = () => {
  const { schemaType, values } = useBlockView()
  const target = schemaType?.fields.find((f) => f.type === 'relationship')
  const title = text(values, 'title')
  return (
    <section className="pv-case-block">
      <span className="pv-case-block__kind">{target?.label ?? schemaType?.label}</span>
      {title ? (
        <h3>{title}</h3>
      ) : target ? (
        <p>
          <ReferenceTitles name={target.key} as="inline" />
        </p>
      ) : null}
    </section>
  )
}

const ENTRY_TYPE = /^(content|person|organization|event|project)_entry$/

/** Omerlo's view for a block type, or undefined where the generic view should draw it. */
export function omerloView(
  type: string,
  schemaType?: BlockTypeSchema,
): BlockViewComponent | undefined {
  if (!schemaType) return undefined
  if (ENTRY_TYPE.test(type) && schemaType.fields.some((f) => f.type === 'relationship'))
    return OmerloEntry
  // Omerlo's block types are named by UUID: known by their fields, not their name.
  const hasLayout = schemaType.fields.some((f) => f.key === 'layout')
  if (schemaType.container && hasLayout && titleField(schemaType.fields)) return OmerloBlock
  return undefined
}
