/**
 * CI workflow model on top of the YAML model: GitHub Actions jobs and steps
 * (`uses`, `run`, `with`, `env`) and GitLab CI jobs with their script lines,
 * each with the YAML nodes so findings and fixes point at exact text.
 */
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Range } from '../text.js';
import { derived, type YamlModel } from './yaml.js';
import { isMap, isPair, isScalar, isSeq, pairOf, scalarString, valueOf } from './yaml-access.js';

/** A shell script of a step (`run:`) or a GitLab script line. */
export interface Script {
  /** The script text as YAML reads it. */
  value: string;
  node: Scalar;
  /** Offsets of the node in the file. */
  start: number;
  end: number;
}

export interface Step {
  index: number;
  node: YAMLMap;
  /** Offsets of the step mapping in the file. */
  start: number;
  end: number;
  name?: string;
  uses?: { value: string; node: Scalar };
  run?: Script;
  with?: YAMLMap;
  env?: YAMLMap;
}

export interface Job {
  id: string;
  key: Scalar;
  node: YAMLMap;
  steps: Step[];
  /** GitLab: `before_script`, `script`, `after_script` lines. */
  scripts: Script[];
  permissions?: Pair;
  /** GitHub reusable workflow call (`jobs.<id>.uses`). */
  uses?: { value: string; node: Scalar };
  /** GitLab `image:` name. */
  image?: string;
}

export interface WorkflowModel {
  platform: 'github' | 'gitlab';
  yaml: YamlModel;
  root?: YAMLMap;
  /** Event names under `on:`. */
  events: Set<string>;
  /** Top-level `permissions` pair. */
  permissions?: Pair;
  jobs: Job[];
}

const GITLAB_RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types', 'pages:deploy']);

function scriptOf(node: unknown): Script | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  return { value: node.value, node, start: node.range[0], end: node.range[1] };
}

function scriptsOf(node: unknown): Script[] {
  if (isSeq(node)) return node.items.flatMap((i) => scriptsOf(i));
  const s = scriptOf(node);
  return s ? [s] : [];
}

function eventsOf(on: unknown): Set<string> {
  const out = new Set<string>();
  if (isScalar(on)) out.add(String(on.value));
  else if (isSeq(on)) on.items.forEach((i) => isScalar(i) && out.add(String(i.value)));
  else if (isMap(on)) on.items.forEach((p) => isScalar(p.key) && out.add(String(p.key.value)));
  return out;
}

function stepsOf(node: unknown): Step[] {
  if (!isSeq(node)) return [];
  const steps: Step[] = [];
  node.items.forEach((item, index) => {
    if (!isMap(item) || !item.range) return;
    const uses = valueOf(item, 'uses');
    const usesValue = scalarString(uses);
    const w = valueOf(item, 'with');
    const env = valueOf(item, 'env');
    steps.push({
      index,
      node: item,
      start: item.range[0],
      end: item.range[1],
      name: scalarString(valueOf(item, 'name')),
      uses: usesValue !== undefined && isScalar(uses) ? { value: usesValue, node: uses } : undefined,
      run: scriptOf(valueOf(item, 'run')),
      with: isMap(w) ? w : undefined,
      env: isMap(env) ? env : undefined,
    });
  });
  return steps;
}

/** Reads the workflow structure from the YAML model; `gitlab` for `.gitlab-ci.yml`. */
export function parseWorkflow(yaml: YamlModel, path: string): WorkflowModel {
  const platform = /(^|[\\/])\.gitlab-ci\.ya?ml$/i.test(path) ? 'gitlab' : 'github';
  const root = yaml.docs[0]?.contents;
  const model: WorkflowModel = { platform, yaml, events: new Set(), jobs: [] };
  if (!isMap(root)) return model;
  model.root = root;
  if (platform === 'github') {
    model.events = eventsOf(valueOf(root, 'on') ?? valueOf(root, true as unknown as string));
    // YAML 1.1 readers turn `on` into true; yaml 2 keeps it a string, but be lenient
    if (model.events.size === 0) {
      const onPair = root.items.find((p) => isScalar(p.key) && p.key.value === true);
      if (onPair) model.events = eventsOf(onPair.value);
    }
    model.permissions = pairOf(root, 'permissions');
    const jobs = valueOf(root, 'jobs');
    if (isMap(jobs)) {
      for (const p of jobs.items) {
        if (!isScalar(p.key) || !isMap(p.value)) continue;
        const uses = valueOf(p.value, 'uses');
        const usesValue = scalarString(uses);
        model.jobs.push({
          id: String(p.key.value),
          key: p.key,
          node: p.value,
          steps: stepsOf(valueOf(p.value, 'steps')),
          scripts: [],
          permissions: pairOf(p.value, 'permissions'),
          uses: usesValue !== undefined && isScalar(uses) ? { value: usesValue, node: uses } : undefined,
        });
      }
    }
  } else {
    const defaults = valueOf(root, 'default');
    const globalScripts = [...scriptsOf(valueOf(root, 'before_script')), ...scriptsOf(valueOf(defaults, 'before_script'))];
    for (const p of root.items) {
      if (!isPair(p) || !isScalar(p.key) || !isMap(p.value)) continue;
      const id = String(p.key.value);
      if (GITLAB_RESERVED.has(id)) continue;
      const job = p.value;
      if (!pairOf(job, 'script') && !pairOf(job, 'trigger') && !pairOf(job, 'extends')) continue;
      const image = valueOf(job, 'image');
      model.jobs.push({
        id,
        key: p.key,
        node: job,
        steps: [],
        scripts: [
          ...(pairOf(job, 'before_script') ? [] : globalScripts),
          ...scriptsOf(valueOf(job, 'before_script')),
          ...scriptsOf(valueOf(job, 'script')),
          ...scriptsOf(valueOf(job, 'after_script')),
        ],
        permissions: undefined,
        image: scalarString(image) ?? scalarString(valueOf(image, 'name')),
      });
    }
  }
  return model;
}

/** Range of a node. */
export function nodeRange(yaml: YamlModel, node: Node | null | undefined): Range {
  return yaml.rangeOf(node);
}

/** Range of offsets. */
export function offsetRange(yaml: YamlModel, start: number, end: number): Range {
  return { start: yaml.positionAt(start), end: yaml.positionAt(end) };
}

/**
 * Where a regular expression matches inside a script's source text (so block
 * scalars map to their real lines); undefined when it does not match there.
 */
export function findInScript(yaml: YamlModel, script: Script, re: RegExp): { range: Range; match: RegExpExecArray } | undefined {
  const source = yaml.text.slice(script.start, script.end);
  const flags = re.flags.replace('g', '');
  const m = new RegExp(re.source, flags).exec(source);
  if (!m) return undefined;
  return { range: offsetRange(yaml, script.start + m.index, script.start + m.index + m[0].length), match: m };
}

/** Where {@link workflowOf} keeps a file's workflow model. */
const slot = (): { model?: WorkflowModel } => ({});

/** {@link parseWorkflow}, once per parsed file (rules of one analysis share it). */
export function workflowOf(yaml: YamlModel, path: string): WorkflowModel {
  const kept = derived(yaml, slot);
  return (kept.model ??= parseWorkflow(yaml, path));
}
