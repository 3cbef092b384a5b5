/** The demo project's Dockerfile through the language server with default settings: what a new user sees first. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { getRule, ruleDocUrl } from '../../server/src/rules/index.js';
import { TestClient } from './helpers/client.js';

const EXAMPLE = resolve(__dirname, '../../examples/atm-system');
const uri = pathToFileURL(resolve(EXAMPLE, 'Dockerfile')).href;

describe('examples/atm-system/Dockerfile', () => {
  let client: TestClient;
  let published: PublishDiagnosticsParams;
  before(async () => {
    client = await TestClient.start({ folder: EXAMPLE });
    published = await client.open(uri, readFileSync(resolve(EXAMPLE, 'Dockerfile'), 'utf8'));
  });
  after(() => client.kill());

  it('gets diagnostics from registered rules, each with its doc link', () => {
    assert.ok(published.diagnostics.length > 0);
    for (const d of published.diagnostics) {
      const rule = getRule(String(d.code));
      assert.ok(rule, `unknown rule ${d.code}`);
      assert.equal(d.source, 'shipshape');
      assert.deepEqual(d.codeDescription, { href: ruleDocUrl(rule) });
    }
    const codes = new Set(published.diagnostics.map((d) => d.code));
    for (const id of ['no-latest-tag', 'require-user']) assert.ok(codes.has(id), `expected ${id} among ${[...codes].join(', ')}`);
  });

  it('explains every squiggle on hover', async () => {
    for (const d of published.diagnostics) {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
      const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.ok(value.includes(`(\`${d.code}\`)`), `no doc for ${d.code} at ${d.range.start.line}:${d.range.start.character}`);
    }
  });

  it('offers fixes whose edits target this version of the file', async () => {
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 15, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    }) as CodeAction[];
    const fixes = actions.filter((a) => a.edit && !a.title.startsWith('Disable '));
    assert.ok(fixes.length > 0);
    for (const a of actions.filter((x) => x.edit)) {
      for (const change of a.edit!.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) assert.equal(change.textDocument.version, 1);
      }
    }
  });

  it('describes the base image on FROM in a short hover: one line per finding, the image card, then the doc links', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 8 } });
    const value = (hover?.contents as MarkupContent).value;
    assert.ok(value.length < 3000, `${value.length} characters`);
    const [findings, image, links, ...rest] = value.split('\n\n---\n\n');
    assert.deepEqual(rest, []);
    const ids = ['require-user', 'python-env', 'no-latest-tag', 'prefer-minimal-runtime', 'require-dependabot-docker-updates'];
    assert.deepEqual(findings.split('\n\n').map((l) => /^\*\*[^*]+\*\* \(`([a-z0-9-]+)`\) — \S.*[.…]$/.exec(l)?.[1]), ids);
    assert.equal(findings.split('\n\n')[2], '**Base image uses the latest tag** (`no-latest-tag`) — `latest` is just the tag a publisher moves with every release.');
    assert.deepEqual(image.split('\n').slice(0, 3), ['**`python:latest`**', '', '- Pinned: no — `latest` moves with every release']);
    assert.ok(value.indexOf('**`python:latest`**') < 1200, 'the image facts are near the top');
    assert.equal(links, `Full documentation: ${ids.map((id) => `[${id}](${ruleDocUrl(getRule(id)!)})`).join(' · ')}`);
    assert.ok(!value.includes('## Why'), 'no full rule document in the hover');
  });
});
