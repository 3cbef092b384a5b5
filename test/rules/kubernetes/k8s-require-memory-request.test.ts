import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-require-memory-request';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers without requests.memory', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-require-memory-request "Pod 'p', container 'a' sets no requests.memory: is scheduled as if it needed no memory and is evicted first when the node runs short"
    image: a:1
  - name: b
    image: b:1
    resources:
#   ^^^^^^^^^ k8s-require-memory-request
      limits: {memory: 128Mi}`, opts);
  });

  it('stays quiet when it is set', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {requests: {memory: 128Mi}}}\n', opts);
  });
});
