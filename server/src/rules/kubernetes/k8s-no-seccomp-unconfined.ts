import doc from './k8s-no-seccomp-unconfined.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { rangeOf, securityContexts, workloads } from './lib/workloads.js';

/** `seccompProfile.type: Unconfined` on the pod or a container (PSS baseline "Seccomp"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-seccomp-unconfined',
    kind: 'kubernetes',
    title: 'Seccomp turned off (Unconfined)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0030', 'trivy:KSV-0104'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const profile = valueOf(map, 'seccompProfile');
        const node = isMap(profile) ? valueOf(profile, 'type') : undefined;
        if (scalarString(node) !== 'Unconfined' || !isMap(profile)) continue;
        report({
          range: rangeOf(model, node),
          message: `${container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`} runs with seccomp turned off: every system call reaches the kernel`,
          fixes: () => fixes(mergeFix(model, profile, { type: 'RuntimeDefault' }, 'Use the RuntimeDefault seccomp profile')),
        });
      }
    }
  },
};

export default rule;
