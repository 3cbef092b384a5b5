import doc from './k8s-no-custom-selinux.md';
import type { YAMLMap } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { fixes, removeFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, scalarString, valueOf } from '../../parse/yaml-access.js';
import { rangeOf, securityContexts, workloads } from './lib/workloads.js';

const ALLOWED_TYPES = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** `seLinuxOptions` sets a custom type, user or role (PSS baseline "SELinux"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-custom-selinux',
    kind: 'kubernetes',
    title: 'Custom SELinux type, user or role',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0025'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const opts = valueOf(map, 'seLinuxOptions');
        if (!isMap(opts)) continue;
        /** Removes one field of seLinuxOptions, or seLinuxOptions itself when it holds nothing else. */
        const removeOption = (o: YAMLMap, field: string, title: string) =>
          o.items.length > 1 ? removeFix(model, o, field, title) : removeFix(model, map, 'seLinuxOptions', title);
        const who = container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`;
        const type = valueOf(opts, 'type');
        const typeName = scalarString(type);
        if (typeName !== undefined && typeName !== '' && !ALLOWED_TYPES.has(typeName)) {
          report({ range: rangeOf(model, type), fixes: () => fixes(removeOption(opts, 'type', `Remove the custom SELinux type ${typeName}`)), message: `${who} sets the SELinux type ${typeName}; only container_t, container_init_t, container_kvm_t and container_engine_t keep the container confined` });
        }
        for (const field of ['user', 'role'] as const) {
          const node = valueOf(opts, field);
          const value = scalarString(node);
          if (value === undefined || value === '') continue;
          report({ range: rangeOf(model, node), fixes: () => fixes(removeOption(opts, field, `Remove the custom SELinux ${field} ${value}`)), message: `${who} sets the SELinux ${field} ${value}; a custom ${field} can lift the container's confinement` });
        }
      }
    }
  },
};

export default rule;
