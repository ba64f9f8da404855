// The public API of the pure operation core. Everything else in src/core is internal.
export type * from './types'
export { OPERATION_NAMES } from './types'
export { applyOperations } from './apply-operations'
export { validateOperationShape } from './parse-operation'
export { deepEqual, cloneValue, isPlainObject } from './deep-equal'
export { findBlock, locateBlock, childrenOf, allIds, walkBlocks, cloneBlock } from './tree'
export { invert } from './invert'
export { planFlush } from './plan-flush'
export { rebase } from './rebase'
export { planWholeWrite } from './whole-document/plan-whole-write'
export type {
  ApplyAsBackend,
  WholeWriteInput,
  WholeWritePlan,
} from './whole-document/plan-whole-write'
export { createBlock, defaultFieldValue, defaultValues } from './schema/create-block'
export { validateFieldValue } from './schema/validate-field-value'
export { blockLabel } from './schema/block-label'
export { allowedKeys } from './operations/schema-check'
export { documentHash, stableJson } from './document-hash'
// Review: a draft against what is published (src/core/review).
export * from './review'
