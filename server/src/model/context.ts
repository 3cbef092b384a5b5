/**
 * Build-context helpers: which folder a Dockerfile is built in (its own, or
 * the `build.context` of a Compose service that builds it), which
 * `.dockerignore` applies (BuildKit's `<Dockerfile>.dockerignore` beside the
 * Dockerfile first, then `<context>/.dockerignore`), Docker's matching rules,
 * and a bounded walk of the files that reach the builder. Everything is read
 * through the {@link ProjectView}.
 */
import ignore from '@balena/dockerignore';
import { isMap, isScalar } from 'yaml';
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
  source: 'dockerfile-folder' | 'compose';
  /** The Compose file whose `build.context` chose it. */
  composeFile?: string;
  /** The `.dockerignore` in effect, if any. */
  ignorePath?: string;
  ignoreText?: string;
  matcher: IgnoreMatcher;
}

const COMPOSE_NAMES = /^(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml$/i;
const MAX_COMPOSE_UP = 3;

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
  const stop = project.root ? normalizePath(project.root) : undefined;
  let dir = dirOf(target);
  for (let i = 0; i <= MAX_COMPOSE_UP; i++) {
    for (const file of composeFilesIn(dir, project)) {
      const text = project.readFile(file);
      if (!text) continue;
      const hit = composeBuilds(file, text).find((b) => b.dockerfile === target);
      if (hit) return hit;
    }
    if (dir === stop || dir === '/' || dir === '.' || relativeTo(stop ?? '/', dir) === undefined) break;
    dir = dirOf(dir);
  }
  return undefined;
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

/** The build context of a Dockerfile. */
export function buildContextOf(dockerfile: string, project: ProjectView): BuildContext {
  const compose = composeBuildOf(dockerfile, project);
  const dir = compose?.context ?? dirOf(dockerfile);
  const ignoreFile = ignoreFileFor(dockerfile, dir, project);
  return {
    dir,
    dockerfile: normalizePath(dockerfile),
    source: compose ? 'compose' : 'dockerfile-folder',
    composeFile: compose?.composeFile,
    ignorePath: ignoreFile?.path,
    ignoreText: ignoreFile?.text,
    matcher: ignoreMatcher(ignoreFile?.text),
  };
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
