import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean } from '../../helpers/annotated.js';
import { at, WORKSPACES, workspaceFindings } from './workspace.js';

const ID = 'copy-whole-context-without-dockerignore';

describe(ID, () => {
  it('flags COPY . when the context has no .dockerignore', () => {
    const { findings } = workspaceFindings(ID, 'fresh-node/Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message]), [[
      at(4, 5, 6),
      'COPY . copies everything in the build context, which has no .dockerignore: .git, .env files and keys go into the image',
    ]]);
  });

  it('creates a .dockerignore fitting the project, keeping paths the Dockerfile copies by name', () => {
    const [f] = workspaceFindings(ID, 'fresh-node/Dockerfile').findings;
    assert.deepEqual(f.fixes.map((x) => [x.title, x.safe, x.edits]), [['Create a .dockerignore for the build context', false, []]]);
    assert.deepEqual(f.fixes[0].otherFiles, [{
      path: `${WORKSPACES}/fresh-node/.dockerignore`,
      create: true,
      content: [
        '# Version control and secrets',
        '.git', '**/.env', '**/.env.*', '**/*.pem', '**/*.key', '**/id_rsa*', '**/id_ed25519*', '**/credentials*.json', '**/*.p12', '**/*.pfx',
        '',
        '# Dependencies, caches and build outputs (rebuilt in the image)',
        '**/node_modules', '**/*.log',
        '',
        '# The build recipe itself',
        '**/Dockerfile*', '**/*.Dockerfile', '**/docker-compose*', '**/compose*.y*ml', '.dockerignore',
        '',
      ].join('\n'),
    }]);
  });

  it('names the Compose file that chose the context', () => {
    const { findings, root } = workspaceFindings(ID, 'compose-context/docker/api.Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message, f.fixes[0].otherFiles?.[0].path]), [[
      at(1, 5, 6),
      "COPY . copies everything in the build context '..' (set by ../compose.yaml), which has no .dockerignore: .git, .env files and keys go into the image",
      `${root}/.dockerignore`,
    ]]);
  });

  it('accepts the context .dockerignore and BuildKit\'s <Dockerfile>.dockerignore', () => {
    assert.deepEqual(workspaceFindings(ID, 'compose-context/api/Dockerfile').findings, []);
    assert.deepEqual(workspaceFindings(ID, 'buildkit-ignore/app.Dockerfile').findings, []);
    assert.deepEqual(workspaceFindings(ID, 'context-leak/Dockerfile').findings.length, 1);
  });

  it('ignores named sources, --from copies and files without a context', () => {
    expectClean(ID, 'FROM alpine\nCOPY --from=build . /app\nCOPY src/ /app\n');
  });
});
