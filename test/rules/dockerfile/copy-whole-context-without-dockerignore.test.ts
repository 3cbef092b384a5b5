import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, findingsOf } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';
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

describe(`${ID} in builder stages`, () => {
  const project = memoryProject({ '/repo/app/main.go': 'package main\n' });
  const run = (text: string) => findingsOf(ID, text, { path: '/repo/app/Dockerfile', project }).map((f) => [f.severity, f.message]);

  it('says the context lands in the builder and the cache when the final image copies selected files', () => {
    assert.deepEqual(run('FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n'), [[
      'info',
      "COPY . copies everything in the build context, which has no .dockerignore: .git, .env files and keys land in the layers of builder stage 'build' and in the build cache (the final image copies only selected files from it)",
    ]]);
  });

  it('keeps the image wording when the final image takes the whole folder, the root, or builds FROM the builder', () => {
    const image = 'COPY . copies everything in the build context, which has no .dockerignore: .git, .env files and keys go into the image';
    assert.deepEqual(run('FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nFROM node:24-slim\nCOPY --from=build /app /app\n'), [['warning', image]]);
    assert.deepEqual(run('FROM node:24 AS build\nCOPY . /app\nFROM scratch\nCOPY --from=build / /\n'), [['warning', image]]);
    assert.deepEqual(run('FROM node:24 AS build\nCOPY . /app\nFROM build\nCMD ["node", "/app"]\n'), [['warning', image]]);
  });
});
