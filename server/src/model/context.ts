/**
 * Build-context helpers: which folder a Dockerfile is built in (its own, or
 * the `build.context` of a Compose service that builds it), which
 * `.dockerignore` applies (BuildKit's `<Dockerfile>.dockerignore` beside the
 * Dockerfile first, then `<context>/.dockerignore`), Docker's matching rules,
 * and a bounded walk of the files that reach the builder. Everything is read
 * through the {@link ProjectView}.
 */
import ignore from '@balena/dockerignore';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml } from '../parse/yaml.js';
import { dirOf, joinPath, normalizePath, relativeTo } from '../paths.js';
import type { ProjectView } from '../text.js';

/** Docker's `.dockerignore` matching (`**`, `!` exceptions, leading `/`, `..` cleaning). */
export interface IgnoreMatcher {
  /** Whether a context-relative path is excluded from the context. */
  excludes(relPath: string): boolean;
  /** The file has `!` exceptions (an excluded folder may still hold included files). */
  hasExceptions: boolean;
}

/** Whether the matcher library can use a pattern (it compiles patterns to regular expressions on first use). */
function compiles(pattern: string): boolean {
  try {
    ignore().add([pattern]).ignores('a');
    return true;
  } catch {
    return false;
  }
}

/** A matcher for the patterns of a `.dockerignore` text. */
export function ignoreMatcher(text: string | undefined): IgnoreMatcher {
  const lines = (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // The matcher library builds a regular expression without escaping these; in Docker they are plain characters
  // (and a line with an unbalanced '(' made every lookup throw, so nothing counted as excluded).
  const escaped = lines.map((l) => l.replace(/[()+|^$\{\}]/g, (c) => `\\${c}`));
  // A line the library cannot compile (e.g. a trailing '\\') would make every lookup throw: it is left out alone.
  const ig = ignore().add(escaped.filter(compiles));
  return {
    excludes(relPath) {
      const rel = normalizePath(relPath).replace(/^\//, '');
      if (!rel) return false;
      try {
        return ig.ignores(rel);
      } catch {
        return false;
      }
    },
    hasExceptions: lines.some((l) => l.startsWith('!')),
  };
}

export interface BuildContext {
  /** Absolute folder sent to the builder. */
  dir: string;
  dockerfile: string;
  /** Where the folder came from. */
  source: 'dockerfile-folder' | 'compose' | 'workflow' | 'bake';
  /** The Compose file whose `build.context` chose it. */
  composeFile?: string;
  /** The workflow or bake file that builds it with this context, relative to the folder it was found from. */
  buildFile?: string;
  /** The `.dockerignore` in effect, if any. */
  ignorePath?: string;
  ignoreText?: string;
  matcher: IgnoreMatcher;
}

const COMPOSE_NAMES = /^(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml$/i;
const MAX_COMPOSE_UP = 3;
/** How many folders above a Dockerfile or `.dockerignore` workflows and bake files are looked for. */
const MAX_UP = 4;
const MAX_WORKFLOWS = 50;
/** File names that are Dockerfiles (as the engine detects them). */
const DOCKERFILE_NAMES = /^(?:docker|container)file(?:\..+)?$|\.(?:docker|container)file$/i;
const BAKE_NAMES = /^docker-bake(?:\.override)?\.(?:hcl|json)$/i;

/** Compose files in a folder. */
function composeFilesIn(dir: string, project: ProjectView): string[] {
  return (project.listDir(dir) ?? []).filter((n) => COMPOSE_NAMES.test(n)).sort().map((n) => joinPath(dir, n));
}

export interface ComposeBuild {
  composeFile: string;
  service: string;
  context: string;
  dockerfile: string;
}

/** The `build:` entries of a Compose file, resolved to absolute paths. */
export function composeBuilds(composeFile: string, text: string): ComposeBuild[] {
  const out: ComposeBuild[] = [];
  const base = dirOf(composeFile);
  const model = parseYaml(text);
  for (const doc of model.docs) {
    const services = isMap(doc.contents) ? doc.contents.get('services', true) : undefined;
    if (!isMap(services)) continue;
    for (const pair of services.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const build = pair.value.get('build', true);
      let context: string | undefined;
      let dockerfile = 'Dockerfile';
      if (isScalar(build) && typeof build.value === 'string') context = build.value;
      else if (isMap(build)) {
        const c = build.get('context');
        const d = build.get('dockerfile');
        context = typeof c === 'string' ? c : '.';
        if (typeof d === 'string') dockerfile = d;
      }
      if (context === undefined || /^[a-z]+:\/\//i.test(context) || /^git@/.test(context)) continue;
      const ctxDir = joinPath(base, context);
      out.push({ composeFile, service: String(pair.key.value), context: ctxDir, dockerfile: joinPath(ctxDir, dockerfile) });
    }
  }
  return out;
}

/** The Compose service build that uses this Dockerfile, searching its folder and up to three above. */
export function composeBuildOf(dockerfile: string, project: ProjectView): ComposeBuild | undefined {
  const target = normalizePath(dockerfile);
  return composeBuildsAround(dirOf(target), project).find((b) => b.dockerfile === target);
}

/** The builds of the Compose files in a folder and up to three above it. */
function composeBuildsAround(start: string, project: ProjectView): ComposeBuild[] {
  const out: ComposeBuild[] = [];
  for (const dir of foldersUp(start, project, MAX_COMPOSE_UP)) {
    for (const file of composeFilesIn(dir, project)) {
      const text = project.readFile(file);
      if (text) out.push(...composeBuilds(file, text));
    }
  }
  return out;
}

/** A folder and those above it, at most `max` up, not past the project root. */
function foldersUp(start: string, project: ProjectView, max: number): string[] {
  const stop = project.root ? normalizePath(project.root) : undefined;
  const out: string[] = [];
  let dir = normalizePath(start);
  for (let i = 0; i <= max; i++) {
    out.push(dir);
    if (dir === stop || dir === '/' || dir === '.' || relativeTo(stop ?? '/', dir) === undefined) break;
    const up = dirOf(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

/** A build some file of the project declares: which Dockerfile, from which context, and where that is said. */
export interface DeclaredBuild {
  dockerfile: string;
  context: string;
  /** `compose.yaml (service api)`, `.github/workflows/ci.yml`, `docker-bake.hcl (target app)`. */
  source: string;
  kind: 'compose' | 'workflow' | 'bake';
  file: string;
}

/** Options of `docker build` that take a value (the context is the one positional operand). */
const BUILD_VALUED = /^(?:-f|--file|-t|--tag|--target|--platform|--build-arg|--secret|--ssh|--cache-from|--cache-to|-o|--output|--label|--network|--progress|--builder|--iidfile|--metadata-file|--build-context|--attest|--annotation|--add-host|--shm-size|--ulimit|--allow|-m|--memory)$/;

/**
 * `docker build` / `docker buildx build` / `docker image build` commands of a
 * `run:` script, and `docker/build-push-action` steps: context and file,
 * relative to where the job runs (the repository root). Values that hold a
 * variable are unknown and left out.
 */
export function workflowBuilds(text: string): { context: string; file: string }[] {
  if (!/docker/.test(text)) return [];
  const out: { context: string; file: string }[] = [];
  const visit = (node: Node | null | undefined, depth: number): void => {
    if (!node || depth > 12) return;
    if (isMap(node)) {
      const uses = node.get('uses');
      const withMap = node.get('with', true);
      if (typeof uses === 'string' && /^docker\/build-push-action@/.test(uses) && isMap(withMap)) {
        const context = withMap.get('context');
        const file = withMap.get('file');
        const ctx = typeof context === 'string' ? context : '.';
        out.push({ context: ctx, file: typeof file === 'string' ? file : joinPath(ctx, 'Dockerfile') });
      }
      const run = node.get('run');
      if (typeof run === 'string') {
        for (const line of run.replace(/\\\r?\n/g, ' ').split(/\r?\n|&&|;|\|\|/)) {
          const m = /(?:^|\s)docker\s+(?:buildx\s+|image\s+)?build\s(.*)/.exec(line);
          if (!m) continue;
          const words = m[1].trim().split(/\s+/).filter(Boolean);
          let file: string | undefined;
          const positional: string[] = [];
          for (let i = 0; i < words.length; i++) {
            const w = words[i];
            const eq = /^(--?[\w-]+)=(.*)$/.exec(w);
            if (eq) { if (eq[1] === '-f' || eq[1] === '--file') file = eq[2]; continue; }
            if (BUILD_VALUED.test(w)) { if (w === '-f' || w === '--file') file = words[i + 1]; i++; continue; }
            if (w.startsWith('-')) continue;
            positional.push(w);
          }
          const context = positional[0]?.replace(/^["']|["']$/g, '');
          if (!context || context === '-' || /^[a-z]+:\/\//i.test(context) || /^git@/.test(context)) continue;
          out.push({ context, file: file ? file.replace(/^["']|["']$/g, '') : joinPath(context, 'Dockerfile') });
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

/** `target "x" { context = "…" dockerfile = "…" }` blocks of a bake file (HCL or JSON), relative to its folder. */
export function bakeBuilds(text: string, json: boolean): { target: string; context: string; file: string }[] {
  const out: { target: string; context: string; file: string }[] = [];
  const add = (target: string, context: unknown, dockerfile: unknown) => {
    const ctx = typeof context === 'string' ? context : '.';
    const file = typeof dockerfile === 'string' ? dockerfile : 'Dockerfile';
    if (/[$]/.test(ctx + file) || /^[a-z]+:\/\//i.test(ctx) || /^(?:target|cwd):/.test(ctx)) return;
    out.push({ target, context: ctx, file: joinPath(ctx, file) });
  };
  if (json) {
    try {
      const targets = (JSON.parse(text) as { target?: Record<string, { context?: unknown; dockerfile?: unknown }> }).target ?? {};
      for (const [name, t] of Object.entries(targets)) add(name, t?.context, t?.dockerfile);
    } catch { /* not JSON: no builds known */ }
    return out;
  }
  for (const m of text.matchAll(/^[ \t]*target[ \t]+"([^"\n]+)"[ \t]*\{([^{}]*)\}/gm)) {
    const body = m[2];
    add(m[1], /^[ \t]*context[ \t]*=[ \t]*"([^"\n]*)"/m.exec(body)?.[1], /^[ \t]*dockerfile[ \t]*=[ \t]*"([^"\n]*)"/m.exec(body)?.[1]);
  }
  return out;
}

/**
 * The builds declared around a folder: Compose `build:` entries (the folder
 * and three above), workflows' `docker build` and `docker/build-push-action`
 * (in `.github/workflows` of the folder and four above, paths from that
 * folder), and bake targets (bake files of the folder and four above).
 */
export function declaredBuilds(start: string, project: ProjectView): DeclaredBuild[] {
  const compose = composeBuildsAround(start, project).map((b): DeclaredBuild => (
    { dockerfile: b.dockerfile, context: b.context, source: `${b.composeFile.split('/').pop()} (service ${b.service})`, kind: 'compose', file: b.composeFile }));
  return [...compose, ...otherBuildsAround(start, project)];
}

/** The workflow and bake builds declared around a folder (see {@link declaredBuilds}). */
function otherBuildsAround(start: string, project: ProjectView): DeclaredBuild[] {
  const out: DeclaredBuild[] = [];
  for (const dir of foldersUp(start, project, MAX_UP)) {
    const wfDir = joinPath(dir, '.github/workflows');
    for (const name of (project.listDir(wfDir) ?? []).filter((n) => /\.ya?ml$/.test(n)).sort().slice(0, MAX_WORKFLOWS)) {
      const file = joinPath(wfDir, name);
      const text = project.readFile(file);
      if (!text) continue;
      for (const b of workflowBuilds(text)) {
        out.push({ dockerfile: joinPath(dir, b.file), context: joinPath(dir, b.context), source: `.github/workflows/${name}`, kind: 'workflow', file });
      }
    }
    for (const name of (project.listDir(dir) ?? []).filter((n) => BAKE_NAMES.test(n)).sort()) {
      const file = joinPath(dir, name);
      const text = project.readFile(file);
      if (!text) continue;
      for (const b of bakeBuilds(text, name.toLowerCase().endsWith('.json'))) {
        out.push({ dockerfile: joinPath(dir, b.file), context: joinPath(dir, b.context), source: `${name} (target ${b.target})`, kind: 'bake', file });
      }
    }
  }
  return out;
}

/** The `.dockerignore` that applies to a Dockerfile built in `contextDir`. */
export function ignoreFileFor(dockerfile: string, contextDir: string, project: ProjectView): { path: string; text: string } | undefined {
  const name = normalizePath(dockerfile).split('/').pop() ?? 'Dockerfile';
  for (const path of [joinPath(dirOf(dockerfile), `${name}.dockerignore`), joinPath(contextDir, '.dockerignore')]) {
    const text = project.readFile(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/**
 * The build context of a Dockerfile: a Compose `build.context` that builds
 * it, else a workflow or bake target that builds it from another folder,
 * else its own folder.
 */
export function buildContextOf(dockerfile: string, project: ProjectView): BuildContext {
  const target = normalizePath(dockerfile);
  const compose = composeBuildOf(target, project);
  // The Compose files around were just read by composeBuildOf: only workflows and bake files are left to ask.
  const other = compose ? undefined : otherBuildsAround(dirOf(target), project).find((b) => b.dockerfile === target);
  const dir = compose?.context ?? other?.context ?? dirOf(target);
  const ignoreFile = ignoreFileFor(target, dir, project);
  return {
    dir,
    dockerfile: target,
    source: compose ? 'compose' : other ? other.kind as 'workflow' | 'bake' : 'dockerfile-folder',
    composeFile: compose?.composeFile,
    buildFile: other ? other.source : undefined,
    ignorePath: ignoreFile?.path,
    ignoreText: ignoreFile?.text,
    matcher: ignoreMatcher(ignoreFile?.text),
  };
}

/** Who sends a build context through a `.dockerignore`: the build and where it is declared. */
export interface IgnoreUser {
  dockerfile: string;
  /** `Dockerfile beside it`, or the declaring file (`compose.yaml (service api)`). */
  source: string;
}

/**
 * The builds that read a `.dockerignore`: for BuildKit's `<name>.dockerignore`,
 * the Dockerfile `<name>` beside it; for a context's `.dockerignore`, every
 * declared build whose context is its folder and the Dockerfiles in the folder
 * that no declared build sends from elsewhere, except those with their own
 * `<name>.dockerignore`. Undefined when the folder cannot be listed (an unsaved
 * buffer): then nothing is known either way.
 */
export function ignoreFileUsers(ignorePath: string, project: ProjectView): IgnoreUser[] | undefined {
  const path = normalizePath(ignorePath);
  const dir = dirOf(path);
  const names = project.listDir(dir);
  if (!names) return undefined;
  const base = path.split('/').pop() ?? '';
  if (base.toLowerCase() !== '.dockerignore') {
    const dockerfile = base.slice(0, -'.dockerignore'.length);
    return dockerfile && names.includes(dockerfile) ? [{ dockerfile: joinPath(dir, dockerfile), source: `${dockerfile} beside it` }] : [];
  }
  const ownIgnore = (dockerfile: string) => project.readFile(`${dockerfile}.dockerignore`) !== undefined;
  const declared = declaredBuilds(dir, project);
  const users: IgnoreUser[] = [];
  const seen = new Set<string>();
  for (const b of declared) {
    if (relativeTo(b.context, dir) !== '' || ownIgnore(b.dockerfile) || seen.has(b.dockerfile)) continue;
    seen.add(b.dockerfile);
    users.push({ dockerfile: b.dockerfile, source: b.source });
  }
  for (const name of [...names].sort()) {
    if (!DOCKERFILE_NAMES.test(name) || name.toLowerCase().endsWith('.dockerignore')) continue;
    const dockerfile = joinPath(dir, name);
    if (seen.has(dockerfile) || ownIgnore(dockerfile)) continue;
    if (project.listDir(dockerfile) !== undefined) continue;
    if (declared.some((b) => b.dockerfile === dockerfile)) continue;
    seen.add(dockerfile);
    users.push({ dockerfile, source: `${name} beside it` });
  }
  return users;
}

export interface WalkLimits {
  maxDepth: number;
  maxEntries: number;
}

export const DEFAULT_WALK: WalkLimits = { maxDepth: 6, maxEntries: 4000 };

/** Folders never descended into: they are large and hold no project secrets. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', 'vendor', 'target', '.terraform']);

/**
 * Context-relative paths of the files that reach the builder (not excluded),
 * breadth-first, bounded by depth and by the number of entries listed.
 */
export function walkContext(ctx: BuildContext, project: ProjectView, limits: WalkLimits = DEFAULT_WALK): { files: string[]; truncated: boolean } {
  const files: string[] = [];
  let seen = 0;
  let queue: string[] = [''];
  for (let depth = 0; depth <= limits.maxDepth && queue.length; depth++) {
    const next: string[] = [];
    for (const rel of queue) {
      const names = project.listDir(rel ? joinPath(ctx.dir, rel) : ctx.dir);
      if (!names) continue;
      for (const name of [...names].sort()) {
        if (++seen > limits.maxEntries) return { files, truncated: true };
        const child = rel ? `${rel}/${name}` : name;
        const excluded = ctx.matcher.excludes(child);
        const isDir = project.listDir(joinPath(ctx.dir, child)) !== undefined;
        if (isDir) {
          if (!SKIP_DIRS.has(name) && (!excluded || ctx.matcher.hasExceptions)) next.push(child);
        } else if (!excluded) {
          files.push(child);
        }
      }
    }
    queue = next;
  }
  return { files, truncated: queue.length > 0 };
}

/** A source of a COPY/ADD that reads from the build context. */
export interface ContextSource {
  instruction: import('dockerfile-ast').Instruction;
  /** The source as written, without quotes. */
  value: string;
  range: import('../text.js').Range;
  /** `.`, `./` or `./.`: the whole context. */
  whole: boolean;
}

/** Sources of COPY/ADD instructions that read the build context (no `--from`, no URLs, no heredocs). */
export function contextSources(instructions: readonly import('dockerfile-ast').Instruction[]): ContextSource[] {
  const out: ContextSource[] = [];
  for (const instr of instructions) {
    const keyword = instr.getKeyword();
    if (keyword !== 'COPY' && keyword !== 'ADD') continue;
    const json = (instr as unknown as { getJSONStrings?: () => { getValue(): string; getJSONValue?: () => string; getRange(): import('../text.js').Range }[] }).getJSONStrings?.() ?? [];
    const args = json.length
      ? json.map((a) => ({ value: a.getJSONValue?.() ?? a.getValue().replace(/^"|"$/g, ''), range: a.getRange() }))
      : instr.getArguments().map((a) => ({ value: a.getValue(), range: a.getRange() }));
    const flags = (instr as unknown as { getFlags?: () => { getName(): string }[] }).getFlags?.() ?? [];
    if (flags.some((f) => f.getName().toLowerCase() === 'from') || args.some((a) => /^--from=/i.test(a.value) || /^<</.test(a.value))) continue;
    const positional = args.filter((a) => !a.value.startsWith('--'));
    for (const src of positional.slice(0, -1)) {
      if (/^[a-z]+:\/\//i.test(src.value) || /^git@/.test(src.value)) continue;
      const clean = normalizePath(src.value);
      out.push({ instruction: instr, value: src.value, range: src.range, whole: clean === '' || clean === '/' });
    }
  }
  return out;
}
