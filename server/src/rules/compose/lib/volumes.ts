/** Volumes of a Compose service, short (`./src:/app:ro`) and long (`{type: bind, source, target}`) syntax. */
import type { Node } from 'yaml';
import { isMap, isScalar } from '../../../parse/yaml-access.js';
import { perService, resolved, seqItems, setting, type ComposeService } from '../../../parse/compose.js';
import { composeText } from '../../../parse/compose-env.js';

export interface ServiceVolume {
  /** The list item. */
  node: Node;
  /** Where a finding about the source points: the item in short syntax, the `source` value in long syntax. */
  sourceNode: Node;
  syntax: 'short' | 'long';
  /** Host path or volume name; undefined for an anonymous volume. */
  source?: string;
  target?: string;
  /** The source is a path on the host (a bind mount), not a named volume. */
  bind: boolean;
  readOnly: boolean;
}

/** Whether a short-syntax source is a host path: absolute, relative, home-relative, a variable or a Windows drive. */
export function isHostPath(source: string): boolean {
  return /^([/.~$]|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** Splits `SOURCE:TARGET[:MODE]`, keeping Windows drive letters (`C:\data:/data`) together. */
export function parseShortVolume(raw: string): { source?: string; target?: string; mode?: string } {
  const parts: string[] = [];
  let rest = raw;
  while (rest.length) {
    const drive = /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0;
    const i = rest.indexOf(':', drive);
    if (i < 0) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  if (parts.length === 1) return { target: parts[0] };
  return { source: parts[0], target: parts[1], mode: parts[2] };
}

/** The volumes of a service, in file order. Read once per service, shared by the rules. */
export function serviceVolumes(svc: ComposeService): readonly ServiceVolume[] {
  return perService(svc, readServiceVolumes);
}

function readServiceVolumes(svc: ComposeService): ServiceVolume[] {
  const s = setting(svc, 'volumes');
  if (!s) return [];
  const out: ServiceVolume[] = [];
  for (const item of seqItems(svc, s.value)) {
    if (isScalar(item)) {
      const raw = composeText(item);
      if (!raw) continue;
      const { source, target, mode } = parseShortVolume(raw);
      out.push({ node: item, sourceNode: item, syntax: 'short', source, target, bind: !!source && isHostPath(source), readOnly: /(^|,)ro(,|$)/.test(mode ?? '') });
    } else if (isMap(item)) {
      const get = (k: string) => resolved(svc, item.items.find((p) => isScalar(p.key) && p.key.value === k)?.value);
      const type = composeText(get('type')) ?? 'volume';
      const sourceNode = get('source');
      const source = composeText(sourceNode);
      const ro = get('read_only');
      out.push({
        node: item,
        sourceNode: isScalar(sourceNode) ? sourceNode : item,
        syntax: 'long',
        source,
        target: composeText(get('target')),
        bind: type === 'bind' || (!!source && type !== 'volume' && isHostPath(source)),
        readOnly: isScalar(ro) && (ro.value === true || ro.value === 'true'),
      });
    }
  }
  return out;
}

/**
 * The host path a bind source names, normalised: `~` and `$HOME`/`${HOME}`
 * become `~`, trailing slashes and `/./` go. Relative paths stay relative.
 */
export function normaliseHostPath(source: string): string {
  let p = source.trim().replace(/^\$\{?HOME\}?(?=\/|$)/, '~').replace(/^\$\{?USERPROFILE\}?(?=[\\/]|$)/, '~');
  p = p.replace(/\\/g, '/').replace(/\/\.(?=\/|$)/g, '').replace(/\/{2,}/g, '/');
  if (p.length > 1) p = p.replace(/(?<!\/)\/+$/, '');
  return p;
}
