/**
 * The runtime stage the harden plan moves an application onto: the image
 * comes from the offline knowledge ({@link matchRuntime}), which pairs it
 * with what the builder built; this adds what a plan needs on top — how to
 * become a non-root user there, and why this image — plus the builder tags
 * an unpinned base is pinned to.
 */
import { matchRuntime, type BuildProfile, type Flavour, type RuntimeChoice, type RuntimeNeeds } from '../knowledge/runtime-versions.js';
import type { Ecosystem } from '../model/ecosystem.js';

export type RuntimeFlavour = Flavour;

export interface Runtime {
  image: string;
  /** The runtime has a POSIX shell (alpine, slim) — shell-form commands still work. */
  hasShell: boolean;
  /** USER line for the runtime; for shell images, lines that create the user first. Empty when the image already runs as non-root. */
  userLines: string[];
  /** Why this runtime, for the plan's explanation. */
  why: string;
  choice: RuntimeChoice;
}

/**
 * Tags an unpinned (`latest`/untagged) builder base is pinned to, chosen so
 * that a distroless runtime carries the same interpreter (distroless Python
 * 3.13 is Debian 13's, Node.js 22). Data as of 2026-11, from the Docker
 * Official Images' tag lists.
 */
export const BUILDER_PIN: Record<Ecosystem, Record<string, string>> = {
  python: { python: 'python:3.13-slim-trixie' },
  node: { node: 'node:22-bookworm-slim' },
  go: { golang: 'golang:1.25-bookworm' },
  rust: { rust: 'rust:1.85-bookworm' },
  java: { maven: 'maven:3.9-eclipse-temurin-21', gradle: 'gradle:8-jdk21', openjdk: 'eclipse-temurin:21-jdk', 'eclipse-temurin': 'eclipse-temurin:21-jdk', amazoncorretto: 'amazoncorretto:21' },
  dotnet: { 'dotnet/sdk': 'mcr.microsoft.com/dotnet/sdk:8.0' },
};

function createUser(alpine: boolean): string[] {
  return alpine
    ? ['RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app', 'USER 10001:10001']
    : ['RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app', 'USER 10001:10001'];
}

/** What each runtime ships, for the plan's explanation. */
function whatShips(c: RuntimeChoice, eco: Ecosystem, isStatic: boolean): string {
  const v = c.version ? ` ${c.version}` : '';
  switch (eco) {
    case 'python': return `the Python${v} interpreter and its libraries`;
    case 'node': return `Node.js${v} and its libraries`;
    case 'java': return `a Java${v} runtime (JRE) only`;
    case 'dotnet': return `the ASP.NET Core${v} runtime`;
    default: return isStatic ? 'CA certificates and time zones only, for a static binary' : c.libc === 'musl' ? 'musl libc, for a dynamically linked binary' : 'glibc and its companion libraries, for a dynamically linked binary';
  }
}

const FLAVOUR: Record<Flavour, string> = {
  distroless: 'no shell or package manager, runs as nonroot',
  chainguard: 'minimal, rebuilt daily, runs as nonroot',
  slim: 'smaller than the full image, still with a shell',
  alpine: 'small, still with a shell',
  scratch: 'an empty image',
};

/** The runtime for a build and flavour, or the reason none can be proposed. */
export function runtimeFor(build: BuildProfile, flavour: Flavour, needs: RuntimeNeeds = {}): Runtime | { reason: string } {
  const c = matchRuntime(build, flavour, needs);
  if ('reason' in c) return c;
  const userLines = c.flavour === 'scratch' ? ['USER 65532:65532']
    : c.user === 'nonroot' || c.user === 'app' ? []
      : c.user === 'node' ? ['USER 1000']
        : build.ecosystem === 'dotnet' ? ['USER $APP_UID']
          : createUser(c.libc === 'musl' || c.flavour === 'alpine');
  const label = c.flavour === 'distroless' && build.ecosystem === 'dotnet' ? 'Ubuntu chiseled' : c.flavour === 'chainguard' ? 'Chainguard' : c.flavour;
  const why = c.flavour === 'scratch' ? 'an empty image: only the static binary ships' : `${label}: ${whatShips(c, build.ecosystem, !!build.static)}; ${FLAVOUR[c.flavour]}`;
  return { image: c.image, hasShell: c.shell, userLines, why, choice: c };
}
