import doc from './compose-no-new-privileges.md';
import { isScalar, isSeq } from '../../parse/yaml-access.js';
import { extendsChain, isCompleteService, nonShipping } from '../../parse/compose.js';
import { appendItems, insertPairs, setScalar } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { isNoNewPrivileges, securityOpts } from './lib/security-opt.js';
import { hits, serviceNames, styleOf } from './lib/services.js';

const OPTION = 'no-new-privileges:true';

interface Data {
  kind: 'off' | 'missing' | 'absent';
  edit?: TextEdit;
}

/** A service does not set `no-new-privileges:true` in `security_opt`. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-new-privileges',
    kind: 'compose',
    title: 'A service lets its processes gain privileges (no-new-privileges not set)',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const style = styleOf(ctx.model);
    const found = hits<Data>(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || nonShipping(svc)) return [];
      const chain = extendsChain(svc, ctx.project);
      const own = securityOpts(svc);
      if (chain.some((s) => securityOpts(s).opts.some(isNoNewPrivileges))) return [];
      const off = own.opts.find((o) => o.name === 'no-new-privileges');
      if (off) {
        const edit = isScalar(off.node) ? setScalar(ctx.model, off.node, OPTION) : undefined;
        return [{ node: off.node, data: { kind: 'off', edit } }];
      }
      if (own.setting) {
        const edit = isSeq(own.setting.value) ? appendItems(ctx.model, own.setting.value, [OPTION], style) : undefined;
        return [{ node: own.setting.key, data: { kind: 'missing', edit } }];
      }
      // Set through extends: leave it to the file that sets security_opt.
      if (chain.slice(1).some((s) => securityOpts(s).setting)) return [];
      return [{ node: svc.key, data: { kind: 'absent', edit: insertPairs(ctx.model, svc.map, { security_opt: [OPTION] }, style) } }];
    });
    for (const hit of found) {
      const { kind, edit } = hit.data;
      const who = serviceNames(hit.services);
      const message = kind === 'off'
        ? `${who} ${hit.services.length > 1 ? 'turn' : 'turns'} no-new-privileges off: setuid binaries in the container can gain root`
        : `${who} ${hit.services.length > 1 ? 'do' : 'does'} not set no-new-privileges:true in security_opt: setuid binaries in the container can gain root`;
      const fixes: Fix[] = edit ? [{ title: 'Set no-new-privileges:true', safe: false, edits: [edit] }] : [];
      ctx.report({ range: ctx.model.rangeOf(hit.node), message, fixes });
    }
  },
};

export default rule;
