/**
 * Over every real-world file of ../shared/corpus: analysis never throws and no
 * rule fails, and every offered fix keeps the fix contract (DESIGN.md): the
 * file still parses, the fix's own finding goes away, and every line the fix
 * is not about survives unchanged and in order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type SourceFile } from '../../server/src/engine/analyze.js';
import { applyEdits } from '../../server/src/engine/edits.js';
import { initEngine } from '../../server/src/engine/init.js';
import { parseYaml } from '../../server/src/parse/yaml.js';
import type { Finding, Fix, ProjectView } from '../../server/src/rules/types.js';
import { fsProject } from '../../server/src/node/fs-project.js';
import { corpusAvailable, corpusFiles, type CorpusFile } from '../helpers/corpus.js';

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

function stillParses(kind: string | undefined, before: string, after: string): boolean {
  if (kind === 'dockerfile' || kind === 'dockerignore' || kind === undefined) return true;
  return parseYaml(after).errors.length <= parseYaml(before).errors.length;
}

describe('corpus', () => {
  it('is present beside the project', () => {
    assert.ok(corpusAvailable(), 'expected ../shared/corpus/index.jsonl');
  });

  it('analyses every file without a rule failing', async () => {
    await initEngine();
    const files = corpusFiles();
    assert.ok(files.length > 1000, `only ${files.length} corpus files`);
    const failures: string[] = [];
    for (const file of files) {
      const src = sourceOf(file);
      const result = analyze(src, fsProject(dirname(src.path)));
      for (const err of result.errors) failures.push(`${file.repo}/${file.repoPath}: ${err.ruleId}: ${err.message.split('\n')[0]}`);
    }
    assert.deepEqual(failures, []);
  });

  it('keeps the fix contract for every fix offered', async () => {
    await initEngine();
    const broken: string[] = [];
    let checked = 0;
    for (const file of corpusFiles()) {
      const src = sourceOf(file);
      const project = fsProject(dirname(src.path));
      const result = analyze(src, project);
      const count = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id).length;
      for (const finding of result.findings) {
        for (const fix of finding.fixes) {
          checked++;
          const after = applyEdits(src.text, fix.edits);
          const where = `${file.repo}/${file.repoPath}:${finding.range.start.line + 1} ${finding.ruleId} "${fix.title}"`;
          if (!stillParses(result.kind, src.text, after)) broken.push(`${where}: no longer parses`);
          if (!untouchedLinesSurvive(src.text, after, fix)) broken.push(`${where}: changed lines it is not about`);
          for (const o of fix.otherFiles ?? []) if (o.create && project.exists(o.path)) broken.push(`${where}: creates ${o.path}, which exists`);
          const again = analyze({ ...src, text: after }, withOtherFiles(project, fix));
          if (again.errors.length) broken.push(`${where}: a rule failed after the fix`);
          if (count(again.findings, finding.ruleId) >= count(result.findings, finding.ruleId)) broken.push(`${where}: its finding did not go away`);
          if (after === src.text && !fix.otherFiles?.length) broken.push(`${where}: changes nothing`);
        }
      }
    }
    assert.deepEqual(broken.slice(0, 50), [], `${broken.length} broken of ${checked} fixes`);
  });
});
