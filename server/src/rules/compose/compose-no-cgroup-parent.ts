import doc from './compose-no-cgroup-parent.md';
import { setting } from '../../parse/compose.js';
import { composeText } from '../../parse/compose-env.js';
import type { ComposeRule } from '../kinds.js';
import { removeSetting } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';

/** `cgroup_parent` places the container outside the cgroup Docker manages for it. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-cgroup-parent',
    kind: 'compose',
    title: 'A service sets a custom cgroup parent',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['kics:cgroup_not_default'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const s = setting(svc, 'cgroup_parent');
      return s?.value && composeText(s.value) ? [{ node: s.value, data: { name: composeText(s.value)!, s } }] : [];
    });
    for (const hit of found) {
      const edit = removeSetting(ctx.model, hit.data.s);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'run' : 'runs'} under the cgroup ${hit.data.name} instead of Docker's own; its resource limits are whatever that cgroup allows`,
        fixes: edit ? [{ title: 'Remove cgroup_parent (run in the cgroup Docker creates)', safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
