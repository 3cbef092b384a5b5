/**
 * Golden tests of "Harden this Dockerfile": each folder under cases/ holds a
 * realistic Dockerfile and the plan's expected result (`expected.Dockerfile`)
 * and explanation (`expected-changes.txt`), reviewed by hand. Regenerate with
 * UPDATE_GOLDEN=1 and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { initEngine } from '../../server/src/engine/init.js';
import { planHarden, type HardenPlan } from '../../server/src/harden/plan.js';
import { fsProject } from '../../server/src/node/fs-project.js';

const CASES = resolve(__dirname, 'cases');
const EXAMPLE = resolve(__dirname, '../../examples/atm-system');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  if (update || !existsSync(file)) {
    assert.ok(update, `missing golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(file, actual);
  }
  assert.equal(actual, readFileSync(file, 'utf8'));
}

function hardened(dir: string, runtime?: 'distroless' | 'chainguard' | 'alpine' | 'slim' | 'scratch'): HardenPlan {
  const path = join(dir, 'Dockerfile');
  const plan = planHarden({ path, text: readFileSync(path, 'utf8') }, fsProject(dir), {}, runtime ? { runtime } : {});
  assert.ok(plan.ok, plan.ok ? '' : plan.reason);
  return plan;
}

const render = (plan: HardenPlan, dir: string) =>
  [...plan.changes.map((c) => `- ${c.title}\n  ${c.detail}`), ...plan.createFiles.map((f) => `+ ${f.path.slice(dir.length + 1)}`)].join('\n') + '\n';

describe('harden', () => {
  const cases = readdirSync(CASES).filter((d) => existsSync(join(CASES, d, 'Dockerfile'))).sort();

  it('has a case per ecosystem', () => {
    assert.deepEqual(cases, ['already-hardened', 'dotnet', 'generic', 'go', 'java-gradle', 'java-maven', 'node-npm', 'node-pnpm', 'node-yarn',
      'python-pip', 'python-pipenv', 'python-poetry', 'python-uv', 'rust', 'static-binary']);
  });

  for (const name of cases) {
    it(`hardens ${name} as reviewed`, async () => {
      await initEngine();
      const dir = join(CASES, name);
      const plan = hardened(dir);
      golden(join(dir, 'expected.Dockerfile'), plan.text);
      golden(join(dir, 'expected-changes.txt'), render(plan, dir));
    });

    it(`is idempotent on ${name}`, async () => {
      await initEngine();
      const dir = join(CASES, name);
      const once = hardened(dir);
      const twice = planHarden({ path: join(dir, 'Dockerfile'), text: once.text }, fsProject(dir));
      assert.ok(twice.ok);
      assert.equal(twice.text, once.text);
    });
  }

  it('hardens the demo project as the README shows', async () => {
    await initEngine();
    const plan = hardened(EXAMPLE);
    golden(join(CASES, '..', 'atm-system.expected.Dockerfile'), plan.text);
    assert.deepEqual(plan.createFiles.map((f) => f.path), [join(EXAMPLE, '.dockerignore')]);
    assert.match(plan.createFiles[0].content, /^\.env$/m);
  });

  it('proposes nothing for a hardened file', async () => {
    await initEngine();
    const plan = hardened(join(CASES, 'already-hardened'));
    assert.equal(plan.text, readFileSync(join(CASES, 'already-hardened', 'Dockerfile'), 'utf8'));
    assert.deepEqual(plan.changes, []);
    assert.deepEqual(plan.createFiles, []);
  });

  it('moves a Python app onto Chainguard or slim by setting, keeping its Python', async () => {
    await initEngine();
    const at = (from: string, runtime: 'chainguard' | 'slim') => {
      const plan = planHarden({ path: '/nowhere/Dockerfile', text: `FROM ${from}\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n` }, undefined, {}, { runtime });
      assert.ok(plan.ok);
      return plan;
    };
    assert.match(at('python:3.14-slim', 'chainguard').text, /^FROM cgr\.dev\/chainguard\/python:latest AS runtime$/m);
    const fallback = at('python:3.11-slim', 'chainguard');
    assert.match(fallback.text, /^# Note: python:3\.11-slim instead of a chainguard image: Chainguard's public `latest` image carries Python\n#   3\.14, not the builder's 3\.11\.\nFROM python:3\.11-slim AS runtime$/m);
    assert.deepEqual(fallback.caveats, [{ text: 'python:3.11-slim instead of a chainguard image: Chainguard\'s public `latest` image carries Python 3.14, not the builder\'s 3.11.', check: false }]);
    const slim = at('python:3.11', 'slim').text;
    assert.match(slim, /^FROM python:3\.11-slim AS runtime$/m);
    assert.match(slim, /^RUN groupadd --system --gid 10001 app && useradd .*\nUSER 10001:10001$/m);
  });

  it('puts a static binary on scratch when asked', async () => {
    await initEngine();
    const plan = hardened(join(CASES, 'static-binary'), 'scratch');
    assert.match(plan.text, /^FROM scratch\nCOPY --from=build \/bin\/server \/bin\/server\n/m);
  });

  it('explains what it cannot do instead of half-rewriting', () => {
    assert.deepEqual(planHarden({ path: '/x/Dockerfile', text: 'RUN echo hi\n' }),
      { ok: false, reason: 'This file has no FROM instruction, so there is no image to harden.' });
    assert.deepEqual(planHarden({ path: '/x/Dockerfile', text: 'ARG BASE\nFROM $BASE\nRUN make\n' }),
      { ok: false, reason: 'The final image `$BASE` comes from a build argument without a default, so Shipshape cannot tell what it builds. Give the ARG a default and try again.' });
    assert.deepEqual(planHarden({ path: '/x/Dockerfile', text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n' }),
      { ok: false, reason: 'This is a Windows image; Shipshape hardens Linux images only.' });
  });

  it('moves a start command that needs a shell onto a runtime with one, and says why', async () => {
    await initEngine();
    const text = 'FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD python app.py && echo done\n';
    const plan = planHarden({ path: '/nowhere/Dockerfile', text });
    assert.ok(plan.ok);
    assert.match(plan.text, /^FROM python:3\.11-slim AS runtime$/m);
    assert.match(plan.text, /^USER 10001:10001\nCMD python app\.py && echo done\n$/m);
    assert.deepEqual(plan.caveats, [{ text: 'python:3.11-slim instead of a distroless image: the start command needs a shell (shell form: `python app.py && echo done`), which distroless images do not have.', check: false }]);
    assert.ok(!plan.changes.some((c) => /exec form/i.test(c.title + c.detail)));
    assert.equal(plan.summary, '3 changes to Dockerfile and a new .dockerignore (runtime python:3.11-slim for the python:3.11 build). Note: python:3.11-slim instead of a distroless image: the start command needs a shell (shell form: `python app.py && echo done`), which distroless images do not have.');
  });

  it('keeps an exec-form script entrypoint and does not ask for exec form', async () => {
    await initEngine();
    const text = 'FROM node:22-bookworm\nWORKDIR /app\nCOPY . .\nRUN npm ci\nENTRYPOINT ["./docker-entrypoint.sh"]\n';
    const plan = planHarden({ path: '/nowhere/Dockerfile', text });
    assert.ok(plan.ok);
    assert.match(plan.text, /^FROM node:22-bookworm-slim AS runtime\n/m);
    assert.match(plan.text, /^USER 1000\nENTRYPOINT \["\.\/docker-entrypoint\.sh"\]\n$/m);
    assert.ok(!plan.changes.some((c) => /exec form/i.test(c.title + c.detail)));
  });
});
