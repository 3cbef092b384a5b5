FROM rust:1.82 AS build
WORKDIR /usr/src/myapp
COPY . .
RUN cargo build --release

# Runtime: distroless: glibc and its companion libraries, for a dynamically linked binary; no shell or package manager, runs as nonroot (the binary links against glibc).
FROM gcr.io/distroless/cc-debian13:nonroot AS runtime
COPY --from=build /usr/src/myapp/target/release/myapp /usr/src/myapp/target/release/myapp
ENTRYPOINT ["/usr/src/myapp/target/release/myapp"]
