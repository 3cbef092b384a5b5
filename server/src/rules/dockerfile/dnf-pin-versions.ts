import doc from './dnf-pin-versions.md';
import { DNF, managerCall, MICRODNF, pinRule, RPM_VALUED, unpinnedRpmTargets } from './lib/package-managers.js';

/** Packages installed with dnf or microdnf without a version (opt-in). */
const rule = pinRule(
  {
    id: 'dnf-pin-versions',
    title: 'dnf package without a version',
    defaultSeverity: 'off',
    equivalents: ['hadolint:DL3041'],
    doc,
  },
  {
    unpinned: (cmd) => {
      const call = managerCall(cmd, [...DNF, ...MICRODNF], RPM_VALUED);
      return call?.verb.value === 'install' ? unpinnedRpmTargets(call) : [];
    },
    message: (pkg, cmd) => `${cmd.name} installs ${pkg.value} in whatever version the mirror has today: pin it (${pkg.value}-<version>) if builds must be repeatable`,
  },
);

export default rule;
