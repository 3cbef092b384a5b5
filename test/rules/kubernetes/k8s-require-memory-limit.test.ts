import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-require-memory-limit';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers without limits.memory', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-require-memory-limit "Pod 'p', container 'a' sets no limits.memory: can use the memory of its whole node until the kernel kills its neighbours"
    image: a:1
  - name: b
    image: b:1
    resources:
#   ^^^^^^^^^ k8s-require-memory-limit
      requests: {memory: 256Mi}`, opts);
  });

  it('stays quiet when it is set', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {limits: {memory: 256Mi}}}\n', opts);
  });
});
