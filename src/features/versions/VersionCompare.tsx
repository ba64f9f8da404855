// One stored version, read-only, beside the current draft: two block lists, each block marked
// when the other side does not hold it as it is.
import { blockLabel, deepEqual } from '../../core'
import type { Block, BlockTypeSchema } from '../../core'
import type { RecordRef } from '../../adapters/types'
import { useEditorStore } from '../../store'
import { useStoredVersion } from '../../sync'
import { messageOf } from './use-popover'

export interface VersionCompareProps {
  recordRef: RecordRef
  versionId: string
  label: string
  onClose: () => void
}

const index = (blocks: readonly Block[], into = new Map<string, Block>()): Map<string, Block> => {
  for (const block of blocks) {
    into.set(block.id, block)
    if (block.children) index(block.children, into)
  }
  return into
}

/** A block's own content, without its children (they are compared on their own rows). */
const own = (block: Block | undefined) => (block ? { type: block.type, value: block.value } : null)

function BlockList(props: {
  blocks: readonly Block[]
  other: Map<string, Block>
  schema: readonly BlockTypeSchema[]
  missingText: string
}) {
  return (
    <ul className="version-compare__list">
      {props.blocks.map((block) => {
        const type = props.schema.find((t) => t.type === block.type)
        const there = props.other.get(block.id)
        const mark = !there ? props.missingText : deepEqual(own(block), own(there)) ? '' : 'changed'
        return (
          <li key={block.id} data-block-id={block.id}>
            <span className="version-compare__row" data-mark={mark || undefined}>
              <span className="version-compare__type">{type?.label ?? block.type}</span>{' '}
              {blockLabel(block, type)}
              {mark ? <em className="version-compare__mark"> ({mark})</em> : null}
            </span>
            {block.children && block.children.length > 0 ? (
              <BlockList {...props} blocks={block.children} />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

export function VersionCompare({ recordRef, versionId, label, onClose }: VersionCompareProps) {
  const version = useStoredVersion(recordRef, versionId)
  const draft = useEditorStore((s) => s.view)
  const schema = useEditorStore((s) => s.schema)
  return (
    <section className="version-compare" aria-label={`${label} beside the draft`}>
      <div className="version-compare__header">
        <h3>{label} (read-only) beside the current draft</h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close comparison
        </button>
      </div>
      {version.isPending ? <p>Loading {label}…</p> : null}
      {version.error ? (
        <p role="alert">
          Could not open {label}: {messageOf(version.error)}
        </p>
      ) : null}
      {version.data ? (
        <div className="version-compare__columns">
          <div aria-label={label} role="group">
            <h4>{label}</h4>
            <BlockList
              blocks={version.data.blocks}
              other={index(draft)}
              schema={schema}
              missingText="not in the draft"
            />
          </div>
          <div aria-label="Current draft" role="group">
            <h4>Current draft</h4>
            <BlockList
              blocks={draft}
              other={index(version.data.blocks)}
              schema={schema}
              missingText={`not in ${label.split(' · ')[0] ?? label}`}
            />
          </div>
        </div>
      ) : null}
    </section>
  )
}
