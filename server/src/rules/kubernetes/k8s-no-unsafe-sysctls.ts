import doc from './k8s-no-unsafe-sysctls.md';
import type { Node } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { removeListItemFix } from './lib/fixes.js';
import { isMap, isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { rangeOf, workloads } from './lib/workloads.js';

/** Sysctls the Pod Security Standards consider namespaced and safe. */
const SAFE = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

/** The pod sets a sysctl outside the safe set (PSS baseline "Sysctls"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-unsafe-sysctls',
    kind: 'kubernetes',
    title: 'Unsafe sysctl',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0026'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      const sysctls = valueOf(w.podSecurityContext, 'sysctls');
      if (!isSeq(sysctls)) continue;
      for (const item of sysctls.items) {
        const node = isMap(item) ? valueOf(item, 'name') : undefined;
        const name = scalarString(node);
        if (name === undefined || SAFE.has(name.replace(/\//g, '.'))) continue;
        const fix = removeListItemFix(model, w.podSecurityContext, 'sysctls', item as Node, `Remove the sysctl ${name}`);
        report({ range: rangeOf(model, node), message: `${w.kind} '${w.name ?? '?'}' sets the sysctl ${name}, which is not in the safe set and can affect the whole node`, fixes: fix ? [fix] : [] });
      }
    }
  },
};

export default rule;
