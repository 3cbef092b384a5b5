import doc from './k8s-no-unmasked-proc-mount.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString } from '../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './lib/fixes.js';
import { containerField, containers, rangeOf } from './lib/workloads.js';

/** A container asks for an unmasked /proc (PSS baseline "/proc Mount Type"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-unmasked-proc-mount',
    kind: 'kubernetes',
    title: 'Unmasked /proc mount',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0027', 'polaris:procMount', 'kube-linter:unsafe-proc-mount'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const node = containerField(container, 'procMount');
      const value = scalarString(node);
      if (value === undefined || value === 'Default') continue;
      report({
        range: rangeOf(model, node),
        message: `${describeContainer(container)} mounts /proc with procMount: ${value}, exposing kernel interfaces the runtime normally masks`,
        fixes: () => fixes(containerSecurityFix(model, container, { procMount: 'Default' }, 'Set procMount: Default')),
      });
    }
  },
};

export default rule;
