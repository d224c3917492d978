import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { documentLimitRule } from '../../src/graphql/documentLimit'
import { jsonDepth } from '../../src/http/requestBody'

describe('JSON depth', () => {
  it('counts nested arrays and objects, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4)
    expect(jsonDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1)
    expect(jsonDepth('"plain"')).toBe(0)
  })

  it('stops counting once past the limit', () => {
    expect(jsonDepth('['.repeat(100_000), 64)).toBe(65)
  })
})

describe('GraphQL documents asked for', () => {
  const schema = buildSchema(`
    type Guide { title: String, chapters(limit: Int, pagination: Boolean): Chapters }
    type Chapters { docs: [Chapter] }
    type Chapter { title: String }
    type Guides { docs: [Guide] }
    type Query { Guides(limit: Int, pagination: Boolean): Guides, Chapters(limit: Int): Chapters }
  `)
  const errors = (query: string, variables = {}) => validate(schema, parse(query), [documentLimitRule(200, variables)]).map((e) => e.message)

  it('sums aliases and multiplies nested lists', () => {
    expect(errors('{ a: Chapters(limit: 100) { docs { title } } b: Chapters(limit: 100) { docs { title } } }')).toEqual([])
    expect(errors('{ a: Chapters(limit: 100) { docs { title } } b: Chapters(limit: 101) { docs { title } } }')[0]).toMatch(/more than 200 documents \(at least 201\)/)
    // 10 guides × (1 + 20 chapters each) = 210
    expect(errors('{ Guides(limit: 10) { docs { chapters(limit: 20) { docs { title } } } } }')[0]).toMatch(/more than 200/)
  })

  it("counts Payload's default of 10 when no limit is given, and reads variables", () => {
    expect(errors('{ Guides { docs { chapters(limit: 19) { docs { title } } } } }')).toEqual([])
    expect(errors('query ($n: Int) { Chapters(limit: $n) { docs { title } } }', { n: 500 })[0]).toMatch(/more than 200/)
  })

  it('refuses "all" (limit 0, pagination false) with a message', () => {
    expect(errors('{ Chapters(limit: 0) { docs { title } } }')[0]).toMatch(/limit between 1 and 200/)
    expect(errors('{ Guides(pagination: false) { docs { title } } }')[0]).toMatch(/limit between 1 and 200/)
  })

  it('counts lists inside fragments', () => {
    expect(errors('{ Guides(limit: 10) { ...g } } fragment g on Guides { docs { chapters(limit: 20) { docs { title } } } }')[0]).toMatch(/more than 200/)
  })
})
