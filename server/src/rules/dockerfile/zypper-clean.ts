import doc from './zypper-clean.md';
import { cleanRule, managerCall, ZYPPER_VALUED } from './lib/package-managers.js';

/** A shipped RUN that installs with zypper and leaves the cache in the layer. */
const rule = cleanRule(
  {
    id: 'zypper-clean',
    title: 'zypper cache left in the image',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3036', 'trivy:DS-0020'],
    doc,
  },
  {
    install: (cmd) => {
      const call = managerCall(cmd, ['zypper'], ZYPPER_VALUED);
      return call && ['install', 'in'].includes(call.verb.value) ? call : undefined;
    },
    cleans: (cmd) => ['clean', 'cc'].includes(managerCall(cmd, ['zypper'], ZYPPER_VALUED)?.sub.value ?? ''),
    cacheDirs: ['/var/cache/zypp'],
    command: 'zypper clean --all',
    message: (call) => `zypper ${call.verb.value} leaves repository metadata in /var/cache/zypp in this layer of the shipped image: run zypper clean --all at the end of the same RUN`,
  },
);

export default rule;
