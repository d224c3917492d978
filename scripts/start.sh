#!/usr/bin/env bash
# npm start: the newcomer's one command. Installs what is missing, builds, prepares the database
# (migrations, demo content when empty) and serves guidepress on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing dependencies (npm ci)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

bash scripts/install-system-packages.sh

if [ ! -f .env ]; then
  step "Creating .env with a fresh random PAYLOAD_SECRET"
  printf 'PAYLOAD_SECRET=%s\n' "$(node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))")" > .env
  chmod 600 .env
fi
set -a; . ./.env; set +a
export NODE_ENV=production

bash scripts/build.sh

# --conditions=production: Lexical's default Node entries use top-level await, which deadlocks
# module loading at random on Node 20; its production entries do not. --max-old-space-size: V8
# otherwise lets garbage pile up to >1 GB while publishing; the live heap is ~200-300 MB.
# MALLOC_ARENA_MAX=2: glibc keeps freed memory per thread arena (sharp, libsql and libuv threads);
# two arenas cut the publishing process's peak by ~70 MB per 30 editions, measured here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
step "Preparing the database (${DATABASE_URL:-file:./data/guidepress.db})"
npx tsx --conditions=production --max-old-space-size=512 scripts/setup.ts

step "Starting guidepress"
# One process (no tsx CLI wrapper): SIGTERM reaches the server itself, which stops gracefully;
# the wrapper relays it and SIGKILLs the server when it does not acknowledge within 60 ms.
exec node --import tsx --max-old-space-size=1024 scripts/serve.ts
