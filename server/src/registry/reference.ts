/**
 * Image references as a registry sees them: `python:3.12` is
 * `registry-1.docker.io` / `library/python` / tag `3.12`.
 */

/** Where an image lives and which version of it is meant. */
export interface RegistryRef {
  /** Host (and port) the Registry HTTP API answers on, e.g. `registry-1.docker.io`, `127.0.0.1:5000`. */
  host: string;
  /** The host as people write it (`docker.io` for Docker Hub); the key in `~/.docker/config.json`. */
  displayHost: string;
  /** Repository path, with `library/` for Docker Hub's official images. */
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Parses an image reference the way Docker does; undefined for anything that
 * is not one (a build argument left in it, upper case, an empty name).
 */
export function parseRegistryRef(text: string): RegistryRef | undefined {
  let rest = text.trim();
  if (!rest || rest.includes('$') || /\s/.test(rest)) return undefined;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  const first = rest.split('/')[0];
  let displayHost = 'docker.io';
  let repository = rest;
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    displayHost = first;
    repository = rest.slice(first.length + 1);
  }
  if (displayHost === 'index.docker.io' || displayHost === 'registry-1.docker.io') displayHost = 'docker.io';
  if (displayHost === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!NAME.test(repository)) return undefined;
  const host = displayHost === 'docker.io' ? 'registry-1.docker.io' : displayHost;
  return { host, displayHost, repository, tag, digest };
}

/** The manifest reference to ask for: the digest when there is one, else the tag (`latest` when none). */
export function manifestReference(ref: RegistryRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** `linux/amd64` for this machine (Node's `x64` is OCI's `amd64`). */
export function hostPlatform(arch: string = process.arch): string {
  const map: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm/v7', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  return `linux/${map[arch] ?? arch}`;
}

/** A platform string (`linux/arm64/v8`) split into its parts; undefined when it is not one. */
export function parsePlatform(text: string): { os: string; architecture: string; variant?: string } | undefined {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return undefined;
  return { os: parts[0], architecture: parts[1], variant: parts[2] };
}
