import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
});
