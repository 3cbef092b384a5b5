import doc from './k8s-no-secrets-in-configmap.md';
import type { Pair, YAMLMap } from 'yaml';
import type { K8sObject } from '../../parse/kubernetes.js';
import { formatScalar, mergeInto, removePair } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { Fix, TextEdit } from '../types.js';
import { fixes, styleOf } from './lib/fixes.js';
import type { KubernetesRule } from '../kinds.js';
import { isMap, isScalar, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { isLiteralSecretValue, isSecretName, secretValueKind } from './lib/secrets.js';
import { keyRange, objects, rangeOf } from './lib/workloads.js';

const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)/;

/**
 * Moves a key out of the ConfigMap into a Secret `<configmap>-secrets` of the
 * same namespace under `stringData`: into that Secret when the file has it,
 * else appended to the file as a new document.
 */
function moveFix(model: YamlModel, obj: K8sObject, data: YAMLMap, pair: Pair, key: string, value: string): Fix | undefined {
  if (model.templated || !obj.name || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(obj.name)) return undefined;
  const dataPair = pairOf(obj.node, 'data');
  const remove = removePair(model, data, pair) ?? (data.items.length === 1 && dataPair ? removePair(model, obj.node, dataPair) : undefined);
  if (!remove) return undefined;
  const name = `${obj.name}-secrets`;
  const edits: TextEdit[] = [remove];
  const existing = objects(model).find((o) => o.kind === 'Secret' && o.name === name && o.namespace === obj.namespace);
  if (existing) {
    const merged = mergeInto(model, existing.node, { stringData: { [key]: value } }, styleOf(model));
    if (!merged.length) return undefined;
    edits.push(...merged);
  } else {
    const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    const end = model.positionAt(model.text.length);
    const lead = model.text.endsWith('\n') ? '' : eol;
    const lines = ['---', 'apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`, ...(obj.namespace ? [`  namespace: ${formatScalar(obj.namespace)}`] : []), 'type: Opaque', 'stringData:', `  ${formatScalar(key)}: ${formatScalar(value)}`];
    edits.push({ range: { start: end, end }, newText: `${lead}${lines.join(eol)}${eol}` });
  }
  return {
    title: `Move '${key}' to the Secret ${name}${existing ? '' : ' (added to this file)'}; pods that read it must use secretKeyRef or a secret volume, and the value belongs outside the repository`,
    safe: false,
    edits,
  };
}

/** A ConfigMap holds a credential: a secret-named key, a secret-looking value, or a secret assignment inside a config file. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-secrets-in-configmap',
    kind: 'kubernetes',
    title: 'Secret stored in a ConfigMap',
    defaultSeverity: 'warning',
    fix: 'unsafe',
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
        const moveFixes = () => fixes(moveFix(model, obj, data, pair, key, value));
        if (kind) {
          report({ range: keyRange(model, pair), fixes: moveFixes, message: `${where} holds ${kind} under '${key}'; ConfigMaps are readable by anyone who can read the namespace's configuration — use a Secret`, severity: 'error' });
        } else if (!value.includes('\n') && isSecretName(key) && isLiteralSecretValue(value)) {
          report({ range: rangeOf(model, pair.value), fixes: moveFixes, message: `${where} stores '${key}', which looks like a credential; ConfigMaps are not meant for secrets — use a Secret` });
        } else if (value.includes('\n')) {
          const hit = value.split('\n').map((l) => ASSIGNMENT.exec(l)).find((m) => m && isSecretName(m[1]) && isLiteralSecretValue(m[2]));
          if (hit) report({ range: keyRange(model, pair), fixes: moveFixes, message: `${where} file '${key}' sets ${hit[1]} to a literal value; keep credentials in a Secret` });
        }
      }
    }
  },
};

export default rule;
