import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'gha-no-pr-target-head-checkout';
const path = '/repo/.github/workflows/pr.yml';

describe(ID, () => {
  it('flags a checkout of the PR head under pull_request_target', () => {
    expectFindings(ID, `on:
  pull_request_target:
    types: [opened]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-pr-target-head-checkout "Job 'build' runs on pull_request_target and checks out the pull request head (\${{ github.event.pull_request.head.sha }}): the PR author's code runs with a write token and secrets"
      - run: gh pr checkout \${{ github.event.number }}
#            ^^^^^^^^^^^^^^ gha-no-pr-target-head-checkout
      - run: docker build .`, { path });
  });

  it('flags refs/pull and github.head_ref in a list of events', () => {
    expectFindings(ID, `on: [push, pull_request_target]
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
        with: { ref: "refs/pull/\${{ github.event.number }}/merge" }
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-pr-target-head-checkout`, { path });
  });

  it('stays quiet for pull_request, or a base checkout under pull_request_target', () => {
    expectClean(ID, `on: pull_request
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}`, { path });
    expectClean(ID, `on: pull_request_target
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
      - run: echo \${{ github.event.pull_request.head.sha }}`, { path });
  });

  it('lowers a head checkout guarded to same-repository heads, saying why', () => {
    expectFindings(ID, `on: pull_request_target
jobs:
  build:
    if: github.event.pull_request.head.repo.full_name == github.repository
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-pr-target-head-checkout "Job 'build' runs on pull_request_target and checks out the pull request head (\${{ github.event.pull_request.head.sha }}), but only for branches of this repository (if: github.event.pull_request.head.repo.full_name == github.repository): fork pull requests never run it, and whoever can push a branch here already has write access; lower risk"
`, { path });
    const [f] = findingsOf(ID, `on: pull_request_target
jobs:
  build:
    steps:
      - if: \${{ !github.event.pull_request.head.repo.fork && github.event_name == 'pull_request_target' }}
        run: git fetch origin \${{ github.event.pull_request.head.sha }}
`, { path });
    assert.equal(f.severity, 'info');
  });

  it('lowers a checkout only trusted people run to a warning', () => {
    const cases = [
      "github.actor == 'octocat' || github.actor == 'hubot'",
      "contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.pull_request.author_association)",
      "github.event.pull_request.author_association == 'MEMBER' && github.event.action != 'closed'",
      "github.event.pull_request.user.login == 'dependabot[bot]'",
    ];
    for (const cond of cases) {
      const found = findingsOf(ID, `on: pull_request_target
jobs:
  e2e:
    if: \${{ ${cond} }}
    steps:
      - uses: actions/checkout@v4
        with: { ref: "\${{ github.event.pull_request.head.ref }}" }
`, { path });
      assert.deepEqual(found.map((f) => f.severity), ['warning'], cond);
      assert.match(found[0].message, /, but only when trusted people run it \(if: .*\): an outsider's pull request does not run it, yet commits pushed to the pull request before a trusted person triggers the job run with the write token and secrets$/);
    }
  });

  it('keeps the error when the guard can be met by anyone, and explains a Dependabot actor check', () => {
    const open = [
      "github.actor == 'octocat' || github.event.action == 'labeled'",
      "github.event.pull_request.author_association != 'NONE'",
      "contains(github.event.pull_request.labels.*.name, 'safe to test')",
      "github.repository == 'acme/app'",
      "contains(fromJSON('[\"OWNER\", \"CONTRIBUTOR\"]'), github.event.pull_request.author_association)",
    ];
    for (const cond of open) {
      const found = findingsOf(ID, `on: pull_request_target
jobs:
  e2e:
    if: \${{ ${cond} }}
    steps:
      - uses: actions/checkout@v4
        with: { ref: "\${{ github.event.pull_request.head.sha }}" }
`, { path });
      assert.deepEqual(found.map((f) => [f.severity, f.message.endsWith("the PR author's code runs with a write token and secrets")]), [['error', true]], cond);
    }
    expectFindings(ID, `on: pull_request_target
jobs:
  deps:
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: gh pr checkout \${{ github.event.number }} && make test
#            ^^^^^^^^^^^^^^ gha-no-pr-target-head-checkout "Job 'deps' runs on pull_request_target and checks out the pull request head when github.actor is dependabot[bot] (if: github.actor == 'dependabot[bot]'): that names who triggered the run, not who wrote the code; an outsider can get Dependabot to push to their own pull request; test github.event.pull_request.user.login instead"
`, { path });
  });

  it('fixes by checking out the base: removes the head ref and the head repository, keeping other inputs', () => {
    const text = `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4 # pinned below
        with:
          repository: \${{ github.event.pull_request.head.repo.full_name }}
          # the PR's code
          ref: \${{ github.event.pull_request.head.sha }}
          fetch-depth: 0
      - run: make test
`;
    assert.deepEqual(fixTitles(ID, text, { path }), ['Check out the base instead of the pull request head (the job no longer tests the PR; use pull_request for untrusted code)']);
    assert.equal(applyFix(ID, text, { path }), `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4 # pinned below
        with:
          # the PR's code
          fetch-depth: 0
      - run: make test
`);
  });

  it('removes an emptied with:, block or flow, and keeps a repository that is not the head', () => {
    assert.equal(applyFix(ID, `on: pull_request_target
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.ref }}
          repository: \${{ github.event.pull_request.head.repo.full_name }}
      - run: npm test
`, { path }), `on: pull_request_target
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`);
    assert.equal(applyFix(ID, `on: pull_request_target\r
jobs:\r
  a:\r
    steps:\r
      - name: Checkout\r
        uses: actions/checkout@v4\r
        with: { ref: "refs/pull/\${{ github.event.number }}/merge" }\r
`, { path }), `on: pull_request_target\r
jobs:\r
  a:\r
    steps:\r
      - name: Checkout\r
        uses: actions/checkout@v4\r
`);
    assert.equal(applyFix(ID, `on: pull_request_target
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
        with: { repository: acme/tools, ref: "\${{ github.head_ref }}", path: tools }
`, { path }), `on: pull_request_target
jobs:
  a:
    steps:
      - uses: actions/checkout@v4
        with: { repository: acme/tools, path: tools }
`);
  });

  it('offers no fix for a head checkout in a run: script', () => {
    assert.deepEqual(fixTitles(ID, `on: pull_request_target
jobs:
  a:
    steps:
      - run: gh pr checkout \${{ github.event.number }}
`, { path }), []);
  });
});
