export {
  BACKEND_WRITE_LIMITS,
  createWritePacer,
  paceDelay,
  sharedWritePacer,
  writeBudget,
} from './write-pacer'
export type { WriteLimit, WritePacer } from './write-pacer'
export { readRetryDelay, shouldRetryRead } from './read-retry'
