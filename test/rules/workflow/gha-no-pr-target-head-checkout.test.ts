import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
});
