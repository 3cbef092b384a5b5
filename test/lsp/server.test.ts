/**
 * The language server as an editor sees it: a plain JSON-RPC client drives the
 * bundled server over stdio and checks what it publishes and answers.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type ConfigurationItem,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../../server/src/engine/edits.js';
import { RuleDocRequest, ScanWorkspaceRequest, WATCHED_REGISTRATION_GLOB } from '../../server/src/protocol.js';
import { rules } from '../../server/src/rules/index.js';
import type { TextEdit } from '../../server/src/rules/types.js';
import { buildServer, makeWorkspace, TestClient } from './helpers/client.js';

const DOC_URL = 'https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/no-root-user.md';

/**
 * Editor settings that turn every rule off except the given ones (left unset
 * unless a severity is given), so other rules' findings stay out of these tests.
 */
function only(ids: string[], severities: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(rules.flatMap((r) => {
    if (!ids.includes(r.meta.id)) return [[r.meta.id, 'off']];
    return severities[r.meta.id] ? [[r.meta.id, severities[r.meta.id]]] : [];
  }));
}

const ROOT_DOCKERFILE = `FROM python:3.12-slim
RUN pip install flask
USER root
CMD ["python", "app.py"]
`;

const ROOT_DIAGNOSTIC: Diagnostic = {
  range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } },
  severity: 2,
  code: 'no-root-user',
  source: 'shipshape',
  message: 'The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT',
  data: { ruleId: 'no-root-user', version: 1 },
  codeDescription: { href: DOC_URL },
};

const editsOf = (action: CodeAction) => (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];

describe('language server', () => {
  before(() => buildServer());

  describe('with a Dockerfile open', () => {
    const ws = makeWorkspace({ 'app/Dockerfile': ROOT_DOCKERFILE, 'app/docker-compose.yml': 'services:\n  web:\n    build: .\n' });
    const uri = ws.uri('app/Dockerfile');
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: only(['no-root-user']) }) });
    });
    after(() => client.kill());

    it('declares diagnostics by push, code actions (quick fix, harden rewrite, fix all) and hover', () => {
      assert.deepEqual(client.initializeResult.capabilities, {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll.shipshape'], resolveProvider: true },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      });
      assert.equal(client.initializeResult.serverInfo?.name, 'shipshape');
    });

    it('publishes the findings on open with rule id, doc link, source and severity', async () => {
      const published = await client.open(uri, ROOT_DOCKERFILE);
      assert.deepEqual(published, { uri, version: 1, diagnostics: [ROOT_DIAGNOSTIC] });
      assert.deepEqual(client.configurationRequests[0], { scopeUri: uri, section: 'shipshape' });
    });

    it('registers a watcher for the files other files depend on, and for configuration changes', () => {
      assert.deepEqual(
        client.registrations.map((r) => [r.method, r.registerOptions]),
        [
          ['workspace/didChangeConfiguration', { section: 'shipshape' }],
          ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: WATCHED_REGISTRATION_GLOB }] }],
        ],
      );
    });

    it('offers each fix as a quick fix with its edit inline, then disable and documentation actions', async () => {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } },
        context: { diagnostics: [ROOT_DIAGNOSTIC] },
      }) as CodeAction[];
      assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
        ['Create an unprivileged user and run as it (review: changes behaviour)', 'quickfix', false],
        ['Run as UID 65532 (no user entry needed) (review: changes behaviour)', 'quickfix', false],
        ['Disable no-root-user for this line', 'quickfix', false],
        ['Show documentation for no-root-user', 'quickfix', false],
      ]);
      assert.deepEqual(actions[1], {
        title: 'Run as UID 65532 (no user entry needed) (review: changes behaviour)',
        kind: 'quickfix',
        diagnostics: [ROOT_DIAGNOSTIC],
        edit: {
          documentChanges: [{
            textDocument: { uri, version: 1 },
            edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'USER 65532:65532\n' }],
          }],
        },
      });
      assert.deepEqual(actions[2].edit, {
        documentChanges: [{
          textDocument: { uri, version: 1 },
          edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '# shipshape-ignore no-root-user\n' }],
        }],
      });
      assert.deepEqual(actions[3], {
        title: 'Show documentation for no-root-user',
        kind: 'quickfix',
        command: { title: 'Show documentation for no-root-user', command: 'shipshape.showRuleDoc', arguments: ['no-root-user'] },
      });
    });

    it('offers nothing where there is no finding', async () => {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });
      assert.deepEqual(actions, []);
    });

    it('offers no fix-all when the only fixes are unsafe', async () => {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(actions, []);
    });

    it('explains a squiggle on hover in one line of why, with a link to the full doc', async () => {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 7 } });
      assert.ok(hover);
      assert.deepEqual(hover.range, ROOT_DIAGNOSTIC.range);
      const { kind, value } = hover.contents as MarkupContent;
      assert.equal(kind, 'markdown');
      assert.equal(value, [
        "**The final stage runs as root** (`no-root-user`) — The last `USER` of the stage that ships decides who the container's process is.",
        '---',
        `Full documentation: [no-root-user](${DOC_URL})`,
      ].join('\n\n'));
    });

    it('shows what it knows about the image when hovering FROM', async () => {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 10 } });
      assert.ok(hover);
      assert.deepEqual(hover.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 21 } });
      const { value } = hover.contents as MarkupContent;
      assert.equal(value.split('\n')[0], '**`python:3.12-slim`**');
      assert.ok(!value.includes('no-root-user'));
    });

    it('answers no hover away from findings and images', async () => {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
      assert.equal(hover, null);
    });

    it('re-analyses the unsaved buffer on every change and publishes the latest version', async () => {
      const since = client.published.length;
      await client.change(uri, 2, ROOT_DOCKERFILE.replace('USER root', 'USER app'));
      assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 2, since), { uri, version: 2, diagnostics: [] });
      await client.change(uri, 3, ROOT_DOCKERFILE.replace('USER root', 'USER 0'));
      await client.change(uri, 4, `# base\n${ROOT_DOCKERFILE}`);
      const latest = await client.diagnostics(uri, (p) => p.version === 4, since);
      assert.deepEqual(latest.diagnostics, [{
        ...ROOT_DIAGNOSTIC,
        range: { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } },
        data: { ruleId: 'no-root-user', version: 4 },
      }]);
      const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions published out of order');
    });

    it('applies a quick fix: the edit removes the diagnostic', async () => {
      const text = `# base\n${ROOT_DOCKERFILE}`;
      const [fix] = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } },
        context: { diagnostics: [] },
      }) as CodeAction[];
      assert.equal(fix.title, 'Create an unprivileged user and run as it (review: changes behaviour)');
      assert.deepEqual((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 4 });
      const fixed = applyEdits(text, editsOf(fix));
      assert.equal(fixed, `# base
FROM python:3.12-slim
RUN pip install flask
USER root
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
USER 10001:10001
CMD ["python", "app.py"]
`);
      const since = client.published.length;
      await client.change(uri, 5, fixed);
      assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 5, since)).diagnostics, []);
    });

    it('applies "Disable for this line": the suppression comment silences the finding', async () => {
      let since = client.published.length;
      await client.change(uri, 6, ROOT_DOCKERFILE);
      await client.diagnostics(uri, (p) => p.version === 6, since);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: ROOT_DIAGNOSTIC.range,
        context: { diagnostics: [], only: ['quickfix'] },
      }) as CodeAction[];
      const disable = actions.find((a) => a.title === 'Disable no-root-user for this line')!;
      since = client.published.length;
      await client.change(uri, 7, applyEdits(ROOT_DOCKERFILE, editsOf(disable)));
      assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 7, since)).diagnostics, []);
    });

    it('re-analyses open documents when a watched file changes', async () => {
      const since = client.published.length;
      await client.changeWatchedFiles([{ uri: ws.uri('app/.dockerignore'), type: 1 }]);
      const again = await client.diagnostics(uri, () => true, since);
      assert.equal(again.version, 7);
    });

    it('scans files that are not open, from disk, and open ones as they are in the editor', async () => {
      const result = await client.connection.sendRequest(ScanWorkspaceRequest, {
        uris: [ws.uri('app/Dockerfile'), ws.uri('app/docker-compose.yml'), ws.uri('app/missing.yaml')],
      });
      assert.deepEqual(result, {
        files: [
          { uri: ws.uri('app/Dockerfile'), kind: 'dockerfile', diagnostics: [] },
          { uri: ws.uri('app/docker-compose.yml'), kind: 'compose', diagnostics: [] },
          { uri: ws.uri('app/missing.yaml'), diagnostics: [] },
        ],
      });
      const other = makeWorkspace({ Dockerfile: ROOT_DOCKERFILE });
      const scanned = await client.connection.sendRequest(ScanWorkspaceRequest, { uris: [other.uri('Dockerfile')] });
      assert.deepEqual(scanned.files[0].diagnostics, [{ ...ROOT_DIAGNOSTIC, data: { ruleId: 'no-root-user', version: 0 } }]);
    });

    it('serves rule docs by id', async () => {
      const doc = await client.connection.sendRequest(RuleDocRequest, { ruleId: 'no-root-user' });
      assert.equal(doc?.title, 'The final stage runs as root');
      assert.equal(doc?.url, DOC_URL);
      assert.ok(doc?.markdown.startsWith('# no-root-user\n'));
      assert.equal(await client.connection.sendRequest(RuleDocRequest, { ruleId: 'no-such-rule' }), null);
    });

    it('clears the diagnostics of a closed document', async () => {
      assert.deepEqual(await client.close(uri), { uri, diagnostics: [] });
    });

    it('shuts down and exits cleanly', async () => {
      assert.equal(await client.stop(), 0);
      assert.equal(client.stderr, '');
    });
  });

  it('shows the rule doc and the image facts together where both apply', async () => {
    const ws = makeWorkspace({});
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: only(['no-root-user']) }) });
    try {
      const uri = ws.uri('Dockerfile');
      const published = await client.open(uri, 'FROM debian:12 AS base\nUSER root\nFROM base\nCMD ["sh"]\n');
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range]), [
        ['no-root-user', { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } }],
      ]);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } });
      const parts = (hover!.contents as MarkupContent).value.split('\n\n---\n\n');
      assert.equal(parts.length, 3);
      assert.ok(parts[0].startsWith('**The final stage runs as root** (`no-root-user`) — '));
      assert.ok(parts[1].startsWith('**Stage `base`** (line 1)'));
      assert.equal(parts[2], `Full documentation: [no-root-user](${DOC_URL})`);
      assert.deepEqual(hover!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    } finally {
      client.kill();
    }
  });

  it('applies settings per document and live when the configuration changes', async () => {
    const ws = makeWorkspace({});
    let severity = 'error';
    let enable = true;
    const client = await TestClient.start({
      folder: ws.dir,
      configuration: (item: ConfigurationItem) => ({ enable, rules: only(['no-root-user'], { 'no-root-user': item.scopeUri?.endsWith('/quiet/Dockerfile') ? 'off' : severity }) }),
    });
    try {
      const uri = ws.uri('Dockerfile');
      const quiet = ws.uri('quiet/Dockerfile');
      assert.deepEqual((await client.open(uri, ROOT_DOCKERFILE)).diagnostics.map((d) => d.severity), [1]);
      assert.deepEqual((await client.open(quiet, ROOT_DOCKERFILE)).diagnostics, []);

      let since = client.published.length;
      severity = 'hint';
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics.map((d) => d.severity), [4]);

      since = client.published.length;
      severity = 'off';
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics, []);

      since = client.published.length;
      severity = 'warning';
      enable = false;
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics, []);

      since = client.published.length;
      enable = true;
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics.map((d) => d.severity), [2]);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('serves a client without configuration requests or versioned edits', async () => {
    const ws = makeWorkspace({});
    const client = await TestClient.start({ folder: ws.dir, capabilities: {} });
    try {
      const uri = ws.uri('Dockerfile');
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { shipshape: { rules: only(['no-root-user']) } } });
      assert.deepEqual((await client.open(uri, ROOT_DOCKERFILE)).diagnostics, [ROOT_DIAGNOSTIC]);
      assert.deepEqual(client.configurationRequests, []);
      assert.deepEqual(client.registrations, []);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: ROOT_DIAGNOSTIC.range,
        context: { diagnostics: [] },
      }) as CodeAction[];
      assert.deepEqual(actions[1].edit, {
        changes: { [uri]: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'USER 65532:65532\n' }] },
      });
      // Sent to the server, the show-doc command asks the client to open the doc's URL.
      const shown = new Promise((resolve) => client.connection.onRequest('window/showDocument', (p) => {
        resolve(p);
        return { success: true };
      }));
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'shipshape.showRuleDoc', arguments: ['no-root-user'] });
      assert.deepEqual(await shown, { uri: DOC_URL, external: true });
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('merges the project configuration files under the editor settings, unsaved text included', async () => {
    const ws = makeWorkspace({
      '.shipshape.yaml': 'rules:\n  no-root-user: error\nignore:\n  - legacy/**\n',
      'Dockerfile': ROOT_DOCKERFILE,
    });
    let editor: Record<string, string> = {};
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: only(['no-root-user'], editor) }) });
    try {
      const uri = ws.uri('Dockerfile');
      assert.deepEqual((await client.open(uri, ROOT_DOCKERFILE)).diagnostics.map((d) => d.severity), [1]);
      assert.deepEqual((await client.open(ws.uri('legacy/Dockerfile'), ROOT_DOCKERFILE)).diagnostics, []);

      let since = client.published.length;
      editor = { 'no-root-user': 'hint' };
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics.map((d) => d.severity), [4]);

      since = client.published.length;
      editor = {};
      await client.changeConfiguration();
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics.map((d) => d.severity), [1]);

      const config = ws.uri('.shipshape.yaml');
      assert.deepEqual((await client.open(config, 'rules:\n  no-root-user: error\n', 'yaml')).diagnostics, []);
      since = client.published.length;
      await client.change(config, 2, 'rules:\n  no-root-user: off\n');
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics, []);

      since = client.published.length;
      await client.change(config, 3, 'rulez:\n  no-root-user: off\n');
      const problems = (await client.diagnostics(config, (p) => p.version === 3, since)).diagnostics;
      assert.deepEqual(problems.map((d) => [d.range, d.severity, d.source]), [
        [{ start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, 1, 'shipshape'],
      ]);
      assert.match(problems[0].message as string, /^unknown key 'rulez'/);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('prefers the safe fix and applies every safe fix at once with source.fixAll', async () => {
    const ws = makeWorkspace({});
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: only(['no-root-user', 'prefer-copy-over-add']) }) });
    try {
      const uri = ws.uri('Dockerfile');
      const text = 'FROM python:3.12-slim\nADD requirements.txt /app/\nADD app.py /app/\nUSER root\nCMD ["python", "app.py"]\n';
      const published = await client.open(uri, text);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [
        ['prefer-copy-over-add', 1],
        ['prefer-copy-over-add', 2],
        ['no-root-user', 3],
      ]);
      const quick = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } },
        context: { diagnostics: [], only: ['quickfix'] },
      }) as CodeAction[];
      assert.deepEqual(quick.map((a) => [a.title, a.isPreferred ?? false]), [
        ['Replace ADD with COPY', true],
        ['Fix all prefer-copy-over-add in this file (2)', false],
        ['Disable prefer-copy-over-add for this line', false],
        ['Show documentation for prefer-copy-over-add', false],
      ]);

      const fixAll = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      }) as CodeAction[];
      assert.deepEqual(fixAll, [{
        title: 'Fix all safe Shipshape problems',
        kind: 'source.fixAll.shipshape',
        edit: {
          documentChanges: [{
            textDocument: { uri, version: 1 },
            edits: [
              { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'COPY' },
              { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, newText: 'COPY' },
            ],
          }],
        },
      }]);
      const since = client.published.length;
      await client.change(uri, 2, applyEdits(text, editsOf(fixAll[0])));
      assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2, since)).diagnostics.map((d) => d.code), ['no-root-user']);
      const again = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.shipshape'] },
      });
      assert.deepEqual(again, []);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('reasons across files: an unsaved .dockerignore counts, a closed one no longer does, one written to disk does', async () => {
    const ID = 'copy-whole-context-without-dockerignore';
    const ws = makeWorkspace({ 'svc/app.py': 'print(1)\n' });
    const client = await TestClient.start({ folder: ws.dir, configuration: () => ({ rules: only([ID]) }) });
    try {
      const uri = ws.uri('svc/Dockerfile');
      const ignoreUri = ws.uri('svc/.dockerignore');
      const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';
      const published = await client.open(uri, text);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range]), [
        [ID, { start: { line: 2, character: 5 }, end: { line: 2, character: 6 } }],
      ]);
      const [create] = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: published.diagnostics[0].range,
        context: { diagnostics: [], only: ['quickfix'] },
      }) as CodeAction[];
      assert.equal(create.title, 'Create a .dockerignore for the build context (review: changes behaviour)');
      const changes = create.edit!.documentChanges!;
      assert.deepEqual(changes.slice(0, 1), [{ kind: 'create', uri: ignoreUri, options: { overwrite: false, ignoreIfExists: true } }]);
      const content = ((changes[1] as TextDocumentEdit).edits[0] as TextEdit).newText;
      assert.deepEqual(changes.slice(1), [{
        textDocument: { uri: ignoreUri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }],
      }]);
      assert.match(content, /^\.git$/m);

      let since = client.published.length;
      await client.open(ignoreUri, content, 'ignore');
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics, []);

      since = client.published.length;
      await client.close(ignoreUri);
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics.map((d) => d.code), [ID]);

      writeFileSync(join(ws.dir, 'svc/.dockerignore'), content);
      since = client.published.length;
      await client.changeWatchedFiles([{ uri: ignoreUri, type: 1 }]);
      assert.deepEqual((await client.diagnostics(uri, () => true, since)).diagnostics, []);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('starts from bin/shipshape-lsp.js on stdio with no arguments, as editors other than VS Code run it', async () => {
    const ws = makeWorkspace({});
    const client = await TestClient.start({ folder: ws.dir, bin: [], configuration: () => ({ rules: only(['no-root-user']) }) });
    try {
      assert.equal(client.initializeResult.serverInfo?.name, 'shipshape');
      assert.deepEqual((await client.open(ws.uri('Dockerfile'), ROOT_DOCKERFILE)).diagnostics, [ROOT_DIAGNOSTIC]);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });
});
