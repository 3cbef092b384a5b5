import doc from './trusted-registry.md';
import type { DockerfileRule } from '../kinds.js';
import { externalStages } from '../../model/base-image.js';

/** Matches a registry against an allow-list entry; `*` matches any run of characters. */
function matches(registry: string, entry: string): boolean {
  const e = entry.trim().toLowerCase();
  if (!e.includes('*')) return registry === e;
  const re = new RegExp(`^${e.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(registry);
}

/** A base image from a registry outside `trustedRegistries` (quiet when the setting is empty). */
const rule: DockerfileRule = {
  meta: {
    id: 'trusted-registry',
    kind: 'dockerfile',
    title: 'Base image comes from an untrusted registry',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3026'],
    doc,
  },
  check({ model, settings, report }) {
    const trusted = settings.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    for (const stage of externalStages(model)) {
      const registry = (stage.image.registry ?? 'docker.io').toLowerCase();
      // An image without a registry comes from Docker Hub, which either name allows.
      const names = stage.image.registry ? [registry] : ['docker.io', 'hub.docker.com'];
      if (trusted.some((t) => names.some((n) => matches(n, t)))) continue;
      report({
        range: stage.imageRange,
        message: `'${stage.image.text}' comes from ${registry}, which is not in the trusted registries (${trusted.join(', ')})`,
      });
    }
  },
};

export default rule;
