// The one set of block views: the canvas draws them with editors in place on the selected block,
// the preview draws them as they are.
export { BlockBody } from './BlockBody'
export type { InPlaceEditing } from './view-context'
export { MAX_DRAWN_DEPTH } from './depth'
export { TooDeepNote } from './TooDeepNote'
export { usePageTheme } from './use-page-theme'
export { themeLook } from './theme-style'
export type { ThemeLook } from './theme-style'
export { mediaPicture, mediaTitle } from './media'
export { referenceTitle, fieldCollection } from './reference-titles'
export { humanize, referenceId, refItems } from './values'
export { formatDate, formatNumber } from './format'
export { ReferenceText, referenceWords } from './ReferenceText'
