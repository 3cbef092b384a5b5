import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-require-cpu-request';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags containers without requests.cpu', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
#         ^ k8s-require-cpu-request "Pod 'p', container 'a' sets no requests.cpu: is scheduled as if it needed no CPU and is first to be starved under load"
    image: a:1
  - name: b
    image: b:1
    resources:
#   ^^^^^^^^^ k8s-require-cpu-request
      limits: {cpu: 250m}`, opts);
  });

  it('stays quiet when it is set', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: "a:1", resources: {requests: {cpu: 250m}}}\n', opts);
  });
});
