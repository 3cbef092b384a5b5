/**
 * Builds the security report from the engine's findings and the parsed
 * models: one subject per Dockerfile (judged by its final stage), per Compose
 * service, per Kubernetes workload, and one for the repository's CI and
 * update settings. No rule is re-implemented here: an item fails on its
 * rules' findings (see checklist.ts) and the models only add evidence and the
 * facts no rule reports on its own (the number of stages, the user, ports).
 */
import { isScalar, type Node } from 'yaml';
import { compareFindings } from '../engine/analyze.js';
import { imageFamily } from '../knowledge/images.js';
import { buildOf, composeFiles, imageOf, isCompleteService, setting, type ComposeService } from '../parse/compose.js';
import { valueOf } from '../parse/yaml-access.js';
import { parseDockerfile, stageChain, type DockerfileModel } from '../parse/dockerfile.js';
import { effective, kubernetesModel, type InheritedField, type Workload } from '../parse/kubernetes.js';
import { workflowOf } from '../parse/workflow.js';
import { parseYaml, type YamlModel } from '../parse/yaml.js';
import { stagePorts } from '../rules/dockerfile/lib/ports.js';
import { effectiveUser, isRootUser, isWindowsStage } from '../model/user.js';
import { getRule, ruleDocUrl } from '../rules/index.js';
import type { FileKind, Finding, ProjectView, Settings, SeveritySetting } from '../rules/types.js';
import { scansImages } from '../rules/workflow/lib/ci.js';
import { covered, dockerDirectories, repositoryRoot } from '../model/dependabot.js';
import { joinPath, relativeTo } from '../paths.js';
import { CHECKLIST, categoryOf, type ChecklistItem, type SubjectKind } from './checklist.js';
import { nextSteps } from './next-steps.js';
import {
  REPORT_SCHEMA_ID, SCORING,
  type Evidence, type ItemResult, type ItemStatus, type ReportFinding, type RuleRef, type SecurityReport, type SeverityCounts, type Subject,
} from './model.js';

/** One analysed file, as a scan returns it. */
export interface ReportFile {
  /** Absolute path. */
  path: string;
  kind?: FileKind;
  findings: Finding[];
  /** The settings the file was analysed with (to tell a rule that is off from one that found nothing). */
  settings?: Settings;
}

export interface ReportInput {
  files: readonly ReportFile[];
  /** Reads the files (the same view the analysis used). */
  project: ProjectView;
  /** Absolute folder that paths in the report are relative to. */
  base: string;
  toolVersion: string;
}

/** A path relative to `base` with `/` separators; the path itself when it lies outside. */
export function relativePath(base: string, path: string): string {
  const b = base.replace(/\\/g, '/').replace(/\/+$/, '');
  const p = path.replace(/\\/g, '/');
  if (p === b) return '.';
  return p.startsWith(`${b}/`) ? p.slice(b.length + 1) : p;
}

const dirOf = (p: string) => p.replace(/\\/g, '/').replace(/\/[^/]*$/, '') || '/';

/** A subject while it is being judged: its findings and what its model says about each item. */
interface Draft {
  subject: Omit<Subject, 'score' | 'items'>;
  kind: SubjectKind;
  file: ReportFile;
  findings: Finding[];
  /** Findings of other files that belong to it (a `.dockerignore` of an image's context). */
  extra: { file: ReportFile; finding: Finding }[];
  facts: (item: ChecklistItem) => Fact | undefined;
}

/** What the model says about an item when no finding fails it. */
interface Fact {
  status: ItemStatus;
  note?: string;
  evidence?: Evidence[];
}

function severitySetting(settings: Settings | undefined, id: string): SeveritySetting {
  return settings?.rules?.[id] ?? getRule(id)?.meta.defaultSeverity ?? 'off';
}

export function buildReport(input: ReportInput): SecurityReport {
  const rel = (p: string) => relativePath(input.base, p);
  const drafts: Draft[] = [];

  for (const file of input.files) {
    const text = file.kind ? input.project.readFile(file.path) : undefined;
    if (text === undefined) continue;
    if (file.kind === 'dockerfile') drafts.push(imageDraft(file, text, input, rel));
    if (file.kind === 'compose') drafts.push(...composeDrafts(file, text, rel));
    if (file.kind === 'kubernetes') drafts.push(...kubernetesDrafts(file, text, rel));
  }
  // A .dockerignore judges the images built from its folder.
  for (const file of input.files) {
    if (file.kind !== 'dockerignore') continue;
    const dir = dirOf(file.path);
    const name = file.path.replace(/\\/g, '/').split('/').pop() ?? '';
    for (const d of drafts) {
      if (d.kind !== 'image') continue;
      const own = name === '.dockerignore' ? dirOf(d.file.path) === dir : d.file.path === file.path.replace(/\.dockerignore$/, '');
      if (own) for (const finding of file.findings) d.extra.push({ file, finding });
    }
  }
  const repo = repositoryDraft(input, rel);
  if (repo) drafts.push(repo);

  const ORDER: SubjectKind[] = ['image', 'compose-service', 'kubernetes-workload', 'repository'];
  drafts.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const subjects: Subject[] = [];
  const decidingRules = new Set<string>();
  for (const d of drafts) {
    const items: ItemResult[] = [];
    for (const item of CHECKLIST) {
      const ruleIds = item.rules[d.kind];
      if (!ruleIds) continue;
      const failing = [
        ...d.findings.filter((f) => ruleIds.includes(f.ruleId)).map((finding) => ({ file: d.file, finding })),
        ...d.extra.filter((x) => ruleIds.includes(x.finding.ruleId)),
      ];
      const fact = d.facts(item);
      let result: ItemResult;
      if (failing.length) {
        failing.forEach((x) => decidingRules.add(x.finding.ruleId));
        const evidence = failing.map(({ file, finding }) => ({ path: rel(file.path), line: finding.range.start.line + 1, message: finding.message, ruleId: finding.ruleId }));
        // What the model adds where no finding already points.
        const added = fact?.status === 'fail' ? (fact.evidence ?? []).filter((x) => !evidence.some((y) => y.path === x.path && y.line === x.line)) : [];
        result = { id: item.id, title: item.title, category: item.category, status: 'fail', evidence: [...evidence, ...added] };
        if (added.length && fact?.note) result.note = fact.note;
      } else if (fact) {
        result = { id: item.id, title: item.title, category: item.category, status: fact.status, evidence: fact.evidence ?? [] };
        if (fact.note) result.note = fact.note;
      } else if (ruleIds.every((id) => severitySetting(d.file.settings, id) === 'off')) {
        result = { id: item.id, title: item.title, category: item.category, status: 'n/a', note: `not checked: ${ruleIds.join(', ')} ${ruleIds.length === 1 ? 'is' : 'are'} off`, evidence: [] };
      } else {
        result = { id: item.id, title: item.title, category: item.category, status: 'pass', note: 'no finding', evidence: [] };
      }
      items.push(result);
    }
    subjects.push({ ...d.subject, score: score(items), items });
  }

  const subjectOf = new Map<Finding, string>();
  for (const d of drafts) for (const f of [...d.findings, ...d.extra.map((x) => x.finding)]) if (!subjectOf.has(f)) subjectOf.set(f, d.subject.id);
  const findings: ReportFinding[] = [];
  const severities: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of [...input.files].sort((a, b) => (rel(a.path) < rel(b.path) ? -1 : rel(a.path) > rel(b.path) ? 1 : 0))) {
    for (const f of [...file.findings].sort(compareFindings)) {
      severities[f.severity]++;
      const rf: ReportFinding = {
        ruleId: f.ruleId,
        title: getRule(f.ruleId)?.meta.title ?? f.ruleId,
        severity: f.severity,
        category: categoryOf(f.ruleId),
        path: rel(file.path),
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        message: f.message,
        fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe })),
      };
      const subject = subjectOf.get(f);
      if (subject) rf.subject = subject;
      findings.push(rf);
    }
  }

  const all = subjects.flatMap((s) => s.items);
  const counts = { pass: all.filter((i) => i.status === 'pass').length, fail: all.filter((i) => i.status === 'fail').length, na: all.filter((i) => i.status === 'n/a').length };
  const ruleIds = [...new Set([...findings.map((f) => f.ruleId), ...decidingRules])].sort();
  const rules: RuleRef[] = ruleIds.flatMap((id) => {
    const rule = getRule(id);
    return rule ? [{ id, title: rule.meta.title, category: categoryOf(id), defaultSeverity: rule.meta.defaultSeverity, docUrl: ruleDocUrl(rule), doc: rule.meta.doc }] : [];
  });
  return {
    schema: REPORT_SCHEMA_ID,
    tool: { name: 'shipshape', version: input.toolVersion },
    scoring: SCORING,
    score: score(all),
    counts,
    severities,
    subjects,
    findings,
    nextSteps: nextSteps(subjects, findings),
    rules,
  };
}

function score(items: readonly ItemResult[]): number | null {
  const pass = items.filter((i) => i.status === 'pass').length;
  const fail = items.filter((i) => i.status === 'fail').length;
  return pass + fail === 0 ? null : Math.floor((100 * pass) / (pass + fail));
}

// ---- images -------------------------------------------------------------

function imageDraft(file: ReportFile, text: string, input: ReportInput, rel: (p: string) => string): Draft {
  const model = parseDockerfile(text);
  const final = model.finalStage;
  const path = rel(file.path);
  const at = (line: number, message: string): Evidence => ({ path, line: line + 1, message });
  const fromLine = (s: NonNullable<typeof final>) => s.from.getRange().start.line;
  const detail = final
    ? `final stage FROM ${final.rawImage}${model.stages.length > 1 ? ` (stage ${final.index + 1} of ${model.stages.length})` : ''}`
    : 'no FROM instruction';
  const facts = (item: ChecklistItem): Fact | undefined => {
    if (!final) return { status: 'n/a', note: 'the file has no FROM instruction' };
    switch (item.id) {
      case 'multi-stage': {
        const builders = model.stages.filter((s) => !s.isFinal);
        if (builders.length === 0) return { status: 'fail', note: 'a single stage builds and ships the image', evidence: [at(fromLine(final), `the only stage: FROM ${final.rawImage}`)] };
        return { status: 'pass', evidence: model.stages.map((s) => at(fromLine(s), `${s.isFinal ? 'final stage' : `stage ${s.index + 1}`}: FROM ${s.rawImage}`)) };
      }
      case 'minimal-runtime': {
        const root = stageChain(final).at(-1)!;
        const family = root.scratch ? 'scratch' : imageFamily(root.image);
        const ev = [at(fromLine(final), `final stage runs on ${root.rawImage}`)];
        if (family === 'distroless' || family === 'chainguard' || family === 'scratch') return { status: 'pass', evidence: ev };
        if (family === 'alpine' || /slim|minimal|micro|chiseled/.test(root.image?.tag ?? '') || /minimal|micro/.test(root.image?.repository ?? '')) {
          return { status: 'pass', note: 'a small base, though not distroless', evidence: ev };
        }
        if (family === 'debian' || family === 'rhel') return { status: 'fail', note: 'a full OS image: shell, package manager and tools ship with the application', evidence: ev };
        return { status: 'n/a', note: `cannot tell whether ${root.rawImage} is minimal`, evidence: ev };
      }
      case 'non-root': {
        if (isWindowsStage(model, final)) return { status: 'n/a', note: 'Windows images have another user model' };
        const user = effectiveUser(model, final);
        const line = user.instruction ? user.instruction.getRange().start.line : fromLine(stageChain(final).at(-1)!);
        if (user.source === 'unknown' || user.user === undefined) return { status: 'n/a', note: 'the user cannot be known (the base image or USER comes from a build argument)' };
        if (isRootUser(user.user)) {
          return { status: 'fail', evidence: [at(line, user.source === 'instruction' ? `USER ${user.user}` : `no USER; ${stageChain(final).at(-1)!.rawImage} runs as root`)] };
        }
        return { status: 'pass', evidence: [at(line, user.source === 'instruction' ? `USER ${user.user}` : `the base image runs as ${user.user}`)] };
      }
      case 'pinned-image': {
        const external = model.stages.filter((s) => !s.parent && !s.scratch);
        if (!external.length) return { status: 'n/a', note: 'no base image is pulled' };
        return undefined;
      }
      case 'unprivileged-port': {
        const ports = stagePorts(model, final);
        if (!ports.length) return { status: 'n/a', note: 'the final stage exposes no port' };
        // A port below 1024 that no rule reported was not judged (a Windows image): no pass on its word.
        if (ports.some((p) => p.start !== undefined && p.start < 1024)) return { status: 'n/a', note: 'the privileged ports it exposes are not judged for this image' };
        return { status: 'pass', evidence: ports.map((p) => ({ path, line: p.range.start.line + 1, message: `EXPOSE ${p.text}` })) };
      }
      case 'base-updates':
        return dependabotFact(file.path, input.project, rel);
      case 'dockerignore': {
        const ignore = [`${file.path}.dockerignore`, `${dirOf(file.path)}/.dockerignore`].find((p) => input.project.exists(p));
        if (ignore) return undefined;
        return { status: 'n/a', note: 'no .dockerignore, and the build copies no whole context' };
      }
      default:
        return undefined;
    }
  };
  const ignore = [`${file.path}.dockerignore`, `${dirOf(file.path)}/.dockerignore`].find((p) => input.project.exists(p));
  const withIgnoreEvidence = (item: ChecklistItem): Fact | undefined => {
    const fact = facts(item);
    if (item.id === 'dockerignore' && !fact && ignore) return { status: 'pass', evidence: [{ path: rel(ignore), line: 1, message: 'excludes the sensitive files the rules look for' }] };
    return fact;
  };
  return {
    subject: { id: `image:${path}`, kind: 'image', name: path, path, line: final ? fromLine(final) + 1 : 1, detail },
    kind: 'image',
    file,
    findings: file.findings,
    extra: [],
    facts: withIgnoreEvidence,
  };
}

/** Whether a Dependabot docker entry covers the Dockerfile's folder (the rule only says when there is no dependabot.yml at all). */
function dependabotFact(path: string, project: ProjectView, rel: (p: string) => string): Fact {
  const root = repositoryRoot(path, project);
  if (!root) return { status: 'n/a', note: 'not in a repository (no .git above it), so no Dependabot configuration applies' };
  const file = ['dependabot.yml', 'dependabot.yaml'].map((n) => joinPath(joinPath(root, '.github'), n)).find((p) => project.exists(p));
  if (!file) return { status: 'fail', note: 'the repository has no .github/dependabot.yml' };
  const text = project.readFile(file);
  const folder = `/${relativeTo(root, dirOf(path)) ?? ''}`.replace(/\/$/, '') || '/';
  if (text !== undefined && covered(folder, dockerDirectories(parseYaml(text)) ?? [])) {
    return { status: 'pass', evidence: [{ path: rel(file), line: 1, message: `a docker entry covers ${folder}` }] };
  }
  return { status: 'fail', evidence: [{ path: rel(file), line: 1, message: `no docker entry covers ${folder}` }] };
}

// ---- Compose ------------------------------------------------------------

function lineOf(yaml: YamlModel, node: Node | null | undefined): number {
  return yaml.rangeOf(node).start.line + 1;
}

function composeDrafts(file: ReportFile, text: string, rel: (p: string) => string): Draft[] {
  const yaml = parseYaml(text);
  const path = rel(file.path);
  const drafts: Draft[] = [];
  for (const cf of composeFiles(yaml, file.path)) {
    const services = cf.services;
    const spans = services.map((svc) => {
      const start = svc.key.range?.[0] ?? 0;
      const end = svc.map?.range?.[2] ?? svc.key.range?.[2] ?? start;
      return { svc, start: yaml.positionAt(start).line, end: yaml.positionAt(end).line };
    });
    for (const { svc, start, end } of spans) {
      // A fragment (an override or a base for extends) is judged where it is complete.
      if (!isCompleteService(svc)) continue;
      // A finding belongs to the service whose lines hold it (the last one that starts at or before it).
      const findings = file.findings.filter((f) => {
        const line = f.range.start.line;
        if (line < start || line > end) return false;
        return !spans.some((o) => o.svc !== svc && o.start > start && o.start <= line);
      });
      drafts.push({
        subject: { id: `compose-service:${path}#${svc.name}`, kind: 'compose-service', name: `${path} › ${svc.name}`, path, line: start + 1, detail: serviceDetail(svc) },
        kind: 'compose-service',
        file,
        findings,
        extra: [],
        facts: (item) => composeFact(item, svc, yaml, path),
      });
    }
  }
  return drafts;
}

function serviceDetail(svc: ComposeService): string {
  const image = imageOf(svc)?.text;
  const build = buildOf(svc);
  if (build) return `built from ${build.dockerfile ?? 'Dockerfile'} in ${build.context ?? '.'}${image ? ` as ${image}` : ''}`;
  return image ? `image ${image}` : 'no image or build';
}

function composeFact(item: ChecklistItem, svc: ComposeService, yaml: YamlModel, path: string): Fact | undefined {
  const ev = (node: Node | null | undefined, message: string): Evidence => ({ path, line: lineOf(yaml, node), message });
  switch (item.id) {
    case 'non-root': {
      const user = setting(svc, 'user');
      if (user && isScalar(user.value)) return { status: 'pass', evidence: [ev(user.key, `user: ${String(user.value.value)}`)] };
      if (buildOf(svc)) return { status: 'pass', note: 'runs as the user of the image it builds (see that image)' };
      return { status: 'n/a', note: 'no user: set, and the image\'s default user is not known' };
    }
    case 'pinned-image': {
      // With build:, image: names what is built; the base images are the Dockerfile's concern.
      if (buildOf(svc)) return { status: 'n/a', note: 'built from a Dockerfile (see that image)' };
      const image = imageOf(svc);
      if (image) return { status: 'pass', evidence: [ev(image.node, `image: ${image.text}`)] };
      return { status: 'n/a', note: 'no image' };
    }
    case 'unprivileged-port': {
      const ports = setting(svc, 'ports');
      if (!ports) return { status: 'n/a', note: 'publishes no port' };
      return { status: 'pass', evidence: [ev(ports.key, 'ports published')] };
    }
    case 'read-only-root-filesystem': {
      const ro = setting(svc, 'read_only');
      return ro ? { status: 'pass', evidence: [ev(ro.key, 'read_only: true')] } : undefined;
    }
    default:
      return undefined;
  }
}

// ---- Kubernetes ---------------------------------------------------------

const FIELD_OF: Record<string, { field: string; inherited?: InheritedField }> = {
  'run-as-non-root': { field: 'runAsNonRoot', inherited: 'runAsNonRoot' },
  'read-only-root-filesystem': { field: 'readOnlyRootFilesystem' },
  'no-privilege-escalation': { field: 'allowPrivilegeEscalation' },
  capabilities: { field: 'capabilities' },
  seccomp: { field: 'seccompProfile', inherited: 'seccompProfile' },
  'run-as-user': { field: 'runAsUser', inherited: 'runAsUser' },
};

function kubernetesDrafts(file: ReportFile, text: string, rel: (p: string) => string): Draft[] {
  const yaml = parseYaml(text);
  const path = rel(file.path);
  return kubernetesModel(yaml).workloads.map((w): Draft => {
    const [start, , end] = w.node.range ?? [0, 0, 0];
    const first = yaml.positionAt(start).line;
    const last = yaml.positionAt(end).line;
    const label = `${w.kind}/${w.name ?? '(unnamed)'}`;
    return {
      subject: {
        id: `kubernetes-workload:${path}#${w.docIndex}/${label}`,
        kind: 'kubernetes-workload',
        name: `${path} › ${label}`,
        path,
        line: lineOf(yaml, w.kindNode),
        detail: w.containers.map((c) => `${c.name ?? '(unnamed)'}: ${c.image ?? 'no image'}`).join(', ') || 'no containers',
      },
      kind: 'kubernetes-workload',
      file,
      findings: file.findings.filter((f) => f.range.start.line >= first && f.range.start.line <= last && (f.range.start.line > first || f.range.start.character >= yaml.positionAt(start).character)),
      extra: [],
      facts: (item) => workloadFact(item, w, yaml, path),
    };
  });
}

/** A YAML value in one short line: `{type: RuntimeDefault}`, `{drop: [ALL]}`. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')}}`;
  return String(value);
}

function workloadFact(item: ChecklistItem, w: Workload, yaml: YamlModel, path: string): Fact | undefined {
  // A partial workload (a patch, a pod spec without containers or images) holds only what it changes.
  if (w.partial) return { status: 'n/a', note: `a partial workload (${w.partial}): what it leaves out cannot be judged` };
  if (item.id === 'not-privileged') return undefined;
  const spec = FIELD_OF[item.id];
  if (!spec || !w.containers.length) return w.containers.length ? undefined : { status: 'n/a', note: 'no containers' };
  const evidence: Evidence[] = [];
  const unset: string[] = [];
  for (const c of w.containers) {
    const node = spec.inherited ? effective(w, c, spec.inherited).node : valueOf(c.securityContext, spec.field);
    const name = c.name ?? `#${c.index + 1}`;
    if (node === undefined) {
      unset.push(name);
      continue;
    }
    const shown = isScalar(node) ? String(node.value) : compact(node.toJSON());
    evidence.push({ path, line: lineOf(yaml, node), message: `${name}: ${spec.field} ${shown}` });
  }
  if (!unset.length) return { status: 'pass', evidence };
  // Unset and no rule fired: either the field is not needed (runAsUser with runAsNonRoot) or the level does not require it.
  return { status: 'n/a', note: `${spec.field} not set on ${unset.join(', ')}, and no rule at the configured level requires it`, evidence };
}

// ---- repository ---------------------------------------------------------

function repositoryDraft(input: ReportInput, rel: (p: string) => string): Draft | undefined {
  const workflows = input.files.filter((f) => f.kind === 'workflow');
  const dependabot = input.files.filter((f) => f.kind === 'dependabot');
  const images = input.files.filter((f) => f.kind === 'dockerfile');
  if (!workflows.length && !dependabot.length && !images.length) return undefined;
  const findings = [...workflows, ...dependabot].flatMap((f) => f.findings.map((finding) => ({ file: f, finding })));
  const anchor = workflows[0] ?? dependabot[0] ?? images[0];
  const facts = (item: ChecklistItem): Fact | undefined => {
    switch (item.id) {
      case 'image-scanning': {
        if (!workflows.length) return { status: 'n/a', note: 'no CI workflow among the scanned files' };
        const scanning = workflows.filter((f) => {
          const text = input.project.readFile(f.path);
          return text !== undefined && scansImages(workflowOf(parseYaml(text), f.path));
        });
        if (scanning.length) return { status: 'pass', evidence: scanning.map((f) => ({ path: rel(f.path), line: 1, message: 'scans the images it builds' })) };
        return { status: 'n/a', note: 'no workflow scans an image, and none builds one in a way the rules recognise' };
      }
      case 'base-updates':
        if (!dependabot.length) return { status: 'n/a', note: 'no .github/dependabot.yml among the scanned files (judged per image)' };
        return undefined;
      default:
        if (!workflows.length && item.id !== 'base-updates') return { status: 'n/a', note: 'no CI workflow among the scanned files' };
        return undefined;
    }
  };
  return {
    subject: { id: 'repository', kind: 'repository', name: 'Repository (CI and updates)', path: rel(anchor.path), line: 1, detail: `${workflows.length} CI workflow${workflows.length === 1 ? '' : 's'}, ${dependabot.length ? 'Dependabot configured' : 'no Dependabot configuration'}` },
    kind: 'repository',
    file: anchor,
    findings: [],
    extra: findings,
    facts,
  };
}
