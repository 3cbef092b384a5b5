import doc from './compose-no-shared-volumes.md';
import type { ComposeRule } from '../kinds.js';
import { servicesOf } from './lib/services.js';
import { serviceVolumes } from './lib/volumes.js';

/** A named volume is mounted by more than one service. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-shared-volumes',
    kind: 'compose',
    title: 'A volume is shared between services',
    defaultSeverity: 'off',
    fix: 'none',
    equivalents: ['kics:shared_volumes_between_containers'],
    doc,
  },
  check(ctx) {
    const users = new Map<string, { service: string; node: import('yaml').Node; readOnly: boolean }[]>();
    for (const svc of servicesOf(ctx)) {
      for (const v of serviceVolumes(svc)) {
        if (!v.source || v.bind) continue;
        const list = users.get(v.source) ?? [];
        if (!list.some((u) => u.node === v.sourceNode)) list.push({ service: svc.name, node: v.sourceNode, readOnly: v.readOnly });
        users.set(v.source, list);
      }
    }
    for (const [volume, list] of users) {
      const services = [...new Set(list.map((u) => u.service))];
      if (services.length < 2) continue;
      for (const u of list) {
        const others = services.filter((s) => s !== u.service).map((s) => `'${s}'`).join(', ');
        ctx.report({
          range: ctx.model.rangeOf(u.node),
          message: `Service '${u.service}' shares volume '${volume}' with ${others}${u.readOnly ? '' : ', writable'}: a compromise of one can plant files the other reads or runs`,
        });
      }
    }
  },
};

export default rule;
