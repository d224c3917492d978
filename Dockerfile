# guidepress production image: Node LTS, Debian's Chromium and fonts, the built admin panel.
FROM node:22-bookworm-slim

ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    PORT=3000 \
    MALLOC_ARENA_MAX=2

RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core poppler-utils qpdf ghostscript scribus-data ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
# The real secret is given at run time; the build only needs a placeholder.
RUN PAYLOAD_SECRET=build-time-placeholder npx next build \
 && mkdir -p data media && chown -R node:node data media .next

USER node
EXPOSE 3000
VOLUME ["/app/data", "/app/media"]
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://localhost:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations (SQLite) and the demo content (empty database, SEED_ON_START=true) run before serving.
CMD ["sh", "-c", "npx tsx --conditions=production --max-old-space-size=512 scripts/setup.ts && exec node --import tsx --max-old-space-size=1024 scripts/serve.ts"]
