/** What every finding's message looks like in a Problems row, whatever rule reports it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, emptyProject, shortenDigests } from '../../server/src/engine/analyze.js';
import { expectFindings } from '../helpers/annotated.js';

const DIGEST = 'sha256:3f5d2e6a9b1c0d4e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e';

describe('finding messages', () => {
  it('shorten full image digests to their first 7 hex digits', () => {
    assert.equal(shortenDigests(`'python@${DIGEST}' and 'x@sha512:${'ab'.repeat(64)}'`), "'python@sha256:3f5d2e6…' and 'x@sha512:abababa…'");
    // a short or partial hash is not a digest and stays as written
    assert.equal(shortenDigests('pin sha256:3f5d2e6 or sha256:…'), 'pin sha256:3f5d2e6 or sha256:…');
  });

  it('are shortened whichever rule reports them', () => {
    expectFindings('trusted-registry', `FROM evil.example.com/python:3.12@${DIGEST}
#    ${'^'.repeat(`evil.example.com/python:3.12@${DIGEST}`.length)} trusted-registry "'evil.example.com/python:3.12@sha256:3f5d2e6…' comes from evil.example.com, which is not in the trusted registries (docker.io)"
USER 1000
CMD ["python"]`, { settings: { trustedRegistries: ['docker.io'] } });
    const result = analyze({ path: '/w/k8s.yaml', text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: python:2.7@${DIGEST}\n` }, emptyProject, {});
    for (const f of result.findings) assert.ok(!f.message.includes(DIGEST), `${f.ruleId}: ${f.message}`);
  });

  it('name the workload of a Kubernetes container', () => {
    expectFindings('k8s-no-privileged', `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
spec:
  template:
    spec:
      initContainers:
      - name: setup
        image: busybox:1.36
        securityContext: {privileged: true}
#                                     ^^^^ k8s-no-privileged "Deployment 'cart', init container 'setup' is privileged: it gets every capability and the host's devices, so escaping to the node is trivial"
      containers:
      - name: server
        image: cart:1.0
        securityContext: {privileged: true}
#                                     ^^^^ k8s-no-privileged "Deployment 'cart', container 'server' is privileged: it gets every capability and the host's devices, so escaping to the node is trivial"`, { path: '/w/k8s/cart.yaml' });
  });
});
