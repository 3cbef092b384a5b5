import doc from './compose-no-apparmor-unconfined.md';
import type { ComposeRule } from '../kinds.js';
import { reportUnconfined } from './lib/security-opt.js';

/** `security_opt: [apparmor:unconfined]` removes the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-apparmor-unconfined',
    kind: 'compose',
    title: 'A service runs without the default AppArmor profile',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    reportUnconfined(ctx, 'apparmor', 'the default AppArmor profile, which keeps it from writing to /proc and /sys or mounting file systems');
  },
};

export default rule;
