// guidepress: assembles the parts. Details live in collections/ and src/.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { CaseStudies } from './collections/CaseStudies'
import { Chapters } from './collections/Chapters'
import { DeliverySnapshots } from './collections/DeliverySnapshots'
import { DirectoryEditions } from './collections/DirectoryEditions'
import { Exercises } from './collections/Exercises'
import { FacilitatorGuides } from './collections/FacilitatorGuides'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Guides } from './collections/Guides'
import { LegalInstruments } from './collections/LegalInstruments'
import { Media } from './collections/Media'
import { Publications } from './collections/Publications'
import { Quotes } from './collections/Quotes'
import { Services } from './collections/Services'
import { TrainingSessions } from './collections/TrainingSessions'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { userIsEditor } from './src/access/roles'
import { databaseAdapter } from './src/db'
import { parseEnv } from './src/env'
import { onInit } from './src/init'
import { defaultLocale, locales, type Locale } from './src/i18n/locales'
import { logger } from './src/logger'
import { docAccessParity } from './src/plugins/docAccessParity'
import { graphqlCostRules } from './src/graphql/costLimits'
import { hiddenFieldQueries } from './src/plugins/hiddenFieldQueries'
import { inputGuard } from './src/plugins/inputGuard'
import { offlineJsonFields } from './src/plugins/offlineJsonFields'
import { queryGuard } from './src/plugins/queryGuard'
import { translatorGuard } from './src/plugins/translatorGuard'
import { deliverWebhookTask } from './src/jobs/deliverWebhook'
import { publishDirectoryTask } from './src/jobs/publishDirectory'
import { publishFacilitatorGuideTask } from './src/jobs/publishFacilitatorGuide'
import { publishGuideTask } from './src/jobs/publishGuide'
import { translationWorkflow } from './src/translation/plugin'
import { translatableCollections } from './src/translation/statuses'
import { QUEUES } from './src/keys'

const env = parseEnv()
const root = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.PUBLIC_URL,
  cors: env.CORS_ORIGINS,
  csrf: env.CORS_ORIGINS,
  telemetry: false,
  logger,
  admin: {
    user: 'users',
    importMap: { baseDir: root, importMapFile: path.resolve(root, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · guidepress' },
    // No Gravatar: the admin panel makes no calls to outside services.
    avatar: 'default',
    components: {
      views: {
        translationProgress: { Component: '/src/admin/TranslationDashboard#TranslationDashboard', path: '/translation-progress' },
        xliff: { Component: '/src/admin/XliffView#XliffView', path: '/xliff' },
      },
      afterNavLinks: ['/src/admin/TranslationNavLink#TranslationNavLink'],
      beforeDashboard: ['/src/admin/DashboardCards#DashboardCards'],
    },
  },
  collections: [Guides, Chapters, Quotes, Exercises, LegalInstruments, GlossaryTerms, Media({ mediaDir: env.MEDIA_DIR }), FacilitatorGuides, TrainingSessions, CaseStudies, Services, Publications, DirectoryEditions, DeliverySnapshots, WebhookEndpoints, WebhookDeliveries, Users({ secureCookies: env.PUBLIC_URL.startsWith('https:') })],
  localization: {
    locales: locales.map(({ code, label, direction }: Locale) => ({ code, label, rtl: direction === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  editor: lexicalEditor(),
  db: databaseAdapter(env.DATABASE_URL),
  sharp,
  onInit: onInit(env),
  // Server-side only (Payload never sends config.custom to the admin): jobs and endpoints read the parsed environment here.
  custom: { env },
  upload: { limits: { fileSize: env.UPLOAD_MAX_BYTES }, abortOnLimit: true },
  graphQL: {
    maxComplexity: 2000,
    validationRules: graphqlCostRules({ maxAliases: env.GRAPHQL_MAX_ALIASES, maxDepth: env.GRAPHQL_MAX_DEPTH, maxCost: env.GRAPHQL_MAX_COST, maxDocuments: env.MAX_DOCUMENTS_PER_REQUEST }),
  },
  typescript: { autoGenerate: false, outputFile: path.resolve(root, 'src/payload-types.ts') },
  jobs: {
    tasks: [publishGuideTask, publishFacilitatorGuideTask, publishDirectoryTask, deliverWebhookTask(env)],
    enableConcurrencyControl: true,
    // GET /api/payload-jobs/run runs queued jobs now: editors and admins only, not every logged-in user.
    access: { run: ({ req }) => userIsEditor(req.user) },
    // Only the server runs queued jobs (scripts and tests run them explicitly): rebuilds one at a time,
    // webhooks on their own queue every second, so a long rebuild never holds back a withdrawal notice.
    autoRun: () => [
      ...(env.JOBS_AUTORUN ? [{ cron: '*/5 * * * * *', queue: QUEUES.publishing, limit: 1 }] : []),
      ...(env.WEBHOOKS_AUTORUN ? [{ cron: '* * * * * *', queue: QUEUES.webhooks, limit: 20 }] : []),
    ],
    shouldAutoRun: () => env.GUIDEPRESS_SERVER,
  },
  plugins: [
    translationWorkflow({ collections: [...translatableCollections], xliffMaxBytes: env.XLIFF_MAX_BYTES }),
    inputGuard({ maxDepth: env.JSON_MAX_DEPTH }),
    // Each guard's hook runs before those of the plugins above it: malformed queries are named first.
    hiddenFieldQueries(),
    queryGuard(),
    translatorGuard(),
    docAccessParity(),
    // Last: JSON fields added by the plugins above get the offline editor too.
    offlineJsonFields(),
  ],
})
