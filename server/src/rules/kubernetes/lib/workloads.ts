/**
 * Shared reading of Kubernetes workloads for rules: iteration over pods and
 * containers, the security predicates the Pod Security Standards define, and
 * where findings point.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { containerAnchor, effective, kubernetesModel, type Container, type K8sObject, type Workload } from '../../../parse/kubernetes.js';
import { findPair, isMap, isScalar, isSeq, isYaml11False, isYaml11True, scalarString, valueOf } from '../../../parse/yaml-access.js';
import { derived, type YamlModel } from '../../../parse/yaml.js';
import type { ProjectView, Range, Settings } from '../../types.js';
import { kustomizeFacts } from './kustomize.js';

export type { Container, Workload } from '../../../parse/kubernetes.js';

/** Whether restricted-level rules apply (the default). */
export function restrictedLevel(settings: Settings): boolean {
  return settings.kubernetesLevel !== 'baseline';
}

/** Every workload of the file. */
export function workloads(model: YamlModel): Workload[] {
  return kubernetesModel(model).workloads;
}

/** Every object of the file. */
export function objects(model: YamlModel): K8sObject[] {
  return kubernetesModel(model).objects;
}

function containerList(model: YamlModel): readonly { workload: Workload; container: Container }[] {
  const out: { workload: Workload; container: Container }[] = [];
  for (const workload of workloads(model)) for (const container of workload.containers) out.push({ workload, container });
  return out;
}

/** Every container of every workload, with its workload (one list per model, shared by the rules). */
export function containers(model: YamlModel): readonly { workload: Workload; container: Container }[] {
  return derived(model, containerList);
}

/** The entries of a container's `ports:` that are mappings, in order. */
export function containerPorts(container: Container): YAMLMap[] {
  const ports = valueOf(container.node, 'ports');
  return isSeq(ports) ? ports.items.filter((p): p is YAMLMap => isMap(p)) : [];
}

/** Whether the pod declares `os.name: windows` (PSS exempts such pods from Linux-only controls). */
export function isWindowsPod(workload: Workload): boolean {
  const os = valueOf(workload.podSpec, 'os');
  return isMap(os) && scalarString(valueOf(os, 'name'))?.toLowerCase() === 'windows';
}

/**
 * Whether a missing field may be reported: not in Helm/Go-templated files,
 * where a `{{ … }}` line may well supply it, and not in patches (a workload
 * without images or containers, a file a kustomization lists under
 * `patches:`, or one named as a patch), which hold only what they change.
 */
export function canJudgeAbsence(model: YamlModel, workload?: Workload, where?: { path: string; project: ProjectView }): boolean {
  if (model.templated || workload?.partial) return false;
  return !(workload && where && kustomizeFacts(model, where.path, where.project).patchOf);
}

/** The range of a node's own text. */
export function rangeOf(model: YamlModel, node: Node | null | undefined): Range {
  return model.rangeOf(node);
}

/** The range of a pair's key (e.g. `hostPath` of a volume). */
export function keyRange(model: YamlModel, pair: Pair): Range {
  return model.rangeOf(pair.key as Node);
}

/** Where a finding about a container with a missing setting points: its name. */
export function containerRange(model: YamlModel, container: Container): Range {
  return model.rangeOf(containerAnchor(container));
}

/** Where a finding about a workload with a missing setting points: its `metadata.name`, else its `kind`. */
export function workloadRange(model: YamlModel, obj: K8sObject): Range {
  const name = obj.metadata ? valueOf(obj.metadata, 'name') : undefined;
  return model.rangeOf(isScalar(name) && name.range ? name : obj.kindNode);
}

/** A container's `securityContext` value node of a container-only field. */
export function containerField(container: Container, field: string): Node | undefined {
  return valueOf(container.securityContext, field);
}

/** Whether `allowPrivilegeEscalation: false` is set. */
export function blocksPrivilegeEscalation(container: Container): boolean {
  return isYaml11False(containerField(container, 'allowPrivilegeEscalation'));
}

/** Whether `runAsNonRoot: true` applies to the container (its own or the pod's). */
export function requiresNonRoot(workload: Workload, container: Container): boolean {
  return isYaml11True(effective(workload, container, 'runAsNonRoot').node);
}

/** The seccomp profile type that applies to the container, and the node holding it. */
export function seccompType(workload: Workload, container: Container): { type?: string; node?: Node } {
  const profile = effective(workload, container, 'seccompProfile').node;
  if (!isMap(profile)) return {};
  const node = valueOf(profile, 'type');
  return { type: scalarString(node), node };
}

/** Capability names in `capabilities.<list>` with their nodes. */
export function capabilities(container: Container, list: 'add' | 'drop'): { name: string; node: Node }[] {
  const caps = containerField(container, 'capabilities');
  const seq = isMap(caps) ? valueOf(caps, list) : undefined;
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((item) => {
    const name = scalarString(item);
    return name !== undefined ? [{ name, node: item as Node }] : [];
  });
}

/**
 * Whether `capabilities.drop` holds `ALL`, in any letter case: the container
 * runtimes compare it case-insensitively.
 */
export function dropsAll(container: Container): boolean {
  return capabilities(container, 'drop').some((c) => c.name.toUpperCase() === 'ALL');
}

/** A capability name without its `CAP_` prefix, upper-cased. */
export function capabilityName(name: string): string {
  return name.toUpperCase().replace(/^CAP_/, '');
}

/** Pod-level then container-level `securityContext` mappings of a workload, for fields checked wherever they are set. */
export function securityContexts(workload: Workload): { map: YAMLMap; container?: Container }[] {
  const out: { map: YAMLMap; container?: Container }[] = [];
  if (workload.podSecurityContext) out.push({ map: workload.podSecurityContext });
  for (const c of workload.containers) if (c.securityContext) out.push({ map: c.securityContext, container: c });
  return out;
}

/** The value node of a pod annotation. */
export function podAnnotationNode(workload: Workload, key: string): Node | undefined {
  const annotations = workload.podMetadata ? valueOf(workload.podMetadata, 'annotations') : undefined;
  return isMap(annotations) ? ((findPair(annotations, key)?.value ?? undefined) as Node | undefined) : undefined;
}

/** Whether an image reference is written with template or variable syntax we cannot judge. */
export function isTemplatedValue(value: string): boolean {
  return /\{\{|\$\(|\$\{|<[^<>]*>/.test(value);
}

/**
 * Whether a workload reads as a partial (a kustomize or Helm patch that
 * only overrides some fields): it has containers and none names an image.
 * Rules about missing settings do not judge such partials.
 */
export function isPartial(workload: Workload): boolean {
  return workload.partial !== undefined;
}
