import doc from './k8s-require-network-policy.md';
import type { KubernetesRule } from '../kinds.js';
import { kubernetesModel, type K8sObject } from '../../parse/kubernetes.js';
import { isMap, valueOf } from '../../parse/yaml-access.js';
import type { Fix } from '../types.js';
import { canJudgeAbsence, isPartial, workloadRange, workloads, type Workload } from './lib/workloads.js';
import { labelsOf, selects } from './lib/selectors.js';
import { neighbourObjects } from './lib/workspace.js';

/** Policy kinds of other network plugins: their presence in a namespace counts as a decision made. */
const PLUGIN_POLICIES = new Set(['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'GlobalNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);
const CLUSTER_WIDE = new Set(['CiliumClusterwideNetworkPolicy', 'GlobalNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);


const sameNamespace = (a?: string, b?: string) => a === undefined || b === undefined || a === b;

/** Whether a policy object covers the workload's pods. */
function covers(policy: K8sObject, w: Workload): boolean {
  if (CLUSTER_WIDE.has(policy.kind)) return true;
  if (!sameNamespace(policy.namespace, w.namespace)) return false;
  if (PLUGIN_POLICIES.has(policy.kind)) return true;
  const spec = valueOf(policy.node, 'spec');
  return selects(isMap(spec) ? valueOf(spec, 'podSelector') : undefined, labelsOf(w.podMetadata));
}

const isPolicy = (o: K8sObject) => o.kind === 'NetworkPolicy' || PLUGIN_POLICIES.has(o.kind);

function denyAllPolicy(namespace: string | undefined, eol: string): string {
  return [
    '# Denies all traffic to and from the pods of this namespace that no other',
    '# NetworkPolicy allows. DNS lookups stay allowed. Add policies that allow',
    '# the traffic each workload needs before applying it.',
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    '  name: default-deny',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  podSelector: {}',
    '  policyTypes:',
    '  - Ingress',
    '  - Egress',
    '  egress:',
    '  - ports:',
    '    - {protocol: UDP, port: 53}',
    '    - {protocol: TCP, port: 53}',
    '',
  ].join(eol);
}

/** A workload whose pods no NetworkPolicy of its namespace selects. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-require-network-policy',
    kind: 'kubernetes',
    title: 'Workload not selected by any NetworkPolicy',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['polaris:missingNetworkPolicy', 'trivy:KSV-0038'],
    doc,
  },
  check({ path, model, project, report }) {
    if (!canJudgeAbsence(model)) return;
    const list = workloads(model).filter((w) => canJudgeAbsence(model, w, { path, project }));
    if (!list.length) return;
    const policies = [
      ...kubernetesModel(model).objects.filter(isPolicy),
      ...neighbourObjects(path, project).map((n) => n.obj).filter(isPolicy),
    ];
    const dir = path.replace(/[\\/][^\\/]*$/, '');
    const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    for (const w of list) {
      if (policies.some((p) => covers(p, w))) continue;
      const ns = w.namespace;
      const fixes = (): Fix[] => {
        const target = `${dir}/network-policy-default-deny${ns ? `-${ns}` : ''}.yaml`;
        if (!path.startsWith('/') || !dir || project.exists(target)) return [];
        return [{
          title: `Create a default-deny NetworkPolicy${ns ? ` for namespace '${ns}'` : ''} (blocks traffic no other policy allows)`,
          safe: false,
          edits: [],
          otherFiles: [{ path: target, create: true, content: denyAllPolicy(ns, eol) }],
        }];
      };
      report({
        range: workloadRange(model, w),
        message: `${w.kind} '${w.name ?? '?'}'${ns ? ` in namespace '${ns}'` : ''} is selected by no NetworkPolicy: every pod in the cluster can reach it, and it can reach anything`,
        fixes,
      });
    }
  },
};

export default rule;
