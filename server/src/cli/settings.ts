/** Turning `--rule`, `--only` and the configuration into the settings of each file. */
import { SEVERITY_SETTINGS, suggestRuleId } from '../config/validate.js';
import { getRule, rules, type Settings, type SeveritySetting } from '../engine/index.js';
import { UsageError } from './io.js';

/** What the command line says about rules; it wins over configuration files. */
export interface RuleFlags {
  /** `--rule id=severity`. */
  rules: Record<string, SeveritySetting>;
  /** `--only id,…`: run these rules and no others. */
  only?: string[];
}

function checkId(id: string, flag: string): string {
  if (!getRule(id)) throw new UsageError(`unknown rule id '${id}' in ${flag}${suggestRuleId(id)}`);
  return id;
}

/** Parses the values of `--rule` (repeatable, `id=severity`) and `--only` (repeatable, comma-separated). */
export function parseRuleFlags(ruleArgs: readonly string[], onlyArgs: readonly string[] | undefined): RuleFlags {
  const flags: RuleFlags = { rules: {} };
  for (const arg of ruleArgs) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(arg.trim());
    if (!m) throw new UsageError(`--rule expects id=severity, not '${arg}'`);
    const id = checkId(m[1], '--rule');
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(m[2])) {
      throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')}, not '${m[2]}'`);
    }
    flags.rules[id] = m[2] as SeveritySetting;
  }
  if (onlyArgs?.length) {
    flags.only = onlyArgs.flatMap((a) => a.split(',')).map((s) => s.trim()).filter(Boolean).map((id) => checkId(id, '--only'));
  }
  return flags;
}

/**
 * The settings of a file: its configuration's, then `--rule` over them; with
 * `--only`, every other rule is off (`--only` narrows, it turns nothing on).
 */
export function applyRuleFlags(settings: Settings, flags: RuleFlags): Settings {
  if (!flags.only && Object.keys(flags.rules).length === 0) return settings;
  const out: Record<string, SeveritySetting> = { ...settings.rules, ...flags.rules };
  if (flags.only) {
    const only = new Set(flags.only);
    for (const rule of rules) if (!only.has(rule.meta.id)) out[rule.meta.id] = 'off';
  }
  return { ...settings, rules: out };
}
