import doc from './k8s-require-ingress-tls.md';
import { isMap, isSeq } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { valueOf } from '../../parse/yaml-access.js';
import { canJudgeAbsence, objects, workloadRange } from './lib/workloads.js';

/** An Ingress without `spec.tls`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-ingress-tls',
    kind: 'kubernetes',
    title: 'Ingress without TLS',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['polaris:tlsSettingsMissing'],
    doc,
  },
  check({ model, report }) {
    if (!canJudgeAbsence(model)) return;
    for (const obj of objects(model)) {
      if (obj.kind !== 'Ingress') continue;
      const spec = valueOf(obj.node, 'spec');
      const tls = isMap(spec) ? valueOf(spec, 'tls') : undefined;
      if (isSeq(tls) && tls.items.length) continue;
      report({
        range: workloadRange(model, obj),
        message: `Ingress '${obj.name ?? '?'}' sets no tls: its traffic, cookies and credentials cross the network in clear text; add a tls entry with a certificate Secret`,
      });
    }
  },
};

export default rule;
