import doc from './k8s-no-secrets-in-env.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, isSeq, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, replaceFix } from './lib/fixes.js';
import { isLiteralSecretValue, isSecretName, secretValueKind } from './lib/secrets.js';
import { containers, rangeOf } from './lib/workloads.js';

/** A secret-looking environment variable is written as a literal `value:`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-secrets-in-env',
    kind: 'kubernetes',
    title: 'Secret written as a literal environment value',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const { workload, container } of containers(model)) {
      const env = valueOf(container.node, 'env');
      if (!isSeq(env)) continue;
      for (const item of env.items) {
        if (!isMap(item)) continue;
        const name = scalarString(valueOf(item, 'name'));
        const pair = pairOf(item, 'value');
        const value = scalarString(pair?.value);
        if (!name || !pair || value === undefined || !isLiteralSecretValue(value)) continue;
        const kind = secretValueKind(value);
        if (!kind && !isSecretName(name)) continue;
        const secretName = `${workload.name ?? 'app'}-secrets`;
        const key = name.toLowerCase().replace(/_/g, '-');
        report({
          range: rangeOf(model, pair.value as never),
          message: kind
            ? `${describeContainer(container)} has ${kind} in the literal value of ${name}; anyone who can read the manifest or the pod spec has it`
            : `${describeContainer(container)} sets ${name} as a literal value; anyone who can read the manifest or the pod spec has it — use a Secret (valueFrom.secretKeyRef)`,
          severity: kind ? 'error' : undefined,
          // Computed when asked for: the file's edit style is a walk over the whole file.
          fixes: () => fixes(replaceFix(model, item, 'value', 'valueFrom', { secretKeyRef: { name: secretName, key } }, `Read ${name} from Secret '${secretName}' (create the Secret with key '${key}')`)),
        });
      }
    }
  },
};

export default rule;
