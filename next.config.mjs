import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server in src/server.ts serves the app; Next only builds and handles routes.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
