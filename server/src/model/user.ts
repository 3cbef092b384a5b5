/** The user a stage runs as, and the fix that makes it a non-root one. */
import type { Instruction } from 'dockerfile-ast';
import { defaultUser, imageFamily, knownToRunAsRoot } from '../knowledge/images.js';
import { baseImageOf, derived, eolOf, stageChain, substitute, type DockerfileModel, type Stage } from '../parse/dockerfile.js';
import type { Fix, Position, ProjectView } from '../text.js';
import { baseImageFacts } from './base-image.js';

export interface EffectiveUser {
  /** The user as written after ARG/ENV substitution; undefined when unknown. */
  user?: string;
  /** The last USER instruction in effect, if any. */
  instruction?: Instruction;
  /** Where the user came from. */
  source: 'instruction' | 'image-default' | 'implicit-root' | 'unknown';
  /**
   * For `implicit-root`: whether the base image is known to run as root
   * (scratch, an official image); false when it may set a USER of its own.
   */
  known?: boolean;
  /** The base image's user was read from its registry (opt-in), not from offline knowledge. */
  fromRegistry?: boolean;
}

/** Whether a USER value names root: `root`, `0`, `root:…`, `0:…`. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0].toLowerCase();
  return name === 'root' || name === '0';
}

/** Whether any SHELL instruction of the file names a Windows shell. */
const windowsShell = (model: DockerfileModel): boolean =>
  model.instructions.some((i) => i.getKeyword() === 'SHELL' && /powershell|pwsh|cmd(\.exe)?"/i.test(i.getArgumentsContent() ?? ''));

/** {@link windowsShell}, computed once per file. */
function hasWindowsShell(model: DockerfileModel): boolean {
  return derived(model, windowsShell);
}

/** Whether the stage builds a Windows image (its user model differs). */
export function isWindowsStage(model: DockerfileModel, stage: Stage): boolean {
  if (imageFamily(baseImageOf(stage)) === 'windows') return true;
  return /windows|nanoserver|servercore/i.test(stageChain(stage).at(-1)?.rawImage ?? '') || hasWindowsShell(model);
}

/**
 * The user the given stage runs as, following `FROM <earlier stage>`. With a
 * project whose front end resolved the base image, an image without `USER`
 * runs as the user its registry config names.
 */
export function effectiveUser(model: DockerfileModel, stage: Stage, project?: ProjectView): EffectiveUser {
  for (const s of stageChain(stage)) {
    const users = s.instructions.filter((i) => i.getKeyword() === 'USER');
    const last = users.at(-1);
    if (last) {
      const raw = last.getArgumentsContent() ?? '';
      const user = substitute(raw.trim(), model.globalArgs);
      return { user, instruction: last, source: user === undefined ? 'unknown' : 'instruction' };
    }
  }
  const root = stageChain(stage).at(-1)!;
  if (root.image === undefined && !root.scratch) return { source: 'unknown' };
  const facts = baseImageFacts(model, stage, project);
  if (facts) return facts.user.trim() ? { user: facts.user.trim(), source: 'image-default', fromRegistry: true } : { user: 'root', source: 'implicit-root', fromRegistry: true, known: true };
  const def = defaultUser(root.image);
  if (def) return { user: def, source: 'image-default' };
  return { user: 'root', source: 'implicit-root', known: root.scratch || knownToRunAsRoot(root.image) };
}

const TRAILING = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'STOPSIGNAL', 'VOLUME', 'ONBUILD']);

/**
 * Where a new USER line goes: before the stage's trailing run-time
 * instructions (CMD, ENTRYPOINT, EXPOSE, …), so every build step above it still
 * runs as it did; at the end of the stage when there are none.
 */
export function userInsertionPoint(model: DockerfileModel, stage: Stage): { position: Position; atEnd: boolean } {
  const instrs = [stage.from as Instruction, ...stage.instructions];
  let i = instrs.length;
  while (i > 1 && TRAILING.has(instrs[i - 1].getKeyword())) i--;
  if (i < instrs.length) return { position: { line: instrs[i].getRange().start.line, character: 0 }, atEnd: false };
  const last = instrs[instrs.length - 1].getRange().end;
  return { position: { line: last.line, character: model.lines[last.line]?.length ?? last.character }, atEnd: true };
}

/** The lines that create and switch to a non-root user on this stage's base image. */
export function nonRootUserLines(model: DockerfileModel, stage: Stage): { title: string; lines: string[] }[] {
  const image = baseImageOf(stage);
  const family = stage.scratch || stageChain(stage).at(-1)?.scratch ? 'scratch' : imageFamily(image);
  const numeric = { title: 'Run as UID 65532 (no user entry needed)', lines: ['USER 65532:65532'] };
  switch (family) {
    case 'distroless':
      return /nonroot$/.test(image?.tag ?? '')
        ? [{ title: 'Run as the image\'s nonroot user', lines: ['USER nonroot:nonroot'] }, numeric]
        : [{ title: 'Run as distroless\'s nonroot user (65532)', lines: ['USER 65532:65532'] }];
    case 'chainguard':
    case 'scratch':
      return [numeric];
    case 'alpine':
      return [
        { title: 'Create an unprivileged user and run as it', lines: ['RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app', 'USER 10001:10001'] },
        numeric,
      ];
    case 'debian':
    case 'rhel': {
      const name = image?.repository.split('/').pop();
      const builtIn = name === 'node' ? [{ title: 'Run as the image\'s node user', lines: ['USER node'] }] : [];
      return [
        ...builtIn,
        { title: 'Create an unprivileged user and run as it', lines: ['RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app', 'USER 10001:10001'] },
        numeric,
      ];
    }
    default:
      return [numeric];
  }
}

/** The last non-blank line at or before `line`, without trailing space. */
function lastTextLine(model: DockerfileModel, line: number): string {
  for (let l = Math.min(line, model.lines.length - 1); l >= 0; l--) {
    const text = model.lines[l].trimEnd();
    if (text) return text;
  }
  return '';
}

/** Fixes that make the stage run as a non-root user, safest first. */
export function nonRootUserFixes(model: DockerfileModel, stage: Stage): Fix[] {
  const { position, atEnd } = userInsertionPoint(model, stage);
  // A file that ends inside a continued instruction would swallow an appended line.
  if (atEnd && lastTextLine(model, position.line).endsWith(model.escapeChar)) return [];
  const eol = eolOf(model);
  return nonRootUserLines(model, stage).map(({ title, lines }) => ({
    title,
    safe: false,
    edits: [{
      range: { start: position, end: position },
      newText: atEnd ? eol + lines.join(eol) : lines.join(eol) + eol,
    }],
  }));
}
