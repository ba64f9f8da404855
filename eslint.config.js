// Lint rules, including the layer boundaries of ARCHITECTURE.md: each layer imports only downward.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'

// Names the browser or Node defines and the language does not: src/core may use none of them (it
// runs unchanged in the browser, the server and a worker), so a `window`, `fetch`, `document` or
// `process` there fails the lint, not a review. Pure utilities every host has are allowed.
const portableGlobals = new Set(['TextEncoder', 'TextDecoder', 'structuredClone'])
const hostGlobals = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
].filter((name) => !Object.hasOwn(globals.builtin, name) && !portableGlobals.has(name))

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
})

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'data/**',
      '.e2e-data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  layer(
    ['src/core/**'],
    [
      '**/adapters/**',
      '**/store/**',
      '**/sync/**',
      '**/features/**',
      '**/app/**',
      '**/server/**',
      'react',
      'react-dom',
      'zustand',
      '@tanstack/*',
      'hono',
      'pg',
      '@electric-sql/*',
      'node:*',
    ],
    'src/core is pure: it imports nothing of ours and no side-effecting library.',
  ),
  {
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['globalThis', ...hostGlobals].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, Node or host globals (pass what it needs in).',
        })),
      ],
    },
  },
  {
    // Every browser request goes through adapters/http.ts (timeouts, size caps, typed errors).
    files: ['src/features/**', 'src/store/**', 'src/app/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest'].map((name) => ({
          name,
          message:
            'Browser requests go through the one HTTP client (sync/api-client.ts, adapters).',
        })),
      ],
    },
  },
  layer(
    ['src/adapters/**', 'src/store/**'],
    ['**/sync/**', '**/features/**', '**/app/**', '**/server/**'],
    'adapters and store import only core (and adapters/store types).',
  ),
  layer(
    ['src/sync/**'],
    ['**/features/**', '**/app/**', '**/server/**'],
    'sync imports store, adapters and core only.',
  ),
  {
    // Features reach the backend only through sync's hooks (useBackendId, useBackendFeatures,
    // useVersionList, useThemeSettingsRead, …), never the raw adapter: what they read is cached,
    // paced and invalidated in one place.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/*/**', '**/server/**', '**/app/**'],
              message: 'features reach backends only through sync.',
            },
            {
              group: ['**/sync/adapter-context'],
              message: 'features use sync hooks, not the adapter (src/sync/index.ts).',
            },
            {
              group: ['**/sync', '**/sync/index'],
              importNames: ['useAdapter'],
              message: 'features use sync hooks, not the adapter (src/sync/index.ts).',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/server/**'],
    [
      '**/adapters/**',
      '**/store/**',
      '**/sync/**',
      '**/features/**',
      '**/app/**',
      'react',
      'react-dom',
    ],
    'the server imports core and nothing of the browser.',
  ),
  // The doctor runs the browser's adapters against the server's own proxy, in-process.
  layer(
    ['src/server/doctor/**'],
    ['**/store/**', '**/sync/**', '**/features/**', '**/app/**', 'react', 'react-dom'],
    'the doctor imports adapters, core and the server; nothing else of the browser.',
  ),
)
