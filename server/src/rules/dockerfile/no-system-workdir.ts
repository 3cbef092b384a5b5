import doc from './no-system-workdir.md';
import type { DockerfileRule } from '../kinds.js';
import { copyArgs, resolveIn } from './lib/instructions.js';

/** Directories that belong to the operating system. */
const SYSTEM = new Set(['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/proc', '/sbin', '/sys',
  '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64', '/usr/libexec', '/usr/include', '/var/lib', '/var/run', '/run']);

const normal = (p: string) => p.replace(/^(["'])(.*)\1$/, '$2').replace(/(?<!\/)\/+$/, '').replace(/\/{2,}/g, '/') || '/';

/**
 * The final stage's working directory is a system directory and the
 * application's files are copied there (or it is the root and files are
 * copied into it with a relative destination).
 */
const rule: DockerfileRule = {
  meta: {
    id: 'no-system-workdir',
    kind: 'dockerfile',
    title: 'Application files go into a system directory',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage) return;
    let current: { path: string; instr: (typeof stage.instructions)[number] } | undefined;
    for (const instr of stage.instructions) {
      const kw = instr.getKeyword();
      if (kw === 'WORKDIR') {
        const raw = (instr.getArgumentsContent() ?? '').trim();
        const resolved = resolveIn(model, stage, instr, raw);
        current = resolved === undefined ? undefined : { path: normal(resolved), instr };
        if (current && current.path !== '/' && SYSTEM.has(current.path)) {
          const args = instr.getArgumentsRange();
          report({
            range: args ?? instr.getRange(),
            fixes: args && raw === current.path ? [{ title: 'Use WORKDIR /app (paths that name the old directory must follow)', safe: false, edits: [{ range: args, newText: '/app' }] }] : [],
            message: `WORKDIR ${current.path} is a system directory: files the application writes or gets copied land among the operating system's; use a directory of its own such as /app`,
          });
          current = undefined;
        }
      } else if ((kw === 'COPY' || kw === 'ADD') && current?.path === '/') {
        const dest = copyArgs(instr).dest?.value;
        if (dest !== undefined && !dest.startsWith('/') && !dest.startsWith('$')) {
          const args = current.instr.getArgumentsRange();
          report({
            range: args ?? current.instr.getRange(),
            fixes: args ? [{ title: 'Use WORKDIR /app (paths that name the old directory must follow)', safe: false, edits: [{ range: args, newText: '/app' }] }] : [],
            message: `WORKDIR / makes '${kw} … ${dest}' on line ${instr.getRange().start.line + 1} copy into the filesystem root; use a directory of its own such as /app`,
          });
          current = undefined;
        }
      }
    }
  },
};

export default rule;
