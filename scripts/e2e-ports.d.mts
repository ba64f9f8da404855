// Types for e2e-ports.mjs, which stays plain JavaScript so e2e-server.mjs runs without a compiler.
import type { BackendId } from '../src/core/backends'

export declare const E2E_PORT_OFFSETS: Readonly<Record<BackendId, number>>
