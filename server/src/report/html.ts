/**
 * The security report as one self-contained HTML page: no network, fonts or
 * scripts (a Content-Security-Policy says so), printable, with a chart of the
 * findings by category and severity in inline SVG and each finding linked to
 * its rule's documentation further down the same page. Colours come from
 * VS Code's theme variables when the page is shown in a webview, with light
 * defaults elsewhere.
 */
import MarkdownIt from 'markdown-it';
import type { Severity } from '../rules/types.js';
import { CATEGORIES } from './checklist.js';
import { KIND_LABEL, MAX_EVIDENCE, SEVERITIES, SEVERITY_HEADINGS, moreEvidence, scoreText } from './markdown.js';
import type { BaselineComparison, Evidence, ItemResult, SecurityReport } from './model.js';

export interface HtmlOptions {
  /**
   * Shown in a VS Code webview: the CSP allows one script (with this nonce)
   * that posts `{ command: 'open', path, line }` when an evidence link is
   * clicked, so the editor opens the file at the line.
   */
  webview?: { nonce: string; cspSource: string };
  /** Put before each evidence link's path, for a page written somewhere other than the report's base folder (`../`). */
  hrefPrefix?: string;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const e = escapeHtml;

const SEVERITY_COLOR: Record<Severity, string> = {
  error: 'var(--sev-error)',
  warning: 'var(--sev-warning)',
  info: 'var(--sev-info)',
  hint: 'var(--sev-hint)',
};

const STYLE = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --link: var(--vscode-textLink-foreground, #0969da);
  --code-bg: var(--vscode-textCodeBlock-background, #f6f8fa);
  --pass: var(--vscode-testing-iconPassed, #1a7f37);
  --fail: var(--vscode-testing-iconFailed, #cf222e);
  --na: var(--vscode-disabledForeground, #818b98);
  --sev-error: var(--vscode-editorError-foreground, #cf222e);
  --sev-warning: var(--vscode-editorWarning-foreground, #bf8700);
  --sev-info: var(--vscode-editorInfo-foreground, #0969da);
  --sev-hint: var(--vscode-editorHint-foreground, #818b98);
}
body { color: var(--fg); background: var(--bg); font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: 14px; line-height: 1.5; margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
h1 { font-size: 1.7em; margin: 0.2em 0; } h2 { border-bottom: 1px solid var(--border); padding-bottom: 0.2em; margin-top: 1.6em; } h3 { margin-top: 1.2em; }
a { color: var(--link); }
code, pre { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.92em; background: var(--code-bg); border-radius: 4px; }
code { padding: 0.1em 0.3em; } pre { padding: 8px 12px; overflow-x: auto; } pre code { padding: 0; background: none; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
th { font-weight: 600; }
.muted { color: var(--muted); }
.score { font-size: 1.3em; font-weight: 700; }
.status { white-space: nowrap; font-weight: 600; }
.status-pass { color: var(--pass); } .status-fail { color: var(--fail); } .status-na { color: var(--na); }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.8em; }
.sev-error { color: var(--sev-error); } .sev-warning { color: var(--sev-warning); } .sev-info { color: var(--sev-info); } .sev-hint { color: var(--sev-hint); }
ul.findings { list-style: none; padding-left: 0; } ul.findings li { margin: 0.3em 0; }
.chart text { fill: var(--fg); font-size: 12px; font-family: inherit; }
.chart .grid { stroke: var(--border); }
section.rule { border-top: 1px solid var(--border); margin-top: 1em; }
section.rule h4 { font-size: 1.05em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  table, section.subject, section.rule, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

/** Renders a rule's Markdown doc with its headings moved below the page's own, its title line dropped. */
function ruleDocHtml(doc: string): string {
  const body = doc.replace(/^#\s+[^\n]*\n+/, '');
  return md.render(body).replace(/<(\/?)h([1-6])>/g, (_m, slash: string, n: string) => `<${slash}h${Math.min(6, Number(n) + 2)}>`);
}

function evidenceLink(ev: Evidence, prefix = ''): string {
  const label = `${ev.path}:${ev.line}`;
  const href = /^(\/|[A-Za-z]:)/.test(ev.path) ? encodeURI(`file://${ev.path.startsWith('/') ? '' : '/'}${ev.path}`) : encodeURI(prefix + ev.path);
  return `<a class="evidence" href="${e(href)}#L${ev.line}" data-path="${e(ev.path)}" data-line="${ev.line}"><code>${e(label)}</code></a>`;
}

function itemRow(i: ItemResult, prefix: string): string {
  const cls = i.status === 'n/a' ? 'na' : i.status;
  const mark = i.status === 'pass' ? '✓ pass' : i.status === 'fail' ? '✗ fail' : '– n/a';
  const ev = i.evidence.slice(0, MAX_EVIDENCE).map((x) => `<div>${evidenceLink(x, prefix)} ${e(x.message)}${x.ruleId ? ` <a href="#rule-${e(x.ruleId)}">${e(x.ruleId)}</a>` : ''}</div>`);
  const more = moreEvidence(i);
  if (more) ev.push(`<div class="muted">${e(more)}</div>`);
  if (i.note) ev.push(`<div class="muted">${e(i.note)}</div>`);
  return `<tr data-item="${e(i.id)}" data-status="${i.status}"><td class="status status-${cls}">${mark}</td><td>${e(i.title)}</td><td>${ev.join('')}</td></tr>`;
}

/** A stacked bar per category: the number of findings of each severity. */
export function chartSvg(r: SecurityReport): string {
  const rows = CATEGORIES.map((c) => ({ category: c, counts: SEVERITIES.map((s) => r.findings.filter((f) => f.category === c && f.severity === s).length) }));
  const max = Math.max(1, ...rows.map((row) => row.counts.reduce((a, b) => a + b, 0)));
  const left = 110;
  const width = 640;
  const barArea = width - left - 40;
  const rowH = 24;
  const top = 10;
  const height = top + rows.length * rowH + 40;
  const out: string[] = [];
  out.push(`<svg class="chart" role="img" aria-labelledby="chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<title id="chart-title">Findings by category and severity</title>`);
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    out.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end">${e(row.category)}</text>`);
    let x = left;
    row.counts.forEach((n, s) => {
      if (!n) return;
      const w = (barArea * n) / max;
      out.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${SEVERITY_COLOR[SEVERITIES[s]]}" data-category="${e(row.category)}" data-severity="${SEVERITIES[s]}" data-count="${n}"><title>${e(row.category)}: ${n} ${SEVERITIES[s]}</title></rect>`);
      x += w;
    });
    const total = row.counts.reduce((a, b) => a + b, 0);
    out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 16}">${total}</text>`);
  });
  const ly = top + rows.length * rowH + 20;
  SEVERITIES.forEach((s, i) => {
    const x = left + i * 110;
    out.push(`<rect x="${x}" y="${ly - 10}" width="12" height="12" fill="${SEVERITY_COLOR[s]}"/><text x="${x + 18}" y="${ly}">${s} (${r.severities[s]})</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

function baselineHtml(b: BaselineComparison): string {
  const change = (c: BaselineComparison['better'][number]) => `<li>${e(c.subject)}: ${e(c.item)} (${c.from} → ${c.to})</li>`;
  const finding = (prefix: string) => (f: BaselineComparison['newFindings'][number]) => `<li>${prefix}: <code>${e(`${f.path}:${f.line}`)}</code> ${e(f.ruleId)}: ${e(f.message)}</li>`;
  const better = [...b.better.map(change), ...b.fixedFindings.map(finding('fixed'))];
  const worse = [...b.worse.map(change), ...b.newFindings.map(finding('new'))];
  const delta = b.scoreDelta === null ? 'cannot be compared' : `${scoreText(b.previousScore)} → ${b.scoreDelta >= 0 ? '+' : ''}${b.scoreDelta}`;
  return `<section id="baseline"><h2>Since the baseline</h2><p>Repository score: ${e(delta)}</p>`
    + `<h3>Better (${better.length})</h3><ul>${better.join('') || '<li>nothing</li>'}</ul>`
    + `<h3>Worse (${worse.length})</h3><ul>${worse.join('') || '<li>nothing</li>'}</ul></section>`;
}

const WEBVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a.evidence') : null;
  if (!a) return;
  event.preventDefault();
  vscode.postMessage({ command: 'open', path: a.getAttribute('data-path'), line: Number(a.getAttribute('data-line')) });
});
`;

export function renderHtml(r: SecurityReport, options: HtmlOptions = {}): string {
  const nonce = options.webview?.nonce;
  const prefix = options.hrefPrefix ?? '';
  const csp = options.webview
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${options.webview.cspSource} data:`
    : `default-src 'none'; style-src 'unsafe-inline'; img-src data:`;
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${e(csp)}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<title>Container security report</title>');
  out.push(`<style${nonce ? ` nonce="${e(nonce)}"` : ''}>${STYLE}</style>`, '</head>', '<body>');
  out.push('<h1>Container security report</h1>');
  out.push(`<p><span class="score" id="repository-score">Repository score: ${e(scoreText(r.score))}</span><br>`
    + `<span class="muted">${r.counts.pass} checklist items pass, ${r.counts.fail} fail, ${r.counts.na} not applicable, over ${r.subjects.length} subjects. `
    + `${r.findings.length} findings: ${SEVERITIES.map((s) => `${r.severities[s]} ${s}`).join(', ')}. Shipshape ${e(r.tool.version)}.</span></p>`);
  out.push('<nav><a href="#summary">Summary</a> · <a href="#checklist">Checklist</a> · <a href="#findings">Remaining findings</a> · <a href="#next-steps">Next steps</a> · <a href="#scoring">Scoring</a> · <a href="#rules">Rules</a></nav>');
  if (r.baseline) out.push(baselineHtml(r.baseline));

  out.push('<section id="summary"><h2>Summary</h2>');
  out.push(`<figure id="chart">${chartSvg(r)}<figcaption class="muted">Findings by category and severity</figcaption></figure>`);
  out.push('<table><thead><tr><th>Subject</th><th>Kind</th><th>Score</th><th>Pass</th><th>Fail</th><th>n/a</th></tr></thead><tbody>');
  r.subjects.forEach((s, i) => {
    const n = (st: ItemResult['status']) => s.items.filter((x) => x.status === st).length;
    out.push(`<tr><td><a href="#subject-${i + 1}">${e(s.name)}</a></td><td>${KIND_LABEL[s.kind]}</td><td>${e(scoreText(s.score))}</td><td>${n('pass')}</td><td>${n('fail')}</td><td>${n('n/a')}</td></tr>`);
  });
  out.push('</tbody></table></section>');

  out.push('<section id="checklist"><h2>Checklist</h2>');
  r.subjects.forEach((s, i) => {
    out.push(`<section class="subject" id="subject-${i + 1}" data-subject="${e(s.id)}"><h3>${KIND_LABEL[s.kind]}: ${e(s.name)}</h3>`);
    out.push(`<p class="muted">${e(s.detail)} — ${evidenceLink({ path: s.path, line: s.line, message: '' }, prefix)} — score <strong>${e(scoreText(s.score))}</strong></p>`);
    out.push('<table class="checklist"><thead><tr><th>Status</th><th>Item</th><th>Evidence</th></tr></thead><tbody>');
    out.push(...s.items.map((i) => itemRow(i, prefix)), '</tbody></table></section>');
  });
  out.push('</section>');

  out.push('<section id="findings"><h2>Remaining findings</h2>');
  if (!r.findings.length) out.push('<p>None.</p>');
  for (const sev of SEVERITIES) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(`<h3>${SEVERITY_HEADINGS[sev]} (${list.length})</h3><ul class="findings">`);
    for (const f of list) {
      out.push(`<li data-rule="${e(f.ruleId)}"><span class="sev sev-${sev}">${sev}</span> ${evidenceLink({ path: f.path, line: f.line, message: '' }, prefix)} <a href="#rule-${e(f.ruleId)}">${e(f.ruleId)}</a> — ${e(f.message)}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section id="next-steps"><h2>Recommended next steps</h2>');
  if (!r.nextSteps.length) out.push('<p>Nothing to do.</p>');
  else {
    out.push('<ol>');
    for (const s of r.nextSteps) out.push(`<li><strong>${e(s.title)}</strong> — ${e(s.detail)}${s.command ? `<br><code>${e(s.command)}</code>` : ''}</li>`);
    out.push('</ol>');
  }
  out.push('</section>');

  out.push(`<section id="scoring"><h2>How the score is computed</h2><p>${e(r.scoring)}</p></section>`);

  out.push('<section id="rules"><h2>Rules</h2>');
  for (const rule of r.rules) {
    out.push(`<section class="rule" id="rule-${e(rule.id)}"><h3><code>${e(rule.id)}</code> — ${e(rule.title)}</h3>`);
    out.push(`<p class="muted">${e(rule.category)} · default severity ${e(rule.defaultSeverity)} · <a href="${e(rule.docUrl)}">published documentation</a></p>`);
    out.push(ruleDocHtml(rule.doc), '</section>');
  }
  out.push('</section>');
  if (nonce) out.push(`<script nonce="${e(nonce)}">${WEBVIEW_SCRIPT}</script>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
