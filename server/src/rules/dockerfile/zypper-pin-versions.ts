import doc from './zypper-pin-versions.md';
import { isPathOrUrl, managerCall, pinRule, ZYPPER_VALUED } from './lib/package-managers.js';

/** Packages installed with zypper without a version (opt-in). */
const rule = pinRule(
  {
    id: 'zypper-pin-versions',
    title: 'zypper package without a version',
    defaultSeverity: 'off',
    equivalents: ['hadolint:DL3037'],
    doc,
  },
  {
    unpinned: (cmd) => {
      const call = managerCall(cmd, ['zypper'], ZYPPER_VALUED);
      if (!call || !['install', 'in'].includes(call.verb.value)) return [];
      return call.targets.filter((w) => w.literal && w.value !== '' && !isPathOrUrl(w.value) && !w.value.includes('(')
        && !w.value.includes('*') && !/[<>=]/.test(w.value) && !w.value.endsWith('.rpm'));
    },
    message: (pkg) => `zypper installs ${pkg.value} in whatever version the repository has today: pin it (${pkg.value}=<version>) if builds must be repeatable`,
  },
);

export default rule;
