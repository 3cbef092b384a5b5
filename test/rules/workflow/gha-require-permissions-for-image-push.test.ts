import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'gha-require-permissions-for-image-push';
const path = '/repo/.github/workflows/release.yml';

describe(ID, () => {
  it('flags a pushing job when the workflow sets no permissions', () => {
    expectFindings(ID, `on: push
jobs:
  image:
# ^^^^^ gha-require-permissions-for-image-push "Job 'image' pushes images but the workflow sets no permissions, so its token gets the repository default (often write to everything)"
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t r/a . && docker push r/a
  test:
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t r/a .`, { path });
  });

  it('flags a pushing job with its own write-all', () => {
    expectFindings(ID, `on: push
permissions:
  contents: read
jobs:
  image:
    permissions: write-all
#                ^^^^^^^^^ gha-require-permissions-for-image-push "Job 'image' pushes images with a write-all token; grant only what it needs"
    steps:
      - uses: docker/build-push-action@v7.3.0
        with:
          push: true`, { path });
  });

  it('stays quiet when permissions are set, or nothing is pushed', () => {
    expectClean(ID, 'on: push\npermissions:\n  contents: read\njobs:\n  i:\n    steps:\n      - run: docker push r/a\n', { path });
    expectClean(ID, 'on: push\njobs:\n  i:\n    permissions:\n      packages: write\n    steps:\n      - run: docker push r/a\n', { path });
    expectClean(ID, 'on: push\njobs:\n  i:\n    steps:\n      - uses: docker/build-push-action@v7.3.0\n        with:\n          push: false\n', { path });
  });

  it('adds a job-level block, with packages: write for GHCR', () => {
    assert.equal(applyFix(ID, `on: push
jobs:
  image:  # publish
    runs-on: ubuntu-latest
    steps:
      - run: docker push ghcr.io/acme/app
`, { path }), `on: push
jobs:
  image:  # publish
    permissions:
      contents: read
      packages: write
    runs-on: ubuntu-latest
    steps:
      - run: docker push ghcr.io/acme/app
`);
  });
});
