import doc from './absolute-workdir.md';
import type { Instruction } from 'dockerfile-ast';
import type { Fix, Range } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { chainOf, resolveIn, stageOfInstruction } from './lib/instructions.js';
import type { DockerfileModel, Stage } from '../../parse/dockerfile.js';
import { triggersOf } from './lib/onbuild.js';
import { stagesWithPreamble } from './lib/preamble.js';

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');
/** Absolute on Linux or Windows, or starting with a variable (hadolint accepts those). */
const isAbsolute = (p: string) => p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');

/** A WORKDIR with a relative path, which depends on the base image's working directory. */
const rule: DockerfileRule = {
  meta: {
    id: 'absolute-workdir',
    kind: 'dockerfile',
    title: 'WORKDIR path is relative',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: ['hadolint:DL3000', 'trivy:DS-0009', 'checkov:CKV_DOCKER_10', 'buildkit:WorkdirRelativePath'],
    doc,
  },
  check({ model, report }) {
    const judge = (instr: Instruction, fixes: (raw: string, range: Range) => Fix[]) => {
      const raw = unquote((instr.getArgumentsContent() ?? '').trim());
      if (!raw || isAbsolute(raw)) return;
      const range = instr.getArgumentsRange() ?? instr.getRange();
      report({
        range,
        message: `WORKDIR '${raw}' is relative: it resolves against whatever working directory the base image has; use an absolute path`,
        fixes: fixes(raw, range),
      });
    };
    for (const stage of stagesWithPreamble(model)) {
      const chain = chainOf(stage);
      for (const instr of stage.instructions) {
        if (instr.getKeyword() === 'WORKDIR') judge(instr, (raw, range) => absoluteFix(model, stage, chain, instr, raw, range));
      }
    }
    // An ONBUILD WORKDIR resolves in the downstream build, whose directory is not known here.
    for (const { trigger } of triggersOf(model, 'WORKDIR')) judge(trigger, () => []);
  },
};

/** When an earlier WORKDIR in the stage chain is known, the absolute path is certain. */
function absoluteFix(model: DockerfileModel, stage: Stage, chain: Instruction[], instr: Instruction, raw: string, range: Range): Fix[] {
  if (range.start.line !== range.end.line || /[$\\]/.test(raw)) return [];
  let base: string | undefined;
  for (const i of chain) {
    if (i === instr) break;
    if (i.getKeyword() !== 'WORKDIR') continue;
    const p = unquote((i.getArgumentsContent() ?? '').trim());
    const resolved = resolveIn(model, stageOfInstruction(model, i) ?? stage, i, p);
    if (resolved === undefined || !resolved.startsWith('/')) {
      if (resolved !== undefined && base !== undefined) base = `${base.replace(/\/$/, '')}/${resolved}`;
      else base = undefined;
      continue;
    }
    base = resolved;
  }
  if (base === undefined) return [];
  const abs = `${base.replace(/(?<!\/)\/+$/, '')}/${raw.replace(/^\.\//, '')}`.replace(/\/\.$/, '') || '/';
  return [{ title: `Write it as ${abs}`, safe: true, edits: [{ range, newText: abs }] }];
}

export default rule;
