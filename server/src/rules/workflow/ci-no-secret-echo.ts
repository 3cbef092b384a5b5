import doc from './ci-no-secret-echo.md';
import type { WorkflowRule } from '../kinds.js';
import { isMap, isScalar } from '../../parse/yaml-access.js';
import { offsetRange, workflowOf, type Job, type Script, type Step } from '../../parse/workflow.js';
import { lineEndOf, lineStartOf } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { Fix } from '../types.js';
import { lastContentLine } from './lib/text.js';

const SECRET_EXPR = /\$\{\{\s*secrets\.[A-Za-z0-9_]+\s*\}\}/;
/** GitLab's predefined variables that hold credentials. */
const GITLAB_SECRETS = ['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD', 'CI_DEPENDENCY_PROXY_PASSWORD'];

/** Names of a step's `env:` entries that hold a secret. */
function secretEnvNames(step: Step | undefined): string[] {
  if (!step?.env || !isMap(step.env)) return [];
  return step.env.items
    .filter((p) => isScalar(p.key) && isScalar(p.value) && SECRET_EXPR.test(String(p.value.value)))
    .map((p) => String((p.key as { value: unknown }).value));
}

/**
 * `echo`/`printf` commands (one per shell command, split on `;`, `&&`, `||`
 * and new lines) that print a secret to the job log: not piped into another
 * command and not redirected to a file.
 */
function echoedSecrets(source: string, envNames: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const vars = envNames.length ? new RegExp(`\\$(?:\\{)?(?:${envNames.join('|')})\\b`) : undefined;
  const re = /(?:^|[;&|({\n]|&&|\|\|)\s*((?:echo|printf)\b[^\n;&|]*)(\|?)/g;
  for (let m; (m = re.exec(source));) {
    const cmd = m[1];
    const piped = m[2] === '|' && source[m.index + m[0].length] !== '|';
    if (piped || /(^|[^<>&0-9])>{1,2}(?!&)/.test(cmd) || /::add-mask::/.test(cmd)) continue;
    if (SECRET_EXPR.test(cmd) || (vars && vars.test(cmd))) {
      const start = m.index + m[0].indexOf(cmd);
      out.push({ start, end: start + cmd.trimEnd().length });
    }
  }
  return out;
}


/** Whether a line ends so that the next line continues it or opens a body (`\`, `&&`, `|`, `then`, `do`, `{`). */
const CONTINUES = /(?:\\|&&|\|\||\||\bthen|\bdo|\belse|[{(])$/;
/** Whether a line closes a body the removed line may have been alone in. */
const CLOSES = /^(?:fi|done|else|elif|esac|[})]|;;)(?:\s|;|$)/;

/**
 * Edits that remove one echo/printf command `[s, e)` of a script: with the
 * `&&`/`;` that joins it to a command on the same line, or its whole line of
 * a literal block scalar. Undefined when the command is the whole script or
 * when removing it could change what the rest of the script does (after
 * `||`, in a pipeline, as the only command of an `if`/loop body, in a
 * heredoc, a folded scalar, a continued line).
 */
function removeEcho(yaml: YamlModel, script: Script, s: number, e: number): Fix['edits'] | 'whole' | undefined {
  const text = yaml.text;
  const lineStart = lineStartOf(text, s);
  const lineEnd = lineEndOf(text, e);
  const before = text.slice(Math.max(lineStart, script.start), s).trim();
  const after = text.slice(e, Math.min(lineEnd, script.end));
  if (text.slice(script.start, s).includes('<<') || /\\\s*$/.test(text.slice(s, e))) return undefined;
  const range = (a: number, b: number) => ({ range: offsetRange(yaml, a, b), newText: '' });
  const joined = /^[ \t]*(?:&&|;(?!;))[ \t]*(?=\S)/.exec(after);
  const okBefore = before === '' || /(?:&&|[^;];)$/.test(before) || before === ';';
  if (joined && okBefore && !/^[#)}]/.test(after.slice(joined[0].length)) && !/^(?:fi|done|esac|else|elif|then|do)\b/.test(after.slice(joined[0].length))) return [range(s, e + joined[0].length)];
  if (after.trim() !== '') return undefined;
  if (before !== '') {
    // From the end of the command before, over the `&&` or `;` that joins them.
    const lead = text.slice(lineStart, s).trimEnd();
    const joiner = lead.endsWith('&&') ? 2 : lead.endsWith(';') ? 1 : 0;
    const head = lead.slice(0, lead.length - joiner).trimEnd();
    const from = lineStart + head.length;
    if (!joiner || head.trim() === '' || /(?:then|do|else|[{(|;&])$/.test(head) || from <= script.start) return undefined;
    return [range(from, e)];
  }
  // The command is a whole line.
  const rest = (text.slice(script.start, lineStart) + text.slice(lineEnd, script.end)).replace(/^[|>][-+0-9]*/, '');
  if (rest.trim() === '') return 'whole';
  if (lineStart <= script.start || !/^\|[-+0-9]*[ \t]*(?:#.*)?\r?\n/.test(text.slice(script.start))) return undefined;
  const lines = (a: number, b: number) => text.slice(a, b).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const prev = lines(script.start, lineStart).slice(1).at(-1) ?? '';
  const next = lines(lineEnd, script.end)[0] ?? '';
  if (CONTINUES.test(prev) && (prev.endsWith('\\') || /(?:&&|\|)$/.test(prev) || CLOSES.test(next))) return undefined;
  const nl = text.indexOf('\n', lineEnd);
  return nl < 0 ? [range(lineStart - (text[lineStart - 2] === '\r' ? 2 : 1), lineEnd)] : [range(lineStart, nl + 1)];
}

/**
 * Removing a step that only prints a secret: when it is a block item of a
 * job with other steps and has no `id` (that later steps could read).
 */
function removeStep(yaml: YamlModel, job: Job, step: Step): Fix['edits'] | undefined {
  if (job.steps.length < 2 || step.node.has('id') || step.node.flow) return undefined;
  const text = yaml.text;
  const lineStart = lineStartOf(text, step.start);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, step.start))) return undefined;
  const last = lastContentLine(yaml, step.end);
  let end = step.start;
  while (end < text.length && yaml.positionAt(end).line <= last) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
  }
  return [{ range: offsetRange(yaml, lineStart, end), newText: '' }];
}

/** A `run:` or script line prints a secret into the job log. */
const rule: WorkflowRule = {
  meta: {
    id: 'ci-no-secret-echo',
    kind: 'workflow',
    title: 'Secret printed to the CI log',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    const scan = (script: Script, names: string[], job: Job, step?: Step) => {
      const source = model.text.slice(script.start, script.end);
      for (const hit of echoedSecrets(source, names)) {
        const removal = removeEcho(model, script, script.start + hit.start, script.start + hit.end);
        const edits = removal === 'whole' ? (step ? removeStep(model, job, step) : undefined) : removal;
        const title = removal === 'whole' ? 'Remove the step that prints the secret' : 'Remove the command that prints the secret';
        report({
          fixes: edits ? [{ title, safe: false, edits }] : [],
          range: offsetRange(model, script.start + hit.start, script.start + hit.end),
          message: 'This command prints a secret to the job log; log masking misses transformed or partial values',
        });
      }
    };
    for (const job of wf.jobs) {
      for (const step of job.steps) if (step.run) scan(step.run, secretEnvNames(step), job, step);
      for (const script of job.scripts) scan(script, GITLAB_SECRETS, job);
    }
  },
};

export default rule;
