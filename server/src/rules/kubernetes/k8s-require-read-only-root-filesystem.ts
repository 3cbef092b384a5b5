import doc from './k8s-require-read-only-root-filesystem.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isYaml11True } from '../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './lib/fixes.js';
import { canJudgeAbsence, containerField, containerRange, containers, rangeOf } from './lib/workloads.js';

/** A container's root filesystem is writable (`readOnlyRootFilesystem` is not true). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-read-only-root-filesystem',
    kind: 'kubernetes',
    title: 'Writable root filesystem',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0014', 'checkov:CKV_K8S_22', 'polaris:notReadOnlyRootFilesystem', 'kube-linter:no-read-only-root-fs'],
    doc,
  },
  check({ model, report, path, project }) {
    for (const { workload, container } of containers(model)) {
      const node = containerField(container, 'readOnlyRootFilesystem');
      if (isYaml11True(node) || (!node && !canJudgeAbsence(model, workload, { path, project }))) continue;
      report({
        range: node ? rangeOf(model, node) : containerRange(model, container),
        message: `${describeContainer(container)} has a writable root filesystem, so an attacker can drop tools and change the application; set readOnlyRootFilesystem: true`,
        fixes: () => fixes(containerSecurityFix(model, container, { readOnlyRootFilesystem: true }, 'Set readOnlyRootFilesystem: true')),
      });
    }
  },
};

export default rule;
