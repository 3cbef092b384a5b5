/**
 * No network: the language server over a sample of the corpus runs with every
 * outbound connection, DNS lookup, HTTP request and fetch trapped
 * (net-trap.cjs); none may be attempted. The CLI's scan of the whole corpus
 * runs under the same trap in test/cli/scale.test.ts, which scans the corpus
 * once for both.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { CORPUS, runCli } from '../cli/helpers.js';
import { corpusFiles, skipWithoutCorpus } from '../helpers/corpus.js';
import { TestClient } from '../lsp/helpers/client.js';

const TRAP = join(__dirname, 'net-trap.cjs');

function trapFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'shipshape-net-')), 'attempts.log');
  writeFileSync(file, '');
  return file;
}

describe('no network access', () => {
  it('the trap catches a connection attempt (so its silence below means something)', async () => {
    const log = trapFile();
    const r = await runCli(['rules'], tmpdir(), {
      NODE_OPTIONS: `--require ${TRAP} --require ${join(__dirname, 'dial-out.cjs')}`,
      SHIPSHAPE_NET_TRAP: log,
    });
    assert.equal(r.code, 0, r.stderr.slice(0, 500));
    assert.match(readFileSync(log, 'utf8'), /^net\.connect \[\{"host":"127\.0\.0\.1","port":9\}\]$/m);
  });

  describe('the language server', { skip: skipWithoutCorpus() }, () => {
    const log = trapFile();
    let client: TestClient;
    const saved = process.env.NODE_OPTIONS;
    before(async () => {
      process.env.NODE_OPTIONS = `--require ${TRAP}`;
      process.env.SHIPSHAPE_NET_TRAP = log;
      client = await TestClient.start({ folder: CORPUS });
    });
    after(() => {
      client.kill();
      process.env.NODE_OPTIONS = saved;
      delete process.env.SHIPSHAPE_NET_TRAP;
    });

    it('analyses, hovers and offers fixes on corpus files without attempting any', async () => {
      const sample = corpusFiles().filter((_, i) => i % 25 === 0);
      for (const f of sample) {
        const uri = `file://${f.path}`;
        const languageId = f.kind === 'dockerfile' ? 'dockerfile' : f.kind === 'dockerignore' ? 'ignore' : 'yaml';
        const published = await client.open(uri, readFileSync(f.path, 'utf8'), languageId);
        assert.equal(published.version, 1);
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
        await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: published.diagnostics } });
        await client.close(uri);
      }
      assert.ok(sample.length > 40);
      assert.equal(readFileSync(log, 'utf8'), '');
    });
  });
});
