// The header the Kragle adapter adds to its one retry of a call Kragle answered with code 3 (the
// session is gone): the server's proxy then logs in again before forwarding it, and removes the
// header, so it never reaches Kragle. Shared here so the browser and the server name it alike.
export const KRAGLE_RENEW_HEADER = 'x-kragle-session'
export const KRAGLE_RENEW_VALUE = 'renew'
