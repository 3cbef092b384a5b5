import doc from './k8s-require-network-policy.md';
import { isMap, isSeq, type Node } from 'yaml';
import type { KubernetesRule } from '../kinds.js';
import { kubernetesModel, scalarString, valueOf, type K8sObject } from '../../parse/kubernetes.js';
import type { Fix } from '../types.js';
import { canJudgeAbsence, isPartial, workloadRange, workloads, type Workload } from './lib/workloads.js';
import { neighbourObjects } from './lib/workspace.js';

/** Policy kinds of other network plugins: their presence in a namespace counts as a decision made. */
const PLUGIN_POLICIES = new Set(['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'GlobalNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);
const CLUSTER_WIDE = new Set(['CiliumClusterwideNetworkPolicy', 'GlobalNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

function labelsOf(map: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const labels = isMap(map) ? valueOf(map, 'labels') : undefined;
  if (isMap(labels)) {
    for (const p of labels.items) {
      const k = scalarString(p.key);
      const v = scalarString(p.value);
      if (k !== undefined) out.set(k, v ?? '');
    }
  }
  return out;
}

/** Whether a label selector selects pods with these labels (an unreadable selector is taken to select them). */
export function selects(selector: Node | undefined, labels: Map<string, string>): boolean {
  if (selector === undefined || (!isMap(selector))) return true;
  const match = valueOf(selector, 'matchLabels');
  if (isMap(match)) {
    for (const p of match.items) {
      const k = scalarString(p.key);
      if (k !== undefined && labels.get(k) !== scalarString(p.value)) return false;
    }
  }
  const exprs = valueOf(selector, 'matchExpressions');
  if (isSeq(exprs)) {
    for (const e of exprs.items) {
      if (!isMap(e)) continue;
      const key = scalarString(valueOf(e, 'key'));
      const op = scalarString(valueOf(e, 'operator'));
      const vals = valueOf(e, 'values');
      const values = isSeq(vals) ? vals.items.map(scalarString) : [];
      if (key === undefined) continue;
      const has = labels.has(key);
      if (op === 'In' && !(has && values.includes(labels.get(key)))) return false;
      if (op === 'NotIn' && has && values.includes(labels.get(key))) return false;
      if (op === 'Exists' && !has) return false;
      if (op === 'DoesNotExist' && has) return false;
    }
  }
  return true;
}

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
    const list = workloads(model).filter((w) => !isPartial(w));
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
      const fixes: Fix[] = [];
      const target = `${dir}/network-policy-default-deny${ns ? `-${ns}` : ''}.yaml`;
      if (path.startsWith('/') && dir && !project.exists(target)) {
        fixes.push({
          title: `Create a default-deny NetworkPolicy${ns ? ` for namespace '${ns}'` : ''} (blocks traffic no other policy allows)`,
          safe: false,
          edits: [],
          otherFiles: [{ path: target, create: true, content: denyAllPolicy(ns, eol) }],
        });
      }
      report({
        range: workloadRange(model, w),
        message: `${w.kind} '${w.name ?? '?'}'${ns ? ` in namespace '${ns}'` : ''} is selected by no NetworkPolicy: every pod in the cluster can reach it, and it can reach anything`,
        fixes,
      });
    }
  },
};

export default rule;
