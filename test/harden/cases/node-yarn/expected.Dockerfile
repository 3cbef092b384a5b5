FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline

# Runtime: slim: Node.js 20 and its libraries; smaller than the full image, still with a shell (same Node.js 20 as the builder).
# Note: node:20-bookworm-slim instead of a distroless image: distroless ships Node.js 22 and 24, not 20.
# Note: Node.js 20 reached end of life on 2026-04-30; plan the move to Node.js 24.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
USER 1000
ENTRYPOINT ["node", "index.js"]
