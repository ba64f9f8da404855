// The demo cases: every block type, note colours, html notes, a file, groups with children, an
// empty group and hidden blocks, so the editor shows each case the adapter has to handle.

export interface SeedBlock {
  title: string
  type: string
  hidden?: boolean
  content?: string
  color?: string
  file?: { filename: string; url: string }
  children?: SeedBlock[]
}

export interface SeedCase {
  name: string
  status: string
  blocks: SeedBlock[]
}

export const DEMO_CASES: readonly SeedCase[] = [
  {
    name: 'Phishing report from finance',
    status: 'OPEN',
    blocks: [
      {
        title: 'Summary',
        type: 'note',
        color: 'gold',
        content: 'Finance forwarded a suspicious invoice email with a link to a fake login page.',
      },
      {
        title: 'Email headers',
        type: 'html',
        content:
          '<p>From: <strong>billing@examp1e.com</strong></p><p>Reply-To: <em>unknown</em></p>',
      },
      {
        title: 'Attachments',
        type: 'file',
        file: { filename: 'invoice.eml', url: 'https://files.example.invalid/invoice.eml' },
      },
      {
        title: 'Investigation',
        type: 'block_group',
        children: [
          {
            title: 'Sender reputation',
            type: 'note',
            color: 'blue',
            content: 'Domain is 3 days old.',
          },
          {
            title: 'Analyst scratchpad',
            type: 'note',
            hidden: true,
            content: 'Check the proxy logs.',
          },
          { title: 'Block sender domain', type: 'case_action' },
        ],
      },
      { title: 'Related cases', type: 'linked_cases' },
      { title: 'Case metadata', type: 'metadata' },
      {
        title: 'Internal notes',
        type: 'note',
        hidden: true,
        color: 'red',
        content: 'Do not share.',
      },
      { title: 'Closure conditions', type: 'closure_conditions' },
    ],
  },
  {
    name: 'Suspicious login from a new country',
    status: 'OPEN',
    blocks: [
      { title: 'What happened', type: 'note', color: 'mint', content: 'Login from an unusual IP.' },
      { title: 'Follow-up', type: 'block_group', children: [] },
      {
        title: 'Timeline',
        type: 'html',
        color: 'indigo',
        content: '<ul><li>09:02 login</li></ul>',
      },
      { title: 'Reset password', type: 'case_action' },
    ],
  },
  {
    name: 'Malware alert on a laptop',
    status: 'CLOSED',
    blocks: [
      { title: 'Alert', type: 'note', color: 'magenta', content: 'EDR flagged a process.' },
      { title: 'Host details', type: 'metadata' },
      { title: 'Closure conditions', type: 'closure_conditions' },
    ],
  },
  {
    name: 'Lost badge at reception',
    status: 'OPEN',
    blocks: [
      { title: 'Report', type: 'note', color: 'green', content: 'Badge 4411 reported lost.' },
      { title: 'Badge owner', type: 'note', content: 'Facilities team.' },
      { title: 'Disable badge', type: 'case_action' },
    ],
  },
]
