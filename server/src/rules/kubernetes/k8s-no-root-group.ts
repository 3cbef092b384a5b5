import doc from './k8s-no-root-group.md';
import type { Node } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { removeListItemFix, setScalarFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { rangeOf, securityContexts, workloads } from './lib/workloads.js';

/** The pod or a container runs with GID 0: `runAsGroup`, `fsGroup` or `supplementalGroups`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-root-group',
    kind: 'kubernetes',
    title: 'Runs with the root group (GID 0)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const who = container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`;
        const zero: [string, Node][] = [];
        for (const field of container ? ['runAsGroup'] : ['runAsGroup', 'fsGroup']) {
          const node = valueOf(map, field);
          if (node && scalarString(node) === '0') zero.push([field, node]);
        }
        const groups = container ? undefined : valueOf(map, 'supplementalGroups');
        if (isSeq(groups)) for (const g of groups.items) if (scalarString(g) === '0') zero.push(['supplementalGroups', g as Node]);
        for (const [field, node] of zero) {
          const fix = field === 'supplementalGroups'
            ? removeListItemFix(model, map, field, node, 'Remove group 0 from supplementalGroups')
            : setScalarFix(model, node, 10001, `Set ${field}: 10001 instead of the root group`);
          report({ range: rangeOf(model, node), fixes: fix ? [fix] : [], message: `${who} runs with the root group (${field}: 0), which owns many files root can write` });
        }
      }
    }
  },
};

export default rule;
