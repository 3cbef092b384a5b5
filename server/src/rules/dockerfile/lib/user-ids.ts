/**
 * Numeric ids of the users a Dockerfile names: the ids its own `useradd`/
 * `groupadd` steps give them and the well-known users of common base images.
 */
import type { Instruction } from 'dockerfile-ast';
import { imageFamily } from '../../../knowledge/images.js';
import { baseImageOf, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import { effectiveUser, isRootUser, isWindowsStage } from '../../../model/user.js';
import { chainOf } from './instructions.js';

/** IDs of users and groups the Dockerfile creates with an explicit number (`useradd -u 10001 app`, `addgroup -g 10001 app`). */
export function createdIds(stage: Stage): { users: Map<string, string>; groups: Map<string, string> } {
  const users = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const i of chainOf(stage)) {
    if (i.getKeyword() !== 'RUN') continue;
    const body = (i.getArgumentsContent() ?? '').replace(/\\\r?\n/g, ' ');
    for (const segment of body.split(/&&|\|\||;|\n/)) {
      const m = /\b(useradd|adduser|groupadd|addgroup)\b(.*)$/.exec(segment.trim());
      if (!m) continue;
      const tokens = m[2].trim().split(/\s+/).filter(Boolean);
      const name = tokens.at(-1);
      if (!name || name.startsWith('-') || !/^[a-z_][a-z0-9_.-]*\$?$/i.test(name)) continue;
      const isUser = m[1] === 'useradd' || m[1] === 'adduser';
      const flag = isUser ? /^(?:-u|--uid)(?:=(\d+))?$/ : /^(?:-g|--gid)(?:=(\d+))?$/;
      let id: string | undefined;
      tokens.forEach((t, k) => {
        const f = flag.exec(t);
        if (f) id = f[1] ?? (/^\d+$/.test(tokens[k + 1] ?? '') ? tokens[k + 1] : undefined);
        const glued = isUser ? /^-u(\d+)$/.exec(t) : /^-g(\d+)$/.exec(t);
        if (glued) id = glued[1];
      });
      // Busybox `adduser -G group` names the group, not a number; only explicit ids count.
      if (id) (isUser ? users : groups).set(name, id);
    }
  }
  return { users, groups };
}

/** Users (and their same-named groups) that images are known to ship with, and their ids; root is 0 everywhere. */
function imageUserId(stage: Stage, name: string): string | undefined {
  if (name === 'root') return '0';
  const image = baseImageOf(stage);
  const family = imageFamily(image);
  const repo = image?.repository.split('/').pop();
  if (name === 'nonroot' && (family === 'distroless' || family === 'chainguard')) return '65532';
  if (name === 'node' && repo === 'node') return '1000';
  if (name === 'nobody' && (family === 'debian' || family === 'alpine')) return '65534';
  if (name === 'www-data' && family === 'debian') return '33';
  if (name === 'www-data' && family === 'alpine') return '82';
  if (name === 'app' && image?.registry === 'mcr.microsoft.com' && image.repository.startsWith('dotnet/')) return '1654';
  return undefined;
}

/** A `user[:group]` value with the numbers it stands for, where they are known. */
export interface NumericUser {
  user: string;
  group?: string;
  uid?: string;
  gid?: string;
  /** `uid` or `uid:gid`, when every part is known. */
  numeric?: string;
}

/**
 * The numbers of `user[:group]` as written in `stage` (whose `useradd`/
 * `groupadd` steps count) on the base image of `imageStage` (the stage holding
 * the USER line).
 */
export function numericUser(stage: Stage, imageStage: Stage, value: string): NumericUser {
  const [user, group] = value.split(':');
  const { users, groups } = createdIds(stage);
  const uid = /^\d+$/.test(user) ? user : users.get(user) ?? imageUserId(imageStage, user);
  const gid = group === undefined ? undefined
    : /^\d+$/.test(group) ? group
      : groups.get(group) ?? (group === user || group === 'root' ? imageUserId(imageStage, group) : undefined);
  const numeric = uid && (group === undefined || gid) ? (group === undefined ? uid : `${uid}:${gid}`) : undefined;
  return { user, group, uid, gid, numeric };
}

/**
 * The USER line `user-numeric-uid` judges: the final stage's effective USER
 * (inherited through `FROM <stage>`) when it names a non-root user by name on
 * a Linux image. Undefined when there is none.
 */
export function finalNamedUser(model: DockerfileModel): { instruction: Instruction; value: string; ids: NumericUser } | undefined {
  const stage = model.finalStage;
  if (!stage || isWindowsStage(model, stage)) return undefined;
  const eff = effectiveUser(model, stage);
  if (eff.source !== 'instruction' || !eff.user || !eff.instruction || isRootUser(eff.user)) return undefined;
  if (/^\d+$/.test(eff.user.split(':')[0])) return undefined;
  const instrStage = model.stages.find((s) => s.instructions.includes(eff.instruction!)) ?? stage;
  return { instruction: eff.instruction, value: eff.user, ids: numericUser(stage, instrStage, eff.user) };
}
