import doc from './k8s-no-apparmor-unconfined.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { podAnnotationNode, rangeOf, securityContexts, workloads } from './lib/workloads.js';
import { setScalar } from '../../parse/yaml-edit.js';
import type { Scalar } from 'yaml';

const ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

/** AppArmor is turned off by `appArmorProfile.type: Unconfined` or the legacy annotation (PSS baseline "AppArmor"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-apparmor-unconfined',
    kind: 'kubernetes',
    title: 'AppArmor turned off (Unconfined)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      for (const { map, container } of securityContexts(w)) {
        const profile = valueOf(map, 'appArmorProfile');
        const node = isMap(profile) ? valueOf(profile, 'type') : undefined;
        if (scalarString(node) !== 'Unconfined' || !isMap(profile)) continue;
        report({
          range: rangeOf(model, node),
          message: `${container ? describeContainer(container) : `${w.kind} '${w.name ?? '?'}'`} runs without AppArmor confinement`,
          fixes: () => fixes(mergeFix(model, profile, { type: 'RuntimeDefault' }, 'Use the RuntimeDefault AppArmor profile')),
        });
      }
      for (const [key, value] of w.podAnnotations) {
        if (!key.startsWith(ANNOTATION) || value !== 'unconfined') continue;
        const node = podAnnotationNode(w, key);
        if (!node) continue;
        const edit = model.templated ? undefined : setScalar(model, node as Scalar, 'runtime/default');
        report({
          range: rangeOf(model, node),
          message: `Container '${key.slice(ANNOTATION.length)}' runs without AppArmor confinement (annotation ${key}: unconfined)`,
          fixes: edit ? [{ title: 'Use the runtime/default AppArmor profile', safe: false, edits: [edit] }] : [],
        });
      }
    }
  },
};

export default rule;
