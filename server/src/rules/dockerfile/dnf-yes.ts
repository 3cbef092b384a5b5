import doc from './dnf-yes.md';
import { DNF, managerCall, rpmAnswersYes, RPM_VALUED, yesRule } from './lib/package-managers.js';

/** Subcommands that ask before they install (hadolint's set). */
const VERBS = ['install', 'groupinstall', 'localinstall'];

/** `dnf install` without `-y`, in any stage. */
const rule = yesRule(
  {
    id: 'dnf-yes',
    title: 'dnf install without -y',
    defaultSeverity: 'warning',
    equivalents: ['hadolint:DL3038'],
    doc,
  },
  {
    call: (cmd) => {
      const call = managerCall(cmd, DNF, RPM_VALUED);
      return call && VERBS.includes(call.verb.value) ? call : undefined;
    },
    answered: rpmAnswersYes,
    message: (call) => `${call.cmd.name} ${call.verb.value} without -y stops at its "Is this ok [y/N]" prompt, which nobody answers during a build: the step fails. Add -y`,
    fix: (call) => ({ option: '-y', after: call.verb }),
  },
);

export default rule;
