# One image for every component of the platform (issue 19): `node ops/dist/serve.js <component>`,
# component = prison | detox | judicial | media | detention | gateway | janus (ops/deploy/platform.yaml).
# Not built in CI: base images cannot be pulled there (see README, "Kubernetes").
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
# Janus and its recording tools for the janus component; ffmpeg for the media subgraph's post-processing.
RUN apt-get update && apt-get install -y --no-install-recommends janus janus-tools ffmpeg \
  && rm -rf /var/lib/apt/lists/* && useradd --uid 10001 --create-home platform
WORKDIR /app
COPY --from=build --chown=10001 /app /app
USER 10001
ENV NODE_ENV=production HOST=0.0.0.0 APOLLO_TELEMETRY_DISABLED=1
EXPOSE 4000 8188
ENTRYPOINT ["node", "ops/dist/serve.js"]
CMD ["gateway"]
