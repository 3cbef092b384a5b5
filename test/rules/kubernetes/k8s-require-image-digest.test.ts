import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
});
