/**
 * `npm run test:nvim`: Debian's Neovim (0.7, `vim.lsp.start_client`) runs `shipshape-lsp --stdio` headless on the
 * files of examples/atm-system (a temp copy) and the test asserts what Neovim received: diagnostics per file, code
 * actions, and the buffer after applying one through Neovim's own `vim.lsp.util.apply_workspace_edit`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureEditors, ROOT } from '../editors/code-server.js';
import { buildExtension, tempCopy } from '../editors/run.js';

interface LspPosition { line: number; character: number }
interface LspDiagnostic { code: string; message: string; severity: number; source: string; range: { start: LspPosition; end: LspPosition } }
interface NvimResult {
  log: string[];
  server?: { codeActionProvider: boolean; hoverProvider: boolean };
  files: Record<string, { filetype: string; diagnostics: LspDiagnostic[]; stored: number }>;
  actions?: string[];
  applied?: string;
  /** The chosen action came without its edit and was resolved. */
  resolved?: boolean;
  hover?: string;
  buffer?: string;
  after?: LspDiagnostic[];
}

const FILES = ['Dockerfile', 'docker-compose.yml', 'k8s/deployment.yaml', '.github/workflows/build.yml'];

let project: string;
let home: string;

/** Runs the Lua client in headless Neovim and returns what it wrote. */
function runNvim(env: Record<string, string>): NvimResult {
  const out = join(home, `result-${Date.now()}.json`);
  const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(ROOT, 'test/nvim/lsp-client.lua')], {
    cwd: project,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache'),
      LSP_CMD: `${process.execPath} ${join(ROOT, 'bin/shipshape-lsp.js')} --stdio`,
      LSP_ROOT: project,
      LSP_RESULT: out,
      ...env,
    },
    encoding: 'utf8',
    timeout: 90_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw new Error(`Neovim could not run: ${r.error.message}`);
  const result: NvimResult | undefined = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) as NvimResult : undefined;
  if (r.status !== 0 || !result) {
    throw new Error(`Neovim exited with ${r.status} (${['', '', 'a wait timed out', 'the server did not start'][r.status ?? 0] ?? ''}): `
      + `${JSON.stringify(result?.log ?? [])} ${r.stderr}`);
  }
  return result;
}

/** `code L:C-L:C` with 1-based lines and columns, as the diagnostics show in Neovim. */
function brief(ds: LspDiagnostic[]): string[] {
  return ds.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`).sort();
}

function assertIncludes(actual: string[], expected: string[]): void {
  const missing = expected.filter((e) => !actual.includes(e));
  assert.deepEqual(missing, [], `missing ${JSON.stringify(missing)} in ${JSON.stringify(actual)}`);
}

describe('Neovim 0.7 with shipshape-lsp --stdio', () => {
  before(() => {
    ensureEditors(['apt']);
    buildExtension();
    project = tempCopy('examples/atm-system', 'shipshape-editors-nvim-');
    home = mkdtempSync(join(tmpdir(), 'shipshape-editors-nvim-home-'));
    for (const d of ['config', 'data', 'state', 'cache']) mkdirSync(join(home, d));
  });
  after(() => {
    if (project) rmSync(dirname(project), { recursive: true, force: true });
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('publishes diagnostics for every container file of the example project', () => {
    const result = runNvim({ LSP_FILES: FILES.join(':') });
    assert.deepEqual(result.server, { codeActionProvider: true, hoverProvider: true });
    assert.deepEqual(Object.keys(result.files).sort(), [...FILES].sort());
    for (const file of FILES) {
      const f = result.files[file];
      assert.ok(f.diagnostics.length > 0, `${file} has diagnostics`);
      assert.ok(f.diagnostics.every((d) => d.source === 'shipshape'), `${file}: every diagnostic comes from shipshape`);
      assert.equal(f.stored, f.diagnostics.length, `${file}: Neovim stored every diagnostic in vim.diagnostic`);
    }
    assert.equal(result.files.Dockerfile.filetype, 'dockerfile');
    assert.equal(result.files['docker-compose.yml'].filetype, 'yaml');

    const docker = result.files.Dockerfile.diagnostics;
    assertIncludes(brief(docker), ['no-latest-tag 2:6-2:19', 'require-user 2:1-2:19']);
    assert.equal(docker.find((d) => d.code === 'no-latest-tag')?.message,
      "'python:latest' uses the 'latest' tag, which moves with every release; pin a version tag");
    assertIncludes(brief(result.files['docker-compose.yml'].diagnostics), [
      'compose-no-docker-socket 12:9-12:50',
      'compose-no-latest-image 17:12-17:20',
      'compose-no-privileged 5:17-5:21',
    ]);
    const privileged = result.files['docker-compose.yml'].diagnostics.find((d) => d.code === 'compose-no-privileged');
    assert.equal(privileged?.severity, 1, 'a privileged service is an error');
    assertIncludes(brief(result.files['k8s/deployment.yaml'].diagnostics), ['k8s-no-privileged 24:25-24:29']);
    assertIncludes(brief(result.files['.github/workflows/build.yml'].diagnostics), [
      'ci-require-image-scan 14:11-14:23',
      'gha-pin-actions-to-sha 9:15-9:34',
    ]);
  });

  it('shows the rule documentation and the base-image facts as hovers', () => {
    const onFinding = runNvim({ LSP_FILES: 'Dockerfile', LSP_HOVER: '1:1' });
    assert.match(onFinding.hover ?? '', /^\*\*The final stage sets no USER and runs as root\*\* \(`require-user`\)/);
    assert.match(onFinding.hover ?? '', /Full documentation: \[require-user\]\(\S+require-user\.md\)/);
    const onImage = runNvim({ LSP_FILES: 'Dockerfile', LSP_HOVER: '1:8' });
    assert.match(onImage.hover ?? '', /\*\*`python:latest`\*\*/);
    assert.match(onImage.hover ?? '', /- Pinned: no — `latest` moves with every release/);
  });

  it('applies a quick fix through Neovim and the buffer and diagnostics follow', () => {
    const original = readFileSync(join(project, 'Dockerfile'), 'utf8');
    const result = runNvim({ LSP_FILES: 'Dockerfile', LSP_ACTION: 'require-user', LSP_ACTION_TITLE: 'Run as UID 65532 (no user entry needed) (review: changes behaviour)' });
    assertIncludes(result.actions ?? [], [
      'Create an unprivileged user and run as it (review: changes behaviour)',
      'Run as UID 65532 (no user entry needed) (review: changes behaviour)',
      'Disable require-user for this line',
      'Show documentation for require-user',
    ]);
    assert.equal(result.applied, 'Run as UID 65532 (no user entry needed) (review: changes behaviour)');
    assert.equal(result.resolved, true, 'Neovim resolves the edit of the chosen action (codeAction/resolve)');
    assert.equal(`${result.buffer}\n`, original.replace('\nEXPOSE 80 22\n', '\nUSER 65532:65532\nEXPOSE 80 22\n'));
    assert.ok(!brief(result.after ?? []).some((d) => d.startsWith('require-user ')), 'require-user is gone after the fix');
    assertIncludes(brief(result.after ?? []), ['no-latest-tag 2:6-2:19']);
  });
});
