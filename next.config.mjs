import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server in src/server.ts serves the app; Next only builds and handles routes.
  poweredByHeader: false,
  // The print pipeline runs inside the server for publishing jobs; these load from node_modules.
  serverExternalPackages: ['puppeteer-core', 'pdf-lib', 'cli-progress'],
  // Type checking runs once, in `npm test` (tsc), not inside every build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
