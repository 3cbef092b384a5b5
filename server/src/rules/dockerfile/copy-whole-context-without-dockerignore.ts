import { posix } from 'node:path';
import doc from './copy-whole-context-without-dockerignore.md';
import type { DockerfileRule } from '../kinds.js';
import { BUILD_FILE_PATTERNS, NOISE_PATTERNS, SENSITIVE_IGNORE_GROUPS } from '../../knowledge/sensitive-files.js';
import { buildContextOf, contextSources, ignoreMatcher, type BuildContext } from '../../model/context.js';
import { dirOf, joinPath, normalizePath } from '../../paths.js';
import type { ProjectView } from '../types.js';

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
    const ctx = buildContextOf(path, project);
    if (ctx.ignorePath || project.listDir(ctx.dir) === undefined) return;
    const target = joinPath(ctx.dir, '.dockerignore');
    const copied = sources.filter((s) => !s.whole).map((s) => normalizePath(s.value).replace(/^\//, ''));
    const here = dirOf(path);
    const where = ctx.source === 'compose'
      ? `the build context '${posix.relative(here, ctx.dir) || '.'}' (set by ${posix.relative(here, ctx.composeFile ?? '')})`
      : 'the build context';
    for (const src of whole) {
      report({
        range: src.range,
        message: `${src.instruction.getKeyword()} ${src.value} copies everything in ${where}, which has no .dockerignore: .git, .env files and keys go into the image`,
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
