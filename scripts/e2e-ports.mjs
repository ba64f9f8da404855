// The port offset of each backend's e2e server from E2E_PORT: one per backend of the table
// (src/core/backends.ts; src/test/backends/backend-table.test.ts checks they agree). Read by
// scripts/e2e-server.mjs and playwright.config.ts.
export const E2E_PORT_OFFSETS = { basker: 0, tines: 10, omerlo: 20, drumee: 30, kragle: 40 }
