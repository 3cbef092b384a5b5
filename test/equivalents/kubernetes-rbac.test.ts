/**
 * The peers' RBAC checks (Trivy KSV, Checkov CKV_K8S, Polaris) against the
 * rules that list them: roles and bindings written as the peers' own tests
 * write them, firing and quiet cases for every id.
 */
import { KUBERNETES, describeEquivalents, type ManifestCase } from './kubernetes-cases.js';

/** A Role or ClusterRole with one policy rule. */
function role(kind: 'Role' | 'ClusterRole', apiGroups: string[], resources: string[], verbs: string[]): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: test\n${kind === 'Role' ? '  namespace: app\n' : ''}rules:\n- apiGroups: ${list(apiGroups)}\n  resources: ${list(resources)}\n  verbs: ${list(verbs)}\n`;
}

/** A binding of `roleKind/roleName` to one subject. */
function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', roleKind: string, roleName: string, subject: string, name = 'test'): string {
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${kind === 'RoleBinding' ? '  namespace: app\n' : ''}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${roleKind}\n  name: ${roleName}\nsubjects:\n- ${subject}\n`;
}

const cr = (g: string[], r: string[], v: string[]) => role('ClusterRole', g, r, v);
const ro = (g: string[], r: string[], v: string[]) => role('Role', g, r, v);
const c = (name: string, text: string, fires: boolean): ManifestCase => ({ name, text, fires });

const USER = 'kind: User\n  name: alice\n  apiGroup: rbac.authorization.k8s.io';
const SA = 'kind: ServiceAccount\n  name: deployer\n  namespace: ci';

describeEquivalents('trivy', KUBERNETES, {
  'KSV-0041': {
    rules: ['k8s-rbac-no-secrets-read'],
    cases: [
      c('ClusterRole lists secrets', cr([''], ['secrets'], ['list']), true),
      c('ClusterRole gets secrets and configmaps', cr([''], ['configmaps', 'secrets'], ['get', 'watch']), true),
      c('ClusterRole reads configmaps only', cr([''], ['configmaps'], ['get', 'list']), false),
      c('ClusterRole on pods', cr([''], ['pods'], ['get']), false),
    ],
  },
  'KSV-0113': {
    rules: ['k8s-rbac-no-secrets-read'],
    cases: [
      c('Role gets secrets', ro([''], ['secrets'], ['get']), true),
      c('Role watches secrets', ro([''], ['secrets'], ['watch']), true),
      c('Role reads configmaps', ro([''], ['configmaps'], ['get']), false),
    ],
  },
  'KSV-0044': {
    rules: ['k8s-rbac-no-wildcard'],
    cases: [
      c('any verb on any resource', cr(['*'], ['*'], ['*']), true),
      c('any verb on any resource of the core group', ro([''], ['*'], ['*']), true),
      c('listed verbs on listed resources', cr([''], ['pods'], ['get', 'list']), false),
    ],
  },
  'KSV-0045': {
    rules: ['k8s-rbac-no-wildcard'],
    cases: [
      c('any verb on pods', ro([''], ['pods'], ['*']), true),
      c('any verb on deployments', cr(['apps'], ['deployments'], ['*']), true),
      c('listed verbs on pods', ro([''], ['pods'], ['get', 'list', 'watch']), false),
    ],
  },
  'KSV-0046': {
    rules: ['k8s-rbac-no-wildcard'],
    cases: [
      c('ClusterRole creates any resource', cr([''], ['*'], ['create']), true),
      c('ClusterRole deletes any resource of any group', cr(['*'], ['*'], ['delete']), true),
      c('ClusterRole on listed resources', cr([''], ['pods', 'services'], ['create', 'delete']), false),
    ],
  },
  'KSV-0112': {
    rules: ['k8s-rbac-no-wildcard'],
    cases: [
      c('Role updates any resource', ro([''], ['*'], ['update']), true),
      c('Role with any verb on any resource', ro(['*'], ['*'], ['*']), true),
      c('Role on listed resources', ro([''], ['configmaps'], ['update']), false),
    ],
  },
  'KSV-0053': {
    rules: ['k8s-rbac-no-pod-exec'],
    cases: [
      c('create on pods/exec', ro([''], ['pods/exec'], ['create']), true),
      c('get and create on pods/exec', cr([''], ['pods', 'pods/exec'], ['get', 'create']), true),
      c('pods and logs only', ro([''], ['pods', 'pods/log'], ['get', 'list']), false),
    ],
  },
  'KSV-0054': {
    rules: ['k8s-rbac-no-pod-exec'],
    cases: [
      c('create on pods/attach', ro([''], ['pods/attach'], ['create']), true),
      c('any verb on pods/attach', cr([''], ['pods/attach'], ['*']), true),
      c('list on pods', ro([''], ['pods'], ['list']), false),
    ],
  },
  'KSV-0043': {
    rules: ['k8s-rbac-no-escalate-bind-impersonate'],
    cases: [
      c('impersonate groups', cr([''], ['groups'], ['impersonate']), true),
      c('impersonate users and service accounts', cr([''], ['users', 'serviceaccounts'], ['impersonate']), true),
      c('get service accounts', cr([''], ['serviceaccounts'], ['get']), false),
    ],
  },
  'KSV-0050': {
    rules: ['k8s-rbac-no-escalate-bind-impersonate'],
    cases: [
      c('escalate on clusterroles', cr(['rbac.authorization.k8s.io'], ['clusterroles'], ['escalate']), true),
      c('escalate on roles', ro(['rbac.authorization.k8s.io'], ['roles'], ['get', 'escalate']), true),
      c('read roles', ro(['rbac.authorization.k8s.io'], ['roles'], ['get', 'list']), false),
    ],
  },
  'KSV-0111': {
    rules: ['k8s-rbac-no-cluster-admin-binding'],
    cases: [
      c('ClusterRoleBinding to cluster-admin', binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin', SA), true),
      c('RoleBinding to cluster-admin', binding('RoleBinding', 'ClusterRole', 'cluster-admin', USER), true),
      c('ClusterRoleBinding to view', binding('ClusterRoleBinding', 'ClusterRole', 'view', USER), false),
    ],
  },
  'KSV-0122': {
    rules: ['k8s-rbac-no-anonymous-binding'],
    cases: [
      c('bound to system:anonymous', binding('ClusterRoleBinding', 'ClusterRole', 'view', 'kind: User\n  name: system:anonymous'), true),
      c('bound to system:unauthenticated', binding('RoleBinding', 'Role', 'reader', 'kind: Group\n  name: system:unauthenticated'), true),
      c('bound to a named user', binding('ClusterRoleBinding', 'ClusterRole', 'view', USER), false),
    ],
  },
});

describeEquivalents('checkov', KUBERNETES, {
  CKV_K8S_49: {
    rules: ['k8s-rbac-no-wildcard'],
    cases: [
      c('wildcard verbs', ro([''], ['pods'], ['*']), true),
      c('wildcard resources', cr([''], ['*'], ['get']), true),
      c('wildcard apiGroups', cr(['*'], ['pods'], ['get']), true),
      c('no wildcard', cr(['', 'apps'], ['pods', 'deployments'], ['get', 'list']), false),
    ],
  },
  CKV_K8S_155: {
    rules: ['k8s-rbac-no-webhook-write'],
    cases: [
      c('create mutating webhooks', cr(['admissionregistration.k8s.io'], ['mutatingwebhookconfigurations'], ['create']), true),
      c('patch validating webhooks', cr(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], ['patch']), true),
      c('read webhooks', cr(['admissionregistration.k8s.io'], ['mutatingwebhookconfigurations'], ['get', 'list']), false),
    ],
  },
  CKV_K8S_156: {
    rules: ['k8s-rbac-no-csr-approval'],
    cases: [
      c('update the approval subresource', cr(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['update']), true),
      c('patch the approval subresource', cr(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['patch']), true),
      c('create CSRs only', cr(['certificates.k8s.io'], ['certificatesigningrequests'], ['create', 'get']), false),
    ],
  },
  CKV_K8S_157: {
    rules: ['k8s-rbac-no-escalate-bind-impersonate'],
    cases: [
      c('bind on clusterroles', cr(['rbac.authorization.k8s.io'], ['clusterroles'], ['bind']), true),
      c('bind on roles', ro(['rbac.authorization.k8s.io'], ['roles'], ['bind']), true),
      c('create rolebindings', ro(['rbac.authorization.k8s.io'], ['rolebindings'], ['create']), false),
    ],
  },
  CKV_K8S_158: {
    rules: ['k8s-rbac-no-escalate-bind-impersonate'],
    cases: [
      c('escalate on clusterroles', cr(['rbac.authorization.k8s.io'], ['clusterroles'], ['escalate']), true),
      c('escalate on roles', ro(['rbac.authorization.k8s.io'], ['roles'], ['escalate', 'get']), true),
      c('update roles', ro(['rbac.authorization.k8s.io'], ['roles'], ['update']), false),
    ],
  },
});

describeEquivalents('polaris', KUBERNETES, {
  clusterrolePodExecAttach: {
    rules: ['k8s-rbac-no-pod-exec'],
    cases: [
      c('ClusterRole creates pods/exec', cr([''], ['pods/exec'], ['create']), true),
      c('ClusterRole creates pods/attach', cr([''], ['pods/attach'], ['create']), true),
      c('ClusterRole reads pods', cr([''], ['pods'], ['get']), false),
    ],
  },
  rolePodExecAttach: {
    rules: ['k8s-rbac-no-pod-exec'],
    cases: [
      c('Role creates pods/exec', ro([''], ['pods/exec'], ['create']), true),
      c('Role gets pods/attach', ro([''], ['pods/attach'], ['get']), true),
      c('Role reads pod logs', ro([''], ['pods/log'], ['get']), false),
    ],
  },
  clusterrolebindingClusterAdmin: {
    rules: ['k8s-rbac-no-cluster-admin-binding'],
    cases: [
      c('ClusterRoleBinding to cluster-admin for a user', binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin', USER), true),
      c('ClusterRoleBinding to cluster-admin for a service account', binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin', SA), true),
      c('ClusterRoleBinding to edit', binding('ClusterRoleBinding', 'ClusterRole', 'edit', SA), false),
    ],
  },
  rolebindingClusterAdminClusterRole: {
    rules: ['k8s-rbac-no-cluster-admin-binding'],
    cases: [
      c('RoleBinding to the cluster-admin ClusterRole', binding('RoleBinding', 'ClusterRole', 'cluster-admin', SA), true),
      c('RoleBinding to cluster-admin for a user', binding('RoleBinding', 'ClusterRole', 'cluster-admin', USER), true),
      c('RoleBinding to admin', binding('RoleBinding', 'ClusterRole', 'admin', USER), false),
    ],
  },
});
