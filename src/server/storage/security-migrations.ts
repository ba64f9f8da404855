// Tables that let several servers on one database behave as one: login failures (the throttle),
// rate-limit windows (per-user shares of a backend's rate limit) and the devices a user has
// logged in from (whose owner the throttle never slows for others' guesses).
import type { Migration } from './migrations'

export const loginFailuresMigration = (version: number): Migration => ({
  version,
  name: 'login failures shared by every server',
  statements: [
    `CREATE TABLE login_failures (
      subject text NOT NULL,
      failed_at bigint NOT NULL
    )`,
    `CREATE INDEX login_failures_by_subject ON login_failures (subject, failed_at)`,
  ],
})

export const rateWindowsMigration = (version: number): Migration => ({
  version,
  name: 'rate-limit windows shared by every server',
  statements: [
    `CREATE TABLE rate_windows (
      bucket text NOT NULL,
      window_start bigint NOT NULL,
      hits integer NOT NULL,
      PRIMARY KEY (bucket, window_start)
    )`,
  ],
})

export const loginDevicesMigration = (version: number): Migration => ({
  version,
  name: 'devices users logged in from',
  statements: [
    `CREATE TABLE login_devices (
      id_hash text PRIMARY KEY,
      email text NOT NULL,
      created_at bigint NOT NULL
    )`,
    `CREATE INDEX login_devices_by_email ON login_devices (email, created_at)`,
  ],
})
