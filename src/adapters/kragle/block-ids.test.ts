import { describe, expect, it } from 'vitest'
import { BlockIdBook, fingerprint, memoryStorage } from './block-ids'
import type { ReadBlock } from './parse-stack'

const block = (instanceId: string, text: string): ReadBlock => ({
  instanceId,
  type: 'heading',
  conversion: null,
  options: { state: { text } },
})
const print = (text: string) => fingerprint({ type: 'heading', conversion: null, state: { text } })

describe('BlockIdBook', () => {
  it('uses the instance ids until a write renumbers them, then keeps the editor ids', () => {
    const storage = memoryStorage()
    const book = new BlockIdBook(storage)
    expect(book.editorIds('1', [block('10', 'a'), block('11', 'b')])).toEqual(['10', '11'])
    book.beforeWrite('1', ['11', '10', 'new-x'], [print('b'), print('a'), print('c')])
    book.afterWrite('1', ['11', '10', 'new-x'], ['20', '21', '22'])
    const read = [block('20', 'b'), block('21', 'a'), block('22', 'c')]
    expect(book.editorIds('1', read)).toEqual(['11', '10', 'new-x'])
    // A new page (a reload) reads the same book from storage.
    expect(new BlockIdBook(storage).editorIds('1', read)).toEqual(['11', '10', 'new-x'])
  })

  it('recognises a write whose answer was lost by what the stack holds', () => {
    const storage = memoryStorage()
    new BlockIdBook(storage).beforeWrite('1', ['a1', 'b1'], [print('a'), print('b')])
    const afterReload = new BlockIdBook(storage)
    expect(afterReload.editorIds('1', [block('30', 'a'), block('31', 'b')])).toEqual(['a1', 'b1'])
    expect(afterReload.editorIds('1', [block('30', 'a'), block('31', 'b')])).toEqual(['a1', 'b1'])
  })

  it('drops a noted write that did not land, and aliases of instances that are gone', () => {
    const storage = memoryStorage()
    const book = new BlockIdBook(storage)
    book.afterWrite('1', ['x'], ['40'])
    book.beforeWrite('1', ['y', 'z'], [print('p'), print('q')])
    expect(book.editorIds('1', [block('41', 'other')])).toEqual(['41'])
    expect(JSON.parse(storage.get('kragle-block-ids:1') ?? '{}')).toMatchObject({
      aliases: {},
      pending: null,
    })
    expect(book.editorIds('1', [block('40', 'back')])).toEqual(['40'])
  })

  it('never names two blocks alike, and survives a damaged entry', () => {
    const storage = memoryStorage()
    const book = new BlockIdBook(storage)
    book.afterWrite('1', ['51'], ['50'])
    expect(book.editorIds('1', [block('50', 'a'), block('51', 'b')])).toEqual([
      '51',
      'kragle-instance-51',
    ])
    storage.set('kragle-block-ids:2', '{not json')
    expect(new BlockIdBook(storage).editorIds('2', [block('60', 'a')])).toEqual(['60'])
  })

  it("follows another client's write that renumbered blocks, by their content", () => {
    const book = new BlockIdBook(memoryStorage())
    expect(book.editorIds('1', [block('1', 'a'), block('2', 'b'), block('3', 'c')])).toEqual([
      '1',
      '2',
      '3',
    ])
    const renumbered = [block('7', 'c'), block('8', 'a'), block('9', 'b2'), block('10', 'd')]
    expect(book.editorIds('1', renumbered)).toEqual(['3', '1', '9', '10'])
    expect(book.editorIds('1', renumbered)).toEqual(['3', '1', '9', '10'])
  })
})
