import doc from './yum-pin-versions.md';
import { managerCall, pinRule, RPM_VALUED, unpinnedRpmTargets, YUM } from './lib/package-managers.js';

/** Packages installed with yum without a version (opt-in). */
const rule = pinRule(
  {
    id: 'yum-pin-versions',
    title: 'yum package without a version',
    defaultSeverity: 'off',
    equivalents: ['hadolint:DL3033'],
    doc,
  },
  {
    unpinned: (cmd) => {
      const call = managerCall(cmd, YUM, RPM_VALUED);
      return call?.verb.value === 'install' ? unpinnedRpmTargets(call) : [];
    },
    message: (pkg) => `yum installs ${pkg.value} in whatever version the mirror has today: pin it (${pkg.value}-<version>) if builds must be repeatable`,
  },
);

export default rule;
