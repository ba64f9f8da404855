// One Server-Sent Events answer as a ReadableStream the handler returns at once; the hub writes
// to it as things happen. A client that stops reading is cut off rather than buffered without
// end (it reconnects with the last id it saw and replays what it missed).
const encoder = new TextEncoder()

/** Queued bytes a stream may hold for a client that does not read before it is closed. */
const MAX_QUEUED_BYTES = 1024 * 1024

export interface SseMessage {
  event: string
  data: string
  id?: number
}

export const formatMessage = (message: SseMessage): string =>
  `${message.id === undefined ? '' : `id: ${message.id}\n`}event: ${message.event}\ndata: ${message.data}\n\n`

/** A message encoded once, for writing the same bytes to every stream on a record. */
export const encodeMessage = (message: SseMessage): Uint8Array<ArrayBuffer> =>
  encoder.encode(formatMessage(message))

export interface SseChannel {
  readonly body: ReadableStream<Uint8Array<ArrayBuffer>>
  readonly closed: boolean
  send(message: SseMessage): void
  /** An already encoded message (encodeMessage); the bytes are never changed afterwards. */
  sendEncoded(bytes: Uint8Array<ArrayBuffer>): void
  /** A comment line (`: ping`), which keeps proxies from closing an idle connection. */
  comment(text: string): void
  /** Ends the answer from the server's side. */
  close(): void
}

/** `onClose` runs once, whichever side ends the stream. */
export const createSseChannel = (onClose: () => void): SseChannel => {
  let controller: ReadableStreamDefaultController<Uint8Array<ArrayBuffer>> | null = null
  let closed = false
  const finish = (): void => {
    if (closed) return
    closed = true
    onClose()
  }
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      start: (c) => {
        controller = c
      },
      cancel: finish,
    },
    { highWaterMark: MAX_QUEUED_BYTES, size: (chunk) => chunk.byteLength },
  )
  const write = (text: string): void => writeBytes(encoder.encode(text))
  const writeBytes = (bytes: Uint8Array<ArrayBuffer>): void => {
    if (closed || !controller) return
    controller.enqueue(bytes)
    if ((controller.desiredSize ?? 0) < 0) close()
  }
  const close = (): void => {
    if (closed) return
    try {
      controller?.close()
    } catch {
      // Already errored by a cancelled reader: nothing left to close.
    }
    finish()
  }
  return {
    body,
    get closed() {
      return closed
    },
    send: (message) => write(formatMessage(message)),
    sendEncoded: writeBytes,
    comment: (text) => write(`: ${text}\n\n`),
    close,
  }
}
