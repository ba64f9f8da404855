// Every built-in reference backend. All are mounted in every server (each under its own /ref
// path); BACKEND picks the one the proxy forwards to.
import { baskerReference } from './basker/reference-backend'
import { drumeeReference } from './drumee/reference-backend'
import { kragleReference } from './kragle/reference-backend'
import { omerloReference } from './omerlo/reference-backend'
import type { ReferenceBackend } from './registry-types'
import { tinesReference } from './tines/reference-backend'

export const REFERENCE_BACKENDS: readonly ReferenceBackend[] = [
  baskerReference,
  tinesReference,
  omerloReference,
  kragleReference,
  drumeeReference,
]

export const referenceFor = (name: string): ReferenceBackend | undefined =>
  REFERENCE_BACKENDS.find((backend) => backend.name === name)
