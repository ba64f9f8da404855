// Reading the environment: the helpers every part of the server configuration uses (config.ts and
// each backend's settings), so every mistake is a ConfigError that names its variable.

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

export type Env = Record<string, string | undefined>

export const integer = (env: Env, name: string, fallback: number, min: number): number => {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer ≥ ${min}; got "${raw}".`)
  }
  return value
}

export const text = (env: Env, name: string, fallback: string): string => {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? fallback : raw
}

export const optional = (env: Env, name: string): string | null => {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? null : raw
}
