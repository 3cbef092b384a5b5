import doc from './yum-yes.md';
import { managerCall, rpmAnswersYes, RPM_VALUED, YUM, yesRule } from './lib/package-managers.js';

/** Subcommands that ask before they install (hadolint's set). */
const VERBS = ['install', 'groupinstall', 'localinstall'];

/** `yum install` without `-y`, in any stage. */
const rule = yesRule(
  {
    id: 'yum-yes',
    title: 'yum install without -y',
    defaultSeverity: 'warning',
    equivalents: ['hadolint:DL3030'],
    doc,
  },
  {
    call: (cmd) => {
      const call = managerCall(cmd, YUM, RPM_VALUED);
      return call && VERBS.includes(call.verb.value) ? call : undefined;
    },
    answered: rpmAnswersYes,
    message: (call) => `yum ${call.verb.value} without -y stops at its "Is this ok [y/d/N]" prompt, which nobody answers during a build: the step fails. Add -y`,
    fix: (call) => ({ option: '-y', after: call.verb }),
  },
);

export default rule;
