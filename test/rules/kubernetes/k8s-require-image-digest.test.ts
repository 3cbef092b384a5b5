import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { D_AMD64, D_NEW, facts, projectWithImages } from '../../helpers/images.js';

const ID = 'k8s-require-image-digest';
const opts = { path: '/work/k8s/deploy.yaml' };
const FIXTURE = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: web
    image: nginx:1.27
#          ^^^^^^^^^^ k8s-require-image-digest "Pod 'p', container 'web' uses the tag 1.27, which can be re-pushed; pin nginx@sha256:… to run exactly the image you reviewed"
  - name: pinned
    image: nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  - name: moving
    image: nginx`;

describe(ID, () => {
  it('is off by default', () => {
    expectClean(ID, FIXTURE, opts);
  });

  it('flags version tags without a digest when turned on (latest is k8s-no-latest-tag)', () => {
    expectFindings(ID, FIXTURE, { ...opts, settings: { rules: { [ID]: 'info' } } });
  });

  it('pins to the digest the registry resolves, keeping the tag and the quoting (unsafe)', () => {
    const on = { ...opts, settings: { rules: { [ID]: 'info' as const } }, project: projectWithImages({ 'ghcr.io/acme/api:2.4': facts({ digest: D_NEW, manifestDigest: D_AMD64 }) }) };
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: "ghcr.io/acme/api:2.4" # release
          ports: [{ containerPort: 8080 }]
`;
    assert.deepEqual(fixTitles(ID, text, on), ['Pin to digest sha256:bbbbbbbbbbbb… (what 2.4 points to now; tag kept)']);
    assert.equal(applyFix(ID, text, on), text.replace('"ghcr.io/acme/api:2.4"', `"ghcr.io/acme/api:2.4@${D_NEW}"`));
  });

  it('offers no fix offline or when the registry does not know the image', () => {
    const settings = { rules: { [ID]: 'info' as const } };
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: web
    image: nginx:1.27
`;
    assert.deepEqual(findingsOf(ID, text, { ...opts, settings }).map((f) => f.fixes.length), [0]);
    assert.deepEqual(findingsOf(ID, text, { ...opts, settings, project: projectWithImages({ 'redis:7': facts({ digest: D_NEW }) }) }).map((f) => f.fixes.length), [0]);
  });
});
