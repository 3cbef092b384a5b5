FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=0
RUN go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

# Runtime: distroless: CA certificates and time zones only, for a static binary; no shell or package manager, runs as nonroot (the binary is statically linked).
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /out/api
EXPOSE 8080
ENTRYPOINT ["/out/api"]
