FROM rust:1.82 AS build
WORKDIR /usr/src/myapp
COPY . .
RUN cargo build --release

# Runtime: distroless: glibc and libgcc, for a dynamically linked binary; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
COPY --from=build /usr/src/myapp/target/release/myapp /usr/src/myapp/target/release/myapp
USER 65532:65532
ENTRYPOINT ["/usr/src/myapp/target/release/myapp"]
