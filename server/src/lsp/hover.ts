/** Hover: the rule doc on a squiggle, image facts on a `FROM` image, both when both apply. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { type DockerfileModel, type Finding, getRule, imageHover, type Position, type Range, ruleDocUrl } from '../engine/index.js';
import type { ServerContext } from './context.js';

const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (r: Range, p: Position) => le(r.start, p) && le(p, r.end);

/**
 * A rule's doc without its heading and the bold title paragraph that repeats
 * what the hover's first line says.
 */
export function docBody(doc: string): string {
  return doc.replace(/^\s*# [^\n]*\n+/, '').replace(/^\*\*[^\n]*\*\*\s*\n+/, '').trim();
}

/** Markdown for a finding: id and title, the message, the doc, a link. */
export function findingHover(finding: Finding): string {
  const rule = getRule(finding.ruleId);
  if (!rule) return `**${finding.ruleId}**: ${finding.message}`;
  return [
    `**${rule.meta.title}** (\`${rule.meta.id}\`)`,
    '',
    docBody(rule.meta.doc),
    '',
    `[Documentation for ${rule.meta.id}](${ruleDocUrl(rule)})`,
  ].join('\n');
}

/** Handles `textDocument/hover`. */
export async function onHover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return null;
  const analysis = await ctx.analysisOf(doc);
  if (!analysis) return null;
  const parts: string[] = [];
  let range: Range | undefined;
  const seen = new Set<string>();
  for (const finding of analysis.result.findings) {
    if (!contains(finding.range, params.position) || seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    parts.push(findingHover(finding));
    range ??= finding.range;
  }
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
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}
