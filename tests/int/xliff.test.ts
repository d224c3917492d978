// The XLIFF round trip over HTTP, as a translator with a CAT tool uses it: export a guide for one
// language, check the file with xmllint (OASIS schema) and translate-toolkit, fill the targets,
// import, and read back exactly what was filled, formatting included. Then stale units, every
// kind of bad file (each changes nothing), access, the audit trail, the CLI and the admin page.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import puppeteer from 'puppeteer-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { Printer } from '../../src/publishing/print'
import { block, editorState, heading, list, paragraph } from '../../src/seed/lexical'
import { adminPage, api, baseUrl, tokenFor, type Role } from '../helpers/api'
import { runScript } from '../helpers/scripts'
import { editPo, editTarget, fillTargets, inlineRows, onlyFiles, saveTemp, schema, tool } from '../helpers/xliff'
import { pageAs } from '../helpers/chromium'

const th = (text: string) => `ไทย ${text}`
let guide: any
let chapter: any
let quote: any
let exercise: any
let exported: string
let ours: string[]

const importFile = async (role: Role, xml: string | Uint8Array, query = '') => {
  const res = await fetch(`${baseUrl()}/api/xliff/import${query}`, {
    method: 'POST',
    headers: { ...(role !== 'public' && { authorization: `JWT ${await tokenFor(role)}` }), 'content-type': 'application/x-xliff+xml' },
    body: typeof xml === 'string' ? xml : Buffer.from(xml),
  })
  return { status: res.status, body: (await res.json()) as any }
}

const exportGuide = async (role: Role, locale = 'th', slug = guide.slug) =>
  fetch(`${baseUrl()}/api/xliff/export?guide=${slug}&locale=${locale}`, { headers: role === 'public' ? {} : { authorization: `JWT ${await tokenFor(role)}` } })

const readThai = async (collection: string, id: number | string) => (await api('editor', `/api/${collection}/${id}?locale=th&draft=true&depth=0&fallback-locale=none`)).body

const englishBody = () => [
  heading('Working with interpreters'),
  paragraph('An interpreter must be **independent** of the employer, *trained*, and briefed in [trauma-informed practice](https://example.org/guidance) before the interview.'),
  list(['Ask which **language** the person prefers.', 'Check for conflicts of interest.'], false),
  block('callout', { tone: 'tip', title: 'Remember', text: 'Never ask a family member to interpret.' }),
]

beforeAll(async () => {
  const stamp = Date.now().toString(36)
  const create = async (collection: string, data: Record<string, unknown>) => {
    const res = await api('editor', `/api/${collection}?draft=true&locale=en`, { method: 'POST', json: data })
    if (res.status !== 201) throw new Error(`${collection}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`)
    return res.body.doc
  }
  quote = await create('quotes', {
    slug: `xliff-quote-${stamp}`,
    text: 'The interpreter was from my village, so I said nothing.',
    attribution: 'Woman recruited for factory work (illustrative)',
    consent: 'granted',
    illustrative: true,
    internal: { interviewCode: 'INT-XLIFF-7731', editorialNotes: 'never export this note' },
  })
  exercise = await create('exercises', {
    slug: `xliff-exercise-${stamp}`,
    title: 'Choosing an interpreter',
    kind: 'reflection',
    notepadLines: 4,
    instructions: editorState([paragraph('Think of the *last* interview you held.')]),
    questions: [{ question: 'Who interpreted, and how were they chosen?' }],
  })
  guide = await create('guides', { slug: `xliff-guide-${stamp}`, seriesNumber: 90, title: 'Interpreters in victim interviews', subtitle: 'A short test guide', year: 2026, phase: 'two' })
  chapter = await create('chapters', {
    slug: 'interpreters',
    guide: guide.id,
    order: 1,
    part: 'key-concepts',
    title: 'Interpreters',
    body: editorState([...englishBody(), block('survivorQuote', { quote: quote.id }), block('exercise', { exercise: exercise.id })]),
  })
  ours = [`guides/${guide.id}`, `chapters/${chapter.id}`, `quotes/${quote.id}`, `exercises/${exercise.id}`]
  const res = await exportGuide('translator-th')
  exported = await res.text()
})

describe('XLIFF export', () => {
  it('gives a translator an XLIFF 1.2 file of the guide that validates against the OASIS schema', async () => {
    const res = await exportGuide('translator-th')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${guide.slug}.th.xlf"`)
    const check = tool('xmllint', ['--noout', '--nonet', '--schema', schema, saveTemp(exported)], 'libxml2-utils')
    expect(check.stderr).toContain('validates')
    expect(check.status).toBe(0)
    for (const original of ours) expect(exported).toContain(`<file original="${original}" source-language="en" target-language="th"`)
  })

  it('has one unit per field and per paragraph, inline formatting as <g>, and the source fingerprint', () => {
    const chapterFile = exported.slice(exported.indexOf(`original="chapters/${chapter.id}"`))
    // Untranslated: the target is a copy of the source marked as needing translation (what OmegaT translates).
    expect(chapterFile).toMatch(/<trans-unit id="title" [^>]*extradata="[0-9a-f]{16}"[^>]*><source>Interpreters<\/source><target state="needs-translation">Interpreters<\/target><\/trans-unit>/)
    expect(chapterFile).toContain('<source>An interpreter must be <g id="f1" ctype="bold">independent</g> of the employer, <g id="f2" ctype="italic">trained</g>, and briefed in <g id="l1" ctype="link">trauma-informed practice</g> before the interview.</source>')
    expect(chapterFile).toMatch(/<trans-unit id="body\.2\.0" [^>]*><source>Ask which <g id="f1" ctype="bold">language<\/g> the person prefers\.<\/source>/)
    expect(chapterFile).toMatch(/<trans-unit id="body\.3\.text" [^>]*><source>Never ask a family member to interpret\.<\/source>/)
    // The link's URL stays in guidepress; the translator sees only the linked words.
    expect(exported).not.toContain('example.org')
  })

  it('never carries internal quote fields, consent records or withdrawn quotes', async () => {
    expect(exported).toContain('The interpreter was from my village')
    expect(exported).not.toMatch(/INT-XLIFF-7731|never export this note|"granted"/i)
    const withdrawn = (await api('editor', '/api/quotes?where[consent][equals]=withdrawn&depth=0&draft=true&locale=en')).body.docs[0]
    const demo = await exportGuide('editor', 'th', 'victim-identification')
    expect(demo.status).toBe(200)
    const demoXml = await demo.text()
    expect(demoXml).toContain('<file original="quotes/')
    expect(demoXml).not.toContain(withdrawn.text.slice(0, 40))
  })

  it('is read by translate-toolkit: pocount counts every unit and xliff2po carries sources and targets', () => {
    const units = (exported.match(/<trans-unit /g) ?? []).length
    const count = tool('pocount', ['--no-color', saveTemp(exported)], 'translate-toolkit')
    expect(count.status, count.stderr).toBe(0)
    const [, strings, words] = /^Total:\s+(\d+)\s+(\d+)/m.exec(count.stdout) ?? []
    expect(Number(strings), count.stdout).toBe(units)
    expect(Number(words)).toBeGreaterThan(units)

    const out = saveTemp('', 'out.po')
    const po = tool('xliff2po', ['--progress=none', saveTemp(fillTargets(exported, ours, th)), '-o', out], 'translate-toolkit')
    expect(po.status, po.stderr).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('msgid "Ask which language the person prefers."')
    expect(text).toContain(`msgstr "${th('Ask which ')}${th('language')}${th(' the person prefers.')}"`)
  })

  it('answers 401 to the public, 403 to a translator of another language, 404 for an unknown guide', async () => {
    expect((await exportGuide('public')).status).toBe(401)
    expect((await exportGuide('translator-vi')).status).toBe(403)
    const unknown = await exportGuide('editor', 'th', 'no-such-guide')
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as any).errors[0].message).toBe('No guide or facilitator guide with the slug "no-such-guide".')
    expect((await exportGuide('editor', 'en')).status).toBe(400)
  })
})

describe('XLIFF import', () => {
  it('writes nothing for targets still equal to their source (the untranslated copies)', async () => {
    const res = await importFile('translator-th', exported)
    expect(res.status).toBe(200)
    expect(res.body.summary.applied).toBe(0)
    expect(res.body.summary.empty).toBeGreaterThanOrEqual(12)
    expect((await readThai('chapters', chapter.id)).title).toBeFalsy()
  })

  it('writes back exactly what was filled in, rich-text formatting, links and blocks included', async () => {
    const filled = fillTargets(exported, ours, th)
    const res = await importFile('translator-th', filled)
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200)
    const units = (filled.match(/<target state="translated">/g) ?? []).length
    expect(res.body.summary).toMatchObject({ applied: units, stale: 0, rejected: 0 })
    expect(res.body.locale).toBe('th')

    const translated = await readThai('chapters', chapter.id)
    expect(translated.title).toBe(th('Interpreters'))
    // Same structure as the English: every text run translated, its bold/italic kept, the link's URL kept.
    const english = (await api('editor', `/api/chapters/${chapter.id}?locale=en&draft=true&depth=0`)).body
    const expected = JSON.parse(JSON.stringify(english.body.root.children), (key, value) => ((key === 'text' || key === 'title') && typeof value === 'string' ? th(value) : value))
    expect(translated.body.root.children.flatMap(inlineRows)).toEqual(expected.flatMap(inlineRows))
    const link = translated.body.root.children[1].children.find((n: any) => n.type === 'link')
    expect(link.fields.url).toBe('https://example.org/guidance')
    expect(link.children[0].text).toBe(th('trauma-informed practice'))
    // Blocks that place a quote or exercise still point at the same documents.
    expect(translated.body.root.children.slice(4).map((n: any) => [n.fields.blockType, n.fields.quote ?? n.fields.exercise])).toEqual([
      ['survivorQuote', quote.id],
      ['exercise', exercise.id],
    ])

    expect((await readThai('quotes', quote.id)).text).toBe(th('The interpreter was from my village, so I said nothing.'))
    const ex = await readThai('exercises', exercise.id)
    expect(ex.questions[0].question).toBe(th('Who interpreted, and how were they chosen?'))
    expect(ex.instructions.root.children[0].children.map((n: any) => [n.text, n.format])).toEqual([
      [th('Think of the '), 0],
      [th('last'), 2],
      [th(' interview you held.'), 0],
    ])
    // The English is untouched; the translator's work is a draft awaiting review.
    expect(english.title).toBe('Interpreters')
    expect(translated.translation.status).toBe('needs-review')
    expect(translated.translation.changedBy).toBe('translator.th@guidepress.local')
  })

  it('reports a second import of the same file as unchanged', async () => {
    const res = await importFile('translator-th', fillTargets(exported, ours, th))
    expect(res.status).toBe(200)
    expect(res.body.summary.applied).toBe(0)
    expect(res.body.summary.unchanged).toBeGreaterThan(10)
  })

  it('exports the translation back with its review state', async () => {
    const xml = await (await exportGuide('translator-th')).text()
    expect(xml).toContain(`<target state="needs-review-translation">${th('An interpreter must be ')}<g id="f1" ctype="bold">${th('independent')}</g>`)
    expect(xml).toContain(`<g id="l1" ctype="link">${th('trauma-informed practice')}</g>`)
  })

  it('lets an editor approve through XLIFF (approved="yes"), but not a translator', async () => {
    const current = onlyFiles(await (await exportGuide('editor')).text(), [`chapters/${chapter.id}`])
    const approved = current.replace(/xml:space="preserve">/g, 'xml:space="preserve" approved="yes">').replace(/state="needs-review-translation"/g, 'state="final"')
    expect((await importFile('translator-th', approved)).status).toBe(200)
    expect((await readThai('chapters', chapter.id)).translation.status).toBe('needs-review')
    const byEditor = await importFile('editor', approved)
    expect(byEditor.status).toBe(200)
    expect(byEditor.body.documents[0].status).toEqual({ from: 'needs-review', to: 'approved' })
    const chapterNow = await readThai('chapters', chapter.id)
    expect(chapterNow.translation.status).toBe('approved')
    expect(chapterNow.translation.changedBy).toBe('editor@guidepress.local')
  })

  it('leaves the published guide as it was: an import is a draft, and the guide stays public', async () => {
    const demo = (await api('public', '/api/guides?where[slug][equals]=victim-identification&locale=th&depth=0')).body.docs[0]
    const xml = onlyFiles(await (await exportGuide('translator-th', 'th', 'victim-identification')).text(), [`guides/${demo.id}`])
    const edited = xml.replace(/(<trans-unit id="subtitle"[^>]*><source>[^<]*<\/source><target[^>]*>)([^<]*)</, '$1$2 (ฉบับร่าง)<')
    const res = await importFile('translator-th', edited)
    expect(res.status).toBe(200)
    expect(res.body.summary.applied).toBe(1)
    expect((await readThai('guides', demo.id)).subtitle).toBe(`${demo.subtitle} (ฉบับร่าง)`)
    expect((await api('public', `/api/guides/${demo.id}?locale=th&depth=0`)).body.subtitle).toBe(demo.subtitle)
    const progress = await api('public', '/api/translation-progress')
    expect(progress.body.guides.map((g: any) => g.slug)).toContain('victim-identification')
  })

  it('does not apply units whose English changed since export, and reports them as stale', async () => {
    const english = (await api('editor', `/api/chapters/${chapter.id}?locale=en&draft=true&depth=0`)).body
    const body = structuredClone(english.body)
    body.root.children[2].children[1].children[0].text = 'Check for conflicts of interest, including debts.'
    const edit = await api('editor', `/api/chapters/${chapter.id}?locale=en&draft=true`, { method: 'PATCH', json: { body } })
    expect(edit.status).toBe(200)
    const before = await readThai('chapters', chapter.id)
    const again = fillTargets(exported, [`chapters/${chapter.id}`], (t) => `ใหม่ ${t}`)
    const res = await importFile('translator-th', again)
    expect(res.status).toBe(200)
    expect(res.body.stale).toEqual([expect.objectContaining({ document: `chapters/${chapter.id}`, unit: 'body.2.1' })])
    expect(res.body.summary.stale).toBe(1)
    const after = await readThai('chapters', chapter.id)
    expect(after.body.root.children[2].children[1].children[0].text).toBe(before.body.root.children[2].children[1].children[0].text)
    expect(after.body.root.children[0].children[0].text).toBe('ใหม่ Working with interpreters')
    expect(after.translation.status).toBe('in-progress')
  })

  it('rejects a unit whose inline tags do not match the source, and applies the rest', async () => {
    const revised = (t: string) => `แก้ ${t}`
    const broken = fillTargets(exported, [`exercises/${exercise.id}`], revised).replace(/ctype="italic">แก้ last<\/g>/, 'ctype="link">แก้ last</g>').replace('<g id="f1" ctype="link">', '<g id="l9" ctype="link">')
    const before = await readThai('exercises', exercise.id)
    const res = await importFile('translator-th', broken)
    expect(res.status).toBe(200)
    const after = await readThai('exercises', exercise.id)
    expect(after.instructions).toEqual(before.instructions)
    expect(after.questions[0].question).toBe(revised('Who interpreted, and how were they chosen?'))
    expect(res.body.rejected).toEqual([
      expect.objectContaining({ document: `exercises/${exercise.id}`, unit: 'instructions.0', reason: expect.stringContaining('missing <g id="f1" ctype="italic">; extra <g id="l9" ctype="link">') }),
    ])
  })
})

describe('XLIFF round trips a translator really makes', () => {
  let original: string
  let slug: string
  const chapterOf = (res: { body: any }) => res.body.documents.find((d: any) => d.document === original)
  const exportXml = async () => (await exportGuide('translator-th', 'th', slug)).text()
  /** The Thai body as rows per paragraph: text runs with their format bits, links with their URL, line breaks. */
  const thaiRows = async () => (await readThai('chapters', original.split('/')[1])).body.root.children.map((p: any) => p.children.flatMap(inlineRows))
  const lineBreak = { type: 'linebreak', version: 1 }

  beforeAll(async () => {
    slug = `xliff-roundtrip-${Date.now().toString(36)}`
    const res = await api('editor', '/api/guides?draft=true&locale=en', { method: 'POST', json: { slug, seriesNumber: 91, title: 'Round trips of a translation', year: 2026, phase: 'two' } })
    const hotline = paragraph('Hotline 1300')
    const chapter = await api('editor', '/api/chapters?draft=true&locale=en', {
      method: 'POST',
      json: {
        slug: 'safe-interviews',
        guide: res.body.doc.id,
        order: 1,
        part: 'key-concepts',
        title: 'Safe interviews',
        body: editorState([
          paragraph('Interview the person *alone*, in a **safe** place.'),
          paragraph('Explain the *right to silence* and the [referral options](https://example.org/referral).'),
          { ...hotline, children: [...(hotline.children as unknown[]), lineBreak, ...(paragraph('*Open day and night.*').children as unknown[])] },
          paragraph('Write down what the person says, in their own words.'),
          paragraph('Never promise an *outcome*.'),
        ]),
      },
    })
    expect(chapter.status).toBe(201)
    original = `chapters/${chapter.body.doc.id}`
  })

  it('applies a first translation made in a CAT tool with every tag kept, formatting included', async () => {
    const xml = await exportXml()
    expect(xml).toContain('<source>Hotline 1300<x id="x1" ctype="lb"/><g id="f1" ctype="italic">Open day and night.</g></source>')
    // body.4 is left untranslated: its target is still the copy of its source.
    const filled = editTarget(fillTargets(xml, [original], th), original, 'body.4', (_, source) => source)
    const res = await importFile('translator-th', filled)
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200)
    expect(chapterOf(res)).toMatchObject({ applied: 5, rejected: 0, stale: 0, unchanged: 0 })
    expect(await thaiRows()).toEqual([
      [['text', 0, th('Interview the person ')], ['text', 2, th('alone')], ['text', 0, th(', in a ')], ['text', 1, th('safe')], ['text', 0, th(' place.')]],
      [['text', 0, th('Explain the ')], ['text', 2, th('right to silence')], ['text', 0, th(' and the ')], ['link', 'https://example.org/referral'], ['text', 0, th('referral options')], ['text', 0, th('.')]],
      [['text', 0, th('Hotline 1300')], ['linebreak'], ['text', 2, th('Open day and night.')]],
      [['text', 0, th('Write down what the person says, in their own words.')]],
      [['text', 0, 'Never promise an '], ['text', 2, 'outcome'], ['text', 0, '.']],
    ])
  })

  it('applies an OmegaT-style edit of a translated target that keeps its tags, moved where Thai needs them', async () => {
    const xml = await exportXml()
    // The translation comes back with the source's tag ids, so editing its words keeps the rule.
    expect(xml).toMatch(/<trans-unit id="body\.1" [^>]*><source>[^]*?<\/source><target state="translated">ไทย Explain the <g id="f1" ctype="italic">ไทย right to silence<\/g>ไทย  and the <g id="l1" ctype="link">/)
    let edited = editTarget(xml, original, 'body.0', () => 'สัมภาษณ์บุคคลนั้น<g id="f1" ctype="italic">ตามลำพัง</g> ในสถานที่<g id="f2" ctype="bold">ปลอดภัย</g>')
    edited = editTarget(edited, original, 'body.1', () => 'อธิบาย<g id="l1" ctype="link">ช่องทางส่งต่อ</g>และ<g id="f1" ctype="italic">สิทธิที่จะไม่พูด</g>')
    const res = await importFile('translator-th', edited)
    expect(res.status).toBe(200)
    expect(chapterOf(res)).toMatchObject({ applied: 2, rejected: 0, unchanged: 3 })
    const rows = await thaiRows()
    expect(rows[0]).toEqual([['text', 0, 'สัมภาษณ์บุคคลนั้น'], ['text', 2, 'ตามลำพัง'], ['text', 0, ' ในสถานที่'], ['text', 1, 'ปลอดภัย']])
    expect(rows[1]).toEqual([['text', 0, 'อธิบาย'], ['link', 'https://example.org/referral'], ['text', 0, 'ช่องทางส่งต่อ'], ['text', 0, 'และ'], ['text', 2, 'สิทธิที่จะไม่พูด']])
  })

  it('rejects the unit whose tags were stripped and the one given an extra bold, names their tags, and applies the rest', async () => {
    const before = await thaiRows()
    let edited = editTarget(await exportXml(), original, 'body.2', () => 'สายด่วน 1300 เปิดทั้งวันทั้งคืน')
    edited = editTarget(edited, original, 'body.3', () => 'จด<g id="f1" ctype="bold">คำพูด</g>ของบุคคลนั้น')
    edited = editTarget(edited, original, 'title', () => 'การสัมภาษณ์ที่ปลอดภัย')
    const res = await importFile('translator-th', edited)
    expect(res.status).toBe(200)
    expect(chapterOf(res)).toMatchObject({ applied: 1, rejected: 2, unchanged: 2 })
    expect(res.body.rejected).toEqual([
      { document: original, unit: 'body.2', reason: expect.stringMatching(/^the target's inline tags do not match the source: missing <x id="x1" ctype="lb"\/>, <g id="f1" ctype="italic">\. Keep every tag/) },
      { document: original, unit: 'body.3', reason: expect.stringMatching(/: extra <g id="f1" ctype="bold">\. Keep every tag/) },
    ])
    const after = await readThai('chapters', original.split('/')[1])
    expect(after.title).toBe('การสัมภาษณ์ที่ปลอดภัย')
    expect(await thaiRows()).toEqual(before)
  })

  it('survives translate-toolkit (xliff2po, a PO edit, pomerge): untouched units stay as they were, formatting included', async () => {
    const exported = saveTemp(await exportXml(), 'export.xlf')
    const po = path.join(path.dirname(exported), 'export.po')
    const toPo = tool('xliff2po', ['--progress=none', exported, '-o', po], 'translate-toolkit')
    expect(toPo.status, toPo.stderr).toBe(0)
    // xliff2po drops the tags: the translator sees and writes plain text.
    let text = readFileSync(po, 'utf8')
    expect(text).toContain('msgid "Interview the person alone, in a safe place."\nmsgstr "สัมภาษณ์บุคคลนั้นตามลำพัง ในสถานที่ปลอดภัย"')
    text = editPo(text, 'Write down what the person says, in their own words.', 'จดสิ่งที่บุคคลนั้นพูดด้วยคำของเขาเอง')
    text = editPo(text, 'Interview the person alone, in a safe place.', 'สัมภาษณ์เขาตามลำพังในที่ปลอดภัย')
    const edited = path.join(path.dirname(exported), 'edited.po')
    writeFileSync(edited, text)
    const merged = path.join(path.dirname(exported), 'merged.xlf')
    const merge = tool('pomerge', ['--progress=none', '-t', exported, '-i', edited, '-o', merged], 'translate-toolkit')
    expect(merge.status, merge.stderr).toBe(0)
    // What pomerge really does: every target of the chapter comes back as plain text, tags gone.
    const mergedXml = readFileSync(merged, 'utf8')
    const chapterFile = mergedXml.slice(mergedXml.indexOf(`original="${original}"`), mergedXml.indexOf('</file>', mergedXml.indexOf(`original="${original}"`)))
    const targets = [...chapterFile.matchAll(/<target[^>]*>([^]*?)<\/target>/g)].map((m) => m[1])
    expect(targets).toHaveLength(6)
    expect(targets.filter((t) => /<g |<x /.test(t))).toEqual([])

    const before = await thaiRows()
    const res = await importFile('translator-th', readFileSync(merged))
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200)
    // The plain-text paragraph the translator edited applies; the formatted one cannot (its tags are gone);
    // the untouched translated units are unchanged and the untranslated one is still empty.
    expect(chapterOf(res)).toMatchObject({ applied: 1, rejected: 1, stale: 0, unchanged: 3 })
    expect(res.body.summary).toMatchObject({ applied: 1, rejected: 1, stale: 0 })
    expect(res.body.rejected).toEqual([{ document: original, unit: 'body.0', reason: expect.stringContaining('missing <g id="f1" ctype="italic">, <g id="f2" ctype="bold">') }])
    expect(await thaiRows()).toEqual([before[0], before[1], before[2], [['text', 0, 'จดสิ่งที่บุคคลนั้นพูดด้วยคำของเขาเอง']], before[4]])
    expect(before[2]).toEqual([['text', 0, th('Hotline 1300')], ['linebreak'], ['text', 2, th('Open day and night.')]])
  })

  it('applies a formatting fix: the same words with the source tags around other words', async () => {
    const edited = editTarget(await exportXml(), original, 'body.0', () => 'สัมภาษณ์<g id="f1" ctype="italic">บุคคลนั้นตามลำพัง</g> ในสถานที่<g id="f2" ctype="bold">ปลอดภัย</g>')
    const res = await importFile('translator-th', edited)
    expect(chapterOf(res)).toMatchObject({ applied: 1, rejected: 0 })
    expect((await thaiRows())[0]).toEqual([['text', 0, 'สัมภาษณ์'], ['text', 2, 'บุคคลนั้นตามลำพัง'], ['text', 0, ' ในสถานที่'], ['text', 1, 'ปลอดภัย']])
  })
})

describe('XLIFF files that are refused change nothing', () => {
  const snapshot = async () => JSON.stringify([await readThai('chapters', chapter.id), await readThai('quotes', quote.id), await readThai('guides', guide.id)])
  const chapterUnit = (inner: string, extra = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${extra}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="chapters/${chapter.id}" source-language="en" target-language="th" datatype="x-guidepress"><body>${inner}</body></file></xliff>`
  const titleUnit = (target: string) => `<trans-unit id="title" extradata="x"><source>Interpreters</source><target>${target}</target></trans-unit>`

  const cases: [string, () => string | Uint8Array, number, RegExp][] = [
    ['an external entity (XXE)', () => chapterUnit(titleUnit('&xxe;'), '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'), 400, /DOCTYPE/],
    ['entity expansion (billion laughs)', () => chapterUnit(titleUnit('&lol3;'), `<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n`), 400, /entity/],
    ['malformed XML', () => chapterUnit('<trans-unit id="title"><source>Interpreters</source><target>x</trans-unit>'), 400, /not well-formed XML.*line \d+/],
    ['an undefined HTML entity', () => chapterUnit(titleUnit('A&nbsp;B')), 400, /&nbsp; is not an XML entity|"&nbsp;" is not an XML entity/],
    ['not XLIFF at all', () => '<html><body>hello</body></html>', 400, /not an XLIFF 1\.2 file/],
    ['a language guidepress does not translate into', () => chapterUnit(titleUnit('Dolmetscher')).replace('target-language="th"', 'target-language="de"'), 400, /"de" is not one guidepress translates into/],
    ['an unknown document', () => chapterUnit(titleUnit('x')).replace(`chapters/${chapter.id}"`, 'chapters/987654"'), 400, /Unknown document "chapters\/987654"/],
    ['an unknown collection', () => chapterUnit(titleUnit('x')).replace(`chapters/${chapter.id}"`, `users/1"`), 400, /Unknown document "users\/1"/],
    ['an unknown unit', () => chapterUnit(titleUnit('x').replace('id="title"', 'id="slug"')), 400, /Unknown unit "slug"/],
    ['text that is not UTF-8', () => new Uint8Array([0x3c, 0x78, 0xff, 0xfe, 0x3e]), 400, /not UTF-8/],
    ['a file over XLIFF_MAX_BYTES', () => chapterUnit(titleUnit('x'.repeat(1_100_000))), 413, /limit|larger than/],
  ]

  for (const [what, file, status, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await snapshot()
      const res = await importFile('translator-th', file())
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(status)
      expect(res.body.errors[0].message).toMatch(message)
      expect(await snapshot()).toBe(before)
    })
  }

  it('refuses a file in a language the translator does not translate, and one that does not match ?locale', async () => {
    const before = await snapshot()
    const file = fillTargets(exported, [`chapters/${chapter.id}`], (t) => `x ${t}`)
    const vi = await importFile('translator-vi', file)
    expect(vi.status).toBe(403)
    expect(vi.body.errors[0].message).toMatch(/not "th"/)
    expect((await importFile('editor', file, '?locale=vi')).status).toBe(400)
    expect((await importFile('public', file)).status).toBe(401)
    expect(await snapshot()).toBe(before)
  })

  it('records imports, refused ones included, in the audit trail editors read', async () => {
    const events = await api('editor', '/api/translation-events?where[note][like]=XLIFF&limit=100&sort=-at')
    expect(events.status).toBe(200)
    const notes = events.body.docs.map((e: any) => `${e.user} ${e.collection} ${e.note}`)
    expect(notes.some((n: string) => /translator\.th@guidepress\.local chapters XLIFF import: \d+ applied/.test(n))).toBe(true)
    const refused = await api('editor', '/api/translation-events?where[collection][equals]=xliff-import&where[note][like]=DOCTYPE&limit=5')
    expect(refused.body.docs.length).toBeGreaterThan(0)
    expect((await api('translator-th', '/api/translation-events?limit=1')).status).toBe(403)
  })
})

describe('XLIFF from the shell and the admin panel', () => {
  it('exports and imports with npm run xliff, naming what it did', () => {
    const out = saveTemp('', 'cli.xlf')
    const exported = runScript('xliff', ['export', '--guide', guide.slug, '--locale', 'th', '--out', out], inject('testEnv'))
    expect(exported.status, exported.stderr).toBe(0)
    expect(exported.stdout).toMatch(/Exported .* for th: \d+ documents, \d+ units/)
    const xml = readFileSync(out, 'utf8')
    expect(xml).toContain(`<file original="chapters/${chapter.id}"`)
    const imported = runScript('xliff', ['import', out, '--as', 'translator.th@guidepress.local'], inject('testEnv'))
    expect(imported.status, imported.stderr + imported.stdout).toBe(0)
    expect(imported.stdout).toMatch(/Summary \(th\): 0 applied, 0 stale, 0 rejected, \d+ unchanged/)
    const bad = runScript('xliff', ['import', saveTemp('<xliff version="1.2"><file', 'bad.xlf')], inject('testEnv'))
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/Rejected .*nothing was changed: The file is not well-formed XML/)
    const usage = runScript('xliff', ['export', '--guide', guide.slug], inject('testEnv'))
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/--locale: one of id, ms, vi, th/)
  })

  it('imports a file uploaded on the admin page, in a real browser, and shows the summary', async () => {
    const file = saveTemp(fillTargets(exported, [`quotes/${quote.id}`], (t) => `ผ่านหน้าเว็บ ${t}`), 'upload.th.xlf')
    const browser = await puppeteer.launch({ executablePath: Printer.executable(), headless: true, args: ['--no-sandbox'], pipe: true })
    try {
      const page = await pageAs(browser, 'translator-th')
      await page.goto(`${baseUrl()}/admin/xliff`, { waitUntil: 'networkidle0' })
      const input = await page.$('input[type=file]')
      await (input as unknown as { uploadFile: (path: string) => Promise<void> }).uploadFile(file)
      await page.$$eval('button[type=submit]', (buttons) => (buttons.at(-1) as HTMLButtonElement).click())
      await page.waitForSelector('.xliff-result', { timeout: 30_000 })
      expect(await page.$eval('.xliff-result', (el) => el.textContent)).toMatch(/Imported \(th\): 2 applied, 0 stale, 0 rejected/)
    } finally {
      await browser.close()
    }
    expect((await readThai('quotes', quote.id)).text).toBe('ผ่านหน้าเว็บ The interpreter was from my village, so I said nothing.')
  })

  it('serves the XLIFF page in the admin panel to staff, and sends others to the login', async () => {
    const { status, html } = await adminPage('translator-th', '/admin/xliff')
    expect(status).toBe(200)
    expect(html).toContain('XLIFF exchange')
    expect(html).toContain('Download XLIFF')
    expect(html).toContain(guide.slug)
    // A Thai translator is offered Thai only (options appear in the HTML or the RSC payload).
    expect(html).toMatch(/value=\\?"th\\?"/)
    expect(html).not.toMatch(/value=\\?"vi\\?"/)
    const anonymous = await adminPage('public', '/admin/xliff')
    expect(anonymous.html).not.toContain(guide.slug)
    expect(`${anonymous.status} ${anonymous.location ?? anonymous.html.match(/NEXT_REDIRECT[^"]*/)?.[0]}`).toMatch(/\/admin\/login/)
  })
})
