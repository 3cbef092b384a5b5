/**
 * Runtime images the harden plan moves an application onto, per ecosystem
 * and flavour, and the builder tags it pins an unpinned base to. Data as of
 * 2026-11; sources: distroless README (github.com/GoogleContainerTools/distroless),
 * Chainguard Images directory (images.chainguard.dev), Docker Official Images
 * tags (hub.docker.com/_/python, /_/node, /_/golang, /_/rust, /_/eclipse-temurin),
 * Microsoft .NET container images (mcr.microsoft.com/dotnet/aspnet, chiseled tags).
 */
import type { Ecosystem } from '../rules/dockerfile/lib/ecosystem.js';

export type RuntimeFlavour = 'distroless' | 'chainguard' | 'alpine' | 'slim' | 'scratch';

export interface Runtime {
  image: string;
  /** The runtime has a POSIX shell (alpine, slim) — shell-form commands still work. */
  hasShell: boolean;
  /** USER line for the runtime; for shell images, lines that create the user first. */
  userLines: string[];
  /** Why this runtime, for the plan's explanation. */
  why: string;
}

/** Distroless Python images and the interpreter each ships. */
export const DISTROLESS_PYTHON: Record<string, string> = {
  '3.11': 'gcr.io/distroless/python3-debian12:nonroot',
  '3.13': 'gcr.io/distroless/python3-debian13:nonroot',
};

/** Node majors with a distroless image. */
export const DISTROLESS_NODE_MAJORS = ['20', '22', '24'];

/** Tags an unpinned (`latest`/untagged) builder base is pinned to, chosen to match the default runtime. */
export const BUILDER_PIN: Record<Ecosystem, Record<string, string>> = {
  python: { python: 'python:3.11-slim-bookworm' },
  node: { node: 'node:22-bookworm-slim' },
  go: { golang: 'golang:1.25-bookworm' },
  rust: { rust: 'rust:1.85-bookworm' },
  java: { maven: 'maven:3.9-eclipse-temurin-21', gradle: 'gradle:8-jdk21', openjdk: 'eclipse-temurin:21-jdk', 'eclipse-temurin': 'eclipse-temurin:21-jdk', amazoncorretto: 'amazoncorretto:21' },
  dotnet: { 'dotnet/sdk': 'mcr.microsoft.com/dotnet/sdk:8.0' },
};

const NONROOT = ['USER 65532:65532'];
const createUser = (alpine: boolean) => alpine
  ? ['RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app', 'USER 10001:10001']
  : ['RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app', 'USER 10001:10001'];

export interface RuntimeQuery {
  ecosystem: Ecosystem;
  flavour: RuntimeFlavour;
  /** Language version from the builder (python `3.12`, node `22`, java `21`, dotnet `8.0`). */
  version?: string;
  /** The artefact is a static binary (Go with CGO_ENABLED=0, Rust musl). */
  static?: boolean;
}

/** The runtime for an ecosystem and flavour, or undefined when that combination makes no sense. */
export function runtimeFor(q: RuntimeQuery): Runtime | undefined {
  const { ecosystem, flavour, version } = q;
  if (flavour === 'scratch') {
    return q.static ? { image: 'scratch', hasShell: false, userLines: NONROOT, why: 'an empty image: only the static binary ships' } : undefined;
  }
  switch (ecosystem) {
    case 'python':
      if (flavour === 'distroless') {
        const image = DISTROLESS_PYTHON[version ?? '3.11'] ?? DISTROLESS_PYTHON['3.11'];
        return { image, hasShell: false, userLines: NONROOT, why: 'distroless Python: the interpreter and its libraries, no shell or package manager, runs as nonroot' };
      }
      if (flavour === 'chainguard') return { image: 'cgr.dev/chainguard/python:latest', hasShell: false, userLines: NONROOT, why: 'Chainguard Python: minimal, rebuilt daily, runs as nonroot' };
      return { image: `python:${version ?? '3.11'}-${flavour === 'alpine' ? 'alpine' : 'slim-bookworm'}`, hasShell: true, userLines: createUser(flavour === 'alpine'), why: `the ${flavour} Python image: smaller than the full one, still with a shell` };
    case 'node': {
      const major = version && DISTROLESS_NODE_MAJORS.includes(version) ? version : '22';
      if (flavour === 'distroless') return { image: `gcr.io/distroless/nodejs${major}-debian12:nonroot`, hasShell: false, userLines: NONROOT, why: 'distroless Node.js: node and its libraries, no shell or npm, runs as nonroot' };
      if (flavour === 'chainguard') return { image: 'cgr.dev/chainguard/node:latest', hasShell: false, userLines: NONROOT, why: 'Chainguard Node.js: minimal, rebuilt daily, runs as nonroot' };
      return { image: `node:${major}-${flavour === 'alpine' ? 'alpine' : 'bookworm-slim'}`, hasShell: true, userLines: ['USER node'], why: `the ${flavour} Node.js image with its built-in node user` };
    }
    case 'go':
    case 'rust': {
      const staticBin = q.static ?? false;
      if (flavour === 'distroless') {
        const image = staticBin ? 'gcr.io/distroless/static-debian12:nonroot' : ecosystem === 'go' ? 'gcr.io/distroless/base-debian12:nonroot' : 'gcr.io/distroless/cc-debian12:nonroot';
        return { image, hasShell: false, userLines: NONROOT, why: staticBin ? 'distroless static: CA certificates and tzdata only, for a static binary' : 'distroless with glibc (and libgcc for Rust) for a dynamically linked binary' };
      }
      if (flavour === 'chainguard') return { image: staticBin ? 'cgr.dev/chainguard/static:latest' : 'cgr.dev/chainguard/glibc-dynamic:latest', hasShell: false, userLines: NONROOT, why: 'Chainguard base for a compiled binary, runs as nonroot' };
      if (flavour === 'alpine') return staticBin ? { image: 'alpine:3.20', hasShell: true, userLines: createUser(true), why: 'a pinned Alpine base for a static binary' } : undefined;
      return { image: 'debian:12-slim', hasShell: true, userLines: createUser(false), why: 'a slim Debian base for a compiled binary' };
    }
    case 'java': {
      const v = version === '17' ? '17' : '21';
      if (flavour === 'distroless') return { image: `gcr.io/distroless/java${v}-debian12:nonroot`, hasShell: false, userLines: NONROOT, why: `distroless Java ${v}: a JRE only, no shell, runs as nonroot` };
      if (flavour === 'chainguard') return { image: 'cgr.dev/chainguard/jre:latest', hasShell: false, userLines: NONROOT, why: 'Chainguard JRE: minimal, runs as nonroot' };
      return { image: `eclipse-temurin:${v}-jre${flavour === 'alpine' ? '-alpine' : ''}`, hasShell: true, userLines: createUser(flavour === 'alpine'), why: `a JRE-only Temurin ${v} image instead of a JDK` };
    }
    case 'dotnet': {
      const v = version && /^\d+\.\d+$/.test(version) ? version : '8.0';
      if (flavour === 'distroless' || flavour === 'chainguard') {
        return { image: `mcr.microsoft.com/dotnet/aspnet:${v}-jammy-chiseled`, hasShell: false, userLines: ['USER $APP_UID'], why: 'Ubuntu chiseled ASP.NET runtime: distroless-style, no shell, non-root app user' };
      }
      return { image: `mcr.microsoft.com/dotnet/aspnet:${v}${flavour === 'alpine' ? '-alpine' : ''}`, hasShell: true, userLines: ['USER $APP_UID'], why: 'the ASP.NET runtime image with its non-root app user' };
    }
  }
}
