/** The security report as Markdown (GitHub-flavoured: tables, for CI comments and files in the repository). */
import type { Severity } from '../rules/types.js';
import type { BaselineComparison, Evidence, ItemResult, SecurityReport, Subject } from './model.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' };
export const STATUS_LABEL = { pass: '✅ pass', fail: '❌ fail', 'n/a': '➖ n/a' } as const;
export const KIND_LABEL: Record<Subject['kind'], string> = {
  image: 'Image',
  'compose-service': 'Compose service',
  'kubernetes-workload': 'Kubernetes workload',
  repository: 'Repository',
};

/**
 * Free text (messages, titles, notes) as Markdown: outside code spans, `<`
 * becomes `&lt;` so GitHub does not read `<image>` as an HTML tag and drop it,
 * and an `&` that would start an entity becomes `&amp;`; code spans (`…`) are
 * kept as written.
 */
export const prose = (s: string) => s.split(/(`[^`\n]*`)/).map((part, i) => (i % 2 ? part : part.replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;'))).join('');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const ev = (e: Evidence) => `${code(`${e.path}:${e.line}`)} ${prose(e.message)}${e.ruleId ? ` (${e.ruleId})` : ''}`;
export const scoreText = (n: number | null) => (n === null ? 'n/a' : `${n} / 100`);

/** Evidence lines an item shows in Markdown and HTML; the JSON keeps them all. */
export const MAX_EVIDENCE = 8;

export function moreEvidence(i: ItemResult): string | undefined {
  const more = i.evidence.length - MAX_EVIDENCE;
  return more > 0 ? `and ${more} more (see the findings below)` : undefined;
}

function item(i: ItemResult): string {
  const more = moreEvidence(i);
  const lines = [...i.evidence.slice(0, MAX_EVIDENCE).map(ev), ...(more ? [more] : []), ...(i.note ? [prose(i.note)] : [])];
  return `| ${STATUS_LABEL[i.status]} | ${cell(prose(i.title))} | ${cell(lines.join('<br>')) || ' '} |`;
}

function baseline(b: BaselineComparison): string[] {
  const out = ['## Since the baseline', ''];
  out.push(b.scoreDelta === null
    ? 'The repository score cannot be compared (one of the reports counts no item).'
    : `Repository score ${b.scoreDelta > 0 ? 'up' : b.scoreDelta < 0 ? 'down' : 'unchanged'}: ${scoreText(b.previousScore)} → ${b.scoreDelta >= 0 ? '+' : ''}${b.scoreDelta}.`);
  out.push('');
  const change = (c: BaselineComparison['better'][number]) => `- ${prose(c.subject)}: ${prose(c.item)} (${c.from} → ${c.to})`;
  out.push(`**Better** (${b.better.length + b.fixedFindings.length})`, '');
  out.push(...b.better.map(change), ...b.fixedFindings.map((f) => `- fixed: ${code(`${f.path}:${f.line}`)} ${f.ruleId}: ${prose(f.message)}`));
  if (!b.better.length && !b.fixedFindings.length) out.push('- nothing');
  out.push('', `**Worse** (${b.worse.length + b.newFindings.length})`, '');
  out.push(...b.worse.map(change), ...b.newFindings.map((f) => `- new: ${code(`${f.path}:${f.line}`)} ${f.ruleId}: ${prose(f.message)}`));
  if (!b.worse.length && !b.newFindings.length) out.push('- nothing');
  out.push('');
  return out;
}

export function renderMarkdown(r: SecurityReport): string {
  const out: string[] = ['# Container security report', ''];
  out.push(`Repository score: **${scoreText(r.score)}** — ${r.counts.pass} checklist item${r.counts.pass === 1 ? '' : 's'} pass, ${r.counts.fail} fail, ${r.counts.na} not applicable, over ${r.subjects.length} subject${r.subjects.length === 1 ? '' : 's'}. ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}: ${SEVERITIES.map((s) => `${r.severities[s]} ${s}`).join(', ')}. Shipshape ${r.tool.version}.`);
  out.push('');
  if (r.baseline) out.push(...baseline(r.baseline));

  out.push('## Summary', '', '| subject | kind | score | pass | fail | n/a |', '| --- | --- | --- | --- | --- | --- |');
  for (const s of r.subjects) {
    const n = (st: ItemResult['status']) => s.items.filter((i) => i.status === st).length;
    out.push(`| ${cell(prose(s.name))} | ${KIND_LABEL[s.kind]} | ${scoreText(s.score)} | ${n('pass')} | ${n('fail')} | ${n('n/a')} |`);
  }
  out.push('');

  out.push('## Checklist', '');
  for (const s of r.subjects) {
    out.push(`### ${KIND_LABEL[s.kind]}: ${prose(s.name)}`, '', `${prose(s.detail)} — ${code(`${s.path}:${s.line}`)} — score ${scoreText(s.score)}`, '');
    out.push('| status | item | evidence |', '| --- | --- | --- |', ...s.items.map(item), '');
  }

  out.push('## Remaining findings', '');
  if (!r.findings.length) out.push('None.', '');
  for (const sev of SEVERITIES) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(`### ${SEVERITY_HEADINGS[sev]} (${list.length})`, '');
    for (const f of list) out.push(`- ${code(`${f.path}:${f.line}:${f.column}`)} [${f.ruleId}](#rule-${f.ruleId}) — ${prose(f.message)}`);
    out.push('');
  }

  out.push('## Recommended next steps', '');
  if (!r.nextSteps.length) out.push('Nothing to do.', '');
  r.nextSteps.forEach((s, i) => {
    out.push(`${i + 1}. **${prose(s.title)}** — ${prose(s.detail)}${s.command ? `\n   ${code(s.command)}` : ''}`);
  });
  if (r.nextSteps.length) out.push('');

  out.push('## How the score is computed', '', r.scoring, '');

  out.push('## Rules', '');
  for (const rule of r.rules) out.push(`- <a id="rule-${rule.id}"></a>[${rule.id}](${rule.docUrl}) — ${prose(rule.title)} (${rule.category})`);
  if (!r.rules.length) out.push('None.');
  out.push('');
  return out.join('\n');
}
