import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { editorServerPlugin } from './src/server/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), editorServerPlugin()],
  build: { outDir: 'dist', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/core/types.ts'],
      reporter: ['text', 'text-summary'],
      thresholds: { lines: 95 },
    },
  },
})
