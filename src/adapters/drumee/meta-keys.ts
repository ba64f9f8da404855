// The fields the hub injects into every stored tree; a client never sends them back.
export const META_KEYS = ['id', 'hashtag', 'device', 'lang', 'serial'] as const
