/**
 * The Kubernetes workload model over a parsed YAML file: every object of
 * every document (and the items of `kind: List`), the pod template of each
 * workload kind, its containers with their YAML nodes, and the effective
 * security settings where a container's `securityContext` overrides the
 * pod's. Rules read this instead of walking YAML themselves; fixes use the
 * nodes it keeps to know where to point and where to insert.
 */
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { asMap, findPair, getIn, isMap, isScalar, isSeq, scalarString, valueOf } from './yaml-access.js';
import { derived, type YamlModel } from './yaml.js';

/** One Kubernetes object (a document, or an item of a `List`). */
export interface K8sObject {
  doc: Document.Parsed;
  /** Index of the document in the file. */
  docIndex: number;
  /** The object's mapping. */
  node: YAMLMap;
  apiVersion?: string;
  kind: string;
  kindNode: Scalar;
  name?: string;
  namespace?: string;
  namespaceNode?: Scalar;
  metadata?: YAMLMap;
  /** `metadata.annotations` of the object, as strings. */
  annotations: Map<string, string>;
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface Container {
  list: ContainerList;
  index: number;
  node: YAMLMap;
  name?: string;
  image?: string;
  imageNode?: Scalar;
  /** The container's `securityContext` mapping, when it is one. */
  securityContext?: YAMLMap;
  /** The object that runs it (`Deployment 'cart'`), so messages say which of many same-named containers. */
  owner?: { kind: string; name?: string };
}

/** An object that runs pods: its pod template's spec and containers. */
export interface Workload extends K8sObject {
  /** The pod spec (`spec` of a Pod, `spec.template.spec`, `spec.jobTemplate.spec.template.spec` …). */
  podSpec: YAMLMap;
  /** Metadata of the pod (the object's own for a Pod, the template's otherwise). */
  podMetadata?: YAMLMap;
  /** Annotations of the pod (template). */
  podAnnotations: Map<string, string>;
  /** The pod's `securityContext` mapping, when it is one. */
  podSecurityContext?: YAMLMap;
  containers: Container[];
  /**
   * Why the object is only part of a workload (a kustomize or `kubectl patch`
   * body), undefined for a whole one: a container without `image`, or a pod
   * spec without containers.
   */
  partial?: string;
}

/** Pod-level `securityContext` fields a container's own value overrides. */
export type InheritedField = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seLinuxOptions' | 'seccompProfile' | 'windowsOptions' | 'appArmorProfile';

/** A security setting as it applies to a container. */
export interface Effective {
  /** The value node (a scalar or mapping), undefined when set nowhere. */
  node?: Node;
  /** Where the value comes from. */
  from: 'container' | 'pod' | 'unset';
}

export interface KubernetesModel {
  objects: K8sObject[];
  workloads: Workload[];
}

const TEMPLATE_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Where each workload kind keeps its pod template's metadata (the pod spec's path with `metadata` for `spec`). */
const METADATA_PATHS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(TEMPLATE_PATHS).map(([kind, path]) => [kind, [...path.slice(0, -1), 'metadata']]),
);

const LISTS: ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

function stringMap(node: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isMap(node)) return out;
  for (const p of node.items) {
    const k = scalarString(p.key);
    const v = scalarString(p.value);
    if (k !== undefined && v !== undefined) out.set(k, v);
  }
  return out;
}


function objectOf(doc: Document.Parsed, docIndex: number, node: YAMLMap): K8sObject | undefined {
  const kindNode = findPair(node, 'kind')?.value;
  const kind = scalarString(kindNode);
  if (!kind || !isScalar(kindNode)) return undefined;
  const metadata = asMap(findPair(node, 'metadata')?.value);
  const nsNode = metadata ? findPair(metadata, 'namespace')?.value : undefined;
  return {
    doc,
    docIndex,
    node,
    apiVersion: scalarString(findPair(node, 'apiVersion')?.value),
    kind,
    kindNode,
    name: metadata ? scalarString(findPair(metadata, 'name')?.value) : undefined,
    namespace: scalarString(nsNode),
    namespaceNode: isScalar(nsNode) ? nsNode : undefined,
    metadata,
    annotations: stringMap(metadata ? findPair(metadata, 'annotations')?.value : undefined),
  };
}

function containersOf(podSpec: YAMLMap, owner: Container['owner']): Container[] {
  const out: Container[] = [];
  for (const list of LISTS) {
    const seq = findPair(podSpec, list)?.value;
    if (!isSeq(seq)) continue;
    (seq as YAMLSeq).items.forEach((item, index) => {
      if (!isMap(item)) return;
      const imageNode = findPair(item, 'image')?.value;
      out.push({
        list,
        index,
        node: item,
        name: scalarString(findPair(item, 'name')?.value),
        image: scalarString(imageNode),
        imageNode: isScalar(imageNode) ? imageNode : undefined,
        securityContext: asMap(findPair(item, 'securityContext')?.value),
        owner,
      });
    });
  }
  return out;
}

function partialReason(containers: Container[]): string | undefined {
  if (!containers.some((c) => c.list === 'containers')) return 'its pod spec lists no containers';
  if (containers.some((c) => c.list !== 'ephemeralContainers' && c.image === undefined && !findPair(c.node, 'image'))) return 'a container has no image';
  return undefined;
}

function workloadOf(obj: K8sObject): Workload | undefined {
  const path = Object.hasOwn(TEMPLATE_PATHS, obj.kind) ? TEMPLATE_PATHS[obj.kind] : undefined;
  if (!path) return undefined;
  const podSpec = asMap(getIn(obj.node, path));
  if (!podSpec) return undefined;
  const podMetadata = obj.kind === 'Pod' ? obj.metadata : asMap(getIn(obj.node, METADATA_PATHS[obj.kind]));
  const containers = containersOf(podSpec, { kind: obj.kind, name: obj.name });
  // Every field written out (the type makes sure none is missed): a spread copy (`...obj`) made V8's young-generation
  // collections keep the file's YAML nodes alive, so they were promoted to the old generation and collected at far greater cost.
  const workload: { [F in keyof Required<Workload>]: Workload[F] } = {
    doc: obj.doc,
    docIndex: obj.docIndex,
    node: obj.node,
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    kindNode: obj.kindNode,
    name: obj.name,
    namespace: obj.namespace,
    namespaceNode: obj.namespaceNode,
    metadata: obj.metadata,
    annotations: obj.annotations,
    podSpec,
    podMetadata,
    podAnnotations: obj.kind === 'Pod' ? obj.annotations : stringMap(podMetadata ? findPair(podMetadata, 'annotations')?.value : undefined),
    podSecurityContext: asMap(findPair(podSpec, 'securityContext')?.value),
    containers,
    partial: partialReason(containers),
  };
  return workload;
}

/** The Kubernetes objects and workloads of a parsed YAML file (computed once per model). */
export function kubernetesModel(model: YamlModel): KubernetesModel {
  return derived(model, readKubernetes);
}

function readKubernetes(model: YamlModel): KubernetesModel {
  const objects: K8sObject[] = [];
  model.docs.forEach((doc, docIndex) => {
    const root = doc.contents;
    if (!isMap(root)) return;
    const obj = objectOf(doc, docIndex, root);
    if (!obj) return;
    const items = findPair(root, 'items')?.value;
    if (/List$/.test(obj.kind) && isSeq(items)) {
      for (const item of items.items) {
        const child = isMap(item) ? objectOf(doc, docIndex, item) : undefined;
        if (child) objects.push(child);
      }
    } else {
      objects.push(obj);
    }
  });
  const workloads = objects.map(workloadOf).filter((w): w is Workload => !!w);
  return { objects, workloads };
}

/** A pod-level security field as it applies to a container: the container's own value wins. */
export function effective(workload: Workload, container: Container, field: InheritedField): Effective {
  const own = valueOf(container.securityContext, field);
  if (own !== undefined && !(isScalar(own) && own.value === null)) return { node: own, from: 'container' };
  const pod = valueOf(workload.podSecurityContext, field);
  if (pod !== undefined && !(isScalar(pod) && pod.value === null)) return { node: pod, from: 'pod' };
  return { from: 'unset' };
}

/** The node a finding about a container points at: its `name` value, else its first key. */
export function containerAnchor(container: Container): Node {
  const name = valueOf(container.node, 'name');
  if (isScalar(name) && name.range) return name;
  const first = container.node.items[0]?.key;
  return (isScalar(first) && first.range ? first : container.node) as Node;
}

/**
 * How a container is called in messages, with the object that runs it:
 * `Deployment 'cart', container 'server'`, `Job 'migrate', init container 'setup'`.
 * A manifest with many workloads often reuses container names; the row in
 * Problems must say which one it is about.
 */
export function describeContainer(container: Container): string {
  const what = container.list === 'initContainers' ? 'init container' : container.list === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  const self = container.name ? `${what} '${container.name}'` : `${what} #${container.index + 1}`;
  const owner = container.owner;
  return owner ? `${owner.kind}${owner.name ? ` '${owner.name}'` : ''}, ${self}` : self;
}

