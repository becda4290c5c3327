# Let's Talk as a container image: the standalone build (see README, "Deploying").
#   docker build -t lets-talk --build-arg AUTH_URL=https://letstalk.example.gov.uk .
#   docker run --rm --env-file .env lets-talk node db.mjs migrate      # once per release
#   docker run -d -p 3000:3000 --env-file .env lets-talk
# The image needs DATABASE_URL (PostgreSQL: the embedded database is not in it) and AUTH_SECRET;
# several containers also need Supabase Storage for uploads. `npm run test:deploy` boots the same
# folder with this file's CMD, so the two cannot drift apart.

ARG NODE_IMAGE=node:20-bookworm-slim

# Dependencies, from the lockfile. `npm ci` refuses this lockfile (it names platform packages the
# registry does not serve, as .ci/run notes); `npm install` installs what it names and leaves it as is.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm install --no-audit --no-fund

# `npm run build`: Next's standalone build, then the static files, migrations and the compiled
# server (serve.mjs) and migration runner (db.mjs) beside it in .next/standalone.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next.config.js checks the settings when it loads. AUTH_SECRET is required in production, and nothing
# is signed at build time: a placeholder for the build only (the container gets the real one). An
# https:// AUTH_URL makes every page send Strict-Transport-Security, decided here at build time.
ARG AUTH_URL=http://localhost:3000
RUN AUTH_SECRET=build-time-placeholder-never-used-to-sign-anything AUTH_URL="$AUTH_URL" npm run build

# What runs: the standalone folder alone (about 75 MB), as an unprivileged user.
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# The user may write only .data (uploads on local disk, for a single container; mount a volume there)
# and the files Next caches under .next.
RUN groupadd --system --gid 1001 letstalk \
 && useradd --system --uid 1001 --gid letstalk --home-dir /app --shell /usr/sbin/nologin letstalk \
 && mkdir -p /app/.data/uploads && chown -R letstalk:letstalk /app/.data
COPY --from=build --chown=letstalk:letstalk /app/.next/standalone ./
USER letstalk
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "serve.mjs"]
