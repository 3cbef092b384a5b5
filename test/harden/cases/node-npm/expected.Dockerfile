FROM node:22 AS build
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV NODE_ENV=development
RUN npm prune --omit=dev

# Runtime: distroless: Node.js 22 and its libraries; no shell or package manager, runs as nonroot (same Node.js 22 as the builder).
FROM gcr.io/distroless/nodejs22-debian13:nonroot AS runtime
WORKDIR /usr/src/app
COPY --from=build /usr/src/app /usr/src/app
ENV NODE_ENV=production
EXPOSE 3000
ENTRYPOINT ["/nodejs/bin/node", "dist/server.js"]
