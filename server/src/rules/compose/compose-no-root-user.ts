import doc from './compose-no-root-user.md';
import { inherits, isCompleteService, nonShipping, type ComposeService } from '../../parse/compose.js';
import { composeText } from '../../parse/compose-env.js';
import { insertPairs } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, RelatedInformation } from '../types.js';
import { isRootUser } from '../../model/user.js';
import { builtUser, type BuiltUser } from './lib/build-user.js';
import { hits, serviceNames, styleOf } from './lib/services.js';

type Data = { kind: 'explicit'; text: string; svc: ComposeService } | { kind: 'built'; built: BuiltUser; svc: ComposeService };

/** A service runs as root: `user: root`, or no `user:` and an image built from a Dockerfile whose stage runs as root. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-root-user',
    kind: 'compose',
    title: 'A service runs as root',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits<Data>(ctx, (svc) => {
      if (!svc.map) return [];
      const user = inherits(svc, 'user', ctx.project);
      if (user) {
        const text = composeText(user.value);
        const local = user.map === svc.map || svc.merges.includes(user.map);
        return local && text !== undefined && !text.includes('$') && isRootUser(text) && user.value
          ? [{ node: user.value, data: { kind: 'explicit', text, svc } }]
          : [];
      }
      if (!isCompleteService(svc)) return [];
      const built = builtUser(svc, ctx.project);
      if (!built?.root) return [];
      return [{ node: built.build.setting.key, data: { kind: 'built', built, svc } }];
    });
    for (const hit of found) {
      const who = serviceNames(hit.services);
      const verb = hit.services.length > 1 ? 'run' : 'runs';
      const d = hit.data;
      if (d.kind === 'explicit') {
        ctx.report({ range: ctx.model.rangeOf(hit.node), message: `${who} ${verb} as root (user: ${d.text})` });
        continue;
      }
      const { built } = d;
      const stage = built.stage.isFinal ? 'final stage' : `stage '${built.stage.name}'`;
      const inline = built.dockerfilePath === ctx.path;
      const related: RelatedInformation[] = inline ? [] : [{ path: built.dockerfilePath, range: built.range, message: `The image runs as root because of this line (${built.reason})` }];
      const map = hit.services.length === 1 ? d.svc.map : undefined;
      const fixes = (): Fix[] => {
        const edit = map ? insertPairs(ctx.model, map, { user: '65532:65532' }, styleOf(ctx.model)) : undefined;
        return edit ? [{ title: 'Run the service as UID 65532 (user: "65532:65532")', safe: false, edits: [edit] }] : [];
      };
      const why = hit.services.length === 1 ? nonShipping(d.svc) : undefined;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${who} ${verb} as root: the ${stage} of ${inline ? 'its dockerfile_inline' : built.display} runs as root (${built.reason}) and the service sets no user:${why ? ` (a lesser risk: ${why}, not a production runtime)` : ''}`,
        related,
        fixes,
        ...(why ? { severity: 'hint' as const } : {}),
      });
    }
  },
};

export default rule;
