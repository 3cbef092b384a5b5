/**
 * What Shipshape knows about base images without the network: which run as a
 * non-root user by default and which family (for choosing how to add a user).
 */
import type { ImageRef } from '../parse/dockerfile.js';

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

/**
 * The user an image runs as when the Dockerfile sets none, where known:
 * distroless `:nonroot` tags and Chainguard images run as 65532.
 */
export function defaultUser(image: ImageRef | undefined): string | undefined {
  if (!image) return undefined;
  const family = imageFamily(image);
  const tag = image.tag?.toLowerCase() ?? '';
  if (family === 'distroless') return /(^|-)nonroot$/.test(tag) ? 'nonroot' : 'root';
  if (family === 'chainguard') return /-dev$/.test(tag) || /wolfi-base|chainguard-base|static/.test(image.repository) ? 'root' : 'nonroot';
  return undefined;
}
