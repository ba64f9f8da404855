// Numbers and dates as a reader sees them (the browser's locale; day-only dates stay that day).
const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? NUMBER.format(value) : ''
}

export function formatDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(day ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return date.toLocaleDateString(undefined, {
    dateStyle: 'medium',
    ...(day ? { timeZone: 'UTC' } : {}),
  } as Intl.DateTimeFormatOptions)
}
