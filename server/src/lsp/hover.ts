/**
 * Hover: short and in reading order. First one line per finding under the
 * cursor (its title, id and one sentence of why), then the base-image card on
 * a `FROM` image, then links to the full documentation of those rules (the
 * "Show documentation" action opens the same text in the editor).
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { type DockerfileModel, type Finding, getRule, imageHover, type Position, type Range, ruleDocUrl } from '../engine/index.js';
import type { ServerContext } from './context.js';

const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (r: Range, p: Position) => le(r.start, p) && le(p, r.end);

/** Sentences of "why" longer than this are cut at a clause or a word. */
const WHY_MAX = 200;

/** Cuts a long sentence at its first top-level ": " (not inside a code span), else at a word, with an ellipsis. */
function shorten(sentence: string): string {
  if (sentence.length <= WHY_MAX) return sentence;
  let code = false;
  for (let i = 0; i < sentence.length - 1; i++) {
    if (sentence[i] === '`') code = !code;
    else if (!code && i >= 30 && i <= WHY_MAX && sentence[i] === ':' && sentence[i + 1] === ' ') return `${sentence.slice(0, i)}.`;
  }
  const cut = sentence.slice(0, WHY_MAX);
  const head = cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]+$/, '');
  // an unbalanced code span would swallow the rest of the hover
  return `${(head.split('`').length % 2 === 0 ? `${head}\`` : head).trimEnd()} …`;
}

/**
 * The first sentence of a rule doc's "Why" section, on one line (a list item's
 * marker dropped), shortened to about {@link WHY_MAX} characters.
 */
export function whySentence(doc: string): string | undefined {
  const section = /(?:^|\n)## Why[ \t]*\n+([\s\S]*?)(?:\n[ \t]*\n|\n## |\s*$)/.exec(doc);
  if (!section) return undefined;
  const paragraph = section[1].replace(/^\s*[-*]\s+/, '').replace(/\s*\n\s*/g, ' ').trim();
  if (!paragraph) return undefined;
  const sentence = /^(.+?[.!?])(?=\s+[A-Z`(*"']|\s*$)/.exec(paragraph);
  return shorten(sentence ? sentence[1] : paragraph);
}

/** The hover line of a finding: its rule's title and id, then why it matters. */
export function findingHover(finding: Finding): string {
  const rule = getRule(finding.ruleId);
  if (!rule) return `**${finding.ruleId}**: ${finding.message}`;
  const why = whySentence(rule.meta.doc);
  return `**${rule.meta.title}** (\`${rule.meta.id}\`)${why ? ` — ${why}` : ''}`;
}

/** Handles `textDocument/hover`. */
export async function onHover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return null;
  const analysis = await ctx.analysisOf(doc);
  if (!analysis) return null;
  const findings: string[] = [];
  const links: string[] = [];
  let range: Range | undefined;
  const seen = new Set<string>();
  for (const finding of analysis.result.findings) {
    if (!contains(finding.range, params.position) || seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    findings.push(findingHover(finding));
    const rule = getRule(finding.ruleId);
    if (rule) links.push(`[${rule.meta.id}](${ruleDocUrl(rule)})`);
    range ??= finding.range;
  }
  const parts: string[] = [];
  if (findings.length) parts.push(findings.join('\n\n'));
  if (analysis.result.kind === 'dockerfile' && analysis.result.model) {
    try {
      const image = imageHover(analysis.result.model as DockerfileModel, params.position, undefined, ctx.projects.viewFor(analysis.file.path));
      if (image) {
        parts.push(image.markdown);
        range ??= image.range;
      }
    } catch (e) {
      ctx.connection.console.error(`${doc.uri}: image hover failed: ${(e as Error)?.stack ?? e}`);
    }
  }
  if (!parts.length) return null;
  if (links.length) parts.push(`Full documentation: ${links.join(' · ')}`);
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}
