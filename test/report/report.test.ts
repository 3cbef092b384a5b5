/**
 * `shipshape report`: the Markdown of examples/atm-system against a golden
 * file, the JSON against schemas/report.schema.json, the checklist of a
 * hardened project with its evidence, the HTML's self-containment, and
 * `--baseline`. The CLI's main runs in this process (what it prints and
 * writes is the subject here; test/cli covers the process around it).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { CHECKLIST, checklistRuleIds, checklistTable, type SubjectKind } from '../../server/src/report/checklist.js';
import { renderHtml } from '../../server/src/report/html.js';
import { prose } from '../../server/src/report/markdown.js';
import type { SecurityReport } from '../../server/src/report/model.js';
import { getRule } from '../../server/src/rules/index.js';
import { EXAMPLE, REPO, makeTree } from '../cli/helpers.js';
import { runMain } from '../helpers/cli-main.js';
import { expectGolden } from '../golden/golden.js';
import { HARDENED } from './fixtures.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas/report.schema.json'), 'utf8')));

async function jsonReport(cwd: string, args: string[] = []): Promise<SecurityReport> {
  const r = await runMain(['report', '--format', 'json', ...args], cwd);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  const report = JSON.parse(r.stdout) as SecurityReport;
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  return report;
}

/** An item as the tests compare it: status, evidence as `path:line message`, note. */
function items(report: SecurityReport, subject: string) {
  const s = report.subjects.find((x) => x.id === subject);
  assert.ok(s, `no subject ${subject} in ${report.subjects.map((x) => x.id).join(', ')}`);
  return Object.fromEntries(s.items.map((i) => [i.id, [i.status, ...i.evidence.map((e) => `${e.path}:${e.line} ${e.ruleId ?? e.message}`), ...(i.note ? [i.note] : [])]]));
}

describe('shipshape report', () => {
  it('Markdown on examples/atm-system', async () => {
    const r = await runMain(['report'], EXAMPLE);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    expectGolden(join(REPO, 'test/golden/atm-system/report.md'), r.stdout);
  });

  it('JSON on examples/atm-system: valid, one subject per image, service, workload and the repository, counts that add up', async () => {
    const report = await jsonReport(EXAMPLE);
    assert.deepEqual(report.subjects.map((s) => [s.id, s.score]), [
      ['image:Dockerfile', 16],
      ['compose-service:docker-compose.yml#atm', 12],
      ['compose-service:docker-compose.yml#db', 25],
      ['kubernetes-workload:k8s/deployment.yaml#0/Deployment/atm-system', 9],
      ['repository', 25],
    ]);
    const all = report.subjects.flatMap((s) => s.items);
    assert.deepEqual(report.counts, { pass: all.filter((i) => i.status === 'pass').length, fail: all.filter((i) => i.status === 'fail').length, na: all.filter((i) => i.status === 'n/a').length });
    assert.equal(report.score, Math.floor((100 * report.counts.pass) / (report.counts.pass + report.counts.fail)));
    assert.equal(report.findings.length, 52);
    assert.deepEqual(report.severities, { error: 4, warning: 24, info: 22, hint: 2 });
    const image = items(report, 'image:Dockerfile');
    assert.deepEqual(image['multi-stage'], ['fail', 'Dockerfile:10 no-build-tools-in-final-stage', 'Dockerfile:2 the only stage: FROM python:latest', 'a single stage builds and ships the image']);
    assert.deepEqual(image['non-root'], ['fail', 'Dockerfile:2 require-user']);
    assert.deepEqual(image['dockerignore'], ['fail', 'Dockerfile:13 copy-whole-context-without-dockerignore']);
    assert.deepEqual(image['deps-pinned'], ['pass', 'no finding']);
    const db = items(report, 'compose-service:docker-compose.yml#db');
    assert.deepEqual(db['network-isolation'], ['fail', 'docker-compose.yml:16 compose-internal-backend-network', 'docker-compose.yml:19 compose-no-public-backend-ports']);
    assert.deepEqual(db['non-root'], ['n/a', "no user: set, and the image's default user is not known"]);
    assert.deepEqual(items(report, 'compose-service:docker-compose.yml#atm')['pinned-image'], ['n/a', 'built from a Dockerfile (see that image)']);
    assert.deepEqual(items(report, 'repository')['image-scanning'], ['fail', '.github/workflows/build.yml:14 ci-require-image-scan']);
    assert.deepEqual(report.nextSteps[0], {
      title: 'Harden Dockerfile',
      detail: 'multi-stage build, minimal or distroless runtime, runs as a non-root user fail: the harden plan rewrites it into a builder stage and a minimal runtime running as a non-root user, and shows the diff first (in VS Code: "Shipshape: Harden this Dockerfile").',
      command: 'shipshape harden Dockerfile',
      ruleIds: ['no-build-tools-in-final-stage', 'prefer-minimal-runtime', 'require-user'],
    });
    assert.equal(report.nextSteps[1].command, 'shipshape scan --fix Dockerfile');
  });

  it('a hardened project passes, with the lines that show it', async () => {
    const report = await jsonReport(makeTree(HARDENED));
    assert.equal(report.findings.length, 0);
    assert.equal(report.score, 100);
    const image = items(report, 'image:Dockerfile');
    assert.deepEqual(image['multi-stage'], ['pass', 'Dockerfile:1 stage 1: FROM python:3.12-slim', 'Dockerfile:3 final stage: FROM gcr.io/distroless/python3-debian12:nonroot']);
    assert.deepEqual(image['minimal-runtime'], ['pass', 'Dockerfile:3 final stage runs on gcr.io/distroless/python3-debian12:nonroot']);
    assert.deepEqual(image['non-root'], ['pass', 'Dockerfile:7 USER 65532:65532']);
    assert.deepEqual(image['unprivileged-port'], ['pass', 'Dockerfile:8 EXPOSE 8080']);
    assert.deepEqual(image['dockerignore'], ['pass', '.dockerignore:1 excludes the sensitive files the rules look for']);
    assert.deepEqual(image['base-updates'], ['pass', '.github/dependabot.yml:1 a docker entry covers /']);
    const web = items(report, 'kubernetes-workload:k8s/web.yaml#0/Deployment/web');
    assert.deepEqual(web, {
      'pinned-image': ['pass', 'no finding'],
      'no-secrets': ['pass', 'no finding'],
      'debug-off': ['pass', 'no finding'],
      'run-as-non-root': ['pass', 'k8s/web.yaml:17 web: runAsNonRoot true'],
      'run-as-user': ['pass', 'k8s/web.yaml:18 web: runAsUser 10001'],
      'read-only-root-filesystem': ['pass', 'k8s/web.yaml:30 web: readOnlyRootFilesystem true'],
      'no-privilege-escalation': ['pass', 'k8s/web.yaml:29 web: allowPrivilegeEscalation false'],
      capabilities: ['pass', 'k8s/web.yaml:32 web: capabilities {drop: [ALL]}'],
      seccomp: ['pass', 'k8s/web.yaml:20 web: seccompProfile {type: RuntimeDefault}'],
      'not-privileged': ['pass', 'no finding'],
      'least-privilege': ['pass', 'no finding'],
      'resource-limits': ['pass', 'no finding'],
    });
    assert.deepEqual(items(report, 'repository')['image-scanning'], ['n/a', 'no CI workflow among the scanned files']);
    assert.deepEqual(report.nextSteps, []);
  });

  it('an item whose rules are all off is not applicable, and leaves the score', async () => {
    const dir = makeTree({ Dockerfile: 'FROM node:20-slim\nRUN npm install -g left-pad\nUSER node\n' });
    const on = await jsonReport(dir);
    assert.deepEqual(items(on, 'image:Dockerfile')['deps-pinned'], ['fail', 'Dockerfile:2 npm-pin-versions']);
    const off = await jsonReport(dir, ['--rule', 'npm-pin-versions=off', '--rule', 'pip-pin-versions=off', '--rule', 'gem-pin-versions=off', '--rule', 'go-install-version=off']);
    assert.deepEqual(items(off, 'image:Dockerfile')['deps-pinned'], ['n/a', 'not checked: pip-pin-versions, npm-pin-versions, gem-pin-versions, go-install-version, apt-pin-versions, apk-pin-versions, yum-pin-versions, dnf-pin-versions, zypper-pin-versions are off']);
    assert.equal(off.counts.fail, on.counts.fail - 1);
  });

  it('HTML: self-contained, every finding linked to its rule section on the page', async () => {
    const r = await runMain(['report', '--format', 'html'], EXAMPLE);
    assert.equal(r.code, 0);
    const html = r.stdout;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(|src=/i);
    const targets = [...html.matchAll(/href="#(rule-[^"]+)"/g)].map((m) => m[1]);
    assert.ok(targets.length >= 52);
    for (const t of new Set(targets)) assert.match(html, new RegExp(`<section class="rule" id="${t}">`));
    assert.equal((html.match(/<li data-rule=/g) ?? []).length, 52);
    assert.equal((html.match(/<tr data-item=/g) ?? []).length, 47);
    assert.match(html, /<svg class="chart" role="img"/);
    assert.match(html, /<rect [^>]*data-category="Privileges" data-severity="error" data-count="2">/);
  });

  it('HTML for a webview: nonce-bound script and style, nothing else allowed', () => {
    const empty: SecurityReport = {
      schema: 'shipshape-report/1', tool: { name: 'shipshape', version: '0' }, scoring: 's', score: null, counts: { pass: 0, fail: 0, na: 0 },
      severities: { error: 0, warning: 0, info: 0, hint: 0 }, subjects: [], findings: [], nextSteps: [], rules: [],
    };
    const html = renderHtml(empty, { webview: { nonce: 'abc123', cspSource: 'vscode-resource:' } });
    assert.match(html, /content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;; img-src vscode-resource: data:"/);
    assert.match(html, /<style nonce="abc123">/);
    assert.match(html, /<script nonce="abc123">[\s\S]*postMessage\(\{ command: 'open', path: a.getAttribute\('data-path'\), line: Number\(a.getAttribute\('data-line'\)\) \}\)/);
  });

  it('--baseline: what got better and what got worse', async () => {
    const env = 'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\n';
    const dir = makeTree({ Dockerfile: `FROM python:3.12-slim\n${env}COPY app.py /app/\nCMD ["python", "/app/app.py"]\n`, 'app.py': '' });
    const before = await jsonReport(dir);
    writeFileSync(join(dir, 'before.json'), JSON.stringify(before));
    writeFileSync(join(dir, 'Dockerfile'), `FROM python:3.12-slim\n${env}COPY app.py /app/\nUSER 10001\nENV FLASK_DEBUG=1\nCMD ["python", "/app/app.py"]\n`);
    const after = await jsonReport(dir, ['--baseline', 'before.json']);
    assert.deepEqual(after.baseline?.better, [{ subject: 'Dockerfile', item: 'Runs as a non-root user', from: 'fail', to: 'pass' }]);
    assert.deepEqual(after.baseline?.worse, [{ subject: 'Dockerfile', item: 'Debug off, production environment', from: 'pass', to: 'fail' }]);
    assert.deepEqual(after.baseline?.fixedFindings.map((f) => f.ruleId), ['require-user']);
    assert.deepEqual(after.baseline?.newFindings.map((f) => `${f.ruleId} ${f.line}`), ['no-debug-mode 5']);
    assert.equal(after.baseline?.previousScore, before.score);
    assert.equal(after.baseline?.scoreDelta, 0);
    const md = await runMain(['report', '--baseline', 'before.json'], dir);
    assert.match(md.stdout, /## Since the baseline\n\nRepository score unchanged: \d+ \/ 100 → \+0\.\n\n\*\*Better\*\* \(2\)\n\n- Dockerfile: Runs as a non-root user \(fail → pass\)\n- fixed: `Dockerfile:1` require-user: /);
  });

  it('--baseline that is not a report, or missing: exit 2 with the reason', async () => {
    const dir = makeTree({ Dockerfile: 'FROM scratch\n', 'x.json': '{"version": 1}' });
    const bad = await runMain(['report', '--baseline', 'x.json'], dir);
    assert.deepEqual([bad.code, bad.stdout, bad.stderr], [2, '', 'shipshape: the baseline x.json is not a Shipshape report (expected "schema": "shipshape-report/1")\n']);
    const missing = await runMain(['report', '--baseline', 'nope.json'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^shipshape: cannot read the baseline nope\.json: ENOENT/);
  });

  it('odd and broken files give a report, never a crash', async () => {
    const dir = makeTree({
      Dockerfile: '',
      'b/Dockerfile': '# only a comment\nRUN echo hi\n',
      'c/Dockerfile': 'ARG BASE\nFROM $BASE\nUSER $U\n',
      'd/Dockerfile.windows': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE 80\n',
      'compose.yaml': 'services:\n',
      'x/docker-compose.yml': 'services:\n  a:\n  b: [1,2]\n  c:\n    <<: *nope\n',
      'k8s/list.yaml': 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p}\n    spec:\n      containers: []\n  - kind: Deployment\n',
      'k8s/bad.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: [x\n',
      '.github/workflows/w.yml': 'on: push\njobs: 5\n',
      '.dockerignore': '\0\0\0',
    });
    const report = await jsonReport(dir);
    assert.deepEqual(report.subjects.map((s) => `${s.id} ${s.score}`), [
      'image:Dockerfile null',
      'image:b/Dockerfile null',
      'image:c/Dockerfile 75',
      'image:d/Dockerfile.windows 75',
      'kubernetes-workload:k8s/bad.yaml#0/Pod/(unnamed) null',
      'kubernetes-workload:k8s/list.yaml#0/Pod/p null',
      'repository 100',
    ]);
    const windows = items(report, 'image:d/Dockerfile.windows');
    assert.deepEqual(windows['non-root'], ['n/a', 'Windows images have another user model']);
    assert.deepEqual(windows['unprivileged-port'], ['n/a', 'the privileged ports it exposes are not judged for this image']);
    assert.deepEqual(items(report, 'image:c/Dockerfile')['non-root'], ['n/a', 'the user cannot be known (the base image or USER comes from a build argument)']);
    for (const format of ['md', 'html']) assert.equal((await runMain(['report', '--format', format], dir)).code, 0);
  });

  it('Markdown: text that looks like HTML is escaped outside code spans, so GitHub shows it', async () => {
    const dir = makeTree({ 'k/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n' });
    const r = await runMain(['report'], dir);
    assert.equal(r.code, 0);
    const step = r.stdout.split('\n').find((l) => l.includes('(k8s-no-naked-pod)**'));
    assert.equal(step, '10. **Run the Pod from a one-replica Deployment (pods are then named web-&lt;hash>; delete the old Pod) (k8s-no-naked-pod)** — Pod without a controller, at k/pod.yaml:4: a quick fix to review and apply in the editor (not applied by --fix).');
    assert.equal(prose('USER app: use `USER <uid>` or <uid>, & &amp; stays &'), 'USER app: use `USER <uid>` or &lt;uid>, & &amp;amp; stays &');
  });

  it('--out writes the file', async () => {
    const dir = makeTree(HARDENED);
    const r = await runMain(['report', '--format', 'html', '--out', 'report.html'], dir);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /<a class="evidence" href="Dockerfile#L7" data-path="Dockerfile" data-line="7">/);
    // Written in a subfolder, the page links to the files from there.
    mkdirSync(join(dir, 'out'));
    assert.equal((await runMain(['report', '--format', 'html', '--out', 'out/r.html'], dir)).code, 0);
    assert.match(readFileSync(join(dir, 'out/r.html'), 'utf8'), /<a class="evidence" href="..\/Dockerfile#L7" data-path="Dockerfile" data-line="7">/);
  });
});

describe('the checklist table', () => {
  const KIND_FILES: Record<SubjectKind, string[]> = {
    image: ['dockerfile', 'dockerignore'],
    'compose-service': ['compose'],
    'kubernetes-workload': ['kubernetes'],
    repository: ['workflow', 'dependabot'],
  };

  it('names only registered rules, each for a subject of its file kind', () => {
    for (const item of CHECKLIST) {
      for (const [kind, ids] of Object.entries(item.rules) as [SubjectKind, string[]][]) {
        for (const id of ids) {
          const rule = getRule(id);
          assert.ok(rule, `${item.id}: unknown rule ${id}`);
          assert.ok(KIND_FILES[kind].includes(rule.meta.kind), `${item.id}: ${id} is a ${rule.meta.kind} rule, not one of a ${kind}`);
        }
      }
    }
  });

  it('puts each rule in one item, so one finding fails one item', () => {
    const seen = new Map<string, string>();
    for (const item of CHECKLIST) {
      for (const id of Object.values(item.rules).flat()) {
        assert.ok(!seen.has(id) || seen.get(id) === item.id, `${id} is in ${seen.get(id)} and ${item.id}`);
        seen.set(id, item.id);
      }
    }
    assert.equal(seen.size, checklistRuleIds().length);
  });
});

describe('docs/security-report.md', () => {
  it('holds the checklist table as the code has it', () => {
    const doc = readFileSync(join(REPO, 'docs/security-report.md'), 'utf8');
    const table = /<!-- checklist:start -->\n([\s\S]*?)\n<!-- checklist:end -->/.exec(doc)?.[1];
    assert.equal(table, checklistTable(), 'the table in docs/security-report.md is out of date: copy checklistTable() into it');
  });
});
