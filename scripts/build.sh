#!/usr/bin/env bash
# Builds the Next app (admin panel, REST, GraphQL) unless the build is newer than every source file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
stamp=.next/BUILD_ID
if [ -f "$stamp" ] && [ -z "$(find payload.config.ts next.config.mjs package-lock.json collections src -newer "$stamp" -type f -not -path 'src/seed/*' -print -quit)" ]; then
  exit 0
fi
printf '\n\033[1m== Building the admin panel and API (next build, about a minute)\033[0m\n'
# The config is evaluated during the build; the real secret is only needed at run time.
PAYLOAD_SECRET="${PAYLOAD_SECRET:-build-time-placeholder}" NODE_ENV=production npx next build
