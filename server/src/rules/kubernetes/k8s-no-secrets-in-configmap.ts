import doc from './k8s-no-secrets-in-configmap.md';
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { isLiteralSecretValue, isSecretName, secretValueKind } from './lib/secrets.js';
import { keyRange, objects, rangeOf } from './lib/workloads.js';

const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)/;

/** A ConfigMap holds a credential: a secret-named key, a secret-looking value, or a secret assignment inside a config file. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-secrets-in-configmap',
    kind: 'kubernetes',
    title: 'Secret stored in a ConfigMap',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const obj of objects(model)) {
      if (obj.kind !== 'ConfigMap') continue;
      const data = valueOf(obj.node, 'data');
      if (!isMap(data)) continue;
      for (const pair of data.items) {
        const key = scalarString(pair.key);
        const value = scalarString(pair.value);
        if (key === undefined || value === undefined || !isScalar(pair.value)) continue;
        const kind = secretValueKind(value);
        const where = `ConfigMap '${obj.name ?? '?'}'`;
        if (kind) {
          report({ range: keyRange(model, pair), message: `${where} holds ${kind} under '${key}'; ConfigMaps are readable by anyone who can read the namespace's configuration — use a Secret`, severity: 'error' });
        } else if (!value.includes('\n') && isSecretName(key) && isLiteralSecretValue(value)) {
          report({ range: rangeOf(model, pair.value), message: `${where} stores '${key}', which looks like a credential; ConfigMaps are not meant for secrets — use a Secret` });
        } else if (value.includes('\n')) {
          const hit = value.split('\n').map((l) => ASSIGNMENT.exec(l)).find((m) => m && isSecretName(m[1]) && isLiteralSecretValue(m[2]));
          if (hit) report({ range: keyRange(model, pair), message: `${where} file '${key}' sets ${hit[1]} to a literal value; keep credentials in a Secret` });
        }
      }
    }
  },
};

export default rule;
