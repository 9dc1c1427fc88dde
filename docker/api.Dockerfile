# syntax=docker/dockerfile:1.7
#
# PCRM API image: the NestJS API with the built admin UI bundle it serves.
#
#   docker build -f docker/api.Dockerfile -t pcrm/api:$(git rev-parse --short HEAD) .
#
# Build from the repository root (the context is the whole monorepo). BuildKit reads the ignore file next to
# this Dockerfile, docker/api.Dockerfile.dockerignore. The image runs as uid 1000 (numeric, so Kubernetes
# runAsNonRoot can verify it), holds production dependencies only, and needs no writable filesystem.
# Production points it at a real PostgreSQL (DATABASE_URL, DATABASE_APP_URL, DATABASE_MINISTRY_URL) and a real Keycloak
# (KEYCLOAK_URL); the development identity provider and the embedded PostgreSQL are never used here.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- dependencies: all of them, for the build -----------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---- build: compile the API (dist/api/...) and the admin UI, then drop dev dependencies ------------------
FROM deps AS build
COPY . .
RUN npm run build \
 && test -f dist/api/apps/api/src/main.js \
 && test -f dist/api/apps/api/src/migrate.js
RUN npm prune --omit=dev \
 && rm -rf node_modules/.cache

# ---- runtime -------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# tini reaps zombies and forwards SIGTERM, so Nest's shutdown hooks run when the orchestrator stops the pod.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS=--enable-source-maps \
    npm_config_update_notifier=false
WORKDIR /app

# Root-owned and read-only for the runtime user: the process cannot modify its own code.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

# The "node" user of the base image, by number.
USER 1000:1000
EXPOSE 3000

HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=8", "dist/api/apps/api/src/main.js"]
