import { createContext, useContext } from 'react'
import type { BlockCommands } from './block-commands'

export const BlockCommandsContext = createContext<BlockCommands | null>(null)

export function useBlockCommands(): BlockCommands {
  const commands = useContext(BlockCommandsContext)
  if (!commands) throw new Error('useBlockCommands must be used inside the editor')
  return commands
}
