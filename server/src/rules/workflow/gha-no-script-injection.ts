import doc from './gha-no-script-injection.md';
import type { WorkflowRule } from '../kinds.js';
import { Scalar } from 'yaml';
import { isMap, isScalar } from '../../parse/yaml-access.js';
import type { Fix, TextEdit } from '../types.js';
import { offsetRange, workflowOf, type Step, type WorkflowModel } from '../../parse/workflow.js';
import { insertLinesAfter, itemIndent, lastContentLine } from './lib/text.js';

/**
 * Contexts an outsider controls (GitHub Security Lab's list, also used by
 * Checkov's CKV_GHA_2).
 */
const UNTRUSTED = new RegExp(`(?<![\\w.-])(?:${[
  'github\\.event\\.issue\\.title', 'github\\.event\\.issue\\.body',
  'github\\.event\\.pull_request\\.title', 'github\\.event\\.pull_request\\.body',
  'github\\.event\\.comment\\.body', 'github\\.event\\.review\\.body', 'github\\.event\\.review_comment\\.body',
  'github\\.event\\.pages(?:\\.[\\w*]+|\\[[^\\]]*\\])\\.page_name', 'github\\.event\\.commits(?:\\.[\\w*]+|\\[[^\\]]*\\])\\.message',
  'github\\.event\\.head_commit\\.message', 'github\\.event\\.head_commit\\.author\\.email', 'github\\.event\\.head_commit\\.author\\.name',
  'github\\.event\\.commits(?:\\.[\\w*]+|\\[[^\\]]*\\])\\.author\\.email', 'github\\.event\\.commits(?:\\.[\\w*]+|\\[[^\\]]*\\])\\.author\\.name',
  'github\\.event\\.pull_request\\.head\\.ref', 'github\\.event\\.pull_request\\.head\\.label',
  'github\\.event\\.pull_request\\.head\\.repo\\.default_branch', 'github\\.head_ref',
].join('|')})(?![\\w-])`);

/** `${{ … }}`, whose quoted strings may hold braces (`format('{0}', …)`). */
// No \s* around the group (the group's characters include blanks; overlapping them made the match cubic): callers trim.
const EXPR = /\$\{\{((?:'[^']*'|[^}'])*?)\}\}/g;

/** An expression whose value is a boolean (a test or comparison), which cannot carry text into the script. */
const BOOLEAN = /^!?\s*(?:contains|startsWith|endsWith)\s*\(.*\)$|==|!=|[<>]=?/i;

/** The untrusted context an expression expands, if its value can carry it into the script. */
function untrustedContext(expr: string): string | undefined {
  const context = UNTRUSTED.exec(expr)?.[0];
  if (!context || (BOOLEAN.test(expr) && !/\|\||&&/.test(expr))) return undefined;
  return context;
}

interface Hit { start: number; end: number; expr: string; context: string }

function envName(expr: string): string {
  return expr.replace(/^github\.(event\.)?/, '').replace(/\[[^[\]]*\]|\*/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').toUpperCase();
}

/** Moves the expressions into the step's `env:` and references them as "$VAR" in the script. */
function moveToEnv(wf: WorkflowModel, step: Step, hits: Hit[]): Fix | undefined {
  const run = step.run!;
  const type = run.node.type;
  if (type !== Scalar.PLAIN && type !== Scalar.BLOCK_LITERAL && type !== Scalar.BLOCK_FOLDED) return undefined;
  if (step.env && (!isMap(step.env) || step.env.flow)) return undefined;
  const text = wf.yaml.text;
  const taken = new Map<string, string>();
  if (step.env) for (const p of step.env.items) if (isScalar(p.key)) taken.set(String(p.key.value), isScalar(p.value) ? String(p.value.value) : '');
  const added: [string, string][] = [];
  const edits: TextEdit[] = [];
  for (const hit of hits) {
    const value = `\${{ ${hit.expr} }}`;
    let name = [...taken].find(([, v]) => v.replace(/\s+/g, '') === value.replace(/\s+/g, ''))?.[0];
    if (!name) {
      const base = envName(hit.context);
      name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
      taken.set(name, value);
      added.push([name, value]);
    }
    const before = text[hit.start - 1];
    const after = text[hit.end];
    let start = hit.start;
    let end = hit.end;
    let replacement = `"$${name}"`;
    if (before === '"' && after === '"') replacement = `$${name}`;
    else if (before === "'" && after === "'") { start--; end++; }
    else if (before === '"' || after === '"') replacement = `\${${name}}`;
    else if (before === "'" || after === "'") return undefined;
    if (type === Scalar.PLAIN && start === run.start) return undefined;
    edits.push({ range: offsetRange(wf.yaml, start, end), newText: replacement });
  }
  if (added.length) {
    if (step.env) {
      const first = step.env.items[0]?.key as Scalar | undefined;
      const indent = ' '.repeat(first?.range ? wf.yaml.positionAt(first.range[0]).character : 0);
      const last = lastContentLine(wf.yaml, step.env.range![1]);
      edits.push(insertLinesAfter(text, last, added.map(([n, v]) => `${indent}${n}: ${v}`)));
    } else {
      const { keys } = itemIndent(wf.yaml, step.start);
      const last = lastContentLine(wf.yaml, step.end);
      edits.push(insertLinesAfter(text, last, [`${keys}env:`, ...added.map(([n, v]) => `${keys}  ${n}: ${v}`)]));
    }
  }
  return { title: 'Pass the value through an environment variable', safe: true, edits };
}

/** An expression an outsider controls is expanded into a `run:` script, where it becomes shell code. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-no-script-injection',
    kind: 'workflow',
    title: 'Untrusted input expanded into a run script',
    defaultSeverity: 'error',
    fix: 'safe',
    equivalents: ['checkov:CKV_GHA_2'],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    if (wf.platform !== 'github') return;
    for (const job of wf.jobs) {
      for (const step of job.steps) {
        if (!step.run) continue;
        const source = model.text.slice(step.run.start, step.run.end);
        const hits: Hit[] = [];
        for (const m of source.matchAll(EXPR)) {
          const context = untrustedContext(m[1].trim());
          if (context) hits.push({ start: step.run.start + m.index!, end: step.run.start + m.index! + m[0].length, expr: m[1].trim(), context });
        }
        if (!hits.length) continue;
        const fix = moveToEnv(wf, step, hits);
        hits.forEach((hit, i) => report({
          range: offsetRange(model, hit.start, hit.end),
          message: `'${hit.context}' is set by whoever opens the issue or pull request and is pasted into the script as code; pass it through env: and use "$VAR"`,
          fixes: fix && i === 0 ? [fix] : [],
        }));
      }
    }
  },
};

export default rule;
