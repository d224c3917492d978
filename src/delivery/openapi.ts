// The delivery API's contract (OpenAPI 3.1). Served at /delivery/v1/openapi.json, validated in the
// tests, and the source of the TypeScript types in src/delivery/api.d.ts (npm run generate:delivery-types).
import { guideKinds } from '../fields/options'
import { localeCodes } from '../i18n/locales'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object) => ({ 'application/json': { schema } })

const errorResponse = (description: string) => ({ description, content: json(ref('Error')) })

const cacheHeaders = {
  ETag: { description: 'Strong validator: the hash of the published snapshot. Send it back in If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Short max-age with stale-while-revalidate.', schema: { type: 'string' } },
  'Content-Language': { description: 'The locale this response is in.', schema: { type: 'string' } },
  'Surrogate-Key': { description: 'Space-separated cache keys (also sent as Cache-Tag) a CDN can purge by: `guide:<slug>`, `locale:<code>`, `guide:<slug>:<code>`.', schema: { type: 'string' } },
}

const localeParameter = {
  name: 'locale',
  in: 'query',
  required: false,
  description: 'The language wanted. Without it, the best match of Accept-Language is used, else English.',
  schema: { type: 'string', enum: [...localeCodes] },
}

const notModified = { description: 'Not modified: the ETag in If-None-Match is still current.', headers: { ETag: cacheHeaders.ETag } }

const ok = (description: string, schema: object) => ({ description, headers: cacheHeaders, content: json(schema) })

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'guidepress delivery API',
    version: '1.0.0',
    summary: 'Published practitioner guides for downstream websites: one request per guide, in any of the series languages.',
    description:
      'Read-only. Every response is built from the same published snapshot the PDFs are printed from, so a site never sees a half-edited guide. ' +
      'Survivor quotes carry their public fields only; a quote whose consent is withdrawn is removed from every response before any webhook announces it. ' +
      'Responses are compressed (br, gzip) when asked and carry a strong ETag; conditional requests answer 304.',
  },
  servers: [{ url: '/delivery/v1' }],
  paths: {
    '/guides': {
      get: {
        operationId: 'listGuides',
        summary: 'The series in order',
        description: 'Every guide published in this locale, with its cover and the current PDF of every locale.',
        parameters: [localeParameter],
        responses: {
          '200': ok('The series', ref('GuideList')),
          '304': notModified,
          '400': errorResponse('Unknown locale'),
          '429': errorResponse('Too many requests'),
        },
      },
    },
    '/guides/{slug}': {
      get: {
        operationId: 'getGuide',
        summary: 'One whole guide',
        description: 'Chapters in order (sanitized HTML and structured JSON), survivor quotes and exercises resolved inline, figures with renditions, the legal instruments cited, the glossary, and which fields fell back to English.',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }, localeParameter],
        responses: {
          '200': ok('The guide', ref('Guide')),
          '304': notModified,
          '400': errorResponse('Unknown locale'),
          '404': errorResponse('No published guide with this slug in this locale'),
          '429': errorResponse('Too many requests'),
        },
      },
    },
    '/glossary': {
      get: {
        operationId: 'getGlossary',
        summary: 'The series glossary',
        parameters: [localeParameter],
        responses: { '200': ok('The glossary, sorted for the locale', ref('Glossary')), '304': notModified, '400': errorResponse('Unknown locale'), '429': errorResponse('Too many requests') },
      },
    },
    '/legal-instruments': {
      get: {
        operationId: 'getLegalInstruments',
        summary: 'The legal instruments the series cites',
        parameters: [localeParameter],
        responses: { '200': ok('The instruments, oldest first', ref('LegalInstrumentList')), '304': notModified, '400': errorResponse('Unknown locale'), '429': errorResponse('Too many requests') },
      },
    },
  },
  components: {
    schemas: {
      Locale: { type: 'string', enum: [...localeCodes] },
      GuideKind: {
        type: 'string',
        enum: guideKinds.map((k) => k.value),
        description: 'practitioner-guide: one of the six guides of the series, with its five parts. guidance-note: the Guidance Note on Developing a Directory of Services, with parts of its own.',
      },
      Error: {
        type: 'object',
        required: ['error'],
        additionalProperties: false,
        properties: {
          error: {
            type: 'object',
            required: ['status', 'code', 'message'],
            additionalProperties: false,
            properties: {
              status: { type: 'integer' },
              code: { type: 'string', description: 'Stable name of the error, e.g. GuideNotFound, UnknownLocale, RateLimited.' },
              message: { type: 'string', description: 'What happened and what to do.' },
            },
          },
        },
      },
      Rendition: {
        type: 'object',
        required: ['name', 'url', 'width', 'height', 'mimeType'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, url: { type: 'string' }, width: { type: 'integer' }, height: { type: 'integer' }, mimeType: { type: 'string' } },
      },
      Image: {
        type: 'object',
        required: ['alt', 'width', 'height', 'url', 'renditions'],
        additionalProperties: false,
        properties: {
          alt: { type: 'string', description: 'Alternative text in the response locale (English when not translated).' },
          caption: { type: 'string' },
          credit: { type: 'string' },
          key: { type: 'array', items: { type: 'string' }, description: 'What the figure\'s numbers or symbols stand for, one entry per mark (e.g. "1 First recognition"), in the response locale.' },
          width: { type: 'integer' },
          height: { type: 'integer' },
          url: { type: 'string', description: 'The original upload.' },
          renditions: { type: 'array', items: ref('Rendition') },
        },
      },
      Edition: {
        type: 'object',
        description: "A locale's current PDF.",
        required: ['locale', 'url', 'bytes', 'pages', 'sha256', 'translationComplete', 'builtAt'],
        additionalProperties: false,
        properties: {
          locale: ref('Locale'),
          url: { type: 'string' },
          bytes: { type: 'integer' },
          pages: { type: 'integer' },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          translationComplete: { type: 'boolean', description: 'False when some text is still English or not yet approved in this locale.' },
          builtAt: { type: 'string', format: 'date-time' },
        },
      },
      GuideSummary: {
        type: 'object',
        required: ['slug', 'kind', 'seriesNumber', 'locale', 'title', 'subtitle', 'summary', 'cover', 'url', 'editions', 'publishedAt'],
        additionalProperties: false,
        properties: {
          slug: { type: 'string' },
          kind: ref('GuideKind'),
          seriesNumber: { type: 'integer' },
          locale: ref('Locale'),
          title: { type: 'string' },
          subtitle: { type: 'string' },
          summary: { type: 'string' },
          cover: { oneOf: [ref('Image'), { type: 'null' }] },
          url: { type: 'string', description: 'This guide in the delivery API, in this locale.' },
          editions: { type: 'array', description: 'The current PDF of every locale that has one.', items: ref('Edition') },
          publishedAt: { type: 'string', format: 'date-time', description: 'When this locale snapshot was made.' },
        },
      },
      GuideList: {
        type: 'object',
        required: ['locale', 'guides'],
        additionalProperties: false,
        properties: { locale: ref('Locale'), guides: { type: 'array', items: ref('GuideSummary') } },
      },
      LexicalState: {
        type: 'object',
        description:
          'Lexical editor state. Block nodes (type "block") carry resolved `fields`: SurvivorQuoteFields, ExerciseFields, FigureFields, CalloutFields or NotepadFields, by `fields.blockType`.',
        required: ['root'],
        properties: { root: { type: 'object', additionalProperties: true } },
      },
      SurvivorQuoteFields: {
        type: 'object',
        required: ['blockType', 'quote'],
        properties: { blockType: { const: 'survivorQuote' }, quote: ref('Quote') },
      },
      Quote: {
        type: 'object',
        description: 'A survivor quote: public fields only.',
        required: ['text', 'attribution', 'illustrative'],
        additionalProperties: false,
        properties: {
          text: { type: 'string' },
          attribution: { type: 'string' },
          illustrative: { type: 'boolean', description: 'Written for illustration, not the words of a real person.' },
        },
      },
      ExerciseFields: { type: 'object', required: ['blockType', 'exercise'], properties: { blockType: { const: 'exercise' }, exercise: ref('Exercise') } },
      Exercise: {
        type: 'object',
        required: ['title', 'kind', 'instructions', 'instructionsHtml', 'questions', 'notepadLines'],
        additionalProperties: false,
        properties: {
          title: { type: 'string' },
          kind: { type: 'string' },
          instructions: { oneOf: [ref('LexicalState'), { type: 'null' }] },
          instructionsHtml: { type: 'string' },
          questions: { type: 'array', items: { type: 'string' } },
          notepadLines: { type: 'integer', description: 'Ruled lines left for writing in the printed workbook.' },
        },
      },
      FigureFields: {
        type: 'object',
        required: ['blockType', 'image'],
        properties: { blockType: { const: 'figure' }, image: ref('Image'), caption: { type: 'string' }, credit: { type: 'string' }, width: { enum: ['full', 'half'] } },
      },
      Chapter: {
        type: 'object',
        required: ['slug', 'part', 'title', 'html', 'body'],
        additionalProperties: false,
        properties: {
          slug: { type: 'string' },
          part: { type: 'string', description: 'Which part of its guide this chapter is: for a practitioner guide introduction, legal-obligations, key-concepts, issues-and-challenges or guidance; for the guidance note introduction, directory-purpose, directory-building, directory-safety or directory-upkeep; other for an unnumbered chapter.' },
          title: { type: 'string' },
          html: { type: 'string', description: 'Sanitized HTML, ready to put in a page (no scripts, styles or event attributes; links are http(s) or mailto).' },
          body: { oneOf: [ref('LexicalState'), { type: 'null' }] },
        },
      },
      LegalInstrument: {
        type: 'object',
        required: ['shortName', 'name', 'year', 'articles'],
        additionalProperties: false,
        properties: {
          shortName: { type: 'string' },
          name: { type: 'string' },
          year: { type: 'integer' },
          articles: {
            type: 'array',
            items: { type: 'object', required: ['number', 'summary'], additionalProperties: false, properties: { number: { type: 'string' }, summary: { type: 'string' } } },
          },
        },
      },
      GlossaryTerm: { type: 'object', required: ['term', 'definition'], additionalProperties: false, properties: { term: { type: 'string' }, definition: { type: 'string' } } },
      Guide: {
        type: 'object',
        required: ['slug', 'kind', 'seriesNumber', 'locale', 'title', 'subtitle', 'summary', 'year', 'edition', 'cover', 'chapters', 'legalInstruments', 'glossary', 'fellBackToEnglish', 'translationComplete', 'pdf', 'publishedAt'],
        additionalProperties: false,
        properties: {
          slug: { type: 'string' },
          kind: ref('GuideKind'),
          seriesNumber: { type: 'integer' },
          locale: ref('Locale'),
          title: { type: 'string' },
          subtitle: { type: 'string' },
          summary: { type: 'string' },
          year: { type: 'integer' },
          edition: { type: 'string' },
          translatorCredit: { type: 'string' },
          disclaimer: { type: 'string' },
          isbn: { type: 'string' },
          cover: { oneOf: [ref('Image'), { type: 'null' }] },
          chapters: { type: 'array', items: ref('Chapter') },
          legalInstruments: { type: 'array', description: 'The instruments this guide cites.', items: ref('LegalInstrument') },
          glossary: { type: 'array', items: ref('GlossaryTerm') },
          fellBackToEnglish: { type: 'array', description: 'Fields shown in English because their translation is missing, e.g. "chapter introduction: title".', items: { type: 'string' } },
          translationComplete: { type: 'boolean' },
          pdf: { oneOf: [ref('Edition'), { type: 'null' }], description: "This locale's current PDF." },
          publishedAt: { type: 'string', format: 'date-time' },
        },
      },
      Glossary: { type: 'object', required: ['locale', 'terms'], additionalProperties: false, properties: { locale: ref('Locale'), terms: { type: 'array', items: ref('GlossaryTerm') } } },
      LegalInstrumentList: {
        type: 'object',
        required: ['locale', 'legalInstruments'],
        additionalProperties: false,
        properties: { locale: ref('Locale'), legalInstruments: { type: 'array', items: ref('LegalInstrument') } },
      },
    },
  },
} as const
