// SQL for the Kragle reference: users, block types, stacks. Ids are serial integers as in Kragle;
// lists are ordered by id, 10 to a page (vendor-facts.md). A stack's blocks are stored as block
// instances, each with an id from one sequence.
import type { Db, Queryable } from '../../storage/db'

export const PAGE_SIZE = 10

/** One block of a stack as stored: the written entry `[type, conversion, options]` plus its id. */
export interface Instance {
  id: number
  type: string
  conversion: unknown
  options: Record<string, unknown>
}

export interface UserRow {
  id: number
  passwordHash: string | null
}

export interface BlockTypeRow {
  id: number
  owner: number
  name: string
  definition: unknown
  isRemote: boolean
  resolved: unknown
  needsApproval: boolean
  isApproved: boolean
}

export interface StackRow {
  id: number
  owner: number
  name: string
  blocks: Instance[]
}

export interface NewBlockType {
  owner: number
  name: string
  definitionJson: string
  isRemote: boolean
  resolvedJson: string
  needsApproval: boolean
  isApproved: boolean
}

type Raw = Record<string, unknown>

const typeOf = (row: Raw): BlockTypeRow => ({
  id: Number(row.id),
  owner: Number(row.owner),
  name: String(row.name),
  definition: JSON.parse(String(row.definition_json)) as unknown,
  isRemote: row.is_remote === true,
  resolved: JSON.parse(String(row.resolved_json)) as unknown,
  needsApproval: row.needs_approval === true,
  isApproved: row.is_approved === true,
})

const stackOf = (row: Raw): StackRow => ({
  id: Number(row.id),
  owner: Number(row.owner),
  name: String(row.name),
  blocks: JSON.parse(String(row.blocks_json)) as Instance[],
})

const TYPE_COLUMNS =
  'id, owner, name, definition_json, is_remote, resolved_json, needs_approval, is_approved'

export class KragleRepository {
  constructor(private readonly db: Db) {}

  async userByLogin(login: string): Promise<UserRow | null> {
    const found = await this.db.query(
      'SELECT id, password_hash FROM kragle_users WHERE username = $1 OR email = $1',
      [login],
    )
    const row = found.rows[0]
    if (!row) return null
    const hash = row.password_hash
    return { id: Number(row.id), passwordHash: typeof hash === 'string' ? hash : null }
  }

  /** Approved types, plus the user's own when `user` is given. */
  async listTypes(
    user: number | null,
    page: number,
  ): Promise<{ count: number; rows: BlockTypeRow[] }> {
    const where = user === null ? 'is_approved' : '(is_approved OR owner = $1)'
    const params = user === null ? [] : [user]
    const n = params.length
    const count = await this.db.query(
      `SELECT count(*) AS n FROM kragle_blocktypes WHERE ${where}`,
      params,
    )
    const rows = await this.db.query(
      `SELECT ${TYPE_COLUMNS} FROM kragle_blocktypes WHERE ${where} ORDER BY id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
    )
    return { count: Number(count.rows[0]?.n ?? 0), rows: rows.rows.map(typeOf) }
  }

  async typeBy(column: 'id' | 'name', value: number | string): Promise<BlockTypeRow | null> {
    const found = await this.db.query(
      `SELECT ${TYPE_COLUMNS} FROM kragle_blocktypes WHERE ${column} = $1`,
      [value],
    )
    const row = found.rows[0]
    return row ? typeOf(row) : null
  }

  /** Names of the given types that `user` may use (approved or their own). */
  async usableTypeNames(user: number, names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set()
    const found = await this.db.query(
      'SELECT name FROM kragle_blocktypes WHERE name = ANY($1) AND (is_approved OR owner = $2)',
      [names, user],
    )
    return new Set(found.rows.map((row) => String(row.name)))
  }

  /** Which of the given type names exist at all (whoever owns them). */
  async existingTypeNames(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set()
    const found = await this.db.query('SELECT name FROM kragle_blocktypes WHERE name = ANY($1)', [
      names,
    ])
    return new Set(found.rows.map((row) => String(row.name)))
  }

  async createType(type: NewBlockType, tx: Queryable = this.db): Promise<number> {
    const now = new Date().toISOString()
    const created = await tx.query(
      `INSERT INTO kragle_blocktypes (owner, name, definition_json, is_remote, resolved_json,
         needs_approval, is_approved, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        type.owner,
        type.name,
        type.definitionJson,
        type.isRemote,
        type.resolvedJson,
        type.needsApproval,
        type.isApproved,
        now,
      ],
    )
    return Number(created.rows[0]?.id)
  }

  async updateType(id: number, type: Omit<NewBlockType, 'owner' | 'isApproved'>): Promise<void> {
    await this.db.query(
      `UPDATE kragle_blocktypes SET name = $2, definition_json = $3, is_remote = $4,
         resolved_json = $5, needs_approval = $6, updated_at = $7 WHERE id = $1`,
      [
        id,
        type.name,
        type.definitionJson,
        type.isRemote,
        type.resolvedJson,
        type.needsApproval,
        new Date().toISOString(),
      ],
    )
  }

  async listStacks(
    owner: number | null,
    page: number,
  ): Promise<{ count: number; rows: StackRow[] }> {
    const where = owner === null ? 'TRUE' : 'owner = $1'
    const params = owner === null ? [] : [owner]
    const n = params.length
    const count = await this.db.query(
      `SELECT count(*) AS n FROM kragle_stacks WHERE ${where}`,
      params,
    )
    const rows = await this.db.query(
      `SELECT id, owner, name, blocks_json FROM kragle_stacks WHERE ${where} ORDER BY id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
    )
    return { count: Number(count.rows[0]?.n ?? 0), rows: rows.rows.map(stackOf) }
  }

  async stackBy(column: 'id' | 'name', value: number | string): Promise<StackRow | null> {
    const found = await this.db.query(
      `SELECT id, owner, name, blocks_json FROM kragle_stacks WHERE ${column} = $1`,
      [value],
    )
    const row = found.rows[0]
    return row ? stackOf(row) : null
  }

  /** `count` fresh instance ids. */
  async instanceIds(count: number, tx: Queryable = this.db): Promise<number[]> {
    if (count === 0) return []
    const found = await tx.query(
      "SELECT nextval('kragle_instance_ids') AS id FROM generate_series(1, $1)",
      [count],
    )
    return found.rows.map((row) => Number(row.id))
  }

  async createStack(
    owner: number,
    name: string,
    blocks: Instance[],
    tx: Queryable = this.db,
  ): Promise<number> {
    const now = new Date().toISOString()
    const created = await tx.query(
      `INSERT INTO kragle_stacks (owner, name, blocks_json, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [owner, name, JSON.stringify(blocks), now],
    )
    return Number(created.rows[0]?.id)
  }

  async updateStack(id: number, name: string, blocks: Instance[]): Promise<void> {
    await this.db.query(
      'UPDATE kragle_stacks SET name = $2, blocks_json = $3, updated_at = $4 WHERE id = $1',
      [id, name, JSON.stringify(blocks), new Date().toISOString()],
    )
  }
}
