import doc from './k8s-require-ingress-tls.md';
import type { KubernetesRule } from '../kinds.js';
import { isMap, isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { canJudgeAbsence, objects, workloadRange } from './lib/workloads.js';

/** An Ingress without `spec.tls`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-ingress-tls',
    kind: 'kubernetes',
    title: 'Ingress without TLS',
    defaultSeverity: 'info',
    fix: 'unsafe',
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
      const rules = isMap(spec) ? valueOf(spec, 'rules') : undefined;
      const hosts = isSeq(rules) ? [...new Set(rules.items.map((r) => scalarString(valueOf(r, 'host'))).filter((h): h is string => !!h))] : [];
      const secretName = `${obj.name ?? 'ingress'}-tls`;
      const fix = () => isMap(spec) && obj.name ? mergeFix(model, spec, { tls: [hosts.length ? { hosts, secretName } : { secretName }] }, `Add tls with the certificate Secret ${secretName} (the Secret must exist, e.g. from cert-manager)`) : undefined;
      report({
        range: workloadRange(model, obj),
        fixes: () => fixes(fix()),
        message: `Ingress '${obj.name ?? '?'}' sets no tls: its traffic, cookies and credentials cross the network in clear text; add a tls entry with a certificate Secret`,
      });
    }
  },
};

export default rule;
