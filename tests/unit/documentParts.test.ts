// What the printer may swap into a tab that already holds a document (src/publishing/documentParts.ts).
import { describe, expect, it } from 'vitest'
import { changedStyles, documentParts } from '../../src/publishing/documentParts'

const doc = ({ lang = 'en', title = 'Guide', styles = ['@font-face {}', 'p { margin: 0 }'], body = '<p>Text</p>', extraHead = '' } = {}) =>
  `<!doctype html>\n<html lang="${lang}" dir="ltr">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${styles.map((css) => `<style>${css}</style>`).join('\n')}${extraHead}\n</head>\n<body>${body}</body>\n</html>`

describe('documentParts', () => {
  it('splits a document as the renderers write it into language, title, style sheets and body', () => {
    expect(documentParts(doc({ lang: 'th', title: 'A &amp; B', body: '<section><h1>One</h1></section>' }))).toEqual({
      skeleton: '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title></title>\n<style></style>\n<style></style>\n</head>\n</body>\n</html>',
      lang: 'th',
      dir: 'ltr',
      title: 'A &amp; B',
      styles: ['@font-face {}', 'p { margin: 0 }'],
      body: '<section><h1>One</h1></section>',
    })
  })

  it('leaves anything that runs or links to be loaded whole', () => {
    expect(documentParts(doc({ body: '<p>x</p><script>alert(1)</script>' }))).toBeUndefined()
    expect(documentParts(doc({ extraHead: '<link rel="stylesheet" href="x.css">' }))).toBeUndefined()
    expect(documentParts(doc({ extraHead: '<meta http-equiv="refresh" content="0">' }))).toBeUndefined()
    expect(documentParts('<html><body><p>no language</p></body></html>')).toBeUndefined()
    expect(documentParts('<p>no body</p>')).toBeUndefined()
  })
})

describe('changedStyles', () => {
  it('lists only the style sheets that differ, for documents of the same skeleton', () => {
    const loaded = documentParts(doc())
    expect(changedStyles(loaded, documentParts(doc({ lang: 'vi', body: '<p>Khác</p>' })))).toEqual([])
    expect(changedStyles(loaded, documentParts(doc({ styles: ['@font-face {}', 'p { margin: 1mm }'] })))).toEqual([[1, 'p { margin: 1mm }']])
  })

  it('asks for a whole load when nothing is loaded, the skeleton differs or the style sheets are not as many', () => {
    const loaded = documentParts(doc())
    expect(changedStyles(undefined, loaded)).toBeUndefined()
    expect(changedStyles(loaded, documentParts(doc({ styles: ['@font-face {}'] })))).toBeUndefined()
    expect(changedStyles(loaded, documentParts(doc({ extraHead: '<meta name="x" content="y">' })))).toBeUndefined()
    expect(changedStyles(loaded, undefined)).toBeUndefined()
  })
})
