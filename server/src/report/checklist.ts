/**
 * The hardening checklist of the security report, and the one table that
 * maps rule ids to its items. An item fails where one of its rules reports a
 * finding on the subject; the report adds what the models show (stages, the
 * user, exposed ports, securityContext fields) for the evidence of a pass.
 */

/** What the report judges: an image, a deployed workload, or the repository's CI and update settings. */
export type SubjectKind = 'image' | 'compose-service' | 'kubernetes-workload' | 'repository';

/** Groups of the chart and of the checklist. */
export const CATEGORIES = ['Build', 'Privileges', 'Secrets', 'Supply chain', 'Runtime', 'Network', 'Other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ChecklistItem {
  id: string;
  title: string;
  category: Exclude<Category, 'Other'>;
  /** The rules whose findings fail the item, per kind of subject it applies to. */
  rules: Partial<Record<SubjectKind, readonly string[]>>;
}

/** Every item, in the order the report lists them. */
export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'multi-stage',
    title: 'Multi-stage build',
    category: 'Build',
    rules: { image: ['no-build-tools-in-final-stage'] },
  },
  {
    id: 'minimal-runtime',
    title: 'Minimal or distroless runtime',
    category: 'Build',
    rules: { image: ['prefer-minimal-runtime'] },
  },
  {
    id: 'non-root',
    title: 'Runs as a non-root user',
    category: 'Privileges',
    rules: { image: ['require-user', 'no-root-user'], 'compose-service': ['compose-no-root-user'] },
  },
  {
    id: 'pinned-image',
    title: 'Pinned image (tag, digest)',
    category: 'Supply chain',
    rules: {
      image: ['no-latest-tag', 'require-base-image-tag', 'require-digest-pin', 'no-eol-base-image'],
      'compose-service': ['compose-no-latest-image'],
      'kubernetes-workload': ['k8s-no-latest-tag', 'k8s-require-image-digest'],
    },
  },
  {
    id: 'no-secrets',
    title: 'No secrets in layers or configuration',
    category: 'Secrets',
    rules: {
      image: ['no-secrets-in-env', 'no-secret-values', 'no-secrets-in-run', 'no-password-in-run', 'no-chpasswd', 'no-copy-secret-files', 'copy-leaks-secret-files'],
      'compose-service': ['compose-no-env-secrets'],
      'kubernetes-workload': ['k8s-no-secrets-in-env'],
      repository: ['ci-no-secret-echo'],
    },
  },
  {
    id: 'dockerignore',
    title: '.dockerignore excludes sensitive files',
    category: 'Secrets',
    rules: { image: ['copy-whole-context-without-dockerignore', 'dockerignore-require-sensitive-patterns', 'dockerignore-no-secret-reinclude'] },
  },
  {
    id: 'debug-off',
    title: 'Debug off, production environment',
    category: 'Runtime',
    rules: { image: ['no-debug-mode', 'python-env'], 'compose-service': ['compose-no-debug-mode'], 'kubernetes-workload': ['k8s-no-debug-mode'] },
  },
  {
    id: 'unprivileged-port',
    title: 'Unprivileged port',
    category: 'Network',
    rules: { image: ['no-privileged-port', 'no-expose-ssh'], 'compose-service': ['compose-no-privileged-host-ports'] },
  },
  {
    id: 'deps-pinned',
    title: 'Dependencies pinned',
    category: 'Supply chain',
    rules: {
      image: ['pip-pin-versions', 'npm-pin-versions', 'gem-pin-versions', 'go-install-version', 'apt-pin-versions', 'apk-pin-versions', 'yum-pin-versions', 'dnf-pin-versions', 'zypper-pin-versions'],
      repository: ['gha-pin-actions-to-sha'],
    },
  },
  {
    id: 'verified-downloads',
    title: 'Downloads and packages verified',
    category: 'Supply chain',
    rules: {
      image: [
        'no-curl-pipe-shell', 'no-add-remote-url', 'no-curl-insecure', 'no-wget-no-check-certificate', 'no-git-ssl-no-verify',
        'no-apt-allow-unauthenticated', 'no-apt-force-yes', 'no-apk-allow-untrusted', 'no-yum-nogpgcheck', 'no-yum-sslverify-off',
        'no-rpm-nosignature', 'no-zypper-no-gpg-checks', 'no-pip-trusted-host', 'no-pip-trusted-host-env', 'no-npm-strict-ssl-off',
        'no-npm-strict-ssl-env-off', 'no-node-tls-reject-unauthorized-off', 'no-python-https-verify-off', 'trusted-registry',
      ],
    },
  },
  {
    id: 'image-scanning',
    title: 'Image scanning in CI',
    category: 'Supply chain',
    rules: { repository: ['ci-require-image-scan'] },
  },
  {
    id: 'base-updates',
    title: 'Base-image updates scheduled (Dependabot)',
    category: 'Supply chain',
    rules: { image: ['require-dependabot-docker-updates'], repository: ['dependabot-require-docker-updates'] },
  },
  {
    id: 'run-as-non-root',
    title: 'securityContext.runAsNonRoot: true',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-require-run-as-non-root'] },
  },
  {
    id: 'run-as-user',
    title: 'securityContext.runAsUser / runAsGroup not 0',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-no-root-user', 'k8s-no-root-group'] },
  },
  {
    id: 'read-only-root-filesystem',
    title: 'Read-only root filesystem',
    category: 'Runtime',
    rules: { 'compose-service': ['compose-read-only'], 'kubernetes-workload': ['k8s-require-read-only-root-filesystem'] },
  },
  {
    id: 'no-privilege-escalation',
    title: 'securityContext.allowPrivilegeEscalation: false',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-no-privilege-escalation'] },
  },
  {
    id: 'capabilities',
    title: 'securityContext.capabilities: drop ALL',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-drop-all-capabilities', 'k8s-no-added-capabilities', 'k8s-add-only-net-bind-service'] },
  },
  {
    id: 'seccomp',
    title: 'securityContext.seccompProfile: RuntimeDefault',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-require-seccomp-profile', 'k8s-no-seccomp-unconfined'] },
  },
  {
    id: 'not-privileged',
    title: 'securityContext.privileged not set',
    category: 'Privileges',
    rules: { 'kubernetes-workload': ['k8s-no-privileged'] },
  },
  {
    id: 'network-isolation',
    title: 'Network isolation',
    category: 'Network',
    rules: { 'compose-service': ['compose-internal-backend-network', 'compose-no-public-backend-ports', 'compose-no-host-network'] },
  },
  {
    id: 'least-privilege',
    title: 'Least privilege',
    category: 'Privileges',
    rules: {
      image: ['no-sudo', 'no-setuid', 'no-world-writable'],
      'compose-service': [
        'compose-no-privileged', 'compose-no-docker-socket', 'compose-no-dangerous-capabilities', 'compose-drop-all-capabilities',
        'compose-no-new-privileges', 'compose-no-host-pid', 'compose-no-host-ipc', 'compose-no-host-userns', 'compose-no-sensitive-host-mount',
        'compose-no-host-devices', 'compose-no-seccomp-unconfined', 'compose-no-apparmor-unconfined', 'compose-no-unsafe-sysctls', 'compose-no-cgroup-parent',
      ],
      'kubernetes-workload': [
        'k8s-no-host-network', 'k8s-no-host-pid', 'k8s-no-host-ipc', 'k8s-no-host-path', 'k8s-no-host-port', 'k8s-no-host-process',
        'k8s-no-automount-service-account-token', 'k8s-restricted-volume-types', 'k8s-no-unmasked-proc-mount', 'k8s-no-unsafe-sysctls',
        'k8s-no-custom-selinux', 'k8s-no-apparmor-unconfined',
      ],
      repository: ['gha-no-write-all-permissions', 'gha-require-permissions-for-image-push', 'gha-no-pr-target-head-checkout', 'gha-no-script-injection'],
    },
  },
  {
    id: 'resource-limits',
    title: 'Resource limits',
    category: 'Runtime',
    rules: { 'compose-service': ['compose-resource-limits'], 'kubernetes-workload': ['k8s-require-resources'] },
  },
];

const categoryByRule = new Map<string, Category>();
for (const item of CHECKLIST) {
  for (const ids of Object.values(item.rules)) for (const id of ids ?? []) if (!categoryByRule.has(id)) categoryByRule.set(id, item.category);
}

/** The chart category of a rule: that of the first checklist item it belongs to, else `Other`. */
export function categoryOf(ruleId: string): Category {
  return categoryByRule.get(ruleId) ?? 'Other';
}

/** Every rule id the checklist names (for the consistency test). */
export function checklistRuleIds(): string[] {
  return [...new Set(CHECKLIST.flatMap((item) => Object.values(item.rules).flatMap((ids) => [...(ids ?? [])])))];
}

/** The checklist as a Markdown table (docs/security-report.md holds it; a test keeps the two equal). */
export function checklistTable(): string {
  const kinds: SubjectKind[] = ['image', 'compose-service', 'kubernetes-workload', 'repository'];
  const cell = (ids: readonly string[] | undefined) => (ids?.length ? ids.map((id) => `\`${id}\``).join(', ') : '—');
  return [
    '| item | category | image | Compose service | Kubernetes workload | repository |',
    '| --- | --- | --- | --- | --- | --- |',
    ...CHECKLIST.map((i) => `| ${i.title} | ${i.category} | ${kinds.map((k) => cell(i.rules[k])).join(' | ')} |`),
  ].join('\n');
}
