/**
 * Properties of the harden plan over every Dockerfile of ../shared/corpus:
 * the output parses into stages, every RUN of the input is still there,
 * hardening twice equals hardening once, and on the final stage the user and
 * debug rules no longer fire (and, where the plan moved the app onto a minimal
 * runtime, neither do the runtime-image and multi-stage rules).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { planHarden } from '../../server/src/harden/plan.js';
import { parseDockerfile } from '../../server/src/parse/dockerfile.js';
import { getRule } from '../../server/src/rules/index.js';
import { fsProject } from '../../server/src/node/fs-project.js';
import { corpusFiles } from '../helpers/corpus.js';

const ALWAYS = ['no-root-user', 'require-user', 'no-debug-mode'];
const WHEN_RESTRUCTURED = ['prefer-minimal-runtime', 'no-build-tools-in-final-stage'];

describe('harden over the corpus', () => {
  it('keeps every RUN, parses, is idempotent and silences the runtime rules', async (t) => {
    await initEngine();
    const problems: string[] = [];
    let planned = 0;
    let restructured = 0;
    let declined = 0;
    for (const file of corpusFiles('dockerfile')) {
      const text = readFileSync(file.path, 'utf8');
      const where = `${file.repo}/${file.repoPath}`;
      const project = fsProject(dirname(file.path));
      const plan = planHarden({ path: file.path, text }, project);
      if (!plan.ok) {
        declined++;
        if (!plan.reason.trim()) problems.push(`${where}: declined without a reason`);
        continue;
      }
      planned++;
      if (plan.runtime) restructured++;
      const after = parseDockerfile(plan.text);
      if (!after.finalStage) problems.push(`${where}: output has no stage`);
      const runsBefore = parseDockerfile(text).instructions.filter((i) => i.getKeyword() === 'RUN');
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
      const still = analyze({ path: file.path, text: plan.text }, project).findings
        .filter((f) => ids.includes(f.ruleId) && f.range.start.line >= finalLine);
      for (const f of still) problems.push(`${where}:${f.range.start.line + 1}: ${f.ruleId} still fires after hardening`);
    }
    t.diagnostic(`planned ${planned} (restructured onto a minimal runtime: ${restructured}), declined ${declined}`);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems; planned ${planned}, restructured ${restructured}, declined ${declined}`);
    assert.ok(planned > 500, `only ${planned} of the corpus Dockerfiles could be planned`);
  });
});
