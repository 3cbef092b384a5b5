/**
 * The `json` format, documented in docs/json-output.md. Its shape only grows
 * (new keys) within a `version`; anything else bumps the version.
 */
import { getRule, type Range, ruleDocUrl } from '../../engine/index.js';
import type { FileResult } from '../analyze-file.js';
import type { AppliedFix } from '../scan.js';
import { addToSummary, displayPath, emptySummary, type FormatWriter, JsonArrayWriter, jsonAround, type Sink, STREAMED, type Summary } from './common.js';

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

type JsonFile = JsonReport['files'][number];

/** One file as the report lists it. */
function jsonFile(file: FileResult, rel: (path: string) => string): JsonFile {
  return {
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
  };
}

export interface JsonOptions {
  cwd: string;
  toolVersion: string;
  /** The safe fixes `--fix` applied. */
  fixed: readonly AppliedFix[];
}

/**
 * Writes the report file by file: the output is the same as
 * `JSON.stringify(report, null, 2)` of the whole report, without holding it.
 */
export function jsonWriter(sink: Sink, opts: JsonOptions): FormatWriter {
  const rel = (p: string) => displayPath(opts.cwd, p);
  const summary = emptySummary();
  const skeleton = (s: Summary) => ({
    version: JSON_FORMAT_VERSION,
    tool: { name: 'shipshape', version: opts.toolVersion },
    files: STREAMED,
    fixed: opts.fixed.map((x) => ({ path: rel(x.path), line: x.line, ruleId: x.ruleId, title: x.title })),
    summary: s,
  });
  sink.write(jsonAround(skeleton(summary)).head);
  const files = new JsonArrayWriter(sink, 1);
  return {
    file(file) {
      addToSummary(summary, file);
      files.item(JSON.stringify(jsonFile(file, rel), null, 2));
    },
    end() {
      files.close();
      sink.write(`${jsonAround(skeleton(summary)).tail}\n`);
    },
  };
}
