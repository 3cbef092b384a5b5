import doc from './k8s-no-docker-socket.md';
import type { YAMLMap } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { isMap, isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { isRuntimeSocket } from './k8s-no-host-path.js';
import { replaceFix } from './lib/fixes.js';
import { rangeOf, workloads } from './lib/workloads.js';

/** A hostPath volume mounts the container runtime's socket (Docker, containerd, CRI-O). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-docker-socket',
    kind: 'kubernetes',
    title: 'Container runtime socket mounted',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0006', 'trivy:KSV-0023', 'checkov:CKV_K8S_27', 'polaris:hostPathSet', 'kube-linter:docker-sock', 'kubesec:DockerSock'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      const volumes = valueOf(w.podSpec, 'volumes');
      if (!isSeq(volumes)) continue;
      for (const vol of volumes.items) {
        const host = isMap(vol) ? valueOf(vol, 'hostPath') : undefined;
        const pathNode = isMap(host) ? valueOf(host, 'path') : undefined;
        const path = scalarString(pathNode);
        if (path === undefined || !isRuntimeSocket(path)) continue;
        const fix = replaceFix(model, vol as YAMLMap, 'hostPath', 'emptyDir', {}, 'Replace the socket volume with an emptyDir (whatever talks to the runtime stops working)');
        report({
          range: rangeOf(model, pathNode),
          fixes: fix ? [fix] : [],
          message: `Volume '${scalarString(valueOf(vol as never, 'name')) ?? '?'}' mounts the container runtime socket ${path}: whoever controls the pod can start privileged containers and so controls the node`,
        });
      }
    }
  },
};

export default rule;
