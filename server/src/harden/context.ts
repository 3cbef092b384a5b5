/**
 * Where a Dockerfile is built from, for the `.dockerignore` the harden plan
 * writes: a Compose `build.context` (from the build-context helpers the rules
 * use), else a CI workflow that builds it (`docker/build-push-action`'s
 * `context:`/`file:`, or `docker build -f <file> <context>` in a `run:`),
 * else its own folder.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml } from '../parse/yaml.js';
import { buildContextOf, ignoreFileFor } from '../model/context.js';
import { dirOf, joinPath, normalizePath, relativeTo } from '../paths.js';
import type { ProjectView } from '../rules/types.js';

export interface HardenContext {
  dir: string;
  /** What decided it: `compose.yaml`, `.github/workflows/ci.yml`, or the Dockerfile's folder. */
  source?: string;
  /** The `.dockerignore` in effect, if any. */
  ignorePath?: string;
}

const MAX_UP = 4;
const MAX_WORKFLOWS = 50;

/** `context`/`file` pairs and `docker build -f` commands in a workflow, relative to the repository root. */
function workflowBuilds(text: string): { context: string; file: string }[] {
  const out: { context: string; file: string }[] = [];
  const visit = (node: Node | null | undefined, depth: number): void => {
    if (!node || depth > 12) return;
    if (isMap(node)) {
      const file = node.get('file');
      const context = node.get('context');
      if (typeof file === 'string' && (typeof context === 'string' || context === undefined)) out.push({ context: typeof context === 'string' ? context : '.', file });
      const run = node.get('run');
      if (typeof run === 'string') {
        for (const m of run.matchAll(/\bdocker\s+(?:buildx\s+)?build\b([^\n]*)/g)) {
          const args = m[1];
          const f = /(?:-f|--file)[=\s]+(\S+)/.exec(args)?.[1];
          const words = args.replace(/(?:-f|--file|-t|--tag|--target|--platform|--build-arg|--secret|--cache-from|--cache-to|-o|--output)[=\s]+\S+/g, ' ').split(/\s+/).filter((w) => w && !w.startsWith('-') && w !== '\\');
          if (f && words.length) out.push({ context: words.at(-1)!, file: f });
        }
      }
      for (const pair of node.items) visit(pair.value as Node, depth + 1);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as Node, depth + 1);
    }
  };
  for (const doc of parseYaml(text).docs) visit(doc.contents as Node, 0);
  return out.filter((b) => !/[$]/.test(b.context + b.file));
}

/** The context a workflow in the repository builds this Dockerfile from. */
function workflowContext(dockerfile: string, project: ProjectView): { dir: string; source: string } | undefined {
  const target = normalizePath(dockerfile);
  let dir = dirOf(target);
  for (let i = 0; i <= MAX_UP; i++) {
    const wfDir = joinPath(dir, '.github/workflows');
    for (const name of (project.listDir(wfDir) ?? []).filter((n) => /\.ya?ml$/.test(n)).sort().slice(0, MAX_WORKFLOWS)) {
      const text = project.readFile(joinPath(wfDir, name));
      if (!text) continue;
      const hit = workflowBuilds(text).find((b) => joinPath(dir, b.file) === target);
      if (hit) return { dir: joinPath(dir, hit.context), source: `.github/workflows/${name}` };
    }
    const up = dirOf(dir);
    if (up === dir || dir === '/' || dir === '.') break;
    dir = up;
  }
  return undefined;
}

export function hardenContextOf(dockerfile: string, project: ProjectView): HardenContext {
  const ctx = buildContextOf(dockerfile, project);
  if (ctx.source === 'compose') return { dir: ctx.dir, source: ctx.composeFile?.split('/').pop(), ignorePath: ctx.ignorePath };
  const wf = workflowContext(dockerfile, project);
  if (wf && relativeTo(wf.dir, dirOf(dockerfile)) !== '') {
    return { dir: wf.dir, source: wf.source, ignorePath: ignoreFileFor(dockerfile, wf.dir, project)?.path };
  }
  return { dir: ctx.dir, ignorePath: ctx.ignorePath };
}
