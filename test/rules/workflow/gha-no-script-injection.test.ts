import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'gha-no-script-injection';
const path = '/repo/.github/workflows/triage.yml';

describe(ID, () => {
  it('flags untrusted event fields expanded into run', () => {
    const [first] = expectFindings(ID, `on: issues
jobs:
  a:
    steps:
      - run: echo "\${{ github.event.issue.title }}"
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-script-injection
      - run: |
          git push origin \${{ github.head_ref }}
#                         ^^^^^^^^^^^^^^^^^^^^^^ gha-no-script-injection`, { path });
    assert.equal(first.message, `'github.event.issue.title' is set by whoever opens the issue or pull request and is pasted into the script as code; pass it through env: and use "$VAR"`);
  });

  it('flags untrusted contexts inside larger expressions whose value is text', () => {
    const [first] = expectFindings(ID, `on: pull_request_target
jobs:
  a:
    steps:
      - run: git push origin "\${{ github.head_ref || github.ref_name }}"
#                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-script-injection
      - run: echo \${{ format('{0} {1}', github.event.pull_request.number, github.event.pull_request.title) }}
#                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-script-injection
      - run: echo '\${{ toJSON(github.event.commits[0].message) }}'
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gha-no-script-injection`, { path });
    assert.equal(first.message, `'github.head_ref' is set by whoever opens the issue or pull request and is pasted into the script as code; pass it through env: and use "$VAR"`);
  });

  it('leaves tests and comparisons of untrusted contexts alone (their value is true or false)', () => {
    expectClean(ID, `on: issues
jobs:
  a:
    steps:
      - run: echo \${{ contains(github.event.issue.title, 'bug') }} \${{ github.event.issue.body == '' }}
      - run: echo \${{ !startsWith(github.head_ref, 'release/') }} \${{ github.event.pull_request.head.sha }}`, { path });
  });

  it('moves a whole compound expression into env, named after the untrusted context', () => {
    const before = `on: pull_request_target
jobs:
  a:
    steps:
      - run: git push origin \${{ github.head_ref || github.ref_name }}
`;
    assert.equal(applyFix(ID, before, { path }), `on: pull_request_target
jobs:
  a:
    steps:
      - run: git push origin "$HEAD_REF"
        env:
          HEAD_REF: \${{ github.head_ref || github.ref_name }}
`);
  });

  it('leaves trusted contexts and env: values alone', () => {
    expectClean(ID, `on: issues
jobs:
  a:
    steps:
      - run: echo "\${{ github.sha }} \${{ github.event.issue.number }} \${{ secrets.X }}"
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE"
      - uses: actions/github-script@v7
        with:
          script: console.log("\${{ github.event.comment.body }}")`, { path });
  });

  it('moves the expression into env and quotes the variable', () => {
    const before = `on: pull_request
jobs:
  a:
    steps:
      - name: Greet
        run: |
          echo Title: \${{ github.event.pull_request.title }}
          echo "\${{ github.event.pull_request.title }}"
      - run: echo next
`;
    assert.deepEqual(fixTitles(ID, before, { path }), ['Pass the value through an environment variable']);
    assert.equal(applyFix(ID, before, { path }), `on: pull_request
jobs:
  a:
    steps:
      - name: Greet
        run: |
          echo Title: "$PULL_REQUEST_TITLE"
          echo "$PULL_REQUEST_TITLE"
        env:
          PULL_REQUEST_TITLE: \${{ github.event.pull_request.title }}
      - run: echo next
`);
  });

  it('appends to an existing env block and handles single quotes', () => {
    const before = `on: issue_comment
jobs:
  a:
    steps:
      - env:
          A: 1
        run: echo '\${{ github.event.comment.body }}'
`;
    assert.equal(applyFix(ID, before, { path }), `on: issue_comment
jobs:
  a:
    steps:
      - env:
          A: 1
          COMMENT_BODY: \${{ github.event.comment.body }}
        run: echo "$COMMENT_BODY"
`);
  });

  it('offers no fix for a double-quoted run scalar', () => {
    assert.deepEqual(fixTitles(ID, 'on: issues\njobs:\n  a:\n    steps:\n      - run: "echo ${{ github.event.issue.body }}"\n', { path }), []);
  });
});
