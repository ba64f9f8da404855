// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AdapterError } from '../../adapters'
import type { BackendAdapter, BlockLibraryApi, LibraryBlockType } from '../../adapters'
import { createFakeAdapter } from '../../test/doubles/fake-adapter'
import { AdapterProvider } from '../../sync'
import { BlockTypeForm } from './BlockTypeForm'

afterEach(cleanup)

const definition = {
  io: { input: {}, output: {} },
  actions: [{ action: 'render' }],
  state: {},
  initial_state: {},
}

const approved: LibraryBlockType = {
  id: '22',
  name: 'callout',
  owner: 1,
  definition,
  isRemote: false,
  needsApproval: false,
  isApproved: true,
  resolved: definition,
}

function setup(existing: LibraryBlockType | null, library: Partial<BlockLibraryApi>) {
  const api: BlockLibraryApi = {
    list: vi.fn(),
    get: vi.fn(),
    validate: vi.fn(() => Promise.resolve()),
    create: vi.fn(() => Promise.resolve({ id: '30' })),
    update: vi.fn(() => Promise.resolve(approved)),
    ...library,
  }
  const adapter: BackendAdapter = { ...createFakeAdapter([], []), blockLibrary: api }
  const onSaved = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AdapterProvider config={{ backend: 'kragle' }} adapter={adapter}>
        <BlockTypeForm existing={existing} onSaved={onSaved} onCancel={() => undefined} />
      </AdapterProvider>
    </QueryClientProvider>,
  )
  return { api, onSaved, user: userEvent.setup() }
}

describe('<BlockTypeForm>', () => {
  it('sends nothing while the definition has problems', async () => {
    const { api, user } = setup(null, {})
    await user.type(screen.getByLabelText('Name'), 'card')
    await user.clear(screen.getByLabelText('Definition (JSON)'))
    await user.type(screen.getByLabelText('Definition (JSON)'), '{{"io": 1}')
    expect(screen.getByRole('list', { name: 'Problems in the definition' }).textContent).toContain(
      'io must be an object {input, output}',
    )
    await user.click(screen.getByRole('button', { name: 'Create block type' }))
    expect(screen.getByRole('alert').textContent).toContain('nothing was sent to Kragle')
    expect(api.validate).not.toHaveBeenCalled()
    expect(api.create).not.toHaveBeenCalled()
  })

  it('validates, then creates, and shows a refusal as a sentence', async () => {
    const refusal = new AdapterError('validation', 'A block type named "card" already exists.', {
      body: { code: 4, msg: 'A block type named "card" already exists.' },
    })
    const validate = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValueOnce(undefined)
    const { api, onSaved, user } = setup(null, { validate })
    await user.type(screen.getByLabelText('Name'), 'card')
    await user.click(screen.getByRole('button', { name: 'Create block type' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Some of the details are missing or not allowed.')
    expect(alert.textContent).toContain('Kragle said: A block type named "card" already exists.')
    expect(api.create).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Create block type' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('30'))
    const draft = {
      name: 'card',
      isRemote: false,
      needsApproval: false,
      definition: expect.any(Object),
    }
    expect(api.create).toHaveBeenCalledWith(draft)
  })

  it('changes only the name and approval of an approved type', async () => {
    const { api, user } = setup(approved, {})
    expect(screen.queryByLabelText('Definition (JSON)')).toBeNull()
    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), 'callout-2')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(api.update).toHaveBeenCalledWith('22', { name: 'callout-2', needsApproval: false }),
    )
    expect(api.validate).not.toHaveBeenCalled()
  })
})
