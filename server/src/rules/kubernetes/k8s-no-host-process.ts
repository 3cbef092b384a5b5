import doc from './k8s-no-host-process.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, isYaml11True, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { rangeOf, securityContexts, workloads } from './lib/workloads.js';

/** A Windows pod or container runs as a HostProcess (PSS baseline "HostProcess"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-process',
    kind: 'kubernetes',
    title: 'Windows HostProcess container',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0103', 'polaris:hostProcess'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const win = valueOf(map, 'windowsOptions');
        const node = isMap(win) ? valueOf(win, 'hostProcess') : undefined;
        if (!isYaml11True(node) || !isMap(win)) continue;
        report({
          range: rangeOf(model, node),
          message: `${container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`} runs as a Windows HostProcess, with full access to the node`,
          fixes: () => fixes(mergeFix(model, win, { hostProcess: false }, 'Set hostProcess: false')),
        });
      }
    }
  },
};

export default rule;
