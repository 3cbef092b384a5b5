/**
 * `shipshape report`: scans like `scan`, then writes the security posture
 * report (Markdown, self-contained HTML or JSON), optionally compared with an
 * earlier JSON report. Exit code 0 unless the arguments or configuration are
 * wrong (2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { initEngine } from '../engine/index.js';
import { fsProject } from '../node/fs-project.js';
import { baselineProblem, buildReport, compareWithBaseline, renderHtml, renderMarkdown, type ReportFormat, type SecurityReport } from '../report/index.js';
import { displayPath } from './format/common.js';
import { UsageError, type Io } from './io.js';
import { scan } from './scan.js';
import { tuneForScan } from './tuning.js';
import { parseRuleFlags } from './settings.js';

export interface ReportFlags {
  format: ReportFormat;
  out?: string;
  baseline?: string;
  config?: string;
  rule: string[];
  exclude: string[];
  /** Worker threads for the analysis (as `scan --jobs`); 1 analyses in this thread. */
  jobs?: number;
}

function readBaseline(path: string, io: Io): SecurityReport {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(resolve(io.cwd, path), 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the baseline ${path}: ${(e as Error).message}`);
  }
  const problem = baselineProblem(value);
  if (problem) throw new UsageError(`the baseline ${path} is ${problem}`);
  return value as SecurityReport;
}

export async function runReport(paths: string[], flags: ReportFlags, io: Io, toolVersion: string, worker?: { entry: string; evalCode?: boolean }): Promise<number> {
  const previous = flags.baseline !== undefined ? readBaseline(flags.baseline, io) : undefined;
  tuneForScan();
  await initEngine();
  const result = await scan({
    paths: paths.length ? paths : ['.'],
    cwd: io.cwd,
    exclude: flags.exclude,
    configFile: flags.config !== undefined ? resolve(io.cwd, flags.config) : undefined,
    flags: parseRuleFlags(flags.rule, undefined),
    jobs: flags.jobs ?? 1,
    fix: false,
    workerEntry: worker?.entry,
    workerEval: worker?.evalCode,
  });
  if (result.configErrors.length) {
    for (const e of result.configErrors) {
      io.stderr(`shipshape: ${displayPath(io.cwd, e.path)}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message}\n`);
    }
    return 2;
  }
  for (const file of result.files) {
    for (const e of file.errors) io.stderr(`shipshape: ${displayPath(io.cwd, file.path)}: ${e.ruleId} failed: ${e.message.split('\n')[0]}\n`);
  }
  const report = buildReport({
    files: result.files.map((f) => ({ ...f, settings: result.settings.get(f.path) })),
    project: fsProject(result.root),
    base: resolve(io.cwd),
    toolVersion,
  });
  if (previous) report.baseline = compareWithBaseline(report, previous);
  // The page's links to files are relative to where the page is written.
  const up = flags.out ? relative(dirname(resolve(io.cwd, flags.out)), io.cwd).split(sep).join('/') : '';
  const html = () => renderHtml(report, { hrefPrefix: up ? `${up}/` : '' });
  const text = flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : flags.format === 'html' ? html() : renderMarkdown(report);
  if (flags.out) {
    try {
      writeFileSync(resolve(io.cwd, flags.out), text);
    } catch (e) {
      throw new UsageError(`cannot write ${flags.out}: ${(e as Error).message}`);
    }
  } else {
    io.stdout(text);
  }
  return 0;
}
