import doc from './k8s-no-host-path.md';
import type { KubernetesRule } from '../kinds.js';
import { isMap, isSeq, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { replaceFix } from './lib/fixes.js';
import { keyRange, rangeOf, workloads } from './lib/workloads.js';

const RUNTIME_SOCKET = /\/(?:docker|containerd|crio|cri-dockerd|dockershim|podman)(?:\/[^/]*)?\.sock$/;
const SENSITIVE_DIRS = ['/', '/etc', '/proc', '/sys', '/var/run', '/run', '/root', '/var/lib/kubelet', '/var/lib/docker', '/var/lib/containerd', '/boot', '/dev', '/home'];
const SENSITIVE_TREES = ['/proc/', '/var/lib/kubelet/', '/etc/kubernetes', '/var/lib/docker/', '/var/lib/containerd/', '/root/', '/var/run/secrets', '/run/secrets'];

/** Whether a host path is a container runtime's socket, or the directory that holds it (`k8s-no-docker-socket`'s finding). */
export function isRuntimeSocket(path: string): boolean {
  const p = path.length > 1 ? path.replace(/(?<!\/)\/+$/, '') : path;
  return RUNTIME_SOCKET.test(p) || /^\/(?:var\/)?run\/(?:docker|containerd|crio)(?:\/|$)/.test(p);
}

/** Why a host path is especially dangerous, or undefined for an ordinary one. */
export function sensitiveHostPath(path: string): string | undefined {
  const p = path.length > 1 ? path.replace(/(?<!\/)\/+$/, '') : path;
  if (isRuntimeSocket(p)) return 'the container runtime socket, which gives full control of the node';
  if (p === '/') return "the node's whole filesystem";
  if (SENSITIVE_DIRS.includes(p) || SENSITIVE_TREES.some((t) => p.startsWith(t))) return 'a sensitive part of the node';
  return undefined;
}

/**
 * A volume mounts a directory of the node (PSS baseline "HostPath Volumes");
 * runtime sockets are reported by `k8s-no-docker-socket` instead.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-path',
    kind: 'kubernetes',
    title: 'hostPath volume',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0023', 'polaris:hostPathSet'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      const volumes = valueOf(w.podSpec, 'volumes');
      if (!isSeq(volumes)) continue;
      for (const vol of volumes.items) {
        if (!isMap(vol)) continue;
        const pair = pairOf(vol, 'hostPath');
        if (!pair) continue;
        const pathNode = isMap(pair.value) ? valueOf(pair.value, 'path') : undefined;
        const path = scalarString(pathNode);
        if (path !== undefined && isRuntimeSocket(path)) continue;
        const why = path !== undefined ? sensitiveHostPath(path) : undefined;
        const name = scalarString(valueOf(vol, 'name'));
        const fix = replaceFix(model, vol, 'hostPath', 'emptyDir', {}, 'Replace the hostPath volume with an emptyDir (nothing is read from or kept on the node)');
        report({
          range: pathNode ? rangeOf(model, pathNode) : keyRange(model, pair),
          message: why
            ? `Volume '${name ?? '?'}' mounts ${path} from the node: ${why}`
            : `Volume '${name ?? '?'}' mounts ${path ?? 'a directory'} from the node; use emptyDir, a ConfigMap or a PersistentVolumeClaim instead`,
          severity: why ? 'error' : undefined,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};

export default rule;
