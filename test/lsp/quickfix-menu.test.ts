/**
 * The lightbulb as a person reads it: the fixes of the finding under the cursor first, its preferred fix first,
 * unsafe fixes labelled, and "Fix all <rule> in this file" for a finding repeated per service.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../../server/src/engine/edits.js';
import type { TextEdit } from '../../server/src/rules/types.js';
import { buildServer, makeWorkspace, TestClient } from './helpers/client.js';

const COMPOSE = `services:
  web:
    image: nginx:1.27
  api:
    image: python:3.12-slim
  worker:
    image: python:3.12-slim
`;

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
const editsOf = (action: CodeAction) => (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];

describe('the quick-fix menu', () => {
  before(() => buildServer());
  const ws = makeWorkspace({ 'compose.yaml': COMPOSE, 'app/Dockerfile': 'FROM python:latest\nUSER 10001\nCMD ["python", "app.py"]\n', '.git/HEAD': 'ref: refs/heads/main\n' });
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir });
  });
  after(() => client.kill());

  async function menu(uri: string, range: ReturnType<typeof at>): Promise<CodeAction[]> {
    return await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['quickfix'] } }) as CodeAction[];
  }

  it('labels unsafe fixes and offers "Fix all" for a finding repeated per service, unsafe ones labelled too', async () => {
    const uri = ws.uri('compose.yaml');
    const published = await client.open(uri, COMPOSE, 'yaml');
    const nnp = published.diagnostics.filter((d) => d.code === 'compose-no-new-privileges');
    assert.deepEqual(nnp.map((d) => d.range.start.line), [1, 3, 5]);
    const actions = await menu(uri, at(3, 4));
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Set no-new-privileges:true (review: changes behaviour)'), JSON.stringify(titles));
    assert.ok(!titles.includes('Set no-new-privileges:true'), 'an unsafe fix never looks like a safe one');
    const all = actions.find((a) => a.title === 'Fix all compose-no-new-privileges in this file (3) (review: changes behaviour)');
    assert.ok(all, JSON.stringify(titles));
    assert.equal(all.isPreferred, undefined);
    assert.deepEqual(all.diagnostics?.map((d) => d.range.start.line), [1, 3, 5]);
    const fixed = applyEdits(COMPOSE, editsOf(all));
    const since = client.published.length;
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'compose-no-new-privileges'), [], 'one action fixed all three');
    assert.equal(fixed.match(/no-new-privileges:true/g)?.length, 3);
    // the fix-all action is offered once per rule, after the fixes of the findings under the cursor
    assert.equal(titles.filter((t) => t.startsWith('Fix all compose-no-new-privileges')).length, 1);
    assert.ok(titles.indexOf(all.title) > titles.indexOf('Set no-new-privileges:true (review: changes behaviour)'));
  });

  it('offers the fixes of the finding under the cursor before those of a finding that spans the whole line', async () => {
    const uri = ws.uri('app/Dockerfile');
    const published = await client.open(uri, 'FROM python:latest\nUSER 10001\nCMD ["python", "app.py"]\n');
    const codes = published.diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('no-latest-tag') && codes.includes('require-dependabot-docker-updates'), JSON.stringify(codes));
    // the cursor on the tag
    const actions = await menu(uri, at(0, 15));
    const fixes = actions.filter((a) => a.edit && !a.title.startsWith('Disable '));
    assert.equal(fixes[0].diagnostics?.[0].code, 'no-latest-tag', `first: ${fixes[0].title}; all: ${JSON.stringify(actions.map((a) => a.title))}`);
    const dependabot = actions.findIndex((a) => a.diagnostics?.[0].code === 'require-dependabot-docker-updates' && a.edit && !a.title.startsWith('Disable '));
    assert.equal(actions[dependabot]?.title, 'Create .github/dependabot.yml with weekly docker updates');
    assert.ok(dependabot > actions.lastIndexOf(fixes.filter((a) => a.diagnostics?.[0].code === 'no-latest-tag').at(-1)!), JSON.stringify(actions.map((a) => a.title)));
    const disables = actions.filter((a) => a.title.startsWith('Disable ')).map((a) => a.title);
    assert.equal(disables[0], 'Disable no-latest-tag for this line');
  });
});
