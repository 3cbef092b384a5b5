/**
 * The `shipshape` command line: `scan`, `harden`, `report`, `rules`, `explain`. Exit codes: 0
 * clean, 1 findings at or above `--fail-on`, 2 usage or configuration error
 * (with a one-line reason on standard error).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { version as toolVersion } from '../../../package.json';
import { suggestRuleId } from '../config/validate.js';
import { getRule, initEngine, ruleDocUrl, rules } from '../engine/index.js';
import { FAIL_ON_LEVELS, displayPath, fails, plural, type FailOn, type FormatWriter, type Sink } from './format/common.js';
import { githubWriter } from './format/github.js';
import { jsonWriter } from './format/json.js';
import { formatRulesMarkdown } from './format/rules-markdown.js';
import { sarifWriter } from './format/sarif.js';
import { textWriter } from './format/text.js';
import { RUNTIMES, runHarden, type HardenFlags } from './harden.js';
import { tuneForScan } from './tuning.js';
import { UsageError, type Io } from './io.js';
import { runReport, type ReportFlags } from './report.js';
import { REPORT_FORMATS } from '../report/index.js';
import { PROGRESS_MIN_FILES, noProgress, progressBar } from './progress.js';
import { cliResolver } from './registry.js';
import { scan, type AppliedFix } from './scan.js';
import { parseRuleFlags } from './settings.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface ScanFlags {
  format: Format;
  output?: string;
  failOn: FailOn;
  rule: string[];
  only?: string[];
  config?: string;
  fix?: boolean;
  jobs: number;
  exclude: string[];
  quiet?: boolean;
  color?: boolean;
  registry?: boolean;
  envFile?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Threads a scan analyses with unless told: one fewer than the cores, at
 * least one. Each analysing thread also keeps V8's own threads (compiler,
 * collector) busy, about 0.4 of a core beside it, and every thread compiles
 * the rules for itself: on an otherwise idle 2-core machine two threads were
 * slower than one (the corpus: 3.30–3.32 s with one, 3.45–3.91 s with two;
 * 5 copies of it: 11.2–11.6 s with one, 12.1–12.6 s with two).
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs expects a whole number of at least 1, not '${value}'`);
  return n;
}

/** The worker threads' code: this bundle, or (run from source) the TypeScript entry through tsx. */
function workerEntry(): { entry: string; evalCode?: boolean } {
  if (!__filename.endsWith('.ts')) return { entry: __filename };
  return { entry: `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, '..', 'cli.ts'))});`, evalCode: true };
}

function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false || io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

/** Pieces of output are gathered up to this many characters before they are written. */
const WRITE_CHUNK = 1 << 16;

/**
 * Where a scan's report goes: standard output, or the `--output` file,
 * opened at the first write (so a scan stopped by a configuration error
 * leaves no file behind). Pieces are gathered and written in chunks.
 */
function reportSink(io: Io, output: string | undefined): Sink & { close(): void } {
  let parts: string[] = [];
  let size = 0;
  let fd: number | undefined;
  const write = (text: string) => {
    if (output === undefined) {
      io.stdout(text);
      return;
    }
    try {
      fd ??= openSync(resolve(io.cwd, output), 'w');
      writeSync(fd, text);
    } catch (e) {
      throw new UsageError(`cannot write ${output}: ${(e as Error).message}`);
    }
  };
  const flush = () => {
    if (parts.length) write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size >= WRITE_CHUNK) flush();
    },
    close() {
      flush();
      if (output !== undefined) {
        write('');
        closeSync(fd!);
      }
    },
  };
}

function scanWriter(sink: Sink, flags: ScanFlags, io: Io, fixed: () => AppliedFix[]): FormatWriter {
  switch (flags.format) {
    case 'json': {
      // The applied fixes are known before the first file is analysed; the writer starts at the first file.
      let writer: FormatWriter | undefined;
      const start = () => (writer ??= jsonWriter(sink, { cwd: io.cwd, toolVersion, fixed: fixed() }));
      return { file: (f) => start().file(f), end: () => start().end() };
    }
    case 'sarif': return sarifWriter(sink, { cwd: io.cwd, toolVersion });
    case 'github': return githubWriter(sink, io.cwd);
    default: return textWriter(sink, { cwd: io.cwd, color: !flags.output && useColor(io, flags.color), quiet: Boolean(flags.quiet), failOn: flags.failOn });
  }
}

async function runScan(paths: string[], flags: ScanFlags, io: Io): Promise<number> {
  const ruleFlags = parseRuleFlags(flags.rule, flags.only);
  tuneForScan();
  await initEngine();
  const showProgress = io.stderrIsTTY && !flags.quiet;
  let bar = noProgress;
  const worker = workerEntry();
  // The report is written file by file as the analysis goes; nothing but counts and errors is kept.
  const sink = reportSink(io, flags.output);
  let fixed: AppliedFix[] = [];
  const writer = scanWriter(sink, flags, io, () => fixed);
  let failing = 0;
  const fileErrors: string[] = [];
  const result = await scan({
    paths: paths.length ? paths : ['.'],
    cwd: io.cwd,
    exclude: flags.exclude,
    configFile: flags.config !== undefined ? resolve(io.cwd, flags.config) : undefined,
    flags: ruleFlags,
    jobs: flags.jobs,
    fix: Boolean(flags.fix),
    workerEntry: worker.entry,
    workerEval: worker.evalCode,
    registry: flags.registry ? cliResolver(io) : undefined,
    envFiles: (flags.envFile ?? []).map((f) => resolve(io.cwd, f)),
    onProgress: (done, total) => {
      if (!showProgress || total < PROGRESS_MIN_FILES) return;
      if (bar === noProgress) bar = progressBar(io.stderr, io.columns);
      bar.update(done, total);
    },
    onFixed: (applied) => {
      fixed = applied;
    },
    onFile: (file) => {
      for (const f of file.findings) if (fails(f, flags.failOn)) failing++;
      for (const e of file.errors) fileErrors.push(`shipshape: ${displayPath(io.cwd, file.path)}: ${e.ruleId} failed: ${e.message.split('\n')[0]}\n`);
      writer.file(file);
    },
  });
  bar.done();
  if (result.configErrors.length) {
    for (const e of result.configErrors) {
      io.stderr(`shipshape: ${displayPath(io.cwd, e.path)}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message}\n`);
    }
    return 2;
  }
  for (const fix of result.fixes) {
    if (!flags.quiet) io.stderr(`fixed ${displayPath(io.cwd, fix.path)}:${fix.line}: ${fix.title} (${fix.ruleId})\n`);
  }
  for (const line of fileErrors) io.stderr(line);
  writer.end();
  sink.close();
  if (failing && flags.format !== 'text' && !flags.quiet) {
    io.stderr(`shipshape: ${plural(failing, 'finding')} at or above ${flags.failOn}\n`);
  }
  return failing > 0 ? 1 : 0;
}

function listRules(format: string, io: Io): number {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.meta.id,
      kind: r.meta.kind,
      title: r.meta.title,
      defaultSeverity: r.meta.defaultSeverity,
      fix: r.meta.fix,
      equivalents: r.meta.equivalents,
      docUrl: ruleDocUrl(r),
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  if (format === 'markdown') {
    io.stdout(formatRulesMarkdown(rules, ruleDocUrl));
    return 0;
  }
  const rows = [['ID', 'KIND', 'SEVERITY', 'FIX', 'EQUIVALENTS'], ...rules.map((r) => [r.meta.id, r.meta.kind, r.meta.defaultSeverity, r.meta.fix, r.meta.equivalents.join(' ')])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  io.stdout(rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n') + '\n');
  return 0;
}

function explain(id: string, io: Io): number {
  const rule = getRule(id);
  if (!rule) throw new UsageError(`unknown rule id '${id}'${suggestRuleId(id)}; \`shipshape rules\` lists them`);
  const m = rule.meta;
  const facts = [`Kind: ${m.kind}`, `Default severity: ${m.defaultSeverity}`, `Fix: ${m.fix}`];
  if (m.equivalents.length) facts.push(`Equivalents: ${m.equivalents.join(', ')}`);
  facts.push(`Docs: ${ruleDocUrl(rule)}`);
  io.stdout(`${m.doc.trimEnd()}\n\n${facts.join('\n')}\n`);
  return 0;
}

function program(io: Io, run: (p: Promise<number>) => void): Command {
  const cli = new Command('shipshape')
    .description('Finds and fixes container-security problems in Dockerfiles, Compose files, Kubernetes manifests, CI workflows and .dockerignore files.')
    .version(toolVersion, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  cli.command('scan')
    .description('scan files and folders (default: the current folder)')
    .argument('[paths...]', 'files and folders to scan')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <level>', 'exit with 1 when a finding is at or above this level').choices(FAIL_ON_LEVELS).default('error'))
    .option('--rule <id=severity>', 'set a rule\'s severity (off, hint, info, warning, error); repeatable', collect, [])
    .option('--only <ids>', 'run only these rules (comma-separated; repeatable)', collect)
    .option('-c, --config <file>', 'use this configuration file instead of discovering .shipshape.yaml files')
    .option('--fix', 'apply safe fixes in place and print what changed')
    .option('-j, --jobs <n>', 'threads analysing files, this one included; one fewer than the cores (at least 1) unless given', (v) => parseJobs(v), defaultJobs(io.cores))
    .option('--exclude <glob>', 'skip matching files and folders (relative to the current folder); repeatable', collect, [])
    .option('-q, --quiet', 'print only findings that fail the run: no progress, no summary')
    .option('--no-color', 'no colours in text output')
    .option('--registry', 'resolve base images against their registries (digests, real USER, stale pins); anonymous unless ~/.docker/config.json has credentials')
    .option('--env-file <file>', 'read Compose variables from this file instead of the .env beside each Compose file; repeatable, later files win', collect, [])
    .action((paths: string[], flags: ScanFlags) => run(runScan(paths, flags, io)));

  cli.command('harden')
    .description('print a plan that rewrites a Dockerfile into a multi-stage, minimal, non-root build, as a unified diff')
    .argument('<dockerfile>', 'the Dockerfile to harden')
    .addOption(new Option('--runtime <runtime>', 'runtime image family (default: the configuration\'s, else distroless)').choices(RUNTIMES))
    .option('-w, --write', 'apply the plan to the file (and create the proposed .dockerignore) instead of printing it')
    .option('-c, --config <file>', 'use this configuration file instead of discovering .shipshape.yaml files')
    .option('--registry', 'pin the proposed runtime image by digest, read from its registry')
    .action((file: string, flags: HardenFlags) => run(runHarden(file, flags, io)));

  cli.command('report')
    .description('write the security posture report: the hardening checklist per image and workload, the remaining findings and the next steps')
    .argument('[paths...]', 'files and folders to report on (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('md'))
    .option('-o, --out <file>', 'write the report to a file instead of standard output')
    .option('-b, --baseline <file>', 'compare with an earlier JSON report and show what got better or worse')
    .option('--rule <id=severity>', 'set a rule\'s severity (off, hint, info, warning, error); repeatable', collect, [])
    .option('-c, --config <file>', 'use this configuration file instead of discovering .shipshape.yaml files')
    .option('--exclude <glob>', 'skip matching files and folders (relative to the current folder); repeatable', collect, [])
    .action((paths: string[], flags: ReportFlags) => run(runReport(paths, { ...flags, jobs: defaultJobs(io.cores) }, io, toolVersion, workerEntry())));

  cli.command('rules')
    .description('list every rule')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((flags: { format: string }) => run(Promise.resolve(listRules(flags.format, io))));

  cli.command('explain')
    .description('print a rule\'s documentation')
    .argument('<id>', 'rule id')
    .action((id: string) => run(Promise.resolve().then(() => explain(id, io))));

  return cli;
}

/** Runs the command line with these arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let pending: Promise<number> | undefined;
  try {
    const cli = program(io, (p) => {
      pending = p;
    });
    if (argv.length === 0) {
      cli.outputHelp();
      return 2;
    }
    await cli.parseAsync([...argv], { from: 'user' });
    return await (pending ?? Promise.resolve(0));
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; commander has already printed the reason otherwise.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`shipshape: ${e.message}\n`);
      return 2;
    }
    io.stderr(`shipshape: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}
