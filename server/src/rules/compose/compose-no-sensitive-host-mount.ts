import doc from './compose-no-sensitive-host-mount.md';
import { setting } from '../../parse/compose.js';
import type { ComposeRule } from '../kinds.js';
import { normaliseHostPath } from './lib/volumes.js';
import { sensitiveHostPath } from './lib/host-paths.js';
import { removeEntry } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';
import { serviceVolumes } from './lib/volumes.js';

/** Bind mounts of host directories that hold the host's keys, configuration or kernel interfaces. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-sensitive-host-mount',
    kind: 'compose',
    title: 'A service mounts a sensitive host path',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => serviceVolumes(svc).flatMap((v) => {
      const why = v.bind && v.source ? sensitiveHostPath(v.source) : undefined;
      return why ? [{ node: v.sourceNode, data: { v, why } }] : [];
    }));
    for (const hit of found) {
      const { v, why } = hit.data;
      const path = normaliseHostPath(v.source!);
      const volumes = setting(hit.services[0], 'volumes');
      const edit = volumes ? removeEntry(ctx.model, volumes, hit.data.v.node) : undefined;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'mount' : 'mounts'} the host's ${path}${v.readOnly ? ' (read-only)' : ''}: ${why}`,
        severity: path === '/' && !v.readOnly ? 'error' : undefined,
        fixes: edit ? [{ title: `Remove the mount of the host's ${path}`, safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
