/**
 * Over every real-world file of the shared corpus, in one pass that reads and
 * analyses each file once:
 * - analysis never throws and no rule fails;
 * - every offered fix keeps the fix contract (DESIGN.md): the file still
 *   parses, the fix's own finding goes away, and every line the fix is not
 *   about survives unchanged and in order;
 * - the harden plan of every Dockerfile parses into stages, keeps every RUN,
 *   is idempotent, and silences the user and debug rules on the final stage
 *   (and, where it moved the app onto a minimal runtime, the runtime-image and
 *   multi-stage rules).
 *
 * The corpus does not change during the pass, so file-system reads are
 * memoised, the models of the first analysis are reused, and the checks
 * after a fix or a harden plan run the rules they are about.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type AnalysisResult, type SourceFile } from '../../server/src/engine/analyze.js';
import { applyEdits } from '../../server/src/engine/edits.js';
import { initEngine } from '../../server/src/engine/init.js';
import { parseYaml, type YamlModel } from '../../server/src/parse/yaml.js';
import { planHarden } from '../../server/src/harden/plan.js';
import { parseDockerfile, type DockerfileModel } from '../../server/src/parse/dockerfile.js';
import { withLoneCrAsLf } from '../../server/src/parse/lines.js';
import { getRule } from '../../server/src/rules/index.js';
import type { Finding, Fix, ProjectView } from '../../server/src/rules/types.js';
import { fsProject } from '../../server/src/node/fs-project.js';
import { corpusFiles, requireCorpus, skipWithoutCorpus, type CorpusFile } from '../helpers/corpus.js';

/** The path a corpus file is analysed under: its original repository path, so the kind is detected as in that repository. */
function sourceOf(file: CorpusFile): SourceFile {
  const text = readFileSync(file.path, 'utf8');
  const prefix = file.path.slice(0, file.path.length - file.repoPath.length);
  return { path: prefix + file.repoPath, text };
}

/** Lines of `before` outside the edited line ranges must all appear, in order, in `after`. */
function untouchedLinesSurvive(before: string, after: string, fix: Fix): boolean {
  const touched = new Set<number>();
  for (const e of fix.edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) touched.add(l);
  const wanted = before.split('\n').filter((_, i) => !touched.has(i));
  const have = after.split('\n');
  let j = 0;
  for (const line of wanted) {
    while (j < have.length && have[j] !== line) j++;
    if (j === have.length) return false;
    j++;
  }
  return true;
}

/** The project as a fix leaves it: files it creates or edits besides the analysed one. */
function withOtherFiles(project: ProjectView, fix: Fix): ProjectView {
  if (!fix.otherFiles?.length) return project;
  const changed = new Map<string, string>();
  for (const o of fix.otherFiles) changed.set(o.path, o.create ? (o.content ?? '') : applyEdits(project.readFile(o.path) ?? '', o.edits ?? []));
  return {
    ...project,
    readFile: (p) => changed.get(p) ?? project.readFile(p),
    exists: (p) => changed.has(p) || project.exists(p),
    listDir: (p) => {
      const names = project.listDir(p);
      const extra = [...changed.keys()].filter((c) => dirname(c) === p).map((c) => c.slice(p.length + 1));
      return names || extra.length ? [...new Set([...(names ?? []), ...extra])] : undefined;
    },
  };
}

/**
 * The file-system view of a corpus folder. The corpus does not change during
 * the pass, so every read, existence check and listing is made once for all
 * files and fixes.
 */
const reads = new Map<string, string | undefined>();
const found = new Map<string, boolean>();
const listings = new Map<string, string[] | undefined>();
const disk = fsProject();
function corpusProject(root: string): ProjectView {
  const memo = <T>(map: Map<string, T>, path: string, read: () => T): T => {
    if (!map.has(path)) map.set(path, read());
    return map.get(path) as T;
  };
  return {
    root,
    readFile: (p) => memo(reads, p, () => disk.readFile(p)),
    exists: (p) => memo(found, p, () => disk.exists(p)),
    listDir: (p) => memo(listings, p, () => disk.listDir(p))?.slice(),
  };
}

/** The model `analyze` parsed `text` into, when it parsed exactly that text as `kind`; undefined otherwise. */
function modelOf<K extends 'dockerfile' | 'yaml'>(result: AnalysisResult, text: string, kind: K): (K extends 'dockerfile' ? DockerfileModel : YamlModel) | undefined {
  if (!result.model || !result.kind || withLoneCrAsLf(text) !== text) return undefined;
  const isDockerfile = result.kind === 'dockerfile';
  const isYaml = result.kind !== 'dockerfile' && result.kind !== 'dockerignore';
  if (kind === 'dockerfile' ? !isDockerfile : !isYaml) return undefined;
  return result.model as K extends 'dockerfile' ? DockerfileModel : YamlModel;
}

/** YAML syntax errors of `text`: those of the analysis when it parsed that very text, else from a parse of its own. */
const yamlErrors = (result: AnalysisResult, text: string): number => (modelOf(result, text, 'yaml') ?? parseYaml(text)).errors.length;

function stillParses(kind: string | undefined, before: AnalysisResult, beforeText: string, again: AnalysisResult, after: string): boolean {
  if (kind === 'dockerfile' || kind === 'dockerignore' || kind === undefined) return true;
  return yamlErrors(again, after) <= yamlErrors(before, beforeText);
}

const ALWAYS = ['no-root-user', 'require-user', 'no-debug-mode'];
const WHEN_RESTRUCTURED = ['prefer-minimal-runtime', 'no-build-tools-in-final-stage'];

interface Pass {
  files: number;
  ruleFailures: string[];
  brokenFixes: string[];
  fixesChecked: number;
  hardenProblems: string[];
  planned: number;
  restructured: number;
  declined: number;
}

/** The fix contract for every fix of one analysed file. */
function checkFixes(file: CorpusFile, src: SourceFile, project: ProjectView, result: ReturnType<typeof analyze>, pass: Pass): void {
  const count = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id).length;
  for (const finding of result.findings) {
    for (const fix of finding.fixes) {
      pass.fixesChecked++;
      const after = applyEdits(src.text, fix.edits);
      const where = `${file.repo}/${file.repoPath}:${finding.range.start.line + 1} ${finding.ruleId} "${fix.title}"`;
      const broken = pass.brokenFixes;
      // The fix's own rule on the fixed text (the other rules are independent of it).
      const again = analyze({ ...src, text: after }, withOtherFiles(project, fix), {}, { only: [finding.ruleId] });
      if (!stillParses(result.kind, result, src.text, again, after)) broken.push(`${where}: no longer parses`);
      if (!untouchedLinesSurvive(src.text, after, fix)) broken.push(`${where}: changed lines it is not about`);
      for (const o of fix.otherFiles ?? []) if (o.create && project.exists(o.path)) broken.push(`${where}: creates ${o.path}, which exists`);
      if (again.errors.length) broken.push(`${where}: its rule failed after the fix`);
      if (count(again.findings, finding.ruleId) >= count(result.findings, finding.ruleId)) broken.push(`${where}: its finding did not go away`);
      if (after === src.text && !fix.otherFiles?.length) broken.push(`${where}: changes nothing`);
    }
  }
}

/** The harden properties for one corpus Dockerfile. */
function checkHarden(file: CorpusFile, text: string, analysed: AnalysisResult, pass: Pass): void {
  const where = `${file.repo}/${file.repoPath}`;
  const problems = pass.hardenProblems;
  const project = corpusProject(dirname(file.path));
  const plan = planHarden({ path: file.path, text }, project);
  if (!plan.ok) {
    pass.declined++;
    if (!plan.reason.trim()) problems.push(`${where}: declined without a reason`);
    return;
  }
  pass.planned++;
  if (plan.runtime) pass.restructured++;
  const after = parseDockerfile(plan.text);
  if (!after.finalStage) problems.push(`${where}: output has no stage`);
  const runsBefore = (modelOf(analysed, text, 'dockerfile') ?? parseDockerfile(text)).instructions.filter((i) => i.getKeyword() === 'RUN');
  const runsAfter = after.instructions.filter((i) => i.getKeyword() === 'RUN');
  if (runsAfter.length < runsBefore.length) problems.push(`${where}: ${runsBefore.length - runsAfter.length} RUN instructions lost`);
  // A safe quick fix may rewrite a RUN (e.g. add a flag); without one, every RUN stays byte for byte.
  const fixedByQuickFix = plan.changes.some((c) => c.detail.startsWith('Quick fix for'));
  const afterTexts = new Set(runsAfter.map((i) => i.getArgumentsContent()));
  for (const run of runsBefore) {
    if (!fixedByQuickFix && !afterTexts.has(run.getArgumentsContent())) problems.push(`${where}: RUN at line ${run.getRange().start.line + 1} changed`);
  }
  const again = planHarden({ path: file.path, text: plan.text }, project);
  if (!again.ok || again.text !== plan.text) problems.push(`${where}: hardening twice differs from once`);
  const finalLine = after.finalStage?.from.getRange().start.line ?? 0;
  // A file ending inside a continued instruction cannot take an appended USER; the plan says so instead.
  const userDeclined = plan.changes.some((c) => c.title === 'Could not add a non-root USER');
  const ids = [...ALWAYS, ...(plan.runtime ? WHEN_RESTRUCTURED : [])].filter((id) => getRule(id) && !(userDeclined && /user/.test(id)));
  const still = analyze({ path: file.path, text: plan.text }, project, {}, { only: ids }).findings
    .filter((f) => ids.includes(f.ruleId) && f.range.start.line >= finalLine);
  for (const f of still) problems.push(`${where}:${f.range.start.line + 1}: ${f.ruleId} still fires after hardening`);
}

/** Reads and analyses every corpus file once, checking every property on the way. */
async function walk(): Promise<Pass> {
  requireCorpus();
  await initEngine();
  const pass: Pass = { files: 0, ruleFailures: [], brokenFixes: [], fixesChecked: 0, hardenProblems: [], planned: 0, restructured: 0, declined: 0 };
  for (const file of corpusFiles()) {
    pass.files++;
    const src = sourceOf(file);
    const project = corpusProject(dirname(src.path));
    const result = analyze(src, project);
    for (const err of result.errors) pass.ruleFailures.push(`${file.repo}/${file.repoPath}: ${err.ruleId}: ${err.message.split('\n')[0]}`);
    checkFixes(file, src, project, result, pass);
    if (file.kind === 'dockerfile') checkHarden(file, src.text, result, pass);
  }
  return pass;
}

let once: Promise<Pass> | undefined;
const corpusPass = (): Promise<Pass> => (once ??= walk());

describe('corpus', { skip: skipWithoutCorpus() }, () => {
  it('is present beside the project', () => {
    requireCorpus();
  });

  it('analyses every file without a rule failing', async () => {
    const pass = await corpusPass();
    assert.ok(pass.files > 1000, `only ${pass.files} corpus files`);
    assert.deepEqual(pass.ruleFailures, []);
  });

  it('keeps the fix contract for every fix offered', async () => {
    const pass = await corpusPass();
    assert.deepEqual(pass.brokenFixes.slice(0, 50), [], `${pass.brokenFixes.length} broken of ${pass.fixesChecked} fixes`);
  });

  it('hardens every Dockerfile: keeps every RUN, parses, is idempotent and silences the runtime rules', async (t) => {
    const { hardenProblems: problems, planned, restructured, declined } = await corpusPass();
    t.diagnostic(`planned ${planned} (restructured onto a minimal runtime: ${restructured}), declined ${declined}`);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems; planned ${planned}, restructured ${restructured}, declined ${declined}`);
    assert.ok(planned > 500, `only ${planned} of the corpus Dockerfiles could be planned`);
  });
});
