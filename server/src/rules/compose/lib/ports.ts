/** Published ports of a Compose service, short (`"127.0.0.1:8080:80/tcp"`) and long (`{target, published, host_ip}`) syntax. */
import type { Node, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../../parse/yaml-access.js';
import { perService, resolved, seqItems, setting, type ComposeService } from '../../../parse/compose.js';
import { composeText } from '../../../parse/compose-env.js';
import { insertPairs, setScalar } from '../../../parse/yaml-edit.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { TextEdit } from '../../types.js';
import { styleOf } from './services.js';

export interface PublishedPort {
  /** The list item (a scalar in short syntax, a mapping in long syntax). */
  node: Node;
  /** Where a finding about the host side points: the item, or the `published` value in long syntax. */
  hostNode: Node;
  syntax: 'short' | 'long';
  /** Host interface address, when one is given (`127.0.0.1`, `::1`, `0.0.0.0`). */
  hostIp?: string;
  /** Host port or range as written; undefined when Docker picks one. */
  hostPort?: string;
  /** Container port or range as written. */
  containerPort: string;
  protocol?: string;
  /** The text of the short syntax item (for fixes). */
  text?: string;
}

/** Splits a short port item into its parts; undefined when it cannot be read (e.g. interpolated). */
export function parseShortPort(raw: string): Omit<PublishedPort, 'node' | 'hostNode' | 'syntax'> | undefined {
  let s = raw.trim();
  if (!s || s.includes('$')) return undefined;
  let protocol: string | undefined;
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  let hostIp: string | undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return undefined;
    hostIp = s.slice(1, close);
    s = s.slice(close + 1).replace(/^:/, '');
  }
  const parts = s.split(':');
  let hostPort: string | undefined;
  let containerPort: string;
  if (hostIp !== undefined) {
    if (parts.length === 1) containerPort = parts[0];
    else [hostPort, containerPort] = [parts[0], parts[1]];
  } else if (parts.length === 1) {
    containerPort = parts[0];
  } else if (parts.length === 2) {
    [hostPort, containerPort] = parts;
  } else {
    containerPort = parts[parts.length - 1];
    hostPort = parts[parts.length - 2];
    hostIp = parts.slice(0, -2).join(':');
  }
  if (!/^\d+(-\d+)?$/.test(containerPort)) return undefined;
  if (hostPort !== undefined && hostPort !== '' && !/^\d+(-\d+)?$/.test(hostPort)) return undefined;
  return { hostIp, hostPort: hostPort || undefined, containerPort, protocol, text: raw };
}

function longPort(map: YAMLMap, svc: ComposeService): PublishedPort | undefined {
  const get = (k: string) => composeText(resolved(svc, map.items.find((p) => isScalar(p.key) && p.key.value === k)?.value));
  const target = get('target');
  if (!target || target.includes('$')) return undefined;
  const published = get('published');
  const pub = resolved(svc, map.items.find((p) => isScalar(p.key) && p.key.value === 'published')?.value);
  return { node: map, hostNode: isScalar(pub) ? pub : map, syntax: 'long', hostIp: get('host_ip'), hostPort: published || undefined, containerPort: target, protocol: get('protocol') };
}

/** The ports a service publishes on the host (`ports:`), in file order. Read once per service, shared by the rules. */
export function publishedPorts(svc: ComposeService): readonly PublishedPort[] {
  return perService(svc, readPublishedPorts);
}

function readPublishedPorts(svc: ComposeService): PublishedPort[] {
  const s = setting(svc, 'ports');
  if (!s) return [];
  const out: PublishedPort[] = [];
  for (const item of seqItems(svc, s.value)) {
    if (isScalar(item)) {
      const raw = composeText(item);
      const p = raw === undefined ? undefined : parseShortPort(raw);
      if (p) out.push({ ...p, node: item as Scalar, hostNode: item as Scalar, syntax: 'short' });
    } else if (isMap(item)) {
      const p = longPort(item, svc);
      if (p) out.push(p);
    }
  }
  return out;
}

/** Whether the port is published on every host interface (no address, or a wildcard one). */
export function onAllInterfaces(p: PublishedPort): boolean {
  return p.hostIp === undefined || p.hostIp === '';
}

/** The first port of a port or range (`"8000-8010"` → 8000). */
export function firstPort(spec: string | undefined): number | undefined {
  if (!spec) return undefined;
  const n = Number(spec.split('-')[0]);
  return Number.isInteger(n) ? n : undefined;
}

/** A short-syntax port item written from its parts. */
function shortSpec(hostIp: string | undefined, hostPort: string | undefined, p: PublishedPort): string {
  const ip = hostIp === undefined ? '' : `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:`;
  const host = hostPort === undefined ? (ip ? ':' : '') : `${hostPort}:`;
  return `${ip}${host}${p.containerPort}${p.protocol ? `/${p.protocol}` : ''}`;
}

/** The edit that publishes a port on 127.0.0.1 only (short syntax rewritten, long syntax `host_ip`). */
export function bindLocalEdit(model: YamlModel, p: PublishedPort): TextEdit | undefined {
  if (p.syntax === 'short' && isScalar(p.node)) return setScalar(model, p.node, shortSpec('127.0.0.1', p.hostPort, p));
  if (p.syntax === 'long' && isMap(p.node)) {
    const hostIp = p.node.items.find((i) => isScalar(i.key) && i.key.value === 'host_ip');
    if (hostIp && isScalar(hostIp.value)) return setScalar(model, hostIp.value, '127.0.0.1');
    if (!hostIp) return insertPairs(model, p.node, { host_ip: '127.0.0.1' }, styleOf(model));
  }
  return undefined;
}

/** The edit that publishes a single host port on another host port (same interface, container port and protocol). */
export function hostPortEdit(model: YamlModel, p: PublishedPort, port: number): TextEdit | undefined {
  if (!p.hostPort || !/^\d+$/.test(p.hostPort)) return undefined;
  if (p.syntax === 'short' && isScalar(p.node)) return setScalar(model, p.node, shortSpec(p.hostIp, String(port), p));
  if (p.syntax === 'long' && isScalar(p.hostNode)) return setScalar(model, p.hostNode, typeof p.hostNode.value === 'number' ? port : String(port));
  return undefined;
}
