/** The `text` format: findings grouped by file, then a summary line. Colours only on a terminal. */
import type { Severity } from '../../engine/index.js';
import { addToSummary, displayPath, emptySummary, fails, type FailOn, type FormatWriter, plural, type Sink } from './common.js';

export interface TextOptions {
  cwd: string;
  color: boolean;
  /** Print only the findings that fail the run, and no summary. */
  quiet: boolean;
  failOn: FailOn;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', green: '\x1b[32m', gray: '\x1b[90m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.gray };

export function textWriter(sink: Sink, opts: TextOptions): FormatWriter {
  const paint = (code: string, s: string) => (opts.color ? `${code}${s}${ANSI.reset}` : s);
  const summary = emptySummary();
  return {
    file(file) {
      addToSummary(summary, file);
      const shown = opts.quiet ? file.findings.filter((f) => fails(f, opts.failOn)) : file.findings;
      if (shown.length === 0) return;
      const out = [paint(ANSI.underline, displayPath(opts.cwd, file.path))];
      const rows = shown.map((f) => ({
        pos: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
        sev: f.severity,
        msg: f.message,
        id: f.ruleId,
      }));
      const posWidth = rows.reduce((w, r) => Math.max(w, r.pos.length), 0);
      for (const r of rows) {
        out.push(`  ${paint(ANSI.dim, r.pos.padEnd(posWidth))}  ${paint(SEVERITY_COLOR[r.sev], r.sev.padEnd(7))}  ${r.msg}  ${paint(ANSI.dim, r.id)}`);
      }
      sink.write(`${out.join('\n')}\n\n`);
    },
    end() {
      if (opts.quiet) return;
      const s = summary;
      if (s.findings === 0) {
        sink.write(`${paint(ANSI.green, `No findings in ${plural(s.files, 'file')}.`)}\n`);
        return;
      }
      const parts = (['error', 'warning', 'info', 'hint'] as const).filter((k) => s[k] > 0).map((k) => (k === 'info' ? `${s[k]} info` : plural(s[k], k)));
      let line = `${plural(s.findings, 'finding')} (${parts.join(', ')}) in ${s.filesWithFindings} of ${plural(s.files, 'file')}.`;
      if (s.fixable) line += ` ${s.fixable} can be fixed with --fix.`;
      sink.write(`${paint(ANSI.bold, line)}\n`);
    },
  };
}
