import { posix } from 'node:path';
import doc from './copy-whole-context-without-dockerignore.md';
import type { DockerfileRule } from '../kinds.js';
import { BUILD_FILE_PATTERNS, NOISE_PATTERNS, SENSITIVE_IGNORE_GROUPS } from '../../knowledge/sensitive-files.js';
import { contextSources, ignoreMatcher, type BuildContext } from '../../model/context.js';
import { buildContextFor } from './lib/build-context.js';
import { dirOf, joinPath, normalizePath } from '../../paths.js';
import type { ProjectView, Severity } from '../types.js';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import { copyFroms } from './lib/copy-from.js';
import { stageOfInstruction } from './lib/instructions.js';
import { shippedStages } from './lib/run.js';

const clean = (p: string): string => posix.normalize(p.replace(/^["']|["']$/g, '')).replace(/\/+$/, '') || '/';

/**
 * When a whole-context COPY sits in a builder stage that never ships and the
 * shipped stages copy only selected paths out of it (not `/`, not the folder
 * the context went to), the name of that builder; undefined when the context
 * reaches the image.
 */
function builderOnly(model: DockerfileModel, instr: Instruction): string | undefined {
  const stage = stageOfInstruction(model, instr);
  const shipped = shippedStages(model);
  if (!stage || shipped.includes(stage)) return undefined;
  const args = instr.getArguments().map((a) => a.getValue());
  let dest = args.at(-1) ?? '.';
  if (!dest.startsWith('/')) {
    const before = stage.instructions.slice(0, stage.instructions.indexOf(instr));
    const wd = before.filter((i) => i.getKeyword() === 'WORKDIR').at(-1)?.getArgumentsContent()?.trim();
    if (!wd || !wd.startsWith('/') || wd.includes('$')) return undefined;
    dest = posix.join(wd, dest);
  }
  dest = clean(dest);
  const names = new Set([String(stage.index), ...(stage.name ? [stage.name] : [])]);
  for (const cf of copyFroms(model, model.stages.filter((s) => s !== stage))) {
    if (cf.ref === undefined) return undefined;
    if (!names.has(cf.ref)) continue;
    const srcs = cf.instruction.getArguments().map((a) => a.getValue()).slice(0, -1);
    for (const src of srcs) {
      if (src.includes('$') || !src.startsWith('/')) return undefined;
      const c = clean(src);
      if (c === '/' || c === dest || dest.startsWith(`${c}/`)) return undefined;
    }
  }
  return stage.name ?? `#${stage.index + 1}`;
}

/** Noise patterns worth writing for this context: the ones whose folder or file exists at its top level. */
function presentNoise(ctx: BuildContext, project: ProjectView): string[] {
  const names = new Set(project.listDir(ctx.dir) ?? []);
  return NOISE_PATTERNS.filter((p) => {
    const name = p.replace(/^\*\*\//, '');
    if (name.includes('*')) return name === '*.pyc' ? names.has('requirements.txt') || names.has('pyproject.toml') : name === '*.log';
    return names.has(name) || (name === 'node_modules' && names.has('package.json')) || (name === '__pycache__' && (names.has('requirements.txt') || names.has('pyproject.toml')));
  });
}

/**
 * The content of a new `.dockerignore` for a context: secrets, VCS and
 * recipe files always; build outputs and caches that exist there. Patterns
 * that would exclude a path the Dockerfile copies by name are left out.
 */
export function newDockerignore(ctx: BuildContext, project: ProjectView, copied: string[], eol = '\n'): string {
  const keep = (p: string) => !copied.some((src) => ignoreMatcher(p).excludes(src));
  const sections: [string, string[]][] = [
    ['Version control and secrets', SENSITIVE_IGNORE_GROUPS.flatMap((g) => g.patterns).filter(keep)],
    ['Dependencies, caches and build outputs (rebuilt in the image)', presentNoise(ctx, project).filter(keep)],
    ['The build recipe itself', BUILD_FILE_PATTERNS.filter(keep)],
  ];
  return sections.filter(([, ps]) => ps.length).map(([title, ps]) => [`# ${title}`, ...ps].join(eol)).join(eol + eol) + eol;
}

/** `COPY . …`/`ADD . …` in a build context that has no `.dockerignore`. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-whole-context-without-dockerignore',
    kind: 'dockerfile',
    title: 'Whole build context copied without a .dockerignore',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, text, model, project, report }) {
    const sources = contextSources(model.instructions);
    const whole = sources.filter((s) => s.whole);
    if (!whole.length || !/^(\/|[A-Za-z]:[\\/])/.test(path)) return;
    const ctx = buildContextFor(model, path, project);
    if (ctx.ignorePath || project.listDir(ctx.dir) === undefined) return;
    const target = joinPath(ctx.dir, '.dockerignore');
    const copied = sources.filter((s) => !s.whole).map((s) => normalizePath(s.value).replace(/^\//, ''));
    const here = dirOf(path);
    const where = ctx.source === 'compose'
      ? `the build context '${posix.relative(here, ctx.dir) || '.'}' (set by ${posix.relative(here, ctx.composeFile ?? '')})`
      : 'the build context';
    for (const src of whole) {
      const builder = builderOnly(model, src.instruction);
      const severity: Severity | undefined = builder ? 'info' : undefined;
      report({
        range: src.range,
        message: builder
          ? `${src.instruction.getKeyword()} ${src.value} copies everything in ${where}, which has no .dockerignore: .git, .env files and keys land in the layers of builder stage '${builder}' and in the build cache (the final image copies only selected files from it)`
          : `${src.instruction.getKeyword()} ${src.value} copies everything in ${where}, which has no .dockerignore: .git, .env files and keys go into the image`,
        ...(severity ? { severity } : {}),
        fixes: [{
          title: 'Create a .dockerignore for the build context',
          safe: false,
          edits: [],
          otherFiles: [{ path: target, create: true, content: newDockerignore(ctx, project, copied, text.includes('\r\n') ? '\r\n' : '\n') }],
        }],
      });
    }
  },
};

export default rule;
