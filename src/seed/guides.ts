// One guide of the series: its quotes, exercises, cover, the guide itself and its five parts.
import type { Payload } from 'payload'
import { translationLocales, type LocaleCode } from '../i18n/locales'
import type { BodyBlock, FigureContent, GuideContent } from './content/schema'
import { coverImage, figureImage } from './artwork'
import { block, editorState, heading, list, paragraph } from './lexical'
import { createInAllLocales, seedContext, withRowIds } from './localized'

type Id = number | string

export interface GuideSeedResult {
  slug: string
  created: boolean
}

export async function seedGuide(payload: Payload, guide: GuideContent, instrumentIds: Map<string, Id>): Promise<GuideSeedResult> {
  const refs = new Map<string, Id>()

  for (const quote of guide.quotes) {
    const { doc } = await createInAllLocales(payload, 'quotes', { slug: { equals: quote.slug } }, (locale, created) => {
      const localized = { text: quote.text[locale], attribution: quote.attribution[locale] }
      if (created) return localized
      return {
        ...localized,
        slug: quote.slug,
        country: quote.country,
        gender: quote.gender,
        ageGroup: quote.ageGroup,
        exploitation: quote.exploitation,
        themes: quote.themes,
        illustrative: true,
        consent: quote.consent,
        internal: {
          sourceReference: quote.sourceReference,
          interviewCode: quote.interviewCode,
          consentRecord: 'Demo content: no real person; no consent form exists.',
          editorialNotes: quote.editorialNotes,
        },
        _status: 'published',
      }
    })
    refs.set(quote.slug, doc.id)
  }

  for (const exercise of guide.exercises) {
    const { doc } = await createInAllLocales(payload, 'exercises', { slug: { equals: exercise.slug } }, (locale, created) => {
      const localized = {
        title: exercise.title[locale],
        instructions: editorState(exercise.instructions.map((p) => paragraph(p[locale]))),
        questions: withRowIds(exercise.questions.map((q) => ({ question: q[locale] })), created, 'questions'),
      }
      if (created) return localized
      return { ...localized, slug: exercise.slug, kind: exercise.kind, notepadLines: exercise.notepadLines, _status: 'published' }
    })
    refs.set(exercise.slug, doc.id)
  }

  for (const figure of guide.figures) refs.set(figure.slug, await seedFigure(payload, figure))

  const guideDoc = await createInAllLocales(payload, 'guides', { slug: { equals: guide.slug } }, (locale, created) => {
    const localized = {
      title: guide.title[locale],
      subtitle: guide.subtitle[locale],
      summary: guide.summary[locale],
      edition: guide.edition === 'First edition' ? firstEdition[locale] : guide.edition,
      colophon: colophonFor(locale),
    }
    if (created) return localized
    return {
      ...localized,
      seriesNumber: guide.seriesNumber,
      kind: guide.kind,
      slug: guide.slug,
      phase: guide.phase,
      year: guide.year,
      audience: guide.audience,
      legalInstruments: guide.legalInstruments.map((slug) => instrumentIds.get(slug)).filter(Boolean),
      _status: 'published',
    }
  })
  const guideId = guideDoc.doc.id

  if (guideDoc.created) {
    const cover = await createLocalizedMedia(payload, {
      alt: (locale) => coverAlt[locale](guide.seriesNumber),
      credit: (locale) => coverCredit[locale],
      file: { data: await coverImage(guide.seriesNumber), mimetype: 'image/jpeg', name: `cover-guide-${guide.seriesNumber}.jpg` },
    })
    await payload.update({ collection: 'guides', id: guideId, data: { coverImage: cover } as never, context: seedContext })
  }

  for (const [order, chapter] of guide.chapters.entries()) {
    await createInAllLocales(
      payload,
      'chapters',
      { and: [{ guide: { equals: guideId } }, { slug: { equals: chapter.slug } }] },
      (locale, created) => {
        const localized = { title: chapter.title[locale], body: editorState(chapter.body.map((b) => lexicalBlock(b, locale, (_, slug) => refs.get(slug)))) }
        if (created) return localized
        return { ...localized, guide: guideId, order: (order + 1) * 10, part: chapter.part, slug: chapter.slug, _status: 'published' }
      },
    )
  }
  return { slug: guide.slug, created: guideDoc.created }
}

/** One body block of the demo content as Lexical, in a locale; `refOf` gives the id a quote, exercise or figure slug stands for. */
export function lexicalBlock(b: BodyBlock, locale: LocaleCode, refOf: (kind: 'quote' | 'exercise' | 'figure', slug: string) => unknown) {
  switch (b.type) {
    case 'heading':
      return heading(b.text[locale])
    case 'paragraph':
      return paragraph(b.text[locale])
    case 'list':
      return list(b.items.map((i) => i[locale]), b.ordered)
    case 'quote':
      return block('survivorQuote', { quote: refOf('quote', b.ref) })
    case 'exercise':
      return block('exercise', { exercise: refOf('exercise', b.ref), anchor: b.anchor ?? '' })
    case 'notepad':
      return block('notepad', { lines: b.lines, prompt: b.prompt?.[locale] ?? '', anchor: b.anchor ?? '' })
    case 'callout':
      return block('callout', { tone: b.tone, title: b.title[locale], text: b.text[locale], refersTo: b.refersTo ?? '' })
    case 'figure':
      return block('figure', { image: refOf('figure', b.ref), width: b.width, caption: b.caption[locale] })
  }
}

/** A diagram in Media with its alt text in every locale; found again by file name when re-seeding. */
async function seedFigure(payload: Payload, figure: FigureContent): Promise<Id> {
  const filename = `figure-${figure.slug}.png`
  const existing = (await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (existing) return existing.id
  return createLocalizedMedia(payload, { alt: (locale) => figure.alt[locale], credit: (locale) => figure.credit[locale], key: (locale) => figure.key[locale], file: { data: await figureImage(figure.drawing), mimetype: 'image/png', name: filename } })
}

type PerLocale = (locale: LocaleCode) => string

/** The cover artwork's credit line, per locale. */
const coverCredit: Record<LocaleCode, string> = {
  en: 'Cover art: guidepress demo',
  id: 'Gambar sampul: demo guidepress',
  ms: 'Gambar kulit: demo guidepress',
  vi: 'Ảnh bìa: bản minh họa guidepress',
  th: 'ภาพปก: ตัวอย่างจาก guidepress',
}

/** An image in Media with its alt text, credit and key in English and, awaiting review, in every translation. */
async function createLocalizedMedia(payload: Payload, media: { alt: PerLocale; credit: PerLocale; key?: PerLocale; file: { data: Buffer; mimetype: string; name: string } }): Promise<Id> {
  const texts = (locale: LocaleCode) => ({ alt: media.alt(locale), credit: media.credit(locale), ...(media.key && { key: media.key(locale) }) })
  const created = await payload.create({ collection: 'media', locale: 'en', data: texts('en'), file: { ...media.file, size: 0 }, context: seedContext })
  for (const locale of translationLocales) {
    await payload.update({ collection: 'media', id: created.id, locale, data: { ...texts(locale), translation: { status: 'needs-review' } } as never, context: seedContext })
  }
  return created.id
}

const translatorCredits: Record<LocaleCode, string | undefined> = {
  en: undefined,
  id: 'Terjemahan demo oleh tim guidepress',
  ms: 'Terjemahan demo oleh pasukan guidepress',
  vi: 'Bản dịch minh họa của nhóm guidepress',
  th: 'ฉบับแปลสาธิตโดยทีม guidepress',
}

const disclaimers: Record<LocaleCode, string | undefined> = {
  en: undefined,
  id: 'Terjemahan ini bersifat independen. Jika terdapat perbedaan, edisi bahasa Inggris yang berlaku.',
  ms: 'Terjemahan ini adalah bebas. Sekiranya terdapat perbezaan, edisi bahasa Inggeris diguna pakai.',
  vi: 'Đây là bản dịch độc lập. Nếu có khác biệt, bản tiếng Anh là bản có giá trị.',
  th: 'ฉบับแปลนี้เป็นการแปลอิสระ หากมีความแตกต่าง ให้ถือฉบับภาษาอังกฤษเป็นหลัก',
}

/** Written for the demo: no real funder is named. */
const fundingStatements: Record<LocaleCode, string> = {
  en: 'This demonstration edition was prepared with guidepress and received no external funding.',
  id: 'Edisi demonstrasi ini disusun dengan guidepress dan tidak menerima pendanaan dari pihak luar.',
  ms: 'Edisi demonstrasi ini disediakan dengan guidepress dan tidak menerima pembiayaan luar.',
  vi: 'Ấn bản trình diễn này được soạn bằng guidepress và không nhận tài trợ từ bên ngoài.',
  th: 'ฉบับสาธิตนี้จัดทำด้วย guidepress และไม่ได้รับทุนสนับสนุนจากภายนอก',
}

function colophonFor(locale: LocaleCode) {
  return { translatorCredit: translatorCredits[locale], disclaimer: disclaimers[locale], funding: fundingStatements[locale], licence: 'cc-by-nc-4.0' }
}

const coverAlt: Record<LocaleCode, (n: number) => string> = {
  en: (n) => `Abstract cover artwork for guide ${n}: pale circles on a coloured background`,
  id: (n) => `Ilustrasi sampul abstrak untuk panduan ${n}: lingkaran pucat di atas latar berwarna`,
  ms: (n) => `Ilustrasi kulit abstrak untuk panduan ${n}: bulatan pudar di atas latar berwarna`,
  vi: (n) => `Ảnh bìa trừu tượng cho cẩm nang ${n}: các vòng tròn nhạt trên nền màu`,
  th: (n) => `ภาพปกนามธรรมของคู่มือเล่มที่ ${n}: วงกลมสีจางบนพื้นสี`,
}

const firstEdition: Record<LocaleCode, string> = { en: 'First edition', id: 'Edisi pertama', ms: 'Edisi pertama', vi: 'Ấn bản thứ nhất', th: 'พิมพ์ครั้งที่ 1' }
