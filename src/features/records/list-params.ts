// The record list's state lives in the URL (?collection=&q=&page=) so it survives reloads and
// the back button, and links can be shared.
export interface ListParams {
  collection: string
  search: string
  page: number
}

export function readListParams(
  params: URLSearchParams,
  collections: readonly string[],
): ListParams {
  const wanted = params.get('collection') ?? ''
  const collection = collections.includes(wanted) ? wanted : (collections[0] ?? '')
  const page = Number(params.get('page') ?? '1')
  return {
    collection,
    search: params.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

export function writeListParams(next: ListParams): URLSearchParams {
  const params = new URLSearchParams()
  params.set('collection', next.collection)
  if (next.search.trim() !== '') params.set('q', next.search)
  if (next.page > 1) params.set('page', String(next.page))
  return params
}
