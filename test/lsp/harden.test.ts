/** "Harden this Dockerfile" over the protocol: the `shipshape/harden` request and the code action on the first FROM. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { HardenRequest } from '../../server/src/protocol.js';
import { makeWorkspace, TestClient } from './helpers/client.js';

const CASE = resolve(__dirname, '../harden/cases/python-pip');
const DOCKERFILE = readFileSync(join(CASE, 'Dockerfile'), 'utf8');
const EXPECTED = readFileSync(join(CASE, 'expected.Dockerfile'), 'utf8');

const codeActions = (client: TestClient, uri: string, line: number) =>
  client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: [], only: ['refactor'] },
  }) as Promise<CodeAction[]>;

describe('harden over LSP', () => {
  const ws = makeWorkspace({ Dockerfile: DOCKERFILE, 'requirements.txt': 'flask==3.0.3\n' });
  const uri = ws.uri('Dockerfile');

  describe('a client that reviews plans (VS Code)', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ folder: ws.dir, initializationOptions: { reviewsHardening: true } });
      await client.open(uri, DOCKERFILE);
    });
    after(() => client.kill());

    it('returns the plan without applying it', async () => {
      const plan = await client.connection.sendRequest(HardenRequest, { uri });
      assert.ok(plan.ok);
      assert.equal(plan.newText, EXPECTED);
      assert.equal(plan.version, 1);
      assert.equal(plan.runtime, 'python:3.11-slim');
      assert.deepEqual(plan.caveats, [{ text: 'python:3.11-slim instead of a distroless image: distroless Python 3.11 is Debian 12\'s, whose C library is older than the builder\'s Debian 13 (the image\'s default); packages compiled there may need symbols it lacks. Build on python:3.11-slim-bookworm to use it.', check: false }]);
      assert.match(plan.summary, /^4 changes to Dockerfile and a new \.dockerignore \(runtime python:3\.11-slim for the python:3\.11 build\)\. Note: python:3\.11-slim instead of a distroless image: /);
      assert.deepEqual(plan.createFiles.map((f) => f.uri), [ws.uri('.dockerignore')]);
      assert.equal(plan.changes[0].title, 'Builder stage `build`: your build steps, unchanged and in order');
      assert.equal(readFileSync(join(ws.dir, 'Dockerfile'), 'utf8'), DOCKERFILE);
    });

    it('offers the command on the first FROM only', async () => {
      const onFrom = await codeActions(client, uri, 0);
      assert.deepEqual(onFrom.map((a) => ({ title: a.title, kind: a.kind, command: a.command })), [{
        title: 'Harden this Dockerfile (multi-stage, minimal, non-root)…',
        kind: 'refactor.rewrite',
        command: { title: 'Harden this Dockerfile (multi-stage, minimal, non-root)…', command: 'shipshape.hardenDockerfile', arguments: [uri] },
      }]);
      assert.deepEqual(await codeActions(client, uri, 3), []);
    });

    it('offers the split as a quick fix of a shipped compiler', async () => {
      const other = ws.uri('compilers.Dockerfile');
      const published = await client.open(other, 'FROM python:3.11\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nCOPY . .\nCMD ["python", "app.py"]\n');
      const finding = published.diagnostics.find((d) => d.code === 'no-build-tools-in-final-stage');
      assert.ok(finding, 'no-build-tools-in-final-stage is reported');
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: other }, range: finding.range, context: { diagnostics: [finding], only: ['quickfix'] },
      }) as CodeAction[];
      const split = actions.find((a) => a.title === 'Split into build and runtime stages (Harden this Dockerfile…)');
      assert.deepEqual(split?.command, { title: 'Split into build and runtime stages (Harden this Dockerfile…)', command: 'shipshape.hardenDockerfile', arguments: [other] });
      assert.equal(split?.kind, 'quickfix');
      assert.equal(split?.diagnostics?.[0].code, 'no-build-tools-in-final-stage');
    });

    it('honours the runtime asked for', async () => {
      const plan = await client.connection.sendRequest(HardenRequest, { uri, runtime: 'chainguard' });
      assert.ok(plan.ok);
      // Chainguard's public python image is 3.14: the 3.11 build stays on 3.11, and the plan says why.
      assert.match(plan.newText, /^FROM python:3\.11-slim AS runtime$/m);
      assert.deepEqual(plan.caveats.map((c) => c.text), ['python:3.11-slim instead of a chainguard image: Chainguard\'s public `latest` image carries Python 3.14, not the builder\'s 3.11.']);
    });

    it('says why it cannot plan a file', async () => {
      const other = ws.uri('broken.Dockerfile');
      await client.open(other, 'RUN echo hi\n');
      assert.deepEqual(await client.connection.sendRequest(HardenRequest, { uri: other }),
        { ok: false, reason: 'This file has no FROM instruction, so there is no image to harden.' });
    });
  });

  describe('a plain LSP client', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ folder: ws.dir });
      await client.open(uri, DOCKERFILE);
    });
    after(() => client.kill());

    it('gets the rewrite as an edit the user chooses from the code-action menu', async () => {
      const [action] = await codeActions(client, uri, 0);
      assert.equal(action.title, 'Harden this Dockerfile (multi-stage, minimal, non-root)…');
      assert.equal(action.command, undefined);
      const lines = DOCKERFILE.split('\n');
      assert.deepEqual(action.edit?.documentChanges?.[0], {
        textDocument: { uri, version: 1 },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } }, newText: EXPECTED }],
      });
      assert.deepEqual(action.edit?.documentChanges?.[1], { kind: 'create', uri: ws.uri('.dockerignore'), options: { overwrite: false, ignoreIfExists: true } });
    });
  });

  describe('a project whose build already reads a .dockerignore', () => {
    const own = 'node_modules\n.git\n!.git/HEAD';
    const amending = makeWorkspace({ Dockerfile: DOCKERFILE, 'requirements.txt': 'flask==3.0.3\n', '.dockerignore': own });
    const target = amending.uri('Dockerfile');
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ folder: amending.dir });
      await client.open(target, DOCKERFILE);
    });
    after(() => client.kill());

    it('appends the missing lines at its end, in the plan and in the code action\'s edit', async () => {
      const plan = await client.connection.sendRequest(HardenRequest, { uri: target });
      assert.ok(plan.ok);
      assert.deepEqual(plan.createFiles, []);
      assert.deepEqual(plan.amendFiles.map((f) => [f.uri, f.original]), [[amending.uri('.dockerignore'), own]]);
      assert.ok(plan.amendFiles[0].append.startsWith('\n# Added by Shipshape: keep secrets and VCS data out of the build context.\n.env\n.env.*\n'), plan.amendFiles[0].append);
      assert.match(plan.summary, /^4 changes to Dockerfile and lines added to \.dockerignore /);
      const [action] = await codeActions(client, target, 0);
      assert.deepEqual(action.edit?.documentChanges?.[1], {
        textDocument: { uri: amending.uri('.dockerignore'), version: null },
        edits: [{ range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } }, newText: plan.amendFiles[0].append }],
      });
      assert.equal(readFileSync(join(amending.dir, '.dockerignore'), 'utf8'), own);
    });
  });
});
