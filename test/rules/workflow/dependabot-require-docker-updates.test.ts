import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze.js';
import { applyEdits } from '../../../server/src/engine/edits.js';
import { fsProject } from '../../../server/src/node/fs-project.js';
import { memoryProject } from './memory-project.js';

const ID = 'dependabot-require-docker-updates';
const ROOT = resolve(__dirname, '../../fixtures/workspaces/dependabot-repo');
const PATH = join(ROOT, '.github/dependabot.yml');

describe(ID, () => {
  it('lists the Dockerfile folders no docker entry covers, on the updates key', () => {
    const text = readFileSync(PATH, 'utf8');
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    const mine = findings.filter((f) => f.ruleId === ID);
    assert.deepEqual(mine.map((f) => [f.range, f.message, f.severity]), [[
      { start: { line: 2, character: 2 }, end: { line: 2, character: 26 } },
      "No 'package-ecosystem: docker' entry covers the Dockerfiles in /services/api, /services/web: their base images are never updated",
      'info',
    ]]);
    assert.equal(applyEdits(text, mine[0].fixes[0].edits), text + [
      '  - package-ecosystem: docker',
      '    directories:',
      '      - "/services/api"',
      '      - "/services/web"',
      '    schedule:',
      '      interval: weekly',
      '',
    ].join('\n'));
  });

  it('does not ask for folders whose Dockerfiles name no image Dependabot can update (FROM $VAR, scratch, earlier stages)', () => {
    const text = 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: "/"\n    schedule:\n      interval: weekly\n';
    const project = memoryProject({
      '/r/.github/dependabot.yml': text,
      '/r/.git/HEAD': '',
      '/r/byarg/Dockerfile': 'ARG BASE\nFROM ${BASE} AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /\n',
      '/r/stage/Dockerfile': 'FROM $BASE AS base\nfrom base as final\n',
      '/r/real/Dockerfile': 'ARG V=3.12\nFROM --platform=$BUILDPLATFORM python:${V} AS build\nFROM gcr.io/distroless/python3-debian12\n',
    }, '/r');
    const { findings } = analyze({ path: '/r/.github/dependabot.yml', text }, project);
    assert.deepEqual(findings.filter((f) => f.ruleId === ID).map((f) => f.message), [
      "No 'package-ecosystem: docker' entry covers the Dockerfiles in /real: their base images are never updated",
    ]);
  });

  it('accepts directories globs', () => {
    const text = 'version: 2\nupdates:\n  - package-ecosystem: docker\n    directories: ["/", "/services/*"]\n    schedule: { interval: weekly }\n';
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    assert.deepEqual(findings.filter((f) => f.ruleId === ID), []);
  });

  it('says nothing when the file cannot be read as data (an alias to a missing anchor): its entries are unknown, and an added one would not be read either', () => {
    const text = 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\nq: *missing\n';
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    assert.deepEqual(findings.filter((f) => f.ruleId === ID), []);
  });

  it('adds its entry at the item indentation after an empty last item (`-` alone)', () => {
    const text = 'version: 2\nupdates:\n  -\n';
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    const mine = findings.filter((f) => f.ruleId === ID);
    assert.equal(applyEdits(text, mine[0].fixes[0].edits), 'version: 2\nupdates:\n  -\n  - package-ecosystem: docker\n    directories:\n      - "/"\n      - "/services/api"\n      - "/services/web"\n    schedule:\n      interval: weekly\n');
  });

  it('adds its entry to the last `updates` key of a file that repeats it, the one its data holds', () => {
    const text = 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\nupdates:\n  - package-ecosystem: pip\n    directory: /\n';
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    const mine = findings.filter((f) => f.ruleId === ID);
    assert.deepEqual(mine.map((f) => f.range), [{ start: { line: 5, character: 2 }, end: { line: 5, character: 26 } }]);
    const after = applyEdits(text, mine[0].fixes[0].edits);
    assert.equal(after, text + '  - package-ecosystem: docker\n    directories:\n      - "/"\n      - "/services/api"\n      - "/services/web"\n    schedule:\n      interval: weekly\n');
    assert.deepEqual(analyze({ path: PATH, text: after }, fsProject(ROOT)).findings.filter((f) => f.ruleId === ID), []);
  });

  it('counts a lone CR as a line end, as editors do', () => {
    const text = 'version: 2\rupdates:\r  - package-ecosystem: npm\r    directory: /\rz: 1\r';
    const { findings } = analyze({ path: PATH, text }, fsProject(ROOT));
    const mine = findings.filter((f) => f.ruleId === ID);
    assert.deepEqual(mine.map((f) => f.range), [{ start: { line: 2, character: 2 }, end: { line: 2, character: 26 } }]);
    const after = applyEdits(text, mine[0].fixes[0].edits);
    assert.equal(after, 'version: 2\rupdates:\r  - package-ecosystem: npm\r    directory: /\r  - package-ecosystem: docker\n    directories:\n      - "/"\n      - "/services/api"\n      - "/services/web"\n    schedule:\n      interval: weekly\nz: 1\r');
    assert.deepEqual(analyze({ path: PATH, text: after }, fsProject(ROOT)).findings.filter((f) => f.ruleId === ID), []);
  });

  it('says nothing in a repository without Dockerfiles', () => {
    const project = memoryProject({ '/r/.github/dependabot.yml': 'version: 2\nupdates: []\n', '/r/src/a.js': '' }, '/r');
    const { findings } = analyze({ path: '/r/.github/dependabot.yml', text: 'version: 2\nupdates: []\n' }, project);
    assert.deepEqual(findings.filter((f) => f.ruleId === ID), []);
  });
});
