import doc from './compose-no-seccomp-unconfined.md';
import type { ComposeRule } from '../kinds.js';
import { reportUnconfined } from './lib/security-opt.js';

/** `security_opt: [seccomp:unconfined]` removes the default seccomp filter, which blocks about 50 system calls used in kernel exploits. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-seccomp-unconfined',
    kind: 'compose',
    title: 'A service runs without the default seccomp filter',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['kics:default_seccomp_profile_disabled'],
    doc,
  },
  check(ctx) {
    reportUnconfined(ctx, 'seccomp', 'the default seccomp filter, which blocks about 50 system calls used in kernel exploits');
  },
};

export default rule;
