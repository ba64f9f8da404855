// The JSON Tines answers with: blocks with their elements, cases, and paging meta.
import { AUTHOR } from './model'
import type { BlockRow, CaseRow, ElementRow } from './model'

export const presentElement = (row: ElementRow): Record<string, unknown> => {
  const common = {
    element_id: row.element_id,
    id: row.element_id,
    element_type: row.element_type,
  }
  const own =
    row.element_type === 'file'
      ? { file: row.file_json === null ? null : (JSON.parse(row.file_json) as unknown) }
      : { content: row.content ?? '', note_type: row.note_type, color: row.color }
  return {
    ...common,
    ...own,
    author: AUTHOR,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export const presentBlock = (
  row: BlockRow,
  elements: readonly ElementRow[],
): Record<string, unknown> => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  block_type: row.block_type,
  position: row.position,
  hidden: row.hidden,
  block_group_id: row.block_group_id,
  elements: elements.filter((e) => e.block_id === row.id).map(presentElement),
  created_at: row.created_at,
  updated_at: row.updated_at,
})

export const presentCase = (row: CaseRow): Record<string, unknown> => ({
  case_id: row.id,
  name: row.name,
  status: row.status,
  created_at: row.created_at,
  updated_at: row.updated_at,
})

/** Tines' paging meta: page links are URLs of the same request with another `page`. */
export const pagingMeta = (
  url: string,
  page: number,
  perPage: number,
  count: number,
): Record<string, unknown> => {
  const pages = Math.max(1, Math.ceil(count / perPage))
  const link = (n: number): string => {
    const next = new URL(url)
    next.searchParams.set('page', String(n))
    next.searchParams.set('per_page', String(perPage))
    return next.toString()
  }
  return {
    current_page: link(page),
    previous_page: page > 1 ? link(page - 1) : null,
    next_page: page < pages ? link(page + 1) : null,
    next_page_number: page < pages ? page + 1 : null,
    per_page: perPage,
    pages,
    count,
  }
}

/** Document order: the top level by position, each group's children right after the group. */
export const documentOrder = (rows: readonly BlockRow[]): BlockRow[] => {
  const byPosition = (a: BlockRow, b: BlockRow) => a.position - b.position || a.id - b.id
  const out: BlockRow[] = []
  for (const top of rows.filter((r) => r.block_group_id === null).sort(byPosition)) {
    out.push(top)
    out.push(...rows.filter((r) => r.block_group_id === top.id).sort(byPosition))
  }
  return out
}
