// Database errors that mean "this input cannot be stored" (a NUL byte in text, an invalid
// encoding, a value too long for an index): answered 400, never 500.
const CLIENT_DATA_CODES = new Set(['22021', '22P05', '22001', '54000', '22P02'])

export const isClientDataError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false
  const code = (error as { code: unknown }).code
  return typeof code === 'string' && CLIENT_DATA_CODES.has(code)
}
