/**
 * What Shipshape knows about base images without the network: which run as a
 * non-root user by default, which family (for choosing how to add a user),
 * which ecosystem they serve and their end-of-life status (the hardened
 * runtime images that can replace them are in runtime-versions.ts). Data as of 2026-11-28; see
 * base-images.ts for the dated lifecycle tables and their sources.
 */
import type { ImageRef } from '../parse/dockerfile.js';
import { DEPRECATED_IMAGES, PRODUCTS, type Product } from './base-images.js';

export type ImageFamily = 'distroless' | 'chainguard' | 'alpine' | 'debian' | 'rhel' | 'windows' | 'scratch' | 'unknown';

/** Official images that are Debian-based unless their tag says otherwise. */
const DEBIAN_BASED = new Set([
  'debian', 'ubuntu', 'python', 'node', 'golang', 'ruby', 'php', 'perl', 'openjdk', 'eclipse-temurin', 'amazoncorretto',
  'maven', 'gradle', 'rust', 'buildpack-deps', 'nginx', 'httpd', 'postgres', 'redis', 'mysql', 'mariadb', 'mongo',
  'elixir', 'erlang', 'haskell', 'julia', 'r-base', 'gcc', 'swift', 'dart', 'clojure', 'tomcat', 'jetty', 'wordpress',
]);

function lastPathPart(repo: string): string {
  return repo.split('/').pop() ?? repo;
}

export function imageFamily(image: ImageRef | undefined): ImageFamily {
  if (!image) return 'unknown';
  const repo = image.repository.toLowerCase();
  const registry = image.registry?.toLowerCase() ?? '';
  const tag = image.tag?.toLowerCase() ?? '';
  if (repo === 'scratch') return 'scratch';
  if (registry === 'gcr.io' && repo.startsWith('distroless/')) return 'distroless';
  if (registry === 'cgr.dev') return 'chainguard';
  if (registry === 'mcr.microsoft.com' && /windows|nanoserver|servercore/.test(repo)) return 'windows';
  if (/windowsservercore|nanoserver|ltsc20\d\d/.test(tag)) return 'windows';
  const name = lastPathPart(repo);
  if (name === 'alpine' || name === 'busybox' || /(^|-)alpine/.test(tag)) return 'alpine';
  if (/^(centos|fedora|rockylinux|almalinux|ubi\d*(-minimal|-micro)?|amazonlinux|oraclelinux)$/.test(name)) return 'rhel';
  if (DEBIAN_BASED.has(name) && (!registry || registry === 'docker.io')) return 'debian';
  return 'unknown';
}

/** Docker Hub tag parts naming a Linux distribution release: such a tag is published for Linux only. */
const LINUX_TAG = /(?:^|-)(?:alpine(?:\d+(?:\.\d+)*)?|slim|bookworm|bullseye|buster|trixie|jammy|noble|focal)(?:-|$)/;

/**
 * The one operating system an image is published for, where that is certain
 * without the registry: Windows for Microsoft's Windows images and
 * `nanoserver`/`windowsservercore` tags; Linux for distroless, Chainguard,
 * Alpine, Debian, Ubuntu and the Red Hat family, and for tags naming a Linux
 * release (`-slim`, `-alpine`, `-bookworm` …). Undefined otherwise: official
 * images such as `python:3.12` list Windows variants beside the Linux ones.
 * Checked 2026-12-04 against the registries' image indexes.
 */
export function imageOperatingSystem(image: ImageRef | undefined): 'linux' | 'windows' | undefined {
  if (!image) return undefined;
  const repo = image.repository.toLowerCase();
  const registry = image.registry?.toLowerCase() ?? '';
  const tag = image.tag?.toLowerCase() ?? '';
  if (registry === 'mcr.microsoft.com' && /^windows(?:\/|$)/.test(repo)) return 'windows';
  if (/(?:^|-)(?:nanoserver|windowsservercore)(?:-|$)/.test(tag)) return 'windows';
  if (registry === 'gcr.io' && repo.startsWith('distroless/')) return 'linux';
  if (registry === 'cgr.dev') return 'linux';
  const official = isDockerHub(image) ? repo.replace(/^library\//, '') : undefined;
  if (official && /^(?:alpine|debian|ubuntu|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|centos)$/.test(official)) return 'linux';
  if (/^registry\.access\.redhat\.com$|^registry\.redhat\.io$/.test(registry) && /^ubi\d+(?:\/|$)/.test(repo)) return 'linux';
  if (official && LINUX_TAG.test(tag)) return 'linux';
  return undefined;
}

/** Whether the image comes from Docker Hub (no registry, or `docker.io`). */
export function isDockerHub(image: ImageRef): boolean {
  const registry = image.registry?.toLowerCase();
  return !registry || registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io';
}

/** The Docker Hub official-image name (`python` for `python`, `library/python`, `docker.io/library/python`), if it is one. */
export function officialName(image: ImageRef): string | undefined {
  if (!isDockerHub(image)) return undefined;
  const repo = image.repository.toLowerCase().replace(/^library\//, '');
  return repo.includes('/') ? undefined : repo;
}

/**
 * Images known to switch to an unprivileged user in their own Dockerfile
 * (each entry names where that is set). Checked 2026-11-28.
 */
const NON_ROOT_IMAGES: { match: (registry: string, repo: string) => boolean; user: string; source: string }[] = [
  { match: (r, repo) => (!r || r === 'docker.io') && repo.startsWith('bitnami/'), user: '1001', source: 'https://github.com/bitnami/containers (USER 1001)' },
  { match: (r, repo) => (!r || r === 'docker.io') && /^nginxinc\/nginx-unprivileged$/.test(repo), user: '101', source: 'https://github.com/nginxinc/docker-nginx-unprivileged (USER 101)' },
  { match: (r, repo) => (!r || r === 'docker.io') && /^jenkins\/(jenkins|inbound-agent|agent)$/.test(repo), user: 'jenkins', source: 'https://github.com/jenkinsci/docker (USER ${user})' },
  { match: (r, repo) => r === 'registry.access.redhat.com' && /^ubi\d+\/(python|nodejs|ruby|php|perl|go-toolset|openjdk)-/.test(repo), user: '1001', source: 'https://catalog.redhat.com (UBI language images run as 1001)' },
  { match: (r, repo) => (!r || r === 'docker.io') && /^grafana\/(grafana|grafana-oss|grafana-enterprise)$/.test(repo), user: '472', source: 'https://github.com/grafana/grafana/blob/main/Dockerfile (USER "$GF_UID", 472)' },
  { match: (r, repo) => (!r || r === 'docker.io') && repo === 'grafana/k6', user: 'k6', source: 'https://github.com/grafana/k6/blob/master/Dockerfile (USER k6, UID 12345)' },
  { match: (r, repo) => ((!r || r === 'docker.io') && repo.startsWith('prom/')) || (r === 'quay.io' && repo.startsWith('prometheus/')), user: 'nobody', source: 'https://github.com/prometheus/prometheus/blob/main/Dockerfile (USER nobody; the other prom/* images alike)' },
  { match: (r, repo) => r === 'docker.elastic.co' && /^(elasticsearch|kibana|logstash|beats)\//.test(repo), user: '1000', source: 'https://github.com/elastic/dockerfiles (USER 1000)' },
  { match: (r, repo) => r === 'quay.io' && repo === 'keycloak/keycloak', user: '1000', source: 'https://github.com/keycloak/keycloak/blob/main/quarkus/container/Dockerfile (USER 1000)' },
  { match: (r, repo) => r === 'quay.io' && repo === 'argoproj/argocd', user: '999', source: 'https://github.com/argoproj/argo-cd/blob/master/Dockerfile (USER $ARGOCD_USER_ID, 999)' },
  { match: (r, repo) => ((!r || r === 'docker.io') && repo.startsWith('jupyter/')) || (r === 'quay.io' && repo.startsWith('jupyter/')), user: '1000', source: 'https://github.com/jupyter/docker-stacks (USER ${NB_UID}, 1000)' },
  { match: (r, repo) => (!r || r === 'docker.io') && repo === 'sonarqube', user: 'sonarqube', source: 'https://github.com/SonarSource/docker-sonarqube (USER sonarqube)' },
  { match: (_r, repo) => /(?:^|[-/])unprivileged$/.test(repo), user: 'non-root', source: 'images named *-unprivileged (nginx-unprivileged, httpd-unprivileged …) set a non-root USER by definition' },
];

/**
 * Whether an image is known to run as root when it sets no user: Docker
 * Hub's official images (which never set USER, dropping privileges in their
 * entrypoints where they do) and distroless/Chainguard tags that are not
 * `:nonroot`. For any other image Shipshape cannot know what its Dockerfile set.
 */
export function knownToRunAsRoot(image: ImageRef | undefined): boolean {
  if (!image) return false;
  if (officialName(image) !== undefined) return true;
  const registry = image.registry?.toLowerCase() ?? '';
  const repo = image.repository.toLowerCase();
  if (registry === 'mcr.microsoft.com' && /^(dotnet|dotnet-buildtools)\//.test(repo)) return true;
  if (registry === 'public.ecr.aws' && /^(docker\/library|lambda)\//.test(repo)) return true;
  const family = imageFamily(image);
  return family === 'distroless' || family === 'chainguard';
}

/**
 * The user an image runs as when the Dockerfile sets none, where known:
 * distroless `:nonroot` tags and Chainguard images run as 65532, .NET
 * chiseled images as `app`, and a few well-known images set their own user.
 */
export function defaultUser(image: ImageRef | undefined): string | undefined {
  if (!image) return undefined;
  const family = imageFamily(image);
  const tag = image.tag?.toLowerCase() ?? '';
  if (family === 'distroless') return /(^|-)nonroot$/.test(tag) ? 'nonroot' : 'root';
  if (family === 'chainguard') return /-dev$/.test(tag) || /wolfi-base|chainguard-base|static/.test(image.repository) ? 'root' : 'nonroot';
  const registry = image.registry?.toLowerCase() ?? '';
  const repo = image.repository.toLowerCase();
  if (registry === 'mcr.microsoft.com' && repo.startsWith('dotnet/') && /chiseled/.test(tag)) return 'app';
  return NON_ROOT_IMAGES.find((n) => n.match(registry, repo))?.user;
}

/** The language ecosystems Shipshape knows builds and hardened runtimes for. */
export type Ecosystem = 'python' | 'node' | 'go' | 'rust' | 'java' | 'dotnet';

/** What an image serves: a language ecosystem, or static binaries (distroless static, scratch-like bases). */
export type ImageEcosystem = Ecosystem | 'static';

const JAVA_IMAGES = new Set(['openjdk', 'eclipse-temurin', 'amazoncorretto', 'ibmjava', 'ibm-semeru-runtimes', 'sapmachine', 'maven', 'gradle']);

/** The ecosystem an image serves, judged from its name (official images, distroless, Chainguard, .NET). */
export function imageEcosystemOf(image: ImageRef | undefined): ImageEcosystem | undefined {
  if (!image) return undefined;
  const registry = image.registry?.toLowerCase() ?? '';
  const repo = image.repository.toLowerCase();
  const name = officialName(image);
  if (name) {
    if (name === 'python' || name === 'pypy') return 'python';
    if (name === 'node') return 'node';
    if (JAVA_IMAGES.has(name)) return 'java';
    if (name === 'golang') return 'go';
    if (name === 'rust') return 'rust';
    return undefined;
  }
  if (registry === 'mcr.microsoft.com' && /^dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps)$/.test(repo)) return 'dotnet';
  if (registry === 'gcr.io' && repo.startsWith('distroless/')) {
    const d = repo.slice('distroless/'.length);
    if (d.startsWith('python')) return 'python';
    if (d.startsWith('nodejs')) return 'node';
    if (d.startsWith('java')) return 'java';
    if (d.startsWith('static') || d.startsWith('base')) return 'static';
    if (d.startsWith('cc')) return 'rust';
  }
  if (registry === 'cgr.dev') {
    const n = repo.split('/').pop() ?? '';
    if (n === 'python') return 'python';
    if (n === 'node') return 'node';
    if (n === 'jre' || n === 'jdk') return 'java';
    if (n === 'go') return 'go';
    if (n === 'rust') return 'rust';
    if (n === 'static' || n === 'glibc-dynamic') return 'static';
    if (n.startsWith('dotnet') || n.startsWith('aspnet')) return 'dotnet';
  }
  return undefined;
}

/** Hardened runtime flavours, most minimal first (the images themselves: runtime-versions.ts). */
export type RuntimeFlavour = 'distroless' | 'chainguard' | 'alpine' | 'slim';

/** An end-of-life or deprecation fact about an image. */
export interface LifecycleFact {
  /** Product id in base-images.ts (`python`, `debian`…) or the deprecated repository. */
  product: string;
  /** Human name with the cycle, e.g. `Python 3.8`, `Debian 10 (buster)`. */
  label: string;
  /** ISO date support ended (or ends), or the deprecation date. */
  eol: string;
  /** What to move to. */
  replacement: string;
  source: string;
  deprecated?: boolean;
}

const DISTRO_SUFFIXES: { product: string; re: RegExp; replacement: string }[] = [
  { product: 'debian', re: /(?:^|-)(jessie|stretch|buster|bullseye|bookworm|trixie)(?:-|$)/, replacement: 'a -trixie or -bookworm variant of the tag' },
  { product: 'ubuntu', re: /(?:^|-)(trusty|xenial|bionic|focal|jammy|noble|hirsute|impish|kinetic|lunar|mantic|oracular|plucky)(?:-|$)/, replacement: 'a -noble variant of the tag' },
  { product: 'alpine', re: /(?:^|-)alpine(\d+\.\d+)(?:-|\.\d+|$)/, replacement: 'an -alpine3.23 variant of the tag' },
  // Build-tool images name the JDK they carry (maven:3.9-eclipse-temurin-24); only Temurin's spelling is known.
  { product: 'java', re: /(?:^|-)(?:eclipse-)?temurin-(\d+)(?:-|$)/, replacement: 'a -eclipse-temurin-25 (or -21) variant of the tag' },
];

function cycleOf(product: Product, text: string): { cycle: string; eol: string; alias?: string } | undefined {
  for (const c of product.cycles) {
    if (c.cycle === text) return c;
    if (c.aliases?.includes(text)) return { ...c, alias: text };
  }
  return undefined;
}

function fact(productId: string, text: string, replacementImage: (p: Product) => string): LifecycleFact | undefined {
  const product = PRODUCTS[productId];
  const c = cycleOf(product, text);
  if (!c) return undefined;
  const alias = c.alias ?? product.cycles.find((x) => x.cycle === c.cycle)?.aliases?.[0];
  return {
    product: productId,
    label: `${product.name} ${c.cycle}${alias ? ` (${alias})` : ''}`,
    eol: c.eol,
    replacement: replacementImage(product),
    source: product.source,
  };
}

/** The leading version cycle of a tag: `3.8` of `3.8.10-slim`, `16` of `16-alpine` (major only when `digits` is 1). */
function leadingCycle(tag: string, parts: 1 | 2): string | undefined {
  const m = parts === 2 ? /^(\d+\.\d+)(?:[.\-_]|$)/.exec(tag) : /^(\d+)(?:[.\-_]|$)/.exec(tag);
  return m?.[1];
}

/**
 * What is known about the lifecycle of an image: its language runtime or
 * distribution release (from the tag) and the distribution a tag suffix
 * names (`-buster`, `-alpine3.17`). Only images whose tag says the version
 * are judged; `latest`, a missing tag and unknown images give nothing.
 */
export function lifecycleOf(image: ImageRef | undefined): LifecycleFact[] {
  if (!image) return [];
  const facts: LifecycleFact[] = [];
  const tag = (image.tag ?? '').toLowerCase();
  const name = officialName(image);
  const registry = image.registry?.toLowerCase() ?? '';
  const repo = image.repository.toLowerCase();
  if (name) {
    const dep = DEPRECATED_IMAGES.find((d) => d.repository === name);
    if (dep && !(dep.exceptTag?.test(tag))) {
      facts.push({ product: name, label: `the ${name} image`, eol: dep.since, replacement: dep.replacement, source: dep.source, deprecated: true });
    }
  }
  if (!tag) return facts;
  const add = (f: LifecycleFact | undefined) => { if (f && !facts.some((x) => x.label === f.label)) facts.push(f); };
  const sameImage = (variantOf: string) => (p: Product) => `${variantOf}:${p.current}`;
  if (name === 'python' || name === 'golang' || name === 'ruby' || name === 'php') {
    const id = name === 'golang' ? 'golang' : name;
    const c = leadingCycle(tag, 2);
    if (c) add(fact(id, c, sameImage(name)));
  } else if (name === 'node') {
    const c = (tag.startsWith('0.') ? leadingCycle(tag, 2) : leadingCycle(tag, 1)) ?? /^([a-z]+)(?:-|$)/.exec(tag)?.[1];
    if (c) add(fact('node', c, sameImage('node')));
  } else if (name === 'postgres') {
    const c = tag.startsWith('9.') ? leadingCycle(tag, 2) : leadingCycle(tag, 1);
    if (c) add(fact('postgres', c, sameImage('postgres')));
  } else if (name === 'debian') {
    const c = leadingCycle(tag, 1) ?? /^([a-z]+)(?:-|$)/.exec(tag)?.[1];
    if (c) add(fact('debian', c, sameImage('debian')));
  } else if (name === 'ubuntu') {
    const c = leadingCycle(tag, 2) ?? /^([a-z]+)(?:-|$)/.exec(tag)?.[1];
    if (c) add(fact('ubuntu', c, sameImage('ubuntu')));
  } else if (name === 'alpine') {
    const c = leadingCycle(tag, 2);
    if (c) add(fact('alpine', c, sameImage('alpine')));
  } else if (name === 'eclipse-temurin') {
    const c = leadingCycle(tag, 1);
    if (c) add(fact('java', c, sameImage(name)));
  } else if (name === 'mysql') {
    // `mysql:5` is 5.7 and `mysql:8` 8.0 on Docker Hub (the newest of that major line when it was tagged).
    const c = leadingCycle(tag, 2) ?? ({ 5: '5.7' } as Record<string, string>)[leadingCycle(tag, 1) ?? ''];
    if (c) add(fact('mysql', c, sameImage('mysql')));
  } else if (name === 'redis') {
    const c = leadingCycle(tag, 2) ?? ({ 4: '4.0', 5: '5.0', 6: '6.2' } as Record<string, string>)[leadingCycle(tag, 1) ?? ''];
    if (c) add(fact('redis', c, sameImage('redis')));
  } else if (name === 'mongo') {
    const c = leadingCycle(tag, 2);
    if (c) add(fact('mongo', c, sameImage('mongo')));
  } else if (name === 'centos' && facts.length === 0) {
    const c = leadingCycle(tag, 1) ?? /^centos(\d+)/.exec(tag)?.[1];
    if (c) add(fact('centos', c, (p) => p.current));
  } else if (registry === 'mcr.microsoft.com' && /^dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps)$/.test(repo)) {
    const c = leadingCycle(tag, 2);
    if (c) add(fact('dotnet', c, (p) => `mcr.microsoft.com/${repo.replace('core/', '')}:${p.current}`));
  }
  if (name || (registry === 'mcr.microsoft.com' && repo.startsWith('dotnet/'))) {
    for (const { product, re, replacement } of DISTRO_SUFFIXES) {
      if (name === product) continue;
      const m = re.exec(tag);
      if (m) add(fact(product, m[1], () => replacement));
    }
  }
  return facts;
}

/** The facts whose end-of-life date is on or before `today` (ISO date). */
export function endOfLife(image: ImageRef | undefined, today: string): LifecycleFact[] {
  return lifecycleOf(image).filter((f) => f.eol <= today);
}

/** A supported tag to pin an untagged or `latest` official image to, when the knowledge has one. */
export function currentTag(image: ImageRef): string | undefined {
  const name = officialName(image);
  if (!name) return undefined;
  const id = name === 'golang' ? 'golang' : name;
  const product = PRODUCTS[id];
  if (!product || id === 'centos') return undefined;
  return product.current;
}
