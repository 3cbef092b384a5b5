import doc from './ci-no-secret-echo.md';
import type { WorkflowRule } from '../kinds.js';
import { isMap, isScalar } from 'yaml';
import { offsetRange, workflowOf, type Script, type Step } from '../../parse/workflow.js';

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

/** A `run:` or script line prints a secret into the job log. */
const rule: WorkflowRule = {
  meta: {
    id: 'ci-no-secret-echo',
    kind: 'workflow',
    title: 'Secret printed to the CI log',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    const scan = (script: Script, names: string[]) => {
      const source = model.text.slice(script.start, script.end);
      for (const hit of echoedSecrets(source, names)) {
        report({
          range: offsetRange(model, script.start + hit.start, script.start + hit.end),
          message: 'This command prints a secret to the job log; log masking misses transformed or partial values',
        });
      }
    };
    for (const job of wf.jobs) {
      for (const step of job.steps) if (step.run) scan(step.run, secretEnvNames(step));
      for (const script of job.scripts) scan(script, GITLAB_SECRETS);
    }
  },
};

export default rule;
