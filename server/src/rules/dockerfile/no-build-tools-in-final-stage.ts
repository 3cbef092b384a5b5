import doc from './no-build-tools-in-final-stage.md';
import { propertiesOf } from './lib/instructions.js';
import { packageAction } from './lib/packages.js';
import { shippedStages } from './lib/run.js';
import { parseOptions, shellRun, type ShellCommand, type ShellWord } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { nonShippingImage } from './lib/purpose.js';

const TOOLS = new Set([
  'gcc', 'g++', 'gcc-c++', 'cpp', 'clang', 'llvm', 'make', 'cmake', 'ninja-build', 'meson', 'autoconf', 'automake', 'libtool',
  'build-essential', 'build-base', 'alpine-sdk', 'musl-dev', 'libc6-dev', 'libc-dev', 'glibc-devel',
  'golang', 'golang-go', 'go', 'rustc', 'cargo', 'rust', 'maven', 'gradle', 'default-jdk', 'default-jdk-headless',
  '@development-tools', 'development tools',
]);

/** Whether a package is a compiler, build tool, toolchain, JDK or development headers. */
export function isBuildTool(name: string): boolean {
  const n = name.toLowerCase();
  return TOOLS.has(n)
    || /^gcc-\d+$|^g\+\+-\d+$|^clang-\d+$/.test(n)
    || /-dev$|-devel$/.test(n)
    || /^openjdk-?\d+-jdk(?:-headless)?$|^openjdk\d+(?:-jdk)?$|^java-[\d.]+-openjdk-devel$|^temurin-\d+-jdk$/.test(n)
    || /^golang-[\d.]+(?:-go)?$/.test(n);
}

interface Install {
  cmd: ShellCommand;
  /** Build tools installed and not removed since. */
  tools: { name: string; word: ShellWord }[];
  virtual?: string;
  run: number;
}

/** Whether npm installs devDependencies here: `npm ci`/`npm install` with no packages, no --omit=dev/--production. */
function installsDevDependencies(cmd: ShellCommand): boolean {
  if (cmd.name !== 'npm') return false;
  const { options, positionals } = parseOptions(cmd.args, { valued: ['--omit', '--only', '--include', '-w', '--workspace', '--prefix', '--registry', '--cache'] });
  const sub = positionals[0]?.value;
  if (sub !== 'ci' && sub !== 'install' && sub !== 'i' && sub !== 'clean-install') return false;
  if (positionals.length > 1) return false;
  for (const o of options) {
    if (o.name === '-g' || o.name === '--global' || o.name === '--production') return false;
    if (o.name === '--omit' && o.value?.value === 'dev') return false;
    if (o.name === '--only' && /^prod/.test(o.value?.value ?? '')) return false;
  }
  return !cmd.assignments.some((a) => a.name === 'NODE_ENV' && a.value?.value === 'production');
}

/** Compilers, build tools and devDependencies installed in the stage that ships. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-build-tools-in-final-stage',
    kind: 'dockerfile',
    title: 'Build tools shipped in the final image',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    resolvedByHarden: true,
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    const stages = shippedStages(model).reverse();
    if (!stages.length) return;
    const installs: Install[] = [];
    const npmInstalls: ShellCommand[] = [];
    let nodeEnvProduction = false;
    let pruned = false;
    let runIndex = 0;
    for (const stage of stages) {
      for (const instr of stage.instructions) {
        const kw = instr.getKeyword();
        if (kw === 'ENV') {
          for (const p of propertiesOf(instr)) if (p.getName() === 'NODE_ENV') nodeEnvProduction = p.getValue() === 'production';
          continue;
        }
        if (kw !== 'RUN') continue;
        const run = shellRun(model, instr);
        if (!run) continue;
        runIndex++;
        // apt-mark auto '.*' … apt-get purge --auto-remove: everything installed in this RUN goes again.
        let markedAuto = false;
        for (const cmd of run.commands) {
          if (cmd.name === 'export' && cmd.args.some((a) => a.value === 'NODE_ENV=production')) nodeEnvProduction = true;
          if (cmd.name === 'apt-mark' && cmd.args.some((a) => a.value === 'auto')) markedAuto = true;
          if (cmd.name === 'npm' && cmd.args[0]?.value === 'prune' && cmd.args.some((a) => a.value === '--production' || a.value === '--omit=dev')) pruned = true;
          if (installsDevDependencies(cmd) && !nodeEnvProduction) npmInstalls.push(cmd);
          const action = packageAction(cmd);
          if (!action) continue;
          if (action.action === 'install') {
            const tools = action.packages.filter((p) => isBuildTool(p.name));
            if (tools.length) installs.push({ cmd, tools, virtual: action.virtual, run: runIndex });
          } else {
            const gone = new Set(action.packages.map((p) => p.name));
            for (const i of installs) {
              if (i.virtual && gone.has(i.virtual) || action.autoRemove && markedAuto && i.run === runIndex) i.tools = [];
              else i.tools = i.tools.filter((t) => !gone.has(t.name));
            }
          }
        }
      }
    }
    for (const install of installs) {
      const left = install.tools;
      if (!left.length) continue;
      const names = left.map((t) => t.name);
      report({
        range: { start: left[0].word.range.start, end: left[left.length - 1].word.range.end },
        message: `The final image keeps ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}: compilers and build tools help an attacker who gets in and add vulnerabilities. Build in a separate stage and copy only the result (the "Harden this Dockerfile" command does the split)`,
      });
    }
    if (!pruned) {
      for (const cmd of npmInstalls) {
        const sub = parseOptions(cmd.args).positionals[0];
        const fixes: Fix[] = sub && sub.range.start.line === sub.range.end.line
          ? [{ title: 'Install without devDependencies (--omit=dev)', safe: false, edits: [{ range: { start: sub.range.end, end: sub.range.end }, newText: ' --omit=dev' }] }]
          : [];
        report({
          range: cmd.range,
          message: `npm ${sub?.value ?? 'install'} installs devDependencies into the final image; add --omit=dev (or set NODE_ENV=production), or build in a separate stage and copy only what runs`,
          fixes,
        });
      }
    }
  },
};

export default rule;
