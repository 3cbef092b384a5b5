/** `cap_add` / `cap_drop` of a Compose service. */
import type { Node } from 'yaml';
import { isScalar } from '../../../parse/yaml-access.js';
import { perService, seqItems, setting, type ComposeService, type Setting } from '../../../parse/compose.js';
import { composeText } from '../../../parse/compose-env.js';

export interface Capability {
  node: Node;
  /** Upper-case, without the `CAP_` prefix. */
  name: string;
}

/** Entries of `cap_add` or `cap_drop`. Read once per service, shared by the rules. */
export function capabilities(svc: ComposeService, key: 'cap_add' | 'cap_drop'): { setting?: Setting; caps: readonly Capability[] } {
  return perService(svc, key === 'cap_add' ? capAdd : capDrop);
}

const capAdd = (svc: ComposeService) => readCapabilities(svc, 'cap_add');
const capDrop = (svc: ComposeService) => readCapabilities(svc, 'cap_drop');

function readCapabilities(svc: ComposeService, key: 'cap_add' | 'cap_drop'): { setting?: Setting; caps: Capability[] } {
  const s = setting(svc, key);
  if (!s) return { caps: [] };
  const caps = seqItems(svc, s.value)
    .map((node) => ({ node, text: isScalar(node) ? composeText(node) : undefined }))
    .filter((c): c is { node: Node; text: string } => !!c.text)
    .map(({ node, text }) => ({ node, name: text.trim().toUpperCase().replace(/^CAP_/, '') }));
  return { setting: s, caps };
}

/** Capabilities that amount to (or lead straight to) root on the host, and why. */
export const DANGEROUS: ReadonlyMap<string, string> = new Map([
  ['ALL', 'every capability, as privileged'],
  ['SYS_ADMIN', 'mount, namespaces and dozens of admin operations: the usual container-escape capability'],
  ['NET_ADMIN', 'reconfigure interfaces, routes and firewall rules of its network namespace (the host\'s with network_mode: host)'],
  ['SYS_PTRACE', 'trace and inject code into other processes'],
  ['SYS_MODULE', 'load kernel modules'],
  ['SYS_RAWIO', 'raw I/O to devices and memory'],
  ['SYS_BOOT', 'reboot the host'],
  ['SYS_TIME', 'set the host clock'],
  ['DAC_READ_SEARCH', 'read any file by handle, a known escape (shocker)'],
  ['BPF', 'load BPF programs into the kernel'],
  ['PERFMON', 'observe the kernel and other processes'],
  ['MAC_ADMIN', 'change the mandatory access control policy'],
  ['MAC_OVERRIDE', 'bypass the mandatory access control policy'],
  ['LINUX_IMMUTABLE', 'change immutable and append-only files'],
  ['SYSLOG', 'read kernel logs and addresses'],
  ['SYS_RESOURCE', 'override resource limits'],
]);
