// Slugs are "blk_" + the title in snake case; Tines regenerates them on every rename. Two blocks
// of one case never share one: a later block gets "_2", "_3"… (undocumented; our decision).

export const slugBase = (title: string): string => {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return `blk_${words || 'block'}`
}

export const uniqueSlug = (title: string, taken: ReadonlySet<string>): string => {
  const base = slugBase(title)
  if (!taken.has(base)) return base
  for (let n = 2; ; n += 1) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`
}
