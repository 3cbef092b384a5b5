import doc from './compose-read-only.md';
import { inherits, isCompleteService, nonShipping } from '../../parse/compose.js';
import { composeTrue } from '../../parse/compose-env.js';
import { insertPairs, setScalar } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { hits, serviceNames, styleOf } from './lib/services.js';
import { isScalar } from '../../parse/yaml-access.js';

/** A service's root filesystem is writable (`read_only: true` not set). */
const rule: ComposeRule = {
  meta: {
    id: 'compose-read-only',
    kind: 'compose',
    title: 'A service has a writable root filesystem',
    defaultSeverity: 'hint',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || nonShipping(svc)) return [];
      const ro = inherits(svc, 'read_only', ctx.project);
      if (ro && (composeTrue(ro.value) || (isScalar(ro.value) && typeof ro.value.value === 'string' && ro.value.value.includes('$')))) return [];
      if (ro && ro.map !== svc.map && !svc.merges.includes(ro.map)) return []; // false through extends: the other file's finding
      const hasTmpfs = !!inherits(svc, 'tmpfs', ctx.project);
      if (ro) {
        const map = svc.map;
        const edits = () => {
          const edit = isScalar(ro.value) ? setScalar(ctx.model, ro.value, true) : undefined;
          const tmpfs = hasTmpfs ? undefined : insertPairs(ctx.model, map, { tmpfs: ['/tmp'] }, styleOf(ctx.model));
          return edit ? [edit, ...(tmpfs ? [tmpfs] : [])] : [];
        };
        return [{ node: ro.value ?? ro.key, data: { explicit: true, edits } }];
      }
      const map = svc.map;
      const edits = () => {
        const edit = insertPairs(ctx.model, map, hasTmpfs ? { read_only: true } : { read_only: true, tmpfs: ['/tmp'] }, styleOf(ctx.model));
        return edit ? [edit] : [];
      };
      return [{ node: svc.key, data: { explicit: false, edits } }];
    });
    for (const hit of found) {
      const { explicit } = hit.data;
      const fixes = (): Fix[] => {
        const edits = hit.data.edits();
        return edits.length ? [{ title: 'Make the root filesystem read-only (read_only: true, tmpfs for /tmp)', safe: false, edits }] : [];
      };
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${explicit ? (hit.services.length > 1 ? 'set' : 'sets') + ' read_only: false' : (hit.services.length > 1 ? 'run' : 'runs') + ' with a writable root filesystem'}: an intruder can change binaries and drop tools`,
        fixes,
      });
    }
  },
};

export default rule;
