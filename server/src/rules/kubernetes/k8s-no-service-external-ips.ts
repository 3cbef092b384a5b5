import doc from './k8s-no-service-external-ips.md';
import type { YAMLMap } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { removeFix } from './lib/fixes.js';
import { isMap, isSeq, pairOf, valueOf } from '../../parse/yaml-access.js';
import { keyRange, objects } from './lib/workloads.js';

/** A Service sets `externalIPs` (CVE-2020-8554: traffic to any IP can be intercepted). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-service-external-ips',
    kind: 'kubernetes',
    title: 'Service with externalIPs',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0108'],
    doc,
  },
  check({ model, report }) {
    for (const obj of objects(model)) {
      if (obj.kind !== 'Service') continue;
      const spec = valueOf(obj.node, 'spec');
      const pair = isMap(spec) ? pairOf(spec, 'externalIPs') : undefined;
      if (!pair || !isSeq(pair.value) || !pair.value.items.length) continue;
      const fix = removeFix(model, spec as YAMLMap, 'externalIPs', 'Remove externalIPs');
      report({
        range: keyRange(model, pair),
        message: `Service '${obj.name ?? '?'}' sets externalIPs; anyone who can create Services can use this to intercept traffic to those addresses (CVE-2020-8554)`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
