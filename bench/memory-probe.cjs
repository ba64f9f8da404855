// Preloaded into the server by bench/memory.ts (`node --require`): on SIGUSR2 it writes one line
// `memory-probe {json}` with process.memoryUsage() in MB to stdout, so the bench can say where
// the resident memory is (V8 heap, or external: PGlite's WebAssembly memory) and not only how
// much. It loads nothing and allocates nothing until asked.
'use strict'
const mb = (bytes) => Math.round(bytes / 1048576)
process.on('SIGUSR2', () => {
  const usage = process.memoryUsage()
  const figures = {}
  for (const [key, value] of Object.entries(usage)) figures[key] = mb(value)
  process.stdout.write(`memory-probe ${JSON.stringify(figures)}\n`)
})
