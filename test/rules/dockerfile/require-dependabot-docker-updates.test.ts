import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';
import { at, WORKSPACES, workspaceFindings } from './workspace.js';

const ID = 'require-dependabot-docker-updates';

describe(ID, () => {
  it('flags the first FROM with an image when the repository has no dependabot.yml', () => {
    const { findings } = workspaceFindings(ID, 'dependabot-none/api/Dockerfile');
    assert.deepEqual(findings.map((f) => [f.range, f.message, f.severity]), [[
      at(1, 5, 12),
      'Nothing proposes updates for this base image: the repository has no .github/dependabot.yml with a docker entry for /api',
      'info',
    ]]);
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.safe, f.edits, f.otherFiles]), [[
      'Create .github/dependabot.yml with weekly docker updates', true, [],
      [{
        path: `${WORKSPACES}/dependabot-none/.github/dependabot.yml`,
        create: true,
        content: 'version: 2\nupdates:\n  - package-ecosystem: docker\n    directory: "/api"\n    schedule:\n      interval: weekly\n',
      }],
    ]]);
  });

  it('leaves coverage to the dependabot.yml rule once the file exists', () => {
    assert.deepEqual(workspaceFindings(ID, 'dependabot-repo/services/api/Dockerfile').findings, []);
  });

  it('needs a repository around the Dockerfile', () => {
    expectClean(ID, 'FROM alpine:3.20\n');
    expectClean(ID, 'FROM alpine:3.20\n', { path: '/x/Dockerfile', project: memoryProject({ '/x/Dockerfile': 'FROM alpine:3.20\n' }, '/x') });
  });
});
