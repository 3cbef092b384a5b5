/**
 * Labelled cases for another tool's Kubernetes, Compose or workflow checks: for each
 * case, the union of the Shipshape rules of that file kind that list the
 * tool's id among their `equivalents` must fire (at least one finding)
 * exactly when the tool fires. Settings are the defaults (restricted level)
 * with the mapped rules turned on, as the tools run their checks.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { composeFiles } from '../../server/src/parse/compose.js';
import { kubernetesModel } from '../../server/src/parse/kubernetes.js';
import { workflowOf } from '../../server/src/parse/workflow.js';
import type { YamlModel } from '../../server/src/parse/yaml.js';
import { rules } from '../../server/src/rules/index.js';
import type { FileKind, Settings, SeveritySetting } from '../../server/src/rules/types.js';

export interface ManifestCase {
  /** What the case shows, as the tool's own test would name it. */
  name: string;
  /** The manifest, Compose file or workflow. */
  text: string;
  /** Whether the tool reports its check on this file. */
  fires: boolean;
  /** Settings beyond the mapped rules being on. */
  settings?: Settings;
}

export interface Target {
  kind: Extract<FileKind, 'kubernetes' | 'workflow' | 'compose'>;
  /** Path the file is analysed under (kind detection depends on it). */
  path: string;
}

export const KUBERNETES: Target = { kind: 'kubernetes', path: '/work/k8s/deploy.yaml' };
export const COMPOSE: Target = { kind: 'compose', path: '/work/app/docker-compose.yml' };
export const WORKFLOW: Target = { kind: 'workflow', path: '/work/repo/.github/workflows/ci.yml' };

/** The rules of a kind that list `tool:ID` among their equivalents. */
export function rulesListing(target: Target, equivalent: string): string[] {
  return rules.filter((r) => r.meta.kind === target.kind && r.meta.equivalents.includes(equivalent)).map((r) => r.meta.id);
}

/** The ids of the mapped rules that report on the case's file. */
export function firingRules(target: Target, equivalent: string, c: ManifestCase): string[] {
  const mapped = rulesListing(target, equivalent);
  const on: Record<string, SeveritySetting> = {};
  for (const id of mapped) on[id] = 'warning';
  const settings: Settings = { ...c.settings, rules: { ...c.settings?.rules, ...on } };
  const result = analyze({ path: target.path, text: c.text }, undefined, settings);
  assert.equal(result.kind, target.kind, `${c.name} is not read as ${target.kind}`);
  assert.deepEqual(result.errors, [], `rules failed on ${c.name}`);
  assert.deepEqual(result.findings.filter((f) => f.ruleId.startsWith('yaml-')), [], `${c.name} is not valid YAML`);
  if (target.kind === 'kubernetes') {
    const k8s = kubernetesModel(result.model as YamlModel);
    const containers = k8s.workloads.flatMap((w) => w.containers);
    assert.ok(k8s.objects.length > 0, `${c.name} has no Kubernetes objects`);
    assert.ok((k8s.workloads.length === 0 || containers.length > 0) && containers.every((k) => k.name && k.image), `${c.name} has no well-formed containers`);
  } else if (target.kind === 'compose') {
    const services = composeFiles(result.model as YamlModel, target.path).flatMap((f) => f.services);
    assert.ok(services.length > 0 && services.every((s) => s.map), `${c.name} has no well-formed services`);
  } else {
    const steps = workflowOf(result.model as YamlModel, target.path).jobs.flatMap((j) => j.steps);
    assert.ok(steps.length > 0 && steps.every((s) => s.run || s.uses), `${c.name} has no well-formed steps`);
  }
  return [...new Set(result.findings.filter((f) => mapped.includes(f.ruleId)).map((f) => f.ruleId))];
}

/**
 * Declares, per id of the tool, a test that the expected rules list it (so
 * dropping or adding an id is a visible change) and a test per case.
 */
export function describeEquivalents(
  tool: string,
  target: Target,
  table: Record<string, { rules: string[]; cases: ManifestCase[] }>,
): void {
  describe(`${tool} equivalents (${target.kind})`, () => {
    before(() => initEngine());
    for (const [id, { rules: expected, cases }] of Object.entries(table)) {
      const equivalent = `${tool}:${id}`;
      describe(equivalent, () => {
        it(`is listed by ${expected.join(', ') || 'no rule'}`, () => {
          assert.deepEqual(rulesListing(target, equivalent).sort(), [...expected].sort());
        });
        for (const c of cases) {
          it(`${c.fires ? 'fires' : 'stays quiet'}: ${c.name}`, () => {
            const firing = firingRules(target, equivalent, c);
            if (c.fires) assert.ok(firing.length > 0, `${tool} ${id} fires on this file, but none of ${expected.join(', ')} does:\n${c.text}`);
            else assert.deepEqual(firing, [], `${tool} ${id} stays quiet on this file, but ${firing.join(', ')} fired:\n${c.text}`);
          });
        }
      });
    }
  });
}

/** Removes the common leading indentation of a template literal and its first and last empty lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const width = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(width)).join('\n') + '\n';
}

function indent(text: string, by: number): string {
  return dedent(text).replace(/\n$/, '').split('\n').map((l) => (l ? ' '.repeat(by) + l : l)).join('\n');
}

/** A Pod whose `spec` is the given YAML. */
export function pod(spec: string, metadata = 'name: hello'): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n${indent(metadata, 2)}\nspec:\n${indent(spec, 2)}\n`;
}

/** A Deployment whose pod template `spec` is the given YAML. */
export function deployment(podSpec: string, templateMetadata = 'labels: {app: web}'): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n${indent(templateMetadata, 6)}\n    spec:\n${indent(podSpec, 6)}\n`;
}

/** A CronJob whose pod template `spec` is the given YAML. */
export function cronJob(podSpec: string): string {
  return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(podSpec, 10)}\n`;
}

/**
 * `containers:` with one container `hello` running `busybox:1.36`, with an
 * optional flow-style `securityContext` and extra container fields (indented
 * by two); it starts on a new line so it can follow other pod fields.
 */
export function container(securityContext?: string, extra = ''): string {
  return `\ncontainers:\n- name: hello\n  image: busybox:1.36${extra}${securityContext ? `\n  securityContext: ${securityContext}` : ''}`;
}
