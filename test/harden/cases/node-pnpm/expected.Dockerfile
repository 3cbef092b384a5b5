FROM node:22-bookworm-slim AS build
RUN corepack enable
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm prune --prod

# Runtime: distroless: Node.js 22 and its libraries; no shell or package manager, runs as nonroot (same Node.js 22 as the builder).
FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
EXPOSE 8443
ENTRYPOINT ["/nodejs/bin/node", "server.mjs"]
