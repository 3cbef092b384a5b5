import doc from './compose-drop-all-capabilities.md';
import { isSeq } from '../../parse/yaml-access.js';
import { appendItems, insertPairs } from '../../parse/yaml-edit.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { capabilities } from './lib/capabilities.js';
import { hits, serviceNames, styleOf } from './lib/services.js';

/** A service adds capabilities but keeps all of Docker's defaults as well. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-drop-all-capabilities',
    kind: 'compose',
    title: "A service adds capabilities without dropping the defaults",
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const add = capabilities(svc, 'cap_add');
      if (!add.setting || !add.caps.length || add.caps.some((c) => c.name === 'ALL')) return [];
      const drop = capabilities(svc, 'cap_drop');
      if (drop.caps.some((c) => c.name === 'ALL')) return [];
      return [{ node: add.setting.key, data: { add, drop } }];
    });
    for (const hit of found) {
      const { add, drop } = hit.data;
      const fixes = (): Fix[] => {
        let edit: TextEdit | undefined;
        if (drop.setting && isSeq(drop.setting.value)) edit = appendItems(ctx.model, drop.setting.value, ['ALL'], styleOf(ctx.model));
        else if (!drop.setting) edit = insertPairs(ctx.model, add.setting!.map, { cap_drop: ['ALL'] }, styleOf(ctx.model));
        return edit ? [{ title: 'Drop all other capabilities (cap_drop: [ALL])', safe: false, edits: [edit] }] : [];
      };
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'add' : 'adds'} ${add.caps.map((c) => c.name).join(', ')} but ${hit.services.length > 1 ? 'keep' : 'keeps'} Docker's default capabilities too; drop ALL and add back only what is needed`,
        fixes,
      });
    }
  },
};

export default rule;
