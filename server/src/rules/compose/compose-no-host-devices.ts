import doc from './compose-no-host-devices.md';
import type { Node } from 'yaml';
import { isMap, isScalar } from '../../parse/yaml-access.js';
import { resolved, seqItems, setting } from '../../parse/compose.js';
import { composeText } from '../../parse/compose-env.js';
import type { ComposeRule } from '../kinds.js';
import { removeEntry } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';

/** Host devices whose access is raw access to memory or disks. */
const RAW = /^\/dev\/(mem|kmem|port|(sd|hd|vd|xvd)[a-z]+\d*|nvme\d+(n\d+(p\d+)?)?|mapper(\/.*)?|dm-\d+|loop\d*|md\d+|disk(\/.*)?)$/;

/** `devices:` passes host devices into the container. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-host-devices',
    kind: 'compose',
    title: 'A service is given a host device',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => {
      const s = setting(svc, 'devices');
      return seqItems(svc, s?.value).flatMap((item) => {
        let host: string | undefined;
        let node: Node = item;
        if (isScalar(item)) host = composeText(item)?.split(':')[0];
        else if (isMap(item)) {
          const source = resolved(svc, item.items.find((p) => isScalar(p.key) && p.key.value === 'source')?.value);
          host = composeText(source);
          if (isScalar(source)) node = source;
        }
        return host && !host.includes('$') ? [{ node, data: { host: host.trim(), item, devices: s! } }] : [];
      });
    });
    for (const hit of found) {
      const { host, item, devices } = hit.data;
      const raw = RAW.test(host);
      const edit = removeEntry(ctx.model, devices, item);
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: raw
          ? `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'get' : 'gets'} raw access to the host's ${host}: it can read and write host memory or disks directly`
          : `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'get' : 'gets'} the host device ${host}; make sure the service needs it`,
        severity: raw ? 'warning' : undefined,
        fixes: edit ? [{ title: `Remove the device ${host}`, safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
