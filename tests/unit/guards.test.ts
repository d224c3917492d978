import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { lexicalProblem } from '../../src/fields/lexicalShape'
import { redactError } from '../../src/logger'
import { changedSharedFields } from '../../src/plugins/translatorGuard'
import { editorState, heading, paragraph, block, inline } from '../../src/seed/lexical'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'order', type: 'number' },
  { name: 'guide', type: 'relationship', relationTo: 'guides' },
  { name: 'colophon', type: 'group', fields: [{ name: 'isbn', type: 'text', localized: true }, { name: 'printer', type: 'text' }] },
  { name: 'articles', type: 'array', fields: [{ name: 'number', type: 'text' }, { name: 'summary', type: 'textarea', localized: true }] },
]

describe('translator guard', () => {
  const original = { title: 'Old', order: 1, guide: 7, colophon: { isbn: '1', printer: 'P' }, articles: [{ id: 'a', number: '6', summary: 'x' }] }

  it('lets localized fields change and unchanged shared fields pass', () => {
    const data = { title: 'ใหม่', order: 1, guide: { id: 7 }, colophon: { isbn: '2', printer: 'P' }, articles: [{ id: 'a', number: '6', summary: 'ใหม่' }] }
    expect(changedSharedFields(fields, data, original)).toEqual([])
  })

  it('names every changed non-localized field, including inside groups and arrays', () => {
    const data = { order: 2, guide: 8, colophon: { printer: 'Q' }, articles: [{ id: 'a', number: '7' }] }
    expect(changedSharedFields(fields, data, original)).toEqual(['order', 'guide', 'colophon.printer', 'articles.0.number'])
    expect(changedSharedFields(fields, { articles: [] }, original)).toEqual(['articles'])
  })
})

describe('rich-text shape', () => {
  it('accepts editor states the seed builds', () => {
    const state = editorState([heading('Title'), paragraph('Some **bold** and *italic* [link](https://example.org)'), block('notepad', { lines: 4 })])
    expect(lexicalProblem(state)).toBeNull()
    expect(lexicalProblem(null)).toBeNull()
  })

  it('explains what is wrong with malformed values', () => {
    expect(lexicalProblem('text')).toMatch(/root/)
    expect(lexicalProblem({ root: { type: 'root', children: 'x' } })).toMatch(/children must be a list/)
    expect(lexicalProblem({ root: { type: 'root', children: [{ type: 'video' }] } })).toMatch(/unknown node type "video"/)
    expect(lexicalProblem(editorState([block('carousel', {})]))).toMatch(/unknown type "carousel"/)
  })

  it('splits inline markup into formatted text and links', () => {
    const nodes = inline('a **b** *c* [d](https://x.org)')
    expect(nodes.map((n) => n.type)).toEqual(['text', 'text', 'text', 'text', 'text', 'link'])
    expect(nodes[1]).toMatchObject({ text: 'b', format: 1 })
    expect(nodes[3]).toMatchObject({ text: 'c', format: 2 })
  })
})

describe('log redaction', () => {
  it('drops database query parameters from logged errors', () => {
    const err = new Error('Failed query: insert into "quotes" values (?, ?)\nparams: DEMO-G1-007,Secret words')
    const logged = JSON.stringify(redactError(err))
    expect(logged).toContain('Failed query')
    expect(logged).not.toContain('DEMO-G1-007')
    expect(logged).not.toContain('Secret words')
  })
})
