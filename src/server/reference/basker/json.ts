// JSON kept in text columns is only ever what this server wrote, so reading it back needs no
// shape check beyond the parse.
export const fromJson = <T>(text: string): T => JSON.parse(text) as T

export const toJson = (value: unknown): string => JSON.stringify(value)
