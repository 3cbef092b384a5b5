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
  /** The fix's edit, computed when the fixes are read. */
  edit: () => TextEdit | undefined;
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
    const found = hits<Data>(ctx, (svc) => {
      if (!svc.map || !isCompleteService(svc) || nonShipping(svc)) return [];
      const chain = extendsChain(svc, ctx.project);
      const own = securityOpts(svc);
      if (chain.some((s) => securityOpts(s).opts.some(isNoNewPrivileges))) return [];
      const off = own.opts.find((o) => o.name === 'no-new-privileges');
      if (off) {
        const node = off.node;
        const edit = () => (isScalar(node) ? setScalar(ctx.model, node, OPTION) : undefined);
        return [{ node, data: { kind: 'off', edit } }];
      }
      if (own.setting) {
        const list = own.setting.value;
        const edit = () => (isSeq(list) ? appendItems(ctx.model, list, [OPTION], styleOf(ctx.model)) : undefined);
        return [{ node: own.setting.key, data: { kind: 'missing', edit } }];
      }
      // Set through extends: leave it to the file that sets security_opt.
      if (chain.slice(1).some((s) => securityOpts(s).setting)) return [];
      const map = svc.map;
      return [{ node: svc.key, data: { kind: 'absent', edit: () => insertPairs(ctx.model, map, { security_opt: [OPTION] }, styleOf(ctx.model)) } }];
    });
    for (const hit of found) {
      const { kind } = hit.data;
      const who = serviceNames(hit.services);
      const message = kind === 'off'
        ? `${who} ${hit.services.length > 1 ? 'turn' : 'turns'} no-new-privileges off: setuid binaries in the container can gain root`
        : `${who} ${hit.services.length > 1 ? 'do' : 'does'} not set no-new-privileges:true in security_opt: setuid binaries in the container can gain root`;
      const fixes = (): Fix[] => {
        const edit = hit.data.edit();
        return edit ? [{ title: 'Set no-new-privileges:true', safe: false, edits: [edit] }] : [];
      };
      ctx.report({ range: ctx.model.rangeOf(hit.node), message, fixes });
    }
  },
};

export default rule;
