import doc from './k8s-no-secret-env-refs.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, isSeq, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { containers, keyRange } from './lib/workloads.js';

/** A container reads a Secret into environment variables (`secretKeyRef`, `envFrom.secretRef`). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-secret-env-refs',
    kind: 'kubernetes',
    title: 'Secret passed as environment variables',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['checkov:CKV_K8S_35'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const env = valueOf(container.node, 'env');
      if (isSeq(env)) {
        for (const item of env.items) {
          const from = isMap(item) ? valueOf(item, 'valueFrom') : undefined;
          const ref = isMap(from) ? pairOf(from, 'secretKeyRef') : undefined;
          if (!ref) continue;
          const name = scalarString(valueOf(item as never, 'name'));
          report({ range: keyRange(model, ref), message: `${describeContainer(container)} reads a Secret into the environment variable ${name ?? '?'}: environment variables leak into logs, crash reports and child processes; mount the Secret as a file` });
        }
      }
      const envFrom = valueOf(container.node, 'envFrom');
      if (isSeq(envFrom)) {
        for (const item of envFrom.items) {
          const ref = isMap(item) ? pairOf(item, 'secretRef') : undefined;
          if (!ref) continue;
          const secret = isMap(ref.value) ? scalarString(valueOf(ref.value, 'name')) : undefined;
          report({ range: keyRange(model, ref), message: `${describeContainer(container)} loads every key of Secret '${secret ?? '?'}' into environment variables: they leak into logs, crash reports and child processes; mount the Secret as a file` });
        }
      }
    }
  },
};

export default rule;
