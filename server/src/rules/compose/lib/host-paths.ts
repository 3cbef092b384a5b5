/** Host paths that must not be mounted into a container, and why. */
import { normaliseHostPath } from './volumes.js';

/** Whether a host path is a Docker Engine API socket (or the Windows named pipe). */
export function isDockerSocket(source: string): boolean {
  if (/^(\/\/|\\\\)\.[/\\]pipe[/\\]docker_engine$/i.test(source.trim())) return true;
  return /(^|\/)docker\.sock$/.test(normaliseHostPath(source).toLowerCase());
}

const EXACT: [string, string][] = [
  ['/', 'the whole host filesystem'],
  ['/etc', 'host configuration, including password hashes and credentials'],
  ['/proc', 'every host process, its memory maps and environment'],
  ['/sys', 'kernel and device settings'],
  ['/dev', 'every host device'],
  ['/boot', "the host's kernel and boot loader"],
  ['/root', "root's home directory"],
  ['/run', "the host's runtime sockets"],
  ['/var/run', "the host's runtime sockets"],
  ['/usr', 'host system binaries'],
  ['/bin', 'host system binaries'],
  ['/sbin', 'host system binaries'],
  ['/lib', 'host system libraries'],
  ['/lib64', 'host system libraries'],
  ['/var', 'host system state'],
  ['/var/lib', 'host system state'],
  ['/home', "every user's home directory"],
  ['~', "the user's home directory"],
];

/** Paths whose whole subtree is sensitive. */
const SUBTREES: [string, string][] = [
  ['/proc', 'host process information'],
  ['/sys', 'kernel and device settings'],
  ['/boot', "the host's kernel and boot loader"],
  ['/root', "root's home directory"],
  ['/etc/ssh', 'the host SSH keys and configuration'],
  ['/etc/sudoers.d', 'sudo configuration'],
  ['/etc/kubernetes', 'Kubernetes credentials'],
  ['/etc/docker', 'Docker daemon configuration and keys'],
  ['/etc/pam.d', 'login configuration'],
  ['/var/lib/docker', 'every container filesystem and volume'],
  ['/var/lib/containerd', 'every container filesystem'],
  ['/var/lib/kubelet', 'Kubernetes node credentials'],
  ['/run/containerd', 'the container runtime API'],
  ['/var/run/containerd', 'the container runtime API'],
  ['/run/crio', 'the container runtime API'],
  ['/var/run/crio', 'the container runtime API'],
  ['/run/podman', 'the container runtime API'],
  ['/var/run/podman', 'the container runtime API'],
  ['/run/k3s', 'the container runtime API'],
];

const FILES: [string, string][] = [
  ['/etc/shadow', 'password hashes'],
  ['/etc/gshadow', 'password hashes'],
  ['/etc/passwd', 'the host user database'],
  ['/etc/sudoers', 'sudo configuration'],
  ['/var/run/cri-dockerd.sock', 'the container runtime API'],
  ['/run/cri-dockerd.sock', 'the container runtime API'],
];

const HOME_SECRETS: [RegExp, string][] = [
  [/^(~|\/root|\/home\/[^/]+|\/Users\/[^/]+)\/\.ssh(\/|$)/, 'SSH keys'],
  [/^(~|\/root|\/home\/[^/]+|\/Users\/[^/]+)\/\.(aws|azure|kube|docker|gnupg)(\/|$)/, 'credentials'],
  [/^(~|\/root|\/home\/[^/]+|\/Users\/[^/]+)\/\.config\/gcloud(\/|$)/, 'credentials'],
];

/**
 * Why mounting a host path is dangerous, or undefined when it is not one of
 * the sensitive ones. The Docker socket is the `compose-no-docker-socket`
 * rule's concern and is not reported here.
 */
export function sensitiveHostPath(source: string): string | undefined {
  if (isDockerSocket(source)) return undefined;
  const p = normaliseHostPath(source);
  for (const [re, why] of HOME_SECRETS) if (re.test(p)) return why;
  for (const [path, why] of [...EXACT, ...FILES]) if (p === path) return why;
  for (const [path, why] of SUBTREES) if (p === path || p.startsWith(`${path}/`)) return why;
  return undefined;
}
