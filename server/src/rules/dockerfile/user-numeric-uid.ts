import doc from './user-numeric-uid.md';
import { imageFamily } from '../../knowledge/images.js';
import { baseImageOf, type DockerfileModel, type Stage } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { chainOf } from './lib/instructions.js';
import { effectiveUser, isRootUser, isWindowsStage } from '../../model/user.js';

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

/** Users that images are known to ship with, and their ids. */
function imageUserId(model: DockerfileModel, stage: Stage, name: string): string | undefined {
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

/** The final stage's USER is a name: Kubernetes `runAsNonRoot` can only verify numeric UIDs. */
const rule: DockerfileRule = {
  meta: {
    id: 'user-numeric-uid',
    kind: 'dockerfile',
    title: 'USER is a name, not a numeric UID',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage || isWindowsStage(model, stage)) return;
    const eff = effectiveUser(model, stage);
    if (eff.source !== 'instruction' || !eff.user || !eff.instruction || isRootUser(eff.user)) return;
    const [user, group] = eff.user.split(':');
    if (/^\d+$/.test(user)) return;
    const instrStage = model.stages.find((s) => s.instructions.includes(eff.instruction!)) ?? stage;
    const { users, groups } = createdIds(stage);
    const uid = users.get(user) ?? imageUserId(model, instrStage, user);
    const gid = group === undefined ? undefined : /^\d+$/.test(group) ? group : groups.get(group) ?? (group === user ? imageUserId(model, instrStage, group) : undefined);
    const range = eff.instruction.getArgumentsRange() ?? eff.instruction.getRange();
    const raw = eff.instruction.getArgumentsContent() ?? '';
    const fixes: Fix[] = [];
    if (uid && (group === undefined || gid) && !raw.includes('$') && range.start.line === range.end.line) {
      const value = group === undefined ? uid : `${uid}:${gid}`;
      fixes.push({ title: `Use USER ${value}`, safe: true, edits: [{ range, newText: value }] });
    }
    report({
      range,
      message: `USER ${eff.user} names the user: Kubernetes cannot verify a name is not root, so pods with runAsNonRoot: true refuse to start; use the numeric UID${uid ? ` (USER ${uid}${group === undefined ? '' : `:${gid ?? '<gid>'}`})` : ''}`,
      fixes,
    });
  },
};

export default rule;
