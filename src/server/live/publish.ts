// What other server code (comments, approvals) calls to tell every tab on a record that
// something changed: the event is stored (replayable for 10 minutes), then fanned out to every
// server's streams on that record.
export type LiveEventKind = 'comments' | 'approvals' | 'saved'

export type LivePublish = (event: {
  kind: LiveEventKind
  record: string
  data: object
}) => Promise<void>

/** For code built before the hub exists, and tests that need no live updates. */
export const noLivePublish: LivePublish = () => Promise.resolve()
