// Review comments and approvals (issue 19): the canvas badge and thread panel, the review's
// threads by block and its approvals.
export { CommentsProvider } from './CommentsProvider'
export { CommentBadge } from './CommentBadge'
export { CommentButton } from './CommentButton'
export { ReviewComments } from './ReviewComments'
export { ApprovalsSection } from './ApprovalsSection'
