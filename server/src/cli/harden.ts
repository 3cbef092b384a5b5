/**
 * `shipshape harden <Dockerfile> [--runtime …] [--write]`: prints the
 * hardening plan as a unified diff (the explanation goes to standard error,
 * so the diff can be piped to `patch`); `--write` applies it and creates the
 * proposed files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { loadConfig } from '../config/load.js';
import { bomOf, initEngine, toPosix, withoutBom } from '../engine/index.js';
import { pinRuntime, runtimeToResolve } from '../harden/pin.js';
import { planHarden } from '../harden/plan.js';
import type { RuntimeFlavour } from '../harden/runtimes.js';
import { fsProject } from '../node/fs-project.js';
import { UsageError, type Io } from './io.js';
import { cliResolver } from './registry.js';

export const RUNTIMES = ['distroless', 'chainguard', 'alpine', 'slim', 'scratch'] as const;

export interface HardenFlags {
  runtime?: RuntimeFlavour;
  write?: boolean;
  config?: string;
  registry?: boolean;
}


/** Runs `shipshape harden`; resolves to the exit code (0 planned or nothing to do, 2 cannot plan or bad input). */
export async function runHarden(file: string, flags: HardenFlags, io: Io): Promise<number> {
  const path = resolve(io.cwd, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const text = withoutBom(raw);
  await initEngine();
  const project = fsProject(dirname(path));
  const config = loadConfig(path, project, { configFile: flags.config !== undefined ? resolve(io.cwd, flags.config) : undefined });
  if (config.errors.length) {
    const e = config.errors[0];
    throw new UsageError(`${toPosix(relative(io.cwd, e.path))}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message}`);
  }
  let plan = planHarden({ path, text }, project, config.settings, flags.runtime ? { runtime: flags.runtime } : {});
  if (flags.registry && plan.ok) {
    const resolver = cliResolver(io);
    await resolver.resolve(runtimeToResolve(plan));
    plan = pinRuntime(plan, { ...project, image: resolver.lookup });
  }
  const shown = toPosix(relative(io.cwd, path)) || path;
  if (!plan.ok) {
    io.stderr(`shipshape: ${shown}: ${plan.reason}\n`);
    return 2;
  }
  if (plan.text === text && !plan.createFiles.length && !plan.amendFiles.length) {
    io.stderr(`${shown} is already hardened; nothing to change.\n`);
    return 0;
  }
  const caveats = plan.caveats.map((c) => `${c.check ? 'Check' : 'Note'}: ${c.text}\n`).join('');
  const explanation = caveats + plan.changes.map((c, i) => `${i + 1}. ${c.title}\n   ${c.detail}\n`).join('');
  const count = plan.changes.filter((c) => !c.note).length;
  if (flags.write) {
    writeFileSync(path, bomOf(raw) + plan.text);
    const created: string[] = [];
    for (const f of plan.createFiles) {
      if (existsSync(f.path)) continue;
      writeFileSync(f.path, f.content);
      created.push(toPosix(relative(io.cwd, f.path)));
    }
    const amended: string[] = [];
    for (const f of plan.amendFiles) {
      // Appended only to the file as it was planned against: one changed since is left alone and said so.
      const rel = toPosix(relative(io.cwd, f.path));
      const current = existsSync(f.path) ? readFileSync(f.path, 'utf8') : undefined;
      if (current === undefined || withoutBom(current) !== f.original) {
        io.stderr(`shipshape: ${rel} changed while hardening; it was left as it is\n`);
        continue;
      }
      writeFileSync(f.path, bomOf(current) + f.original + f.append);
      amended.push(rel);
    }
    io.stderr(`Hardened ${shown}${created.length ? `; created ${created.join(', ')}` : ''}${amended.length ? `; added lines to ${amended.join(', ')}` : ''}:\n${explanation}`);
    return 0;
  }
  let patch = plan.text === text ? '' : createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, plan.text, undefined, undefined, { context: 3 });
  for (const f of plan.createFiles) {
    const rel = toPosix(relative(io.cwd, f.path));
    patch += createTwoFilesPatch('/dev/null', `b/${rel}`, '', f.content, undefined, undefined, { context: 3 });
  }
  for (const f of plan.amendFiles) {
    const rel = toPosix(relative(io.cwd, f.path));
    patch += createTwoFilesPatch(`a/${rel}`, `b/${rel}`, f.original, f.original + f.append, undefined, undefined, { context: 3 });
  }
  io.stdout(patch.replace(/^=+\n/gm, ''));
  io.stderr(`${count} change${count === 1 ? '' : 's'} proposed for ${shown} (apply with --write):\n${explanation}`);
  return 0;
}
