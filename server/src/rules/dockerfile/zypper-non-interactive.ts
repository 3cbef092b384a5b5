import doc from './zypper-non-interactive.md';
import { isAfter } from './lib/package-hygiene.js';
import { managerCall, yesRule, ZYPPER_VALUED } from './lib/package-managers.js';

/** Subcommands that ask for confirmation (hadolint's set). */
const VERBS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
/** Subcommands whose own `-y`/`--no-confirm` answers the prompt. */
const CONFIRMABLE = ['install', 'in', 'remove', 'rm'];

/** zypper install/remove/patch without `-n`/`--non-interactive` or `-y`, in any stage. */
const rule = yesRule(
  {
    id: 'zypper-non-interactive',
    title: 'zypper without --non-interactive',
    defaultSeverity: 'warning',
    equivalents: ['hadolint:DL3034'],
    doc,
  },
  {
    call: (cmd) => {
      const call = managerCall(cmd, ['zypper'], ZYPPER_VALUED);
      return call && VERBS.includes(call.verb.value) ? call : undefined;
    },
    answered: (call) => call.options.some((o) => o.name === '-y' || o.name === '--no-confirm'
      // Global options: only before the subcommand (`install -n` is --name).
      || (o.name === '-n' || o.name === '--non-interactive') && isAfter(call.sub.range.start, o.range.start)),
    message: (call) => `zypper ${call.verb.value} without --non-interactive (or -y) waits for an answer nobody gives during a build: the step fails`,
    fix: (call) => (CONFIRMABLE.includes(call.verb.value)
      ? { option: '-y', after: call.verb }
      : { option: '--non-interactive', after: call.cmd.nameWord }),
  },
);

export default rule;
