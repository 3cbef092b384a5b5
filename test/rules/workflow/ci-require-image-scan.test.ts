import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { memoryProject } from './memory-project.js';

const ID = 'ci-require-image-scan';
const path = '/repo/.github/workflows/build.yml';
const TRIVY = 'b'.repeat(40);
const project = memoryProject({
  '/repo/.github/workflows/other.yml': `jobs:\n  x:\n    steps:\n      - uses: aquasecurity/trivy-action@${TRIVY} # 0.99.0\n`,
});

describe(ID, () => {
  it('flags the first build of each job when nothing scans', () => {
    expectFindings(ID, `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: |
          docker build -t registry.example.com/app:latest .
#         ^^^^^^^^^^^^ ci-require-image-scan "Job 'image' builds an image with docker build but no step scans it (Trivy, Grype, Docker Scout, Snyk, Anchore)"
          docker buildx build .
  other:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v7.3.0
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ci-require-image-scan "Job 'other' builds an image with docker/build-push-action but no step scans it (Trivy, Grype, Docker Scout, Snyk, Anchore)"`, { path });
  });

  it('flags GitLab kaniko and podman builds', () => {
    expectFindings(ID, `build:
  image: gcr.io/kaniko-project/executor:debug
  script:
    - /kaniko/executor --context . --destination $CI_REGISTRY_IMAGE
#     ^^^^^^^^^^^^^^^^ ci-require-image-scan "Job 'build' builds an image with kaniko but no step scans it (Trivy, Grype, Docker Scout, Snyk, Anchore)"
pod:
  script: podman build -t x .
#         ^^^^^^^^^^^^ ci-require-image-scan`, { path: '/repo/.gitlab-ci.yml' });
  });

  it('stays quiet when a scanner runs anywhere in the workflow', () => {
    expectClean(ID, `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t app .
  scan:
    needs: image
    runs-on: ubuntu-latest
    steps:
      - uses: anchore/scan-action@v6`, { path });
    expectClean(ID, `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t app . && trivy image app`, { path });
    expectClean(ID, `include:
  - template: Jobs/Container-Scanning.gitlab-ci.yml
build:
  script: docker build -t x .`, { path: '/repo/.gitlab-ci.yml' });
    expectClean(ID, `on: push
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: docker compose up -d && docker pull alpine`, { path });
  });

  it('runs the released Trivy image when no Trivy action SHA is known (never an invented SHA)', () => {
    const before = `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t app:1 .
      - run: echo done
`;
    assert.deepEqual(fixTitles(ID, before, { path }), ['Add a step that scans the image with Trivy (aquasec/trivy:0.56.2)']);
    assert.equal(applyFix(ID, before, { path }), `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t app:1 .
      - name: Scan the image with Trivy
        run: docker run --rm -v /var/run/docker.sock:/var/run/docker.sock aquasec/trivy:0.56.2 image --exit-code 1 --ignore-unfixed --severity HIGH,CRITICAL app:1
      - run: echo done
`);
  });

  it('inserts a pinned Trivy step and a SARIF upload after the build', () => {
    const before = `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - name: Build
        run: docker build -t ghcr.io/acme/app:\${{ github.sha }} .

      - run: echo done
`;
    assert.deepEqual(fixTitles(ID, before, { path, project }), ['Add a Trivy scan step that uploads SARIF to code scanning']);
    assert.equal(applyFix(ID, before, { path, project }), `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - name: Build
        run: docker build -t ghcr.io/acme/app:\${{ github.sha }} .
      - name: Scan the image with Trivy
        uses: aquasecurity/trivy-action@${TRIVY} # 0.99.0
        with:
          image-ref: ghcr.io/acme/app:\${{ github.sha }}
          format: sarif
          output: trivy-results.sarif
      - name: Upload the Trivy results to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd # v4.37.7
        with:
          sarif_file: trivy-results.sarif

      - run: echo done
`);
  });

  it('scans the first tag of a pushing build-push-action and keeps CRLF', () => {
    const before = 'on: push\r\njobs:\r\n  i:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n    - uses: docker/build-push-action@v7.3.0\r\n      with:\r\n        push: true\r\n        tags: ghcr.io/a/b:1,ghcr.io/a/b:latest';
    const after = applyFix(ID, before, { path, project });
    assert.equal(after, before + `\r\n    - name: Scan the image with Trivy\r\n      uses: aquasecurity/trivy-action@${TRIVY} # 0.99.0\r\n      with:\r\n        image-ref: ghcr.io/a/b:1\r\n        format: sarif\r\n        output: trivy-results.sarif\r\n    - name: Upload the Trivy results to code scanning\r\n      if: always()\r\n      uses: github/codeql-action/upload-sarif@ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd # v4.37.7\r\n      with:\r\n        sarif_file: trivy-results.sarif`);
  });

  it('offers no fix when the image reference is a metadata output or never leaves the builder', () => {
    assert.deepEqual(fixTitles(ID, 'on: push\njobs:\n  i:\n    steps:\n      - uses: docker/build-push-action@v7.3.0\n        with:\n          push: true\n          tags: ${{ steps.meta.outputs.tags }}\n', { path, project }), []);
    assert.deepEqual(fixTitles(ID, 'on: push\njobs:\n  i:\n    steps:\n      - uses: docker/build-push-action@v7.3.0\n        with:\n          tags: a/b:1\n', { path, project }), []);
  });
});
