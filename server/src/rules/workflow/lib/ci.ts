/** What CI steps do with container images: build, push, scan. */
import { findInScript, type Job, type Script, type Step, type WorkflowModel } from '../../../parse/workflow.js';
import { scalarString, valueOf } from '../../../parse/yaml-access.js';
import type { Range } from '../../types.js';

/** Shell commands that build an image. */
export const BUILD_COMMAND = /\b(?:docker|podman)\s+(?:image\s+)?build\b|\bdocker\s+buildx\s+(?:build|bake)\b|\bbuildah\s+(?:bud|build)\b|\/kaniko\/executor\b|\bkaniko\b(?=.*--destination)/;
/** Shell commands that push an image. */
export const PUSH_COMMAND = /\b(?:docker|podman|buildah)\s+(?:image\s+)?push\b|\bdocker\s+buildx\s+build\b[^\n]*(?:--push\b|--output[= ][^\n]*push=true)|\/kaniko\/executor\b(?![^\n]*--no-push)|\bcrane\s+push\b/;
/** Shell commands that scan an image. */
export const SCAN_COMMAND = /\btrivy(?::\S+)?\s+(?:image|i)\b|\bgrype\b|\bdocker\s+scout\s+(?:cves|quickview|recommendations|compare)\b|\bsnyk\s+container\b|\banchore(?:ctl)?\b/;

const BUILD_ACTIONS = /^(docker\/build-push-action|docker\/bake-action|redhat-actions\/buildah-build|int128\/kaniko-action|aevea\/action-kaniko)(\/|@|$)/i;
const SCAN_ACTIONS = /^(aquasecurity\/trivy-action|anchore\/scan-action|docker\/scout-action|snyk\/actions\/docker|crazy-max\/\.github\/\.github\/actions\/docker-scout|sysdiglabs\/scan-action|lacework\/lw-scanner-action|neuvector\/scan-action)(\/|@|$)/i;

/** The action path of a `uses:` value (without `@ref`). */
export function actionName(uses: string): string {
  return uses.split('@')[0];
}

export interface BuildSite {
  job: Job;
  step?: Step;
  script?: Script;
  range: Range;
  /** How the image is built, for messages (`docker build`, `docker/build-push-action`). */
  how: string;
  /** Whether this build also pushes. */
  pushes: boolean;
  /** The first image reference the build names, as written. */
  imageRef?: string;
}

function withValue(step: Step, key: string): string | undefined {
  return scalarString(valueOf(step.with, key));
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(true|\$\{\{.*\}\})$/i.test(v.trim());
}

/** The first image a build command tags (`-t`, `--tag`, kaniko `--destination`). */
export function imageFromCommand(text: string): string | undefined {
  const m = /(?:^|\s)(?:-t|--tag|--destination)(?:=|\s+)("[^"]+"|'[^']+'|(?:\$\{\{[^}]*\}\}|[^\s$]|\$(?!\{\{))+)/.exec(text);
  return m ? m[1].replace(/^["']|["']$/g, '') : undefined;
}

function commandName(m: string): string {
  if (/kaniko/.test(m)) return 'kaniko';
  return m.replace(/\s+/g, ' ').replace(/^\//, '');
}

/** Every place the workflow builds an image. */
export function buildSites(wf: WorkflowModel): BuildSite[] {
  const sites: BuildSite[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (step.uses && BUILD_ACTIONS.test(step.uses.value)) {
        const tags = withValue(step, 'tags');
        sites.push({
          job, step,
          range: wf.yaml.rangeOf(step.uses.node),
          how: actionName(step.uses.value),
          pushes: isTrue(withValue(step, 'push')) || /push=true/.test(withValue(step, 'outputs') ?? ''),
          imageRef: tags?.split(/[\n,]/).map((t) => t.trim()).find(Boolean),
        });
      } else if (step.run) {
        const hit = findInScript(wf.yaml, step.run, BUILD_COMMAND);
        if (hit) sites.push({ job, step, script: step.run, range: hit.range, how: commandName(hit.match[0]), pushes: PUSH_COMMAND.test(step.run.value), imageRef: imageFromCommand(lineAt(step.run.value, hit.match[0])) });
      }
    }
    for (const script of job.scripts) {
      const hit = findInScript(wf.yaml, script, BUILD_COMMAND);
      if (hit) sites.push({ job, script, range: hit.range, how: commandName(hit.match[0]), pushes: PUSH_COMMAND.test(script.value), imageRef: imageFromCommand(lineAt(script.value, hit.match[0])) });
    }
  }
  return sites;
}

function lineAt(text: string, fragment: string): string {
  return text.split('\n').find((l) => l.includes(fragment.split('\n')[0])) ?? text;
}

/** Whether the workflow pushes an image anywhere (a build that pushes, or a push command). */
export function pushesImages(wf: WorkflowModel): Job[] {
  const jobs = new Set<Job>();
  for (const site of buildSites(wf)) if (site.pushes) jobs.add(site.job);
  for (const job of wf.jobs) {
    if (job.steps.some((s) => s.run && PUSH_COMMAND.test(s.run.value))) jobs.add(job);
    if (job.scripts.some((s) => PUSH_COMMAND.test(s.value))) jobs.add(job);
  }
  return [...jobs];
}

/** Whether anything in the workflow scans an image. */
export function scansImages(wf: WorkflowModel): boolean {
  for (const job of wf.jobs) {
    if (job.uses && SCAN_ACTIONS.test(job.uses.value)) return true;
    for (const step of job.steps) {
      if (step.uses && SCAN_ACTIONS.test(step.uses.value)) return true;
      if (step.run && SCAN_COMMAND.test(step.run.value)) return true;
    }
    if (job.scripts.some((s) => SCAN_COMMAND.test(s.value))) return true;
    if (wf.platform === 'gitlab' && /container[_-]scanning/i.test(job.id)) return true;
  }
  if (wf.platform === 'gitlab' && /Container-Scanning|Security\/Container/i.test(wf.yaml.text)) return true;
  return false;
}
