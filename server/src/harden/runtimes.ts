/**
 * The runtime stage the harden plan moves an application onto: the image
 * comes from the offline knowledge ({@link knownRuntime}); this adds what a
 * plan needs on top — how to become a non-root user there, and why this
 * image — plus the builder tags an unpinned base is pinned to.
 */
import { runtimeFor as knownRuntime, type Ecosystem as KnownEcosystem, type RuntimeFlavour as KnownFlavour } from '../knowledge/images.js';
import type { Ecosystem } from '../model/ecosystem.js';

export type RuntimeFlavour = KnownFlavour | 'scratch';

export interface Runtime {
  image: string;
  /** The runtime has a POSIX shell (alpine, slim) — shell-form commands still work. */
  hasShell: boolean;
  /** USER line for the runtime; for shell images, lines that create the user first. */
  userLines: string[];
  /** Why this runtime, for the plan's explanation. */
  why: string;
}

/**
 * Tags an unpinned (`latest`/untagged) builder base is pinned to, chosen to
 * match the default runtime's interpreter (distroless Python is 3.11, Node.js
 * 22). Data as of 2026-11, from the Docker Official Images' tag lists.
 */
export const BUILDER_PIN: Record<Ecosystem, Record<string, string>> = {
  python: { python: 'python:3.11-slim-bookworm' },
  node: { node: 'node:22-bookworm-slim' },
  go: { golang: 'golang:1.25-bookworm' },
  rust: { rust: 'rust:1.85-bookworm' },
  java: { maven: 'maven:3.9-eclipse-temurin-21', gradle: 'gradle:8-jdk21', openjdk: 'eclipse-temurin:21-jdk', 'eclipse-temurin': 'eclipse-temurin:21-jdk', amazoncorretto: 'amazoncorretto:21' },
  dotnet: { 'dotnet/sdk': 'mcr.microsoft.com/dotnet/sdk:8.0' },
};

/** The Python version of the default distroless runtime. */
export const DISTROLESS_PYTHON_DEFAULT = '3.11';

const NONROOT = ['USER 65532:65532'];

function createUser(alpine: boolean): string[] {
  return alpine
    ? ['RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app', 'USER 10001:10001']
    : ['RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app', 'USER 10001:10001'];
}

/** What each runtime ships, for the plan's explanation. */
function whatShips(ecosystem: KnownEcosystem): string {
  switch (ecosystem) {
    case 'python': return 'the Python interpreter and its libraries';
    case 'node': return 'node and its libraries';
    case 'java': return 'a JRE only';
    case 'static': return 'CA certificates and time zones only, for a static binary';
    case 'rust': return 'glibc and libgcc, for a dynamically linked binary';
    case 'dotnet': return 'the ASP.NET runtime';
    default: return 'the runtime';
  }
}

const FLAVOUR: Record<KnownFlavour, string> = {
  distroless: 'no shell or package manager, runs as nonroot',
  chainguard: 'minimal, rebuilt daily, runs as nonroot',
  slim: 'smaller than the full image, still with a shell',
  alpine: 'small, still with a shell',
};

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
  if (q.flavour === 'scratch') {
    return q.static ? { image: 'scratch', hasShell: false, userLines: NONROOT, why: 'an empty image: only the static binary ships' } : undefined;
  }
  // A dynamically linked Go (cgo) binary needs glibc, as a Rust one does: distroless cc.
  const eco: KnownEcosystem = (q.ecosystem === 'go' || q.ecosystem === 'rust') ? (q.static ? 'static' : 'rust') : q.ecosystem;
  if (eco === 'static' && q.flavour === 'slim') return undefined;
  const known = (q.version ? knownRuntime(eco, q.flavour, q.version) : undefined) ?? knownRuntime(eco, q.flavour);
  if (!known) return undefined;
  const userLines = q.ecosystem === 'dotnet' ? ['USER $APP_UID']
    : !known.shell ? NONROOT
      : q.ecosystem === 'node' ? ['USER node']
        : createUser(q.flavour === 'alpine');
  const why = `${q.flavour === 'distroless' && q.ecosystem === 'dotnet' ? 'Ubuntu chiseled' : q.flavour === 'chainguard' ? 'Chainguard' : q.flavour}: ${whatShips(eco)}; ${FLAVOUR[q.flavour]}`;
  return { image: known.image, hasShell: known.shell, userLines, why };
}
