// Every backend's classification with every method: a request is judged by what it does. Only
// GET and HEAD may read (and on Drumee, whose services take parameters from the query too, not
// even they: a GET block.store is a write); methods a backend does not speak are admin work; a
// path the backend would decode differently cannot hide a write.
import { describe, expect, it } from 'vitest'
import { classifyBasker } from './basker/classify'
import { classifyDrumee } from './drumee/classify'
import { classifyKragle } from './kragle/classify'
import { classifyOmerlo } from './omerlo/classify'
import type { BackendAction, ProxiedRequest } from './registry-types'
import { classifyTines } from './tines/classify'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND']
const EXOTIC = ['OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT', 'MOVE']

type Classify = (request: ProxiedRequest) => BackendAction

const BACKENDS: { name: string; classify: Classify; writes: [string, unknown][] }[] = [
  {
    name: 'basker',
    classify: classifyBasker,
    writes: [
      ['/partners/2026-02/demo/pages/home/blocks', { draft: true, operations: [] }],
      ['/partners/2026-02/demo/pages/home', { draft: false }],
      ['/partners/2026-02/demo/theme/settings', { draft: true, set: {} }],
    ],
  },
  {
    name: 'tines',
    classify: classifyTines,
    writes: [
      ['/api/v2/cases/7/blocks', {}],
      ['/api/v2/cases/7/blocks/3', {}],
      ['/api/v2/cases/7', {}],
    ],
  },
  {
    name: 'omerlo',
    classify: classifyOmerlo,
    writes: [
      ['/api/community/v2/events/e1/blocks', []],
      ['/api/community/v2/events/e1', {}],
    ],
  },
  {
    name: 'kragle',
    classify: classifyKragle,
    writes: [
      ['/api/v1/blockstacks/3', {}],
      ['/api/v1/blocktypes', {}],
      ['/api/v1/authenticate', {}],
    ],
  },
]

describe.each(BACKENDS)('$name classification with every method', ({ classify, writes }) => {
  it.each(writes)('%s: only GET and HEAD read; every other method writes', (path, body) => {
    for (const method of METHODS) {
      const action = classify({ method, path, body })
      if (method === 'GET' || method === 'HEAD') expect(action, method).toBe('read')
      else expect(action, method).not.toBe('read')
    }
  })
  it.each(writes)('%s: a method the backend does not speak is admin work', (path, body) => {
    for (const method of EXOTIC) expect(classify({ method, path, body }), method).toBe('admin')
  })
  it.each(writes)('%s: lower-case methods are judged like upper-case ones', (path, body) => {
    for (const method of ['post', 'put', 'patch', 'delete']) {
      expect(classify({ method, path, body })).toBe(
        classify({ method: method.toUpperCase(), path, body }),
      )
    }
  })
})

describe('drumee classification with every method', () => {
  const svc = (service: string, query = '') => `/-/svc/block.${service}${query}`

  it('a publishing store is a publish whatever the method, with the status in body or query', () => {
    for (const method of METHODS) {
      expect(
        classifyDrumee({ method, path: svc('store'), body: { status: 'publish_with_history' } }),
      ).toBe('publish')
      expect(
        classifyDrumee({
          method,
          path: svc('store', '?hashtag=home&status=publish_with_history'),
          body: null,
        }),
      ).toBe('publish')
      expect(
        classifyDrumee({
          method,
          path: svc('store', '?status=&status=publish_without_history'),
          body: { status: '' },
        }),
      ).toBe('publish')
    }
  })
  it('no method turns a write service into a read', () => {
    const writes: [string, BackendAction][] = [
      ['store', 'edit'],
      ['unpublish', 'publish'],
      ['delete', 'delete'],
      ['purge', 'delete'],
      ['rename', 'admin'],
      ['copy', 'admin'],
    ]
    for (const method of METHODS) {
      for (const [service, action] of writes) {
        expect(classifyDrumee({ method, path: svc(service), body: null }), service).toBe(action)
      }
    }
  })
  it('reads are reads by any method; unknown services and odd paths are admin work', () => {
    for (const method of METHODS) {
      expect(classifyDrumee({ method, path: svc('content', '?hashtag=home'), body: null })).toBe(
        'read',
      )
      for (const path of [
        svc('toString'),
        svc('__proto__'),
        '/-/svc/block.st%6Fre/',
        '/x/../-/svc/block.store',
        '/-/svc/block.%E0%A4%A',
        '/-/svc/other.store',
      ]) {
        const action = classifyDrumee({ method, path, body: null })
        expect(action, path).not.toBe('read')
      }
    }
  })
  it('an encoded service name is decoded as the hub decodes it', () => {
    expect(classifyDrumee({ method: 'GET', path: '/-/svc/block.st%6Fre', body: null })).toBe('edit')
  })
})
