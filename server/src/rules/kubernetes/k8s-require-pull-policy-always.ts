import doc from './k8s-require-pull-policy-always.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers, rangeOf } from './lib/workloads.js';

/** A container's `imagePullPolicy` is not `Always`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-pull-policy-always',
    kind: 'kubernetes',
    title: 'imagePullPolicy is not Always',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_15', 'polaris:pullPolicyNotAlways'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const node = valueOf(container.node, 'imagePullPolicy');
      const policy = scalarString(node);
      if (policy === 'Always') continue;
      if (node === undefined && !canJudgeAbsence(model)) continue;
      report({
        fixes: () => fixes(mergeFix(model, container.node, { imagePullPolicy: 'Always' }, 'Set imagePullPolicy: Always')),
        range: node ? rangeOf(model, node) : containerRange(model, container),
        message: node
          ? `${describeContainer(container)} pulls its image with policy ${policy ?? '?'}: a node reuses whatever image it cached under that name, so another pod's image, or an old one, may run`
          : `${describeContainer(container)} sets no imagePullPolicy: unless the tag is latest, a node reuses whatever image it cached under that name`,
      });
    }
  },
};

export default rule;
