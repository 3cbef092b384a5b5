FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline

# Runtime: distroless: node and its libraries; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/nodejs20-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
USER 65532:65532
ENTRYPOINT ["/nodejs/bin/node", "index.js"]
