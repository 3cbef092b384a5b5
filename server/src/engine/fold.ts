/**
 * One finding per problem: on a Compose service or Kubernetes container that
 * is already reported as privileged, the capability, host-mount, device and
 * confinement findings describe part of what `privileged` grants. They are
 * lowered to information, say so, and point at the privileged finding; once
 * `privileged` goes, they come back at their own severity.
 */
import type { Node } from 'yaml';
import { composeFiles } from '../parse/compose.js';
import { kubernetesModel } from '../parse/kubernetes.js';
import type { YamlModel } from '../parse/yaml.js';
import type { FileKind, Finding, Range, Settings } from '../rules/types.js';

const FOLDED: Partial<Record<FileKind, { privileged: string; rules: ReadonlySet<string> }>> = {
  compose: {
    privileged: 'compose-no-privileged',
    rules: new Set([
      'compose-no-dangerous-capabilities', 'compose-drop-all-capabilities', 'compose-no-sensitive-host-mount', 'compose-no-host-devices',
      'compose-no-docker-socket', 'compose-no-seccomp-unconfined', 'compose-no-apparmor-unconfined', 'compose-no-new-privileges',
    ]),
  },
  kubernetes: {
    privileged: 'k8s-no-privileged',
    rules: new Set([
      'k8s-no-cap-sys-admin', 'k8s-no-cap-sys-module', 'k8s-no-added-capabilities', 'k8s-drop-all-capabilities', 'k8s-drop-net-raw',
      'k8s-add-only-net-bind-service', 'k8s-no-privilege-escalation', 'k8s-no-seccomp-unconfined', 'k8s-no-apparmor-unconfined', 'k8s-no-unmasked-proc-mount',
    ]),
  },
};

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
const within = (r: Range, outer: Range) => !before(r.start, outer.start) && !before(outer.end, r.end);

/** Where the services (Compose) or containers (Kubernetes) of a file lie. */
function scopesOf(kind: FileKind, model: YamlModel, path: string): Range[] {
  const out: Range[] = [];
  const add = (node: Node | undefined) => {
    if (node?.range) out.push(model.rangeOf(node));
  };
  if (kind === 'compose') {
    for (const f of composeFiles(model, path)) for (const s of f.services) add(s.map);
  } else {
    for (const w of kubernetesModel(model).workloads) for (const c of w.containers) add(c.node);
  }
  return out;
}

/** The innermost scope (by start) that contains a range, by binary search over scopes sorted by start. */
function scopeIndex(scopes: Range[], r: Range): number {
  let lo = 0;
  let hi = scopes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (!before(r.start, scopes[mid].start)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Scopes do not overlap (services of a file, containers of a list), so the last one starting before `r` is the only candidate.
  return found >= 0 && within(r, scopes[found]) ? found : -1;
}

/** Lowers and links the findings a privileged finding on the same service or container covers. */
export function foldUnderPrivileged(kind: FileKind, model: YamlModel, path: string, findings: Finding[], settings: Settings): void {
  const fold = FOLDED[kind];
  if (!fold) return;
  if (!findings.some((f) => f.ruleId === fold.privileged) || !findings.some((f) => fold.rules.has(f.ruleId))) return;
  const scopes = scopesOf(kind, model, path).sort((a, b) => (before(a.start, b.start) ? -1 : before(b.start, a.start) ? 1 : 0));
  const privilegedIn = new Map<number, Finding>();
  for (const f of findings) {
    if (f.ruleId !== fold.privileged) continue;
    const i = scopeIndex(scopes, f.range);
    if (i >= 0 && !privilegedIn.has(i)) privilegedIn.set(i, f);
  }
  if (!privilegedIn.size) return;
  for (const f of findings) {
    if (!fold.rules.has(f.ruleId)) continue;
    const p = privilegedIn.get(scopeIndex(scopes, f.range));
    if (!p) continue;
    if (settings.rules?.[f.ruleId] === undefined && (f.severity === 'error' || f.severity === 'warning')) f.severity = 'info';
    f.message = `${f.message}; lowered to information: the ${kind === 'compose' ? 'service' : 'container'} already runs privileged (line ${p.range.start.line + 1}), which grants this and more`;
    f.related = [...(f.related ?? []), { path, range: p.range, message: 'privileged: true here grants this and more' }];
  }
}
