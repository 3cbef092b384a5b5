/**
 * The `json` format, documented in docs/json-output.md. Its shape only grows
 * (new keys) within a `version`; anything else bumps the version.
 */
import { getRule, type Range, ruleDocUrl } from '../../engine/index.js';
import type { FileResult } from '../analyze-file.js';
import type { AppliedFix } from '../scan.js';
import { displayPath, summarize, type Summary } from './common.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  version: number;
  tool: { name: 'shipshape'; version: string };
  files: {
    path: string;
    kind: string | null;
    findings: {
      ruleId: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      range: Range;
      equivalents: string[];
      docUrl: string | null;
      fixes: { title: string; safe: boolean; edits: { range: Range; newText: string }[]; otherFiles?: { path: string; create?: boolean; content?: string; edits?: { range: Range; newText: string }[] }[] }[];
      related: { path: string; range: Range; message: string }[];
    }[];
    errors: { ruleId: string; message: string }[];
  }[];
  fixed: { path: string; line: number; ruleId: string; title: string }[];
  summary: Summary;
}

export function buildJsonReport(files: readonly FileResult[], fixed: readonly AppliedFix[], cwd: string, toolVersion: string): JsonReport {
  const rel = (p: string) => displayPath(cwd, p);
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'shipshape', version: toolVersion },
    files: files.map((file) => ({
      path: rel(file.path),
      kind: file.kind ?? null,
      findings: file.findings.map((f) => {
        const rule = getRule(f.ruleId);
        return {
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          range: f.range,
          equivalents: rule ? [...rule.meta.equivalents] : [],
          docUrl: rule ? ruleDocUrl(rule) : null,
          fixes: f.fixes.map((x) => ({
            title: x.title,
            safe: x.safe,
            edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })),
            ...(x.otherFiles?.length ? { otherFiles: x.otherFiles.map((o) => ({ ...o, path: rel(o.path) })) } : {}),
          })),
          related: (f.related ?? []).map((r) => ({ path: rel(r.path), range: r.range, message: r.message })),
        };
      }),
      errors: file.errors.map((e) => ({ ruleId: e.ruleId, message: e.message.split('\n')[0] })),
    })),
    fixed: fixed.map((x) => ({ path: rel(x.path), line: x.line, ruleId: x.ruleId, title: x.title })),
    summary: summarize(files),
  };
}

export function formatJson(files: readonly FileResult[], fixed: readonly AppliedFix[], cwd: string, toolVersion: string): string {
  return `${JSON.stringify(buildJsonReport(files, fixed, cwd, toolVersion), null, 2)}\n`;
}
