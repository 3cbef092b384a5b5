import doc from './k8s-no-debug-mode.md';
import type { Scalar } from 'yaml';
import { debugSetting } from '../../knowledge/debug-flags.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, isScalar, isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { setScalar } from '../../parse/yaml-edit.js';
import type { KubernetesRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { containers, rangeOf } from './lib/workloads.js';

const DEVELOPMENT = /(?:^|[._-])(?:dev|develop|development|debug|local|test|tests|testing)(?:[._-]|$)/i;

/**
 * Whether a manifest is meant for development: its file name
 * (`deployment.dev.yaml`, `dev-deploy.yaml`) or one of the two folders above
 * it (`overlays/dev/`, `environments/local/patch.yaml`) says so.
 */
export function isDevelopmentManifest(path: string): boolean {
  const parts = path.replace(/\\/g, '/').split('/');
  const name = (parts.pop() ?? '').replace(/\.ya?ml$/i, '');
  return DEVELOPMENT.test(name) || parts.slice(-2).some((p) => DEVELOPMENT.test(p));
}

/** A container's `env` sets a literal value that turns on a framework's debug or development mode. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-debug-mode',
    kind: 'kubernetes',
    title: 'Container runs in debug or development mode',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, path, report }) {
    if (isDevelopmentManifest(path)) return;
    for (const { container } of containers(model)) {
      const env = valueOf(container.node, 'env');
      if (!isSeq(env)) continue;
      const last = new Map<string, Scalar | undefined>();
      for (const item of env.items) {
        if (!isMap(item)) continue;
        const name = scalarString(valueOf(item, 'name'));
        const value = valueOf(item, 'value');
        if (name) last.set(name, isScalar(value) ? value : undefined);
      }
      for (const [name, node] of last) {
        const value = scalarString(node);
        if (!node || value === undefined || value.includes('$(') || value.includes('{{')) continue;
        const hit = debugSetting(name, value);
        if (!hit) continue;
        const edit = model.templated || /[\r\n]/.test(model.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)) ? undefined : setScalar(model, node, hit.production);
        const fixes: Fix[] = edit ? [{ title: `Set ${name}=${hit.production}`, safe: false, edits: [edit] }] : [];
        report({
          range: rangeOf(model, node),
          message: `${describeContainer(container)} sets ${name}=${value.trim()}, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set ${name}=${hit.production}`,
          fixes,
        });
      }
    }
  },
};

export default rule;
