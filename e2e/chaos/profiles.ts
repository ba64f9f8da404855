// What the chaos session needs to know about each backend: how to prepare a record with plain,
// unnested blocks (straight through the reference backend, no faults), how to read it back, and
// which block type the palette inserts and which text field the session types into. Adding a
// backend to the chaos run: a line in src/test/chaos/chaos-ports.ts and a profile here.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { APIRequestContext } from '@playwright/test'
import type { ChaosBackend } from '../../src/test/chaos/chaos-ports'
import type { ModelBlock } from '../../src/test/chaos/gesture-model'

export interface PreparedRecord {
  collection: string
  id: string
  blocks: ModelBlock[]
}

/** One row per block as the backend holds it: its text, and its id where it is stable. */
export interface BackendRow {
  id: string | null
  text: string
}

export interface ChaosProfile {
  /** The palette entry the session inserts. */
  paletteType: string
  /** The label of the text field the session types into. */
  textField: string
  /** The text of a freshly inserted block (the type's default). */
  insertedText: string
  /**
   * Whether a block keeps the editor's id on the backend. Tines assigns its own ids to created
   * blocks, so there rows are compared by text and order only.
   */
  stableIds: boolean
  /**
   * Methods whose answers the proxy never loses after the backend acted, for a gap the adapter
   * documents; CHAOS_STRICT=1 spares nothing.
   */
  spareAnswers: string[]
  prepare(api: ChaosApi): Promise<PreparedRecord>
  read(api: ChaosApi, record: PreparedRecord): Promise<BackendRow[]>
}

/** Calls to one chaos server's reference backend with its key (bypassing the fault proxy). */
export class ChaosApi {
  constructor(
    private readonly request: APIRequestContext,
    readonly origin: string,
    private readonly dataDir: string,
    private readonly backend: ChaosBackend,
  ) {}

  key(): string {
    const keys = JSON.parse(readFileSync(`${this.dataDir}/reference-keys.json`, 'utf8')) as Record<
      string,
      string
    >
    const key = keys[this.backend]
    if (!key) throw new Error(`no ${this.backend} key in ${this.dataDir}`)
    return key
  }

  async call(method: string, path: string, headers: Record<string, string>, data?: unknown) {
    const response = await this.request.fetch(`${this.origin}${path}`, {
      method,
      headers,
      ...(data === undefined ? {} : { data }),
    })
    if (!response.ok()) {
      throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`)
    }
    return response.json() as Promise<unknown>
  }

  async resetDemo(): Promise<void> {
    await this.call('POST', `/__test/${this.backend}/reset`, {})
  }
}

export const dataDirOf = (port: number, backend: ChaosBackend): string =>
  fileURLToPath(new URL(`../../.e2e-data/${port}/chaos-${backend}`, import.meta.url))

const BASKER = '/ref/basker/partners/2026-02/demo'
const TINES = '/ref/tines/api/v2'

const basker: ChaosProfile = {
  paletteType: 'Heading',
  textField: 'Text',
  insertedText: '',
  stableIds: true,
  spareAnswers: [],
  async prepare(api) {
    const headers = { Authorization: `users API-Key ${api.key()}` }
    const id = 'chaos-page'
    const created = (await api.call('POST', `${BASKER}/pages`, headers, {
      id,
      title: 'Chaos page',
      slug: id,
    })) as { doc: { updatedAt: string } }
    const blocks = Array.from({ length: 6 }, (_, n) => ({
      id: `chaos-${n + 1}`,
      text: `Start ${n + 1}`,
    }))
    await api.call('PATCH', `${BASKER}/pages/${id}/blocks`, headers, {
      draft: true,
      ifUpdatedAt: created.doc.updatedAt,
      operations: blocks.map((block) => ({
        op: 'append',
        block: { id: block.id, type: 'heading', value: { text: block.text, level: 'h2' } },
      })),
    })
    return { collection: 'pages', id, blocks }
  },
  async read(api, record) {
    const headers = { Authorization: `users API-Key ${api.key()}` }
    const draft = (await api.call('GET', `${BASKER}/pages/${record.id}?draft=true`, headers)) as {
      blocks: { id: string; value: { text?: unknown } }[]
    }
    return draft.blocks.map((block) => ({ id: block.id, text: String(block.value.text ?? '') }))
  },
}

interface TinesBlock {
  id: number
  title: string
  block_group_id: number | null
}

const tinesBlocks = async (api: ChaosApi, caseId: string): Promise<TinesBlock[]> => {
  const headers = { Authorization: `Bearer ${api.key()}` }
  const body = (await api.call('GET', `${TINES}/cases/${caseId}/blocks?per_page=500`, headers)) as {
    blocks: TinesBlock[]
  }
  return body.blocks
}

const tines: ChaosProfile = {
  paletteType: 'Note',
  textField: 'Title',
  insertedText: 'New note',
  stableIds: false,
  // Lost answers to creates are no longer spared: the adapter recognises the block it made
  // (src/adapters/tines/README.md, "Lost creates"; this run once found an orphan after a
  // malformed 201).
  spareAnswers: [],
  async prepare(api) {
    const headers = { Authorization: `Bearer ${api.key()}` }
    const list = (await api.call('GET', `${TINES}/cases?per_page=100`, headers)) as {
      cases: { case_id: number; name: string }[]
    }
    // A demo case with no groups: the model is a flat list.
    const found = list.cases.find((entry) => entry.name === 'Lost badge at reception')
    if (!found) throw new Error('the Tines demo has no "Lost badge at reception" case')
    const id = String(found.case_id)
    const blocks = await tinesBlocks(api, id)
    if (blocks.some((block) => block.block_group_id !== null)) throw new Error('case has groups')
    return {
      collection: 'cases',
      id,
      blocks: blocks.map((block) => ({ id: String(block.id), text: block.title })),
    }
  },
  async read(api, record) {
    const blocks = await tinesBlocks(api, record.id)
    return blocks.map((block) => ({ id: String(block.id), text: block.title }))
  },
}

export const PROFILES: Record<ChaosBackend, ChaosProfile> = { basker, tines }
