import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryProject as memProject } from '../workflow/memory-project.js';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'k8s-require-network-policy';
const opts = { path: '/work/k8s/app.yaml' };

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      containers: [{name: web, image: "web:1"}]
`;

const policy = (selector: string, ns = 'shop') =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ${ns}}\nspec:\n  podSelector: ${selector}\n  policyTypes: [Ingress]\n`;

describe(ID, () => {
  it('flags a workload no policy selects', () => {
    expectFindings(ID, `${DEPLOY}---
${policy('{matchLabels: {app: api}}')}---
${policy('{}', 'other')}`.replace('  name: web\n', `  name: web
#       ^^^ k8s-require-network-policy "Deployment 'web' in namespace 'shop' is selected by no NetworkPolicy: every pod in the cluster can reach it, and it can reach anything"
`), opts);
  });

  it('stays quiet when a policy in the file or around it selects the pods', () => {
    expectClean(ID, `${DEPLOY}---\n${policy('{}')}`, opts);
    expectClean(ID, `${DEPLOY}---\n${policy('{matchLabels: {app: web}}')}`, opts);
    expectClean(ID, `${DEPLOY}---\n${policy('{matchExpressions: [{key: tier, operator: In, values: [front, back]}]}')}`, opts);
    expectClean(ID, DEPLOY, { ...opts, project: memProject({ '/work/k8s/policies/deny.yaml': policy('{}') }, '/work') });
    expectClean(ID, `${DEPLOY}---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: c, namespace: shop}\nspec: {endpointSelector: {}}\n`, opts);
    assert.equal(findingsOf(ID, `${DEPLOY}---\n${policy('{matchExpressions: [{key: tier, operator: NotIn, values: [front]}]}')}`, opts).length, 1);
  });

  it('stays quiet for files without workloads and for Helm templates', () => {
    expectClean(ID, policy('{}'), opts);
    expectClean(ID, DEPLOY.replace('name: web\n', 'name: {{ .Release.Name }}\n'), opts);
  });

  it('offers an unsafe fix that creates a default-deny policy for the namespace', () => {
    const project = memProject({ '/work/k8s/app.yaml': DEPLOY }, '/work');
    const [finding] = findingsOf(ID, DEPLOY, { ...opts, project });
    assert.equal(finding.fixes.length, 1);
    const fix = finding.fixes[0];
    assert.equal(fix.title, "Create a default-deny NetworkPolicy for namespace 'shop' (blocks traffic no other policy allows)");
    assert.equal(fix.safe, false);
    assert.deepEqual(fix.edits, []);
    assert.deepEqual(fix.otherFiles, [{
      path: '/work/k8s/network-policy-default-deny-shop.yaml',
      create: true,
      content: `# Denies all traffic to and from the pods of this namespace that no other
# NetworkPolicy allows. DNS lookups stay allowed. Add policies that allow
# the traffic each workload needs before applying it.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Ingress
  - Egress
  egress:
  - ports:
    - {protocol: UDP, port: 53}
    - {protocol: TCP, port: 53}
`,
    }]);
    const after = memProject({ '/work/k8s/app.yaml': DEPLOY, [fix.otherFiles![0].path]: fix.otherFiles![0].content! }, '/work');
    assert.deepEqual(findingsOf(ID, DEPLOY, { ...opts, project: after }), []);
    assert.deepEqual(findingsOf(ID, DEPLOY, { ...opts, project: after }).flatMap((f) => f.fixes), []);
    void applyFix;
  });
});

describe(`${ID} on partial manifests`, () => {
  it('does not judge a patch whose containers name no image', () => {
    expectClean(ID, 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: ctrl}\nspec:\n  template:\n    spec:\n      containers:\n      - name: ctrl\n        args: [--verbose]\n', opts);
  });
});
