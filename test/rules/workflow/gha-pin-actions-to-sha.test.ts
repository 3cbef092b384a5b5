import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { memoryProject } from './memory-project.js';

const ID = 'gha-pin-actions-to-sha';
const path = '/repo/.github/workflows/ci.yml';

describe(ID, () => {
  it('flags a branch reference, the checklist example', () => {
    expectFindings(ID, `on: push
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: aquasecurity/trivy-action@master
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-pin-actions-to-sha "'aquasecurity/trivy-action' is referenced by 'master', which can be moved to other code; pin it to a full commit SHA"
      - uses: actions/checkout@v4.2.2
#             ^^^^^^^^^^^^^^^^^^^^^^^ gha-pin-actions-to-sha
  reuse:
    uses: octo/workflows/.github/workflows/build.yml@main
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-pin-actions-to-sha`, { path });
  });

  it('leaves SHAs, local actions and docker:// references alone', () => {
    expectClean(ID, `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./.github/actions/setup
      - uses: docker://alpine:3.20
      - run: echo uses: foo/bar@main`, { path });
  });

  it('does not look at GitLab pipelines', () => {
    expectClean(ID, `build:\n  script:\n    - echo "uses: a/b@main"\n`, { path: '/repo/.gitlab-ci.yml' });
  });

  it('pins an exact known tag safely and keeps the tag as a comment', () => {
    const before = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v7.3.0
        with:
          push: false
`;
    assert.deepEqual(fixTitles(ID, before, { path }), ['Pin docker/build-push-action to the commit of v7.3.0']);
    assert.equal(applyFix(ID, before, { path }), before.replace('docker/build-push-action@v7.3.0', 'docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a # v7.3.0'));
  });

  it('pins a major tag to the newest known release inside it, as an unsafe fix', () => {
    const before = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: "actions/checkout@v4"\r\n';
    const findings = findingsOf(ID, before, { path });
    assert.equal(findings[0].fixes[0].safe, false);
    assert.equal(findings[0].fixes[0].title, 'Pin actions/checkout to v4.2.2 (commit 11bd719)');
    assert.equal(applyFix(ID, before, { path }), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\r\n');
  });

  it('offers no fix when no SHA is known, and never a version from another major', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aquasecurity/trivy-action@master\n      - uses: actions/checkout@v2\n      - uses: actions/checkout@v4.2.1\n';
    assert.deepEqual(fixTitles(ID, text, { path }, 0), []);
    assert.deepEqual(fixTitles(ID, text, { path }, 1), []);
    assert.deepEqual(fixTitles(ID, text, { path }, 2), []);
  });

  it('learns SHAs from pins with a version comment in the repository\'s other workflows', () => {
    const sha = 'a'.repeat(40);
    const project = memoryProject({
      '/repo/.github/workflows/other.yml': `jobs:\n  s:\n    steps:\n      - uses: aquasecurity/trivy-action@${sha} # 0.99.0\n`,
    });
    const before = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aquasecurity/trivy-action@master # scan\n';
    assert.deepEqual(fixTitles(ID, before, { path, project }), [`Pin aquasecurity/trivy-action to 0.99.0 (commit aaaaaaa)`]);
    assert.equal(applyFix(ID, before, { path, project }), before.replace('@master', `@${sha}`));
  });
});
