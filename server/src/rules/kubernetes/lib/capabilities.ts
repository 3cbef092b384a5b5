/** Capability sets from the Pod Security Standards. */

/** Capabilities the baseline level allows adding (the container runtimes' default set). */
export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** Capabilities that hand a container a well-known way out of isolation, with what each allows. */
export const DANGEROUS_CAPABILITIES: Record<string, string> = {
  ALL: 'every capability, as good as privileged',
  SYS_ADMIN: 'mounts, namespaces and much of the kernel: close to root on the node',
  SYS_MODULE: 'loading kernel modules into the node',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  NET_ADMIN: 'reconfiguring interfaces, routes and firewall rules',
  NET_RAW: 'crafting raw packets, e.g. ARP or DNS spoofing on the node network',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  DAC_READ_SEARCH: 'reading any file, the basis of container breakouts such as Shocker',
  BPF: 'loading eBPF programs into the kernel',
  SYS_BOOT: 'rebooting the node',
};
