/**
 * Lazy code actions: a client that resolves code actions gets them without
 * their edits, and `codeAction/resolve` returns exactly the edit a client
 * that cannot resolve gets at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type ClientCapabilities, type Range } from 'vscode-languageserver-protocol/node';
import { FULL_CAPABILITIES, makeWorkspace, TestClient } from './helpers/client.js';

const DOCKERFILE = [
  'FROM python:3.12',
  'RUN apt-get update && apt-get install curl',
  'RUN apt-get install wget',
  'ADD app.py /app/',
  'USER root',
  '',
].join('\n');

const RESOLVING: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  textDocument: {
    ...FULL_CAPABILITIES.textDocument,
    codeAction: { ...FULL_CAPABILITIES.textDocument!.codeAction, dataSupport: true, resolveSupport: { properties: ['edit'] } },
  },
};

const whole: Range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };

describe('codeAction/resolve', () => {
  const ws = makeWorkspace({ Dockerfile: DOCKERFILE });
  const uri = ws.uri('Dockerfile');
  let eager: TestClient;
  let lazy: TestClient;
  before(async () => {
    [eager, lazy] = await Promise.all([TestClient.start({ folder: ws.dir }), TestClient.start({ folder: ws.dir, capabilities: RESOLVING })]);
    await Promise.all([eager.open(uri, DOCKERFILE), lazy.open(uri, DOCKERFILE)]);
  });
  after(() => {
    eager.kill();
    lazy.kill();
  });

  const actions = (client: TestClient, range: Range, only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;

  for (const [name, range, only] of [
    ['the quick fixes of one line', { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, undefined],
    ['the quick fixes of the whole file', whole, ['quickfix']],
    ['fix all on save', whole, ['source.fixAll.shipshape']],
  ] as [string, Range, string[] | undefined][]) {
    it(`resolves ${name} to the edits sent at once to other clients`, async () => {
      const [now, later] = await Promise.all([actions(eager, range, only), actions(lazy, range, only)]);
      assert.ok(now.some((a) => a.edit), 'there are edits to compare');
      if (only?.[0] === 'quickfix') {
        for (const kind of [/^Fix all apt-get-yes in this file \(2\)$/, /^Disable no-root-user for this line$/, /^Show documentation for /]) {
          assert.ok(now.some((a) => kind.test(a.title)), `${kind} among ${now.map((a) => a.title).join(' | ')}`);
        }
      }
      assert.deepEqual(later.map((a) => a.title), now.map((a) => a.title), 'the same actions in the same order');
      for (const a of later) assert.equal(a.edit, undefined, `${a.title} is sent without its edit`);
      const resolved = await Promise.all(later.map((a) => (a.data ? lazy.connection.sendRequest(CodeActionResolveRequest.type, a) : a)));
      assert.deepEqual(resolved, now);
    });
  }

  it('leaves an action of an older version of the document unresolved', async () => {
    const [action] = (await actions(lazy, whole, ['source.fixAll.shipshape']));
    assert.equal(action.title, 'Fix all safe Shipshape problems');
    const since = lazy.published.length;
    await lazy.change(uri, 2, `${DOCKERFILE}# changed\n`);
    await lazy.diagnostics(uri, (p) => p.version === 2, since);
    const resolved = await lazy.connection.sendRequest(CodeActionResolveRequest.type, action);
    assert.equal(resolved.edit, undefined);
  });
});
