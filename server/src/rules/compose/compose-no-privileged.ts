import doc from './compose-no-privileged.md';
import { isScalar } from '../../parse/yaml-access.js';
import { setting } from '../../parse/compose.js';
import { composeTrue } from '../../parse/compose-env.js';
import { setScalar } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import { hits, serviceNames } from './lib/services.js';

/** `privileged: true` gives the container every capability and every host device. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-privileged',
    kind: 'compose',
    title: 'A service runs privileged',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['kics:privileged_containers_enabled'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const s = setting(svc, 'privileged');
      return s && composeTrue(s.value) ? [{ node: s.value!, data: undefined }] : [];
    });
    for (const hit of found) {
      const edit = isScalar(hit.node) ? setScalar(ctx.model, hit.node, false) : undefined;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'run' : 'runs'} privileged: every capability, every host device, no seccomp or AppArmor confinement`,
        fixes: edit ? [{ title: 'Set privileged: false', safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
