// What a hub answers for content it cannot find: HTTP 200 with a small page saying so (a box with
// three notes: what was asked, the device, the language), never a 404. It carries none of the
// meta fields of a stored file, which is how a client tells it from content.
export const notFoundPage = (asked: string, device: string, lang: string) => {
  const note = (content: string) => ({
    kind: 'note',
    flow: 'v',
    justify: 'center',
    content,
    styleOpt: { width: 'auto', height: 'auto', padding: '10px' },
  })
  return {
    kind: 'box',
    flow: 'page',
    context: 'page',
    styleOpt: { width: '100%', height: 'auto', 'min-height': '640' },
    kids: [
      {
        kind: 'box',
        flow: 'h',
        userAttributes: { 'data-justify': 'center' },
        kids: [
          note(`Could not find <u>${asked}</u>`),
          note(`Device = <u>${device}</u>`),
          note(`Language = <u>${lang}</u>`),
        ],
      },
    ],
  }
}
