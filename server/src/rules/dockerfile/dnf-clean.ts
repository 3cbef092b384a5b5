import doc from './dnf-clean.md';
import { cleanRule, DNF, RPM_CACHE_DIRS, rpmCleansAll, rpmInstall } from './lib/package-managers.js';

/** A shipped RUN that installs with dnf and leaves the cache in the layer. */
const rule = cleanRule(
  {
    id: 'dnf-clean',
    title: 'dnf cache left in the image',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3040', 'trivy:DS-0019'],
    doc,
  },
  {
    install: (cmd) => rpmInstall(cmd, DNF),
    cleans: rpmCleansAll,
    cacheDirs: RPM_CACHE_DIRS,
    command: 'dnf clean all',
    message: (call) => `${call.cmd.name} ${call.verb.value} leaves repository metadata and packages in /var/cache in this layer of the shipped image: run dnf clean all at the end of the same RUN`,
  },
);

export default rule;
