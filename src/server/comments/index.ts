// Review comments and approvals (issue 19): the routes, their storage and the live event type.
export { mountComments } from './routes'
export type { CommentsOptions } from './routes'
export { commentsMigration } from './migration'
export type { LivePublish } from '../live/publish'
