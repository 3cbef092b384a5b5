/**
 * Builders for the rules that catch disabled TLS or signature checks: one
 * rule per check (so each lists exactly the equivalent ids it matches), all
 * judged in every stage, since a build step that trusts anything poisons
 * whatever is copied out of it.
 */
import type { Instruction, Property } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../parse/dockerfile.js';
import { shellRuns, type OptionSpec, type ShellAssignment, type ShellCommand } from '../../../parse/shell.js';
import type { DockerfileRule } from '../../kinds.js';
import type { Fix, Report, RuleMeta } from '../../types.js';
import { propertiesOf, removeInstructionEdit } from './instructions.js';
import { optionsNamed, removeOptionEdits, removeWordEdit } from './run.js';

type Meta = Omit<RuleMeta<'dockerfile'>, 'kind' | 'defaultSeverity' | 'fix'> & { defaultSeverity?: RuleMeta['defaultSeverity'] };

/** A rule that looks at every RUN command of every stage. */
export function commandRule(meta: Meta & { fix: RuleMeta['fix'] }, find: (cmd: ShellCommand, model: DockerfileModel) => Report[]): DockerfileRule {
  return {
    meta: { kind: 'dockerfile', defaultSeverity: 'warning', ...meta },
    check({ model, report }) {
      for (const run of shellRuns(model)) for (const cmd of run.commands) for (const r of find(cmd, model)) report(r);
    },
  };
}

export interface FlagCheck {
  /** Tools the option belongs to; `tool(cmd)` maps a command to its tool's arguments. */
  tool: (cmd: ShellCommand) => ShellCommand['args'] | undefined;
  /** Option names as written (`-k`, `--insecure`). */
  options: readonly string[];
  /** Options of the tool that take a value (so `-o -k` is not read as `-k`). */
  spec?: OptionSpec;
  message: (option: string, cmd: ShellCommand) => string;
  /** Fix title, e.g. "Remove --insecure". */
  fixTitle: (option: string) => string;
}

/** A rule that flags an option of a tool; the fix removes the option (unsafe). */
export function flagRule(meta: Meta, check: FlagCheck): DockerfileRule {
  return commandRule({ ...meta, fix: 'unsafe' }, (cmd, model) => {
    const args = check.tool(cmd);
    if (!args) return [];
    return optionsNamed(args, check.options, check.spec).map((opt) => {
      const edits = removeOptionEdits(model, opt);
      return {
        range: opt.range,
        message: check.message(opt.name, cmd),
        fixes: edits ? [{ title: check.fixTitle(opt.name), safe: false, edits }] : [],
      };
    });
  });
}

/** The command's arguments when its name is one of `names`. */
export const named = (...names: string[]) => (cmd: ShellCommand): ShellCommand['args'] | undefined =>
  names.includes(cmd.name) ? cmd.args : undefined;

export interface EnvCheck {
  /** Whether a variable name is the one checked (npm reads its config names in any case). */
  name: (name: string) => boolean;
  /** Whether the value turns the check off. */
  insecure: (value: string) => boolean;
  message: (name: string, value: string, where: 'ENV' | 'ARG' | 'RUN') => string;
}

function propertyFix(model: DockerfileModel, instr: Instruction, prop: Property, props: Property[]): Fix | undefined {
  const kw = instr.getKeyword();
  if (props.length === 1) return { title: `Remove this ${kw}`, safe: false, edits: [removeInstructionEdit(model, instr)] };
  const edit = removeWordEdit(model, prop.getRange());
  return edit ? { title: `Remove ${prop.getName()} from this ${kw}`, safe: false, edits: [edit] } : undefined;
}

function assignmentFix(model: DockerfileModel, a: ShellAssignment): Fix | undefined {
  if (a.kind !== 'prefix' && a.kind !== 'env') return undefined;
  const edit = removeWordEdit(model, a.range);
  return edit ? { title: `Remove ${a.name}=${a.value?.value ?? ''}`, safe: false, edits: [edit] } : undefined;
}

/**
 * A rule that flags an environment variable set to an insecure value: in ENV
 * and ARG (any stage, and global ARGs), and in RUN as `export NAME=…`,
 * `NAME=… command` or `env NAME=… command`. The fix removes the setting (unsafe).
 */
export function envRule(meta: Meta, check: EnvCheck): DockerfileRule {
  return {
    meta: { kind: 'dockerfile', defaultSeverity: 'warning', fix: 'unsafe', ...meta },
    check({ model, report }) {
      for (const instr of model.instructions) {
        const kw = instr.getKeyword();
        if (kw === 'ENV' || kw === 'ARG') {
          const props = propertiesOf(instr);
          for (const prop of props) {
            const value = prop.getValue();
            if (value === null || !check.name(prop.getName()) || !check.insecure(value)) continue;
            const fix = propertyFix(model, instr, prop, props);
            report({ range: prop.getRange(), message: check.message(prop.getName(), value, kw), fixes: fix ? [fix] : [] });
          }
        }
      }
      for (const run of shellRuns(model)) {
        for (const a of run.assignments) {
          if (a.kind === 'statement' || !a.value || !a.value.literal) continue;
          if (!check.name(a.name) || !check.insecure(a.value.value)) continue;
          const fix = assignmentFix(model, a);
          report({ range: a.range, message: check.message(a.name, a.value.value, 'RUN'), fixes: fix ? [fix] : [] });
        }
      }
    },
  };
}

/** Case-sensitive name match. */
export const exactly = (expected: string) => (name: string) => name === expected;
/** Case-insensitive name match (npm configuration variables). */
export const anyCase = (expected: string) => (name: string) => name.toLowerCase() === expected.toLowerCase();
