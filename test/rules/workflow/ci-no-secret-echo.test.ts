import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'ci-no-secret-echo';
const path = '/repo/.github/workflows/ci.yml';

describe(ID, () => {
  it('flags echo of a secret expression and of an env variable set from a secret', () => {
    expectFindings(ID, `on: push
jobs:
  a:
    steps:
      - run: echo "token=\${{ secrets.NPM_TOKEN }}"
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ci-no-secret-echo "This command prints a secret to the job log; log masking misses transformed or partial values"
      - env:
          PASS: \${{ secrets.REGISTRY_PASSWORD }}
        run: |
          set -e
          printf '%s' "$PASS" && echo ok
#         ^^^^^^^^^^^^^^^^^^^ ci-no-secret-echo`, { path });
  });

  it('flags GitLab credential variables', () => {
    expectFindings(ID, `deploy:
  script:
    - echo $CI_REGISTRY_PASSWORD
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^ ci-no-secret-echo`, { path: '/repo/.gitlab-ci.yml' });
  });

  it('does not flag a secret piped into a command or written to a file', () => {
    expectClean(ID, `on: push
jobs:
  a:
    steps:
      - run: echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login -u ci --password-stdin registry.example.com
      - run: echo "//registry.npmjs.org/:_authToken=\${{ secrets.NPM_TOKEN }}" > ~/.npmrc
      - env:
          PASS: \${{ secrets.P }}
        run: echo "$PASSWORD_HINT" && echo "::add-mask::$PASS"
      - run: echo "\${{ github.sha }}"`, { path });
  });

  describe('fix', () => {
    const wf = (...steps: string[]) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join('\n')}\n`;
    const opts = { path };

    it('removes the line of a block script that prints the secret, keeping the others', () => {
      const before = wf('      - env:', '          PASS: ${{ secrets.P }}', '        run: |', '          set -e', '          echo "$PASS"', '          make  # build', '      - run: make test');
      assert.deepEqual(fixTitles(ID, before, opts), ['Remove the command that prints the secret']);
      assert.equal(applyFix(ID, before, opts), wf('      - env:', '          PASS: ${{ secrets.P }}', '        run: |', '          set -e', '          make  # build', '      - run: make test'));
    });

    it('removes the command with its && or ; joiner on a shared line', () => {
      const env = ['      - env:', '          PASS: ${{ secrets.P }}'];
      assert.equal(applyFix(ID, wf(...env, '        run: echo "$PASS" && make'), opts), wf(...env, '        run: make'));
      assert.equal(applyFix(ID, wf(...env, '        run: make; printf %s "$PASS"'), opts), wf(...env, '        run: make'));
      assert.equal(applyFix(ID, wf(...env, '        run: |', '          make && echo $PASS && make test'), opts), wf(...env, '        run: |', '          make && make test'));
    });

    it('removes a step that only prints the secret when the job has others and no step can read its outputs', () => {
      const before = wf('      - name: debug', '        run: echo ${{ secrets.TOKEN }}', '      - run: make');
      assert.deepEqual(fixTitles(ID, before, opts), ['Remove the step that prints the secret']);
      assert.equal(applyFix(ID, before, opts), wf('      - run: make'));
      assert.deepEqual(fixTitles(ID, wf('      - run: echo ${{ secrets.TOKEN }}'), opts), []);
      assert.deepEqual(fixTitles(ID, wf('      - id: x', '        run: echo ${{ secrets.TOKEN }}', '      - run: make'), opts), []);
    });

    it('offers no fix where removing the command changes the rest of the script', () => {
      const env = ['      - env:', '          PASS: ${{ secrets.P }}'];
      assert.deepEqual(fixTitles(ID, wf(...env, '        run: make || echo "$PASS"'), opts), []);
      assert.deepEqual(fixTitles(ID, wf(...env, '        run: |', '          if [ -n "$X" ]; then', '            echo "$PASS"', '          fi'), opts), []);
      assert.deepEqual(fixTitles(ID, wf(...env, '        run: |', '          make \\', '            echo "$PASS"', '          make test'), opts), []);
      assert.deepEqual(fixTitles(ID, wf(...env, '        run: >', '          make', '          echo "$PASS"'), opts), []);
      assert.deepEqual(fixTitles(ID, 'deploy:\n  script:\n    - echo $CI_REGISTRY_PASSWORD\n    - make\n', { path: '/repo/.gitlab-ci.yml' }), []);
    });
  });
});
