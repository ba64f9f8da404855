// What the comment routes tell the live server after each write. The live server (issue 19,
// src/server/live/publish.ts) owns this type; it is repeated here, identical, until that lands,
// and createServer hands its hub in. Without one, nothing is told (a single tab still refetches).
export type LivePublish = (event: {
  kind: 'comments' | 'approvals' | 'saved'
  record: string
  data: object
}) => Promise<void>

export const noPublish: LivePublish = () => Promise.resolve()
