/** Documents of any size or shape get an answer and never take the server down. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, TestClient } from './helpers/client.js';

/** Bytes 0–255 repeated, as a binary file opened by mistake would arrive. */
const BINARY = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 256)).join('');

const ALIAS_BOMB = `services:
  a: &a ["x","x","x","x","x","x","x","x","x"]
  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

const DOCUMENTS: [name: string, languageId: string, text: string][] = [
  ['binary/Dockerfile', 'dockerfile', BINARY],
  ['binary/docker-compose.yml', 'yaml', BINARY],
  ['empty/Dockerfile', 'dockerfile', ''],
  ['huge/Dockerfile', 'dockerfile', `FROM debian:12\n${'RUN echo "a line of a very long Dockerfile" \\\n  && true\n'.repeat(100_000)}USER root\n`],
  ['big/Dockerfile', 'dockerfile', `FROM debian:12\n${'RUN echo "a line of a long Dockerfile" \\\n  && true\n'.repeat(2_000)}USER root\n`],
  ['long-line/Dockerfile', 'dockerfile', `FROM debian:12\nRUN echo ${'x'.repeat(500_000)}\n`],
  ['bomb/compose.yaml', 'yaml', ALIAS_BOMB],
  ['deep/k8s.yaml', 'yaml', `apiVersion: v1\nkind: Pod\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ['unterminated/Dockerfile', 'dockerfile', 'FROM debian:12\nRUN <<EOF\necho never ends\\\n'],
  ['broken/docker-compose.yml', 'yaml', 'services:\n  web:\n    image: [unclosed\n  - : :\n\t\tbad'],
  ['crlf/Dockerfile', 'dockerfile', 'FROM debian:12\r\nUSER root\r\nCMD ["sh"]\r\n'],
  ['notes.txt', 'plaintext', 'Not a container file at all.'],
];

describe('language server robustness', () => {
  const ws = makeWorkspace({});
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir });
  });
  after(() => client.kill());

  for (const [name, languageId, text] of DOCUMENTS) {
    it(`answers for ${name}`, async () => {
      const uri = ws.uri(name);
      const published = await client.open(uri, text, languageId);
      assert.equal(published.version, 1);
      for (const d of published.diagnostics) assert.equal(d.source, 'shipshape');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.notEqual(hover, undefined);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions));
      await client.close(uri);
    });
  }

  it('says so instead of stalling on a document too large to analyse while typing', async () => {
    const uri = ws.uri('too-large/Dockerfile');
    const text = `FROM debian:12\nUSER root\n${'# padding\n'.repeat(150_000)}`;
    assert.deepEqual(await client.open(uri, text), {
      uri,
      version: 1,
      diagnostics: [{
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        source: 'shipshape',
        message: 'Shipshape does not analyse files over 512 KB while you edit (this one is 1465 KB).',
      }],
    });
    const since = client.published.length;
    await client.change(uri, 2, 'FROM debian:12\nUSER root\n');
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2, since)).diagnostics.map((d) => d.code), ['no-root-user']);
  });

  it('keeps CRLF in the suppression it inserts into a CRLF file', async () => {
    const uri = ws.uri('crlf2/Dockerfile');
    const published = await client.open(uri, 'FROM debian:12\r\nUSER root\r\nCMD ["sh"]\r\n');
    const root = published.diagnostics.find((d) => d.code === 'no-root-user');
    assert.ok(root);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: root.range,
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const disable = actions!.find((a) => a.title === 'Disable no-root-user for this line');
    assert.deepEqual(disable && 'edit' in disable ? disable.edit : undefined, {
      documentChanges: [{
        textDocument: { uri, version: 1 },
        edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '# shipshape-ignore no-root-user\r\n' }],
      }],
    });
  });

  it('analyses an unsaved, untitled buffer by its language', async () => {
    const uri = 'untitled:Untitled-1';
    const published = await client.open(uri, 'FROM debian:12\nUSER root\nCMD ["sh"]\n', 'dockerfile');
    assert.ok(published.diagnostics.some((d) => d.code === 'no-root-user'));
    await client.close(uri);
  });

  it('ignores requests for documents it was never given', async () => {
    const uri = ws.uri('never-opened/Dockerfile');
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    }), []);
  });

  it('is still alive and exits cleanly', async () => {
    assert.equal(await client.stop(), 0);
  });
});
