/**
 * Which runtime image can run what a builder built: the language version and
 * C library each minimal runtime carries, and the rule that pairs a builder
 * with a runtime (same Python minor and libc, same Node.js major, a Java
 * runtime for the JDK's release, the .NET runtime of the SDK's major, static
 * or dynamic binaries on an image with the right libc). Used by the harden
 * plan, the `prefer-minimal-runtime` rule and the image hover, so all three
 * propose the same image.
 *
 * Data as of {@link RUNTIME_DATA_DATE}; each table names the page it comes
 * from. Update the tables and the date together.
 */
import type { ImageRef } from '../parse/dockerfile.js';
import { PRODUCTS } from './base-images.js';
import type { Ecosystem } from './images.js';

/** The day the tables below were last checked. */
export const RUNTIME_DATA_DATE = '2026-11-28';

export type Flavour = 'distroless' | 'chainguard' | 'alpine' | 'slim' | 'scratch';

/**
 * The Python of each distroless Debian release (Debian's own `python3`).
 * Source: https://github.com/GoogleContainerTools/distroless/blob/main/python3/README.md
 */
export const DISTROLESS_PYTHON: Record<number, string> = { 12: '3.11', 13: '3.13' };

/**
 * Node.js majors with a distroless image per Debian release (Node.js 18 and 20
 * were dropped at their end of life).
 * Source: https://github.com/GoogleContainerTools/distroless/blob/main/nodejs/README.md
 */
export const DISTROLESS_NODE: Record<number, string[]> = { 12: ['22', '24'], 13: ['22', '24'] };

/**
 * Java majors with a distroless image per Debian release.
 * Source: https://github.com/GoogleContainerTools/distroless/blob/main/java/README.md
 */
export const DISTROLESS_JAVA: Record<number, string[]> = { 12: ['17', '21'], 13: ['21', '25'] };

/**
 * .NET majors with Ubuntu chiseled ASP.NET Core images (`-noble-chiseled`).
 * Source: https://github.com/dotnet/dotnet-docker/blob/main/README.aspnet.md
 */
export const DOTNET_CHISELED = ['8.0', '9.0', '10.0'];

/**
 * What the Chainguard images without a subscription (`:latest` only) carry.
 * `latest` follows the newest release, so a runtime is proposed only when the
 * builder has that version, and the plan says that the tag moves.
 * Source: https://images.chainguard.dev (python, jre, aspnet-runtime)
 */
export const CHAINGUARD_LATEST: Partial<Record<Ecosystem, string>> = { python: PRODUCTS.python.current, java: '25', dotnet: '10.0' };

/**
 * The Debian release the Docker Official Images build on when the tag names
 * none: Debian 13 (trixie) for python, node, golang and rust since 2025-08.
 * Source: https://github.com/docker-library/official-images (library/python, library/node, library/golang, library/rust)
 */
export const DEFAULT_DEBIAN = 13;

/**
 * Eclipse Temurin JRE images by major, the runtime of a Java build no
 * distroless image carries.
 * Source: https://hub.docker.com/_/eclipse-temurin (tags `<major>-jre`, `<major>-jre-alpine`)
 */
export const TEMURIN_JRE = ['8', '11', '17', '21', '24', '25'];

/** A table's own entry for `key` (a tag such as `constructor` must not find Object.prototype's). */
const ownEntry = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

const CODENAMES: Record<string, number> = { buster: 10, bullseye: 11, bookworm: 12, trixie: 13 };

/**
 * Ubuntu releases as the Debian release whose C library is at least as new
 * (glibc 2.31 / 2.35 / 2.39 against Debian 11's 2.31, 12's 2.36, 13's 2.41);
 * a newer Ubuntu fits no distroless image.
 * Source: https://packages.ubuntu.com/search?keywords=libc6, https://packages.debian.org/search?keywords=libc6
 */
const UBUNTU_GLIBC: Record<string, number> = { '20.04': 11, focal: 11, '22.04': 12, jammy: 12, '24.04': 13, noble: 13 };
const CODENAME_OF: Record<number, string> = { 10: 'buster', 11: 'bullseye', 12: 'bookworm', 13: 'trixie' };

/** What a builder produced, as far as the runtime is concerned. */
export interface BuildProfile {
  ecosystem: Ecosystem;
  /** Python `3.12`, Node.js `22`, Java `21` (the JDK), .NET `8.0`. Undefined when the tag does not say. */
  version?: string;
  /** Java: the `--release`/`maven.compiler.release` target, when lower than the JDK. */
  release?: string;
  libc: 'glibc' | 'musl';
  /** Debian release of a glibc builder, when known from the tag (else the images' default). */
  debian?: number;
  /** The builder's Debian codename as written in its tag (`bookworm`), to keep in the runtime tag. */
  codename?: string;
  /** Alpine release as written in the tag (`3.20`), when it says. */
  alpine?: string;
  /** Go/Rust: the binary is statically linked. */
  static?: boolean;
  /** The builder image is PyPy. */
  pypy?: boolean;
  /** A plain distribution builder (`ubuntu:26.04`): the image a dynamic binary runs on when no other fits. */
  distroImage?: string;
  /** The exact release the builder's tag names, when more precise than `version` (`3.9.2`). */
  exact?: string;
}

/** A proposed runtime image and what switching to it means. */
export interface RuntimeChoice {
  image: string;
  flavour: Flavour;
  /** Language version of the runtime (equals the build's, or is newer for Java when said). */
  version?: string;
  shell: boolean;
  /** The user it runs as by default: `root` means the plan must add one. */
  user: 'root' | 'nonroot' | 'app' | 'node';
  /** The package manager it has, for runtime libraries. */
  packageManager?: 'apt' | 'apk';
  /** The interpreter or launcher path to use in an exec-form command. */
  launcher?: string;
  libc: 'glibc' | 'musl' | 'none';
  /** Why this image and not the requested flavour's, when they differ. */
  fallback?: string;
  /** Facts about the pairing the person must know (version differences, moving tags). */
  notes: string[];
}

/** Image names whose tags carry the language version. */
const LANGUAGE_IMAGES: Record<Ecosystem, RegExp> = {
  python: /^(python|pypy)$/,
  node: /^node$/,
  java: /^(openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|sapmachine|maven|gradle|jdk|jre)$/,
  go: /^golang$/,
  rust: /^rust$/,
  dotnet: /^(sdk|aspnet|runtime)$/,
};

/** The builder profile of an image from its name and tag (the ecosystem is the caller's). */
export function profileOfImage(ecosystem: Ecosystem, image: ImageRef | undefined): BuildProfile {
  const tag = (image?.tag ?? '').toLowerCase();
  const repo = (image?.repository ?? '').toLowerCase().replace(/^library\//, '');
  const alpineMatch = /(?:^|-)alpine(\d+\.\d+)?(?:-|$)/.exec(tag);
  const codename = /(?:^|-)(buster|bullseye|bookworm|trixie)(?:-|$)/.exec(tag)?.[1];
  const profile: BuildProfile = {
    ecosystem,
    libc: alpineMatch ? 'musl' : 'glibc',
    ...(alpineMatch?.[1] ? { alpine: alpineMatch[1] } : {}),
    ...(codename ? { codename, debian: Object.hasOwn(CODENAMES, codename) ? CODENAMES[codename] : undefined } : {}),
  };
  if (repo === 'pypy' || repo.endsWith('/pypy')) profile.pypy = true;
  const name = repo.split('/').pop() ?? repo;
  // A distribution image: its C library decides what the build links against.
  if (name === 'debian' || name === 'ubuntu') {
    const release = name === 'debian'
      ? ownEntry(CODENAMES, tag.split('-')[0]) ?? Number(/^(\d+)/.exec(tag)?.[1] ?? DEFAULT_DEBIAN)
      : ownEntry(UBUNTU_GLIBC, /^(\d+\.\d+)/.exec(tag)?.[1] ?? /^([a-z]+)/.exec(tag)?.[1] ?? '') ?? 99;
    profile.debian = release;
    profile.distroImage = image?.text;
  }
  if (name === 'alpine') {
    profile.libc = 'musl';
    const v = /^(\d+\.\d+)/.exec(tag)?.[1];
    if (v) profile.alpine = v;
  }
  // The version is read only from the language's own images (python:3.12), not from a distribution's tag (alpine:3.20).
  if (!LANGUAGE_IMAGES[ecosystem].test(name)) return profile;
  const version = versionOfTag(ecosystem, tag);
  if (version) profile.version = version;
  // The exact release the tag names (`3.9.2`, `22.11`), kept in the runtime's tag.
  const exact = ecosystem === 'python' || ecosystem === 'node' ? /^(\d+(?:\.\d+){0,2})(?:-|$)/.exec(tag)?.[1] : undefined;
  if (version && exact && exact !== version && exact.startsWith(`${version}.`)) profile.exact = exact;
  return profile;
}

/** The language version a builder tag names (`3.12-slim` → `3.12`, `22-alpine` → `22`, `3.9-eclipse-temurin-21` → `21`, `8.0` → `8.0`). */
export function versionOfTag(ecosystem: Ecosystem, tag: string): string | undefined {
  if (!tag || tag === 'latest') return undefined;
  switch (ecosystem) {
    case 'python': return /^(\d+\.\d+)(?:[.-]|$)/.exec(tag)?.[1];
    case 'dotnet': return /^(\d+\.\d+)(?:[.-]|$)/.exec(tag)?.[1];
    case 'node': return /^(\d+)(?:[.-]|$)/.exec(tag)?.[1];
    case 'java': {
      const named = /(?:^|-)(?:jdk-?|temurin-|corretto-|java|openjdk-?|graalvm-(?:jdk|ce)-?)(\d{1,2})(?:[.u-]|$)/.exec(tag)?.[1];
      if (named) return named;
      // eclipse-temurin:21-jdk, amazoncorretto:17, openjdk:11-jre: the tag starts with the major (not maven:3.9 or gradle:8).
      const lead = /^(\d{1,2})(?:[.u-]|$)/.exec(tag)?.[1];
      return lead && Number(lead) >= 8 ? lead : undefined;
    }
    default: return /^(\d+\.\d+)/.exec(tag)?.[1];
  }
}

/** Debian 13's release day: language versions whose support ended before it never had trixie images. */
const TRIXIE_RELEASE = '2025-08-09';

/** The builder's Debian: from its tag, else the images' default for that language version. */
function debianOf(b: BuildProfile): number {
  if (b.debian) return b.debian;
  const product = b.ecosystem === 'python' ? PRODUCTS.python : b.ecosystem === 'node' ? PRODUCTS.node : undefined;
  const eol = product?.cycles.find((c) => c.cycle === b.version)?.eol;
  return eol && eol < TRIXIE_RELEASE ? 12 : DEFAULT_DEBIAN;
}

/** The slim/alpine image of the builder's own language version and distribution. */
function sameVersionImage(b: BuildProfile, alpine: boolean): RuntimeChoice | undefined {
  const v = b.version;
  const notes: string[] = [];
  const pm = alpine ? 'apk' as const : 'apt' as const;
  const libc = alpine ? 'musl' as const : 'glibc' as const;
  const alp = alpine ? `alpine${b.alpine ?? ''}` : '';
  switch (b.ecosystem) {
    case 'python': {
      if (!v) return undefined;
      const repo = b.pypy ? 'pypy' : 'python';
      if (b.pypy && alpine) return undefined;
      const tv = b.exact ?? v;
      const tag = alpine ? `${tv}-${alp}` : `${tv}-slim${b.codename ? `-${b.codename}` : ''}`;
      return { image: `${repo}:${tag}`, flavour: alpine ? 'alpine' : 'slim', version: v, shell: true, user: 'root', packageManager: pm, launcher: b.pypy ? 'pypy3' : 'python', libc, notes };
    }
    case 'node': {
      if (!v) return undefined;
      const tv = b.exact ?? v;
      const tag = alpine ? `${tv}-${alp}` : b.codename ? `${tv}-${b.codename}-slim` : `${tv}-slim`;
      const eol = PRODUCTS.node.cycles.find((c) => c.cycle === v)?.eol;
      if (eol && eol <= RUNTIME_DATA_DATE) notes.push(`Node.js ${v} reached end of life on ${eol}; plan the move to Node.js ${PRODUCTS.node.current}`);
      return { image: `node:${tag}`, flavour: alpine ? 'alpine' : 'slim', version: v, shell: true, user: 'node', packageManager: pm, launcher: 'node', libc, notes };
    }
    case 'java': {
      if (!v || !TEMURIN_JRE.includes(v)) return undefined;
      return { image: `eclipse-temurin:${v}-jre${alpine ? '-alpine' : ''}`, flavour: alpine ? 'alpine' : 'slim', version: v, shell: true, user: 'root', packageManager: pm, launcher: 'java', libc, notes };
    }
    case 'dotnet': {
      if (!v) return undefined;
      return { image: `mcr.microsoft.com/dotnet/aspnet:${v}${alpine ? '-alpine' : ''}`, flavour: alpine ? 'alpine' : 'slim', version: v, shell: true, user: 'root', packageManager: pm, launcher: 'dotnet', libc, notes };
    }
    case 'go':
    case 'rust': {
      if (alpine) return { image: `alpine:${b.alpine ?? PRODUCTS.alpine.current}`, flavour: 'alpine', shell: true, user: 'root', packageManager: pm, libc, notes };
      if (b.distroImage && !b.static) return { image: b.distroImage, flavour: 'slim', shell: true, user: 'root', packageManager: pm, libc, notes };
      return { image: `debian:${b.codename ?? CODENAME_OF[DEFAULT_DEBIAN]}-slim`, flavour: 'slim', shell: true, user: 'root', packageManager: pm, libc, notes };
    }
  }
}

function distroless(b: BuildProfile): RuntimeChoice | string {
  const v = b.version;
  const base = { flavour: 'distroless' as const, shell: false, user: 'nonroot' as const, libc: 'glibc' as const, notes: [] as string[] };
  if (b.libc === 'musl' && !b.static) return 'distroless images use glibc and the build links against musl (Alpine)';
  switch (b.ecosystem) {
    case 'python': {
      if (b.pypy) return 'no distroless image ships PyPy';
      if (!v) return 'the builder tag does not say its Python version';
      const debian = Object.entries(DISTROLESS_PYTHON).find(([, py]) => py === v)?.[0];
      if (!debian) return `distroless Python is ${Object.entries(DISTROLESS_PYTHON).map(([d, py]) => `${py} (Debian ${d})`).join(' or ')}, not ${v}; compiled packages built for ${v} would not load`;
      if (debianOf(b) > Number(debian)) return `distroless Python ${v} is Debian ${debian}'s, whose C library is older than the builder's Debian ${debianOf(b)}${b.codename ? '' : ' (the image\'s default)'}; packages compiled there may need symbols it lacks. Build on python:${v}-slim-${CODENAME_OF[Number(debian)]} to use it`;
      return { ...base, image: `gcr.io/distroless/python3-debian${debian}:nonroot`, version: v, launcher: '/usr/bin/python3' };
    }
    case 'node': {
      if (!v) return 'the builder tag does not say its Node.js major';
      const debian = Math.max(12, debianOf(b));
      if (!DISTROLESS_NODE[debian]?.includes(v)) return `distroless ships Node.js ${Object.values(DISTROLESS_NODE)[0].join(' and ')}, not ${v}`;
      return { ...base, image: `gcr.io/distroless/nodejs${v}-debian${debian}:nonroot`, version: v, launcher: '/nodejs/bin/node' };
    }
    case 'java': {
      if (!v) return 'the builder tag does not say which JDK it is';
      // The JDK's own major first (what the build was tested with), then the --release target.
      for (const want of [v, b.release].filter((x): x is string => !!x)) {
        const debian = [12, 13].find((d) => DISTROLESS_JAVA[d].includes(want));
        if (debian) {
          const notes = want !== v ? [`the build targets Java ${want} (--release ${want}) with JDK ${v}; the runtime is Java ${want}`] : [];
          return { ...base, image: `gcr.io/distroless/java${want}-debian${debian}:nonroot`, version: want, launcher: '/usr/bin/java', notes };
        }
      }
      return `distroless ships Java ${[...new Set(Object.values(DISTROLESS_JAVA).flat())].join(', ')}, and class files from JDK ${v}${b.release && b.release !== v ? ` (--release ${b.release})` : ''} need that release or newer without being tested there`;
    }
    case 'dotnet': {
      if (!v) return 'the SDK tag does not say its .NET version';
      if (!DOTNET_CHISELED.includes(v)) return `chiseled ASP.NET images exist for .NET ${DOTNET_CHISELED.join(', ')}, not ${v}`;
      return { ...base, image: `mcr.microsoft.com/dotnet/aspnet:${v}-noble-chiseled`, version: v, user: 'app', launcher: 'dotnet' };
    }
    case 'go':
    case 'rust': {
      if (b.static) return { ...base, image: 'gcr.io/distroless/static-debian12:nonroot', libc: 'none' };
      const debian = Math.max(12, debianOf(b));
      if (debian > DEFAULT_DEBIAN) return `the builder's C library (${b.distroImage ?? 'its distribution'}) is newer than any distroless image's`;
      return { ...base, image: `gcr.io/distroless/${b.ecosystem === 'go' ? 'base' : 'cc'}-debian${debian}:nonroot` };
    }
  }
}

function chainguard(b: BuildProfile): RuntimeChoice | string {
  const base = { flavour: 'chainguard' as const, shell: false, user: 'nonroot' as const, libc: 'glibc' as const };
  if (b.libc === 'musl' && !b.static) return 'Chainguard images use glibc and the build links against musl (Alpine)';
  if (b.ecosystem === 'go' || b.ecosystem === 'rust') {
    return b.static ? { ...base, image: 'cgr.dev/chainguard/static:latest', libc: 'none', notes: [] } : { ...base, image: 'cgr.dev/chainguard/glibc-dynamic:latest', notes: [] };
  }
  if (b.pypy) return 'no Chainguard image ships PyPy';
  const latest = CHAINGUARD_LATEST[b.ecosystem];
  const v = b.ecosystem === 'java' ? b.version : b.version;
  if (!latest || !v || latest !== v) return `Chainguard's public \`latest\` image carries ${latest ? `${b.ecosystem === 'java' ? 'Java' : b.ecosystem === 'dotnet' ? '.NET' : 'Python'} ${latest}` : 'the newest release, whose version Shipshape does not know,'}${v ? `, not the builder's ${v}` : ''}`;
  const notes = [`\`latest\` follows the newest ${b.ecosystem === 'python' ? 'Python' : b.ecosystem === 'java' ? 'Java' : '.NET'} release (${latest} on ${RUNTIME_DATA_DATE}); pin it by digest so a new release does not change the runtime under the build`];
  switch (b.ecosystem) {
    case 'python': return { ...base, image: 'cgr.dev/chainguard/python:latest', version: v, launcher: '/usr/bin/python', notes };
    case 'java': return { ...base, image: 'cgr.dev/chainguard/jre:latest', version: v, launcher: '/usr/bin/java', notes };
    case 'dotnet': return { ...base, image: 'cgr.dev/chainguard/aspnet-runtime:latest', version: v, launcher: 'dotnet', notes };
    default: return 'Shipshape does not know which Node.js `cgr.dev/chainguard/node:latest` carries';
  }
}

export interface RuntimeNeeds {
  /** Why the start command cannot run on a shell-less image; `{flavour}` stands for the requested flavour. */
  shell?: string;
  /** Runtime packages from the distribution (`libpq5`). */
  packages?: string[];
}

/**
 * The runtime for a build and a requested flavour: that flavour when it can
 * run the artefact, else the build's own language version on a slim or
 * Alpine image (same libc), with the reason in `fallback`. Undefined only
 * when the build's version is unknown and nothing can be proposed safely.
 */
export function matchRuntime(b: BuildProfile, flavour: Flavour, needs: RuntimeNeeds = {}): RuntimeChoice | { reason: string } {
  let why: string | undefined;
  const wantsMinimal = flavour === 'distroless' || flavour === 'chainguard' || flavour === 'scratch';
  if (wantsMinimal && needs.shell) why = needs.shell.replace('{flavour}', flavour);
  else if (wantsMinimal && needs.packages?.length) why = `the application needs ${needs.packages.join(', ')} from the distribution at run time, and ${flavour} images have no package manager to install ${needs.packages.length === 1 ? 'it' : 'them'}`;
  else if (flavour === 'scratch') {
    if (b.static) return { image: 'scratch', flavour, shell: false, user: 'root', libc: 'none', notes: ['scratch has no CA certificates and no time zone data: copy /etc/ssl/certs/ca-certificates.crt and /usr/share/zoneinfo from the builder if the program makes TLS calls or uses time zones'] };
    why = (b.ecosystem === 'go' || b.ecosystem === 'rust') ? 'the binary is dynamically linked and scratch has no C library' : `scratch has no ${b.ecosystem} runtime`;
  } else if (flavour === 'distroless' || flavour === 'chainguard') {
    const c = flavour === 'distroless' ? distroless(b) : chainguard(b);
    if (typeof c !== 'string') return c;
    why = c;
  } else if (flavour === 'alpine' && b.libc === 'glibc' && !b.static && b.ecosystem !== 'java' && b.ecosystem !== 'dotnet') {
    why = 'the build links against glibc (Debian), and Alpine\'s musl cannot load what it compiled';
  } else if (flavour === 'slim' && b.libc === 'musl' && !b.static) {
    why = 'the build links against musl (Alpine), and a Debian image cannot load what it compiled';
  }
  const alpine = b.libc === 'musl' || (flavour === 'alpine' && !why);
  const same = sameVersionImage(b, alpine);
  if (!same) {
    const what = b.ecosystem === 'java' ? `JDK ${b.version ?? '(unknown)'}` : `${b.ecosystem} ${b.version ?? '(version not in the tag)'}`;
    return { reason: `No runtime image is known for ${what}${why ? `: ${why}` : ''}. Name the version in the builder's tag (e.g. ${EXAMPLE_TAG[b.ecosystem]}) and harden again.` };
  }
  return why ? { ...same, fallback: why } : same;
}

const EXAMPLE_TAG: Record<Ecosystem, string> = {
  python: 'python:3.13-slim', node: 'node:22-bookworm-slim', java: 'maven:3.9-eclipse-temurin-21', go: 'golang:1.25', rust: 'rust:1.85', dotnet: 'mcr.microsoft.com/dotnet/sdk:8.0',
};
