import doc from './k8s-no-root-user.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { rangeOf, restrictedLevel, securityContexts, workloads } from './lib/workloads.js';

/** `runAsUser: 0` on the pod or a container (PSS restricted "Running as Non-root user"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-root-user',
    kind: 'kubernetes',
    title: 'Runs as UID 0 (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0105'],
    doc,
  },
  check({ model, settings, report }) {
    if (!restrictedLevel(settings)) return;
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const node = valueOf(map, 'runAsUser');
        if (scalarString(node) !== '0') continue;
        report({
          range: rangeOf(model, node),
          message: `${container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`} runs as root (runAsUser: 0)`,
          fixes: () => fixes(mergeFix(model, map, { runAsUser: 10001 }, 'Run as UID 10001')),
        });
      }
    }
  },
};

export default rule;
