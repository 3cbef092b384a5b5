import doc from './yum-clean.md';
import { cleanRule, RPM_CACHE_DIRS, rpmCleansAll, rpmInstall, YUM } from './lib/package-managers.js';

/** A shipped RUN that installs with yum and leaves the cache in the layer. */
const rule = cleanRule(
  {
    id: 'yum-clean',
    title: 'yum cache left in the image',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3032', 'trivy:DS-0015'],
    doc,
  },
  {
    install: (cmd) => rpmInstall(cmd, YUM),
    cleans: rpmCleansAll,
    cacheDirs: RPM_CACHE_DIRS,
    command: 'yum clean all',
    message: (call) => `yum ${call.verb.value} leaves repository metadata and packages in /var/cache in this layer of the shipped image: run yum clean all at the end of the same RUN`,
  },
);

export default rule;
