// Gestures on the block tree (drag and drop, the selection's moves, duplicate, paste, remove):
// pure modules on the core's tree helpers, shared by the canvas, the outline and the shortcuts.
export * from './drop-target'
export * from './drop-slots'
export * from './drop-ops'
export * from './move-selection'
export * from './selection-edits'
export * from './drag-words'
export * from './drag-controller'
export { placeOf, subtreeIds, topIndexOf, type BlockPlace } from './place'
export { mayHold } from './placement'
