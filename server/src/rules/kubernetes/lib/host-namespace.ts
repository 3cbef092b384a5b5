/** The three host-namespace rules (`hostNetwork`, `hostPID`, `hostIPC`) share one check. */
import type { KubernetesRule } from '../../kinds.js';
import { isYaml11True, valueOf } from '../../../parse/yaml-access.js';
import { fixes, mergeFix } from './fixes.js';
import { rangeOf, workloads } from './workloads.js';

/** Reports workloads whose pod spec sets `field: true`, with a fix that sets it to false. */
export function hostNamespaceCheck(field: 'hostNetwork' | 'hostPID' | 'hostIPC', consequence: string): KubernetesRule['check'] {
  return ({ model, report }) => {
    for (const w of workloads(model)) {
      const node = valueOf(w.podSpec, field);
      if (!isYaml11True(node)) continue;
      report({
        range: rangeOf(model, node),
        message: `${w.kind} '${w.name ?? '?'}' sets ${field}: true: ${consequence}`,
        fixes: () => fixes(mergeFix(model, w.podSpec, { [field]: false }, `Set ${field}: false`)),
      });
    }
  };
}
