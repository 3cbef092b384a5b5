import doc from './microdnf-clean.md';
import { cleanRule, MICRODNF, RPM_CACHE_DIRS, rpmCleansAll, rpmInstall } from './lib/package-managers.js';

/** A shipped RUN that installs with microdnf and leaves the cache in the layer. */
const rule = cleanRule(
  {
    id: 'microdnf-clean',
    title: 'microdnf cache left in the image',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3040', 'trivy:DS-0027'],
    doc,
  },
  {
    install: (cmd) => rpmInstall(cmd, MICRODNF),
    cleans: rpmCleansAll,
    cacheDirs: RPM_CACHE_DIRS,
    command: 'microdnf clean all',
    message: (call) => `microdnf ${call.verb.value} leaves repository metadata in /var/cache in this layer of the shipped image: run microdnf clean all at the end of the same RUN`,
  },
);

export default rule;
