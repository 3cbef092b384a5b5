import doc from './k8s-require-linux-hardening.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer, effective } from '../../parse/kubernetes.js';
import { isMap, scalarString, valueOf } from '../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './lib/fixes.js';
import { canJudgeAbsence, containerRange, containers, dropsAll, isPartial, isWindowsPod, seccompType, type Container, type Workload } from './lib/workloads.js';

const CONFINED = new Set(['RuntimeDefault', 'Localhost']);

/** Whether a container has at least one Linux hardening mechanism (seccomp, AppArmor, SELinux, dropped capabilities). */
function hardened(w: Workload, c: Container): boolean {
  if (CONFINED.has(seccompType(w, c).type ?? '')) return true;
  const appArmor = effective(w, c, 'appArmorProfile').node;
  if (isMap(appArmor) && CONFINED.has(scalarString(valueOf(appArmor, 'type')) ?? '')) return true;
  const annotation = c.name ? w.podAnnotations.get(`container.apparmor.security.beta.kubernetes.io/${c.name}`) : undefined;
  if (annotation && (annotation === 'runtime/default' || annotation.startsWith('localhost/'))) return true;
  const seLinux = effective(w, c, 'seLinuxOptions').node;
  if (isMap(seLinux) && seLinux.items.length) return true;
  return dropsAll(c);
}

/** A container has none of seccomp, AppArmor, SELinux or dropped capabilities (Polaris "linux hardening"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-linux-hardening',
    kind: 'kubernetes',
    title: 'No Linux hardening at all',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['polaris:linuxHardening'],
    doc,
  },
  check({ model, report }) {
    if (!canJudgeAbsence(model)) return;
    for (const { workload, container } of containers(model)) {
      if (isPartial(workload) || isWindowsPod(workload) || hardened(workload, container)) continue;
      report({
        fixes: () => fixes(containerSecurityFix(model, container, { seccompProfile: { type: 'RuntimeDefault' } }, 'Set seccompProfile: RuntimeDefault')),
        range: containerRange(model, container),
        message: `${describeContainer(container)} has no Linux hardening: no seccomp or AppArmor profile, no SELinux options and no dropped capabilities`,
      });
    }
  },
};

export default rule;
