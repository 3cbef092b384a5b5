import doc from './compose-no-debug-mode.md';
import type { Scalar } from 'yaml';
import { debugSetting } from '../../knowledge/debug-flags.js';
import { buildOf, extendsChain, setting, type ComposeService } from '../../parse/compose.js';
import { isSeq, scalarText } from '../../parse/yaml-access.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, Range, RuleContext } from '../types.js';
import { environment, type EnvEntry } from './lib/environment.js';
import { hits, serviceNames, servicesOf } from './lib/services.js';

/** Development names in a file name, folder, service name or profile. */
const DEVELOPMENT = /(?:^|[._-])(?:override|dev|develop|development|devcontainer|debug|local|test|tests|testing)(?:[._-]|$)/i;

/**
 * Whether the Compose file is meant for development: a name such as
 * `docker-compose.override.yml`, `compose.dev.yaml`, `compose-dev.yml`,
 * `docker-compose.local.yml`, or a file in a `.devcontainer` folder.
 */
export function isDevelopmentFile(path: string): boolean {
  const parts = path.replace(/\\/g, '/').split('/');
  const name = (parts.pop() ?? '').replace(/\.ya?ml$/i, '');
  return DEVELOPMENT.test(name) || parts.includes('.devcontainer');
}

/** Whether a service is only for development: named so, built from a development stage, or started only with a development profile. */
function isDevelopmentService(svc: ComposeService): boolean {
  if (DEVELOPMENT.test(svc.name) || DEVELOPMENT.test(buildOf(svc)?.target ?? '')) return true;
  const profiles = setting(svc, 'profiles')?.value;
  const names = isSeq(profiles) ? profiles.items.map(scalarText).filter((p): p is string => !!p) : [];
  return names.length > 0 && names.every((p) => DEVELOPMENT.test(p));
}

/** A debug setting of an environment entry: the literal value, or the default of `${VAR:-value}`. */
interface DebugValue {
  entry: EnvEntry;
  /** The value as Compose resolves it when nothing overrides it. */
  value: string;
  production: string;
  /** The value comes from the default of an interpolation (`${NAME:-1}`). */
  fallback?: string;
  /** Offsets (in the file) of the text to replace with the production value, when it can be edited in place. */
  span?: [number, number];
}

/** The text of a single-line scalar token without its quotes, and where that text starts. */
function tokenInner(text: string, node: Scalar): { inner: string; at: number } | undefined {
  const r = node.range;
  if (!r) return undefined;
  const raw = text.slice(r[0], r[1]);
  if (/[\r\n]/.test(raw)) return undefined;
  if (node.type === 'PLAIN') return { inner: raw, at: r[0] };
  if ((node.type === 'QUOTE_DOUBLE' && /^".*"$/.test(raw)) || (node.type === 'QUOTE_SINGLE' && /^'.*'$/.test(raw))) return { inner: raw.slice(1, -1), at: r[0] + 1 };
  return undefined;
}

/** Whether an entry turns on a debug or development mode, and where its value is written. */
function debugValue(text: string, entry: EnvEntry): DebugValue | undefined {
  if (entry.value === undefined) return undefined;
  let value = entry.value.trim();
  let fallback: string | undefined;
  if (value.includes('$')) {
    const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}$]*)\}$/.exec(value);
    if (!m) return undefined;
    fallback = m[1];
    value = m[2].trim();
  }
  const hit = debugSetting(entry.name, value);
  if (!hit) return undefined;
  const out: DebugValue = { entry, value, production: hit.production, fallback };
  const node = entry.form === 'map' ? entry.valueNode : entry.keyNode;
  const tok = node ? tokenInner(text, node) : undefined;
  if (tok && tok.inner === scalarText(node)) {
    const eq = entry.form === 'list' ? tok.inner.indexOf('=') + 1 : 0;
    const written = tok.inner.slice(eq);
    const inner = fallback ? written.slice(written.indexOf('-') + 1, written.lastIndexOf('}')) : written;
    const base = tok.at + eq + (fallback ? written.indexOf('-') + 1 : 0);
    const lead = inner.length - inner.trimStart().length;
    out.span = [base + lead, base + lead + value.length];
  }
  return out;
}

/** Where a finding about an entry points: `KEY: value` on one line, or the list item. */
function entryRange(model: YamlModel, entry: EnvEntry): Range {
  const key = model.rangeOf(entry.keyNode);
  if (entry.form === 'list' || !entry.valueNode?.range) return key;
  const value = model.rangeOf(entry.valueNode);
  return value.end.line === key.start.line ? { start: key.start, end: value.end } : key;
}

const EFFECT = 'puts the application in debug/development mode (verbose errors, debuggers, unoptimised code)';

/** Debug entries a service takes from services it extends in other files, with the `extends` key to point at. */
function inheritedFromOtherFiles(ctx: RuleContext<YamlModel>, svc: ComposeService): { key: Scalar; from: ComposeService; hit: DebugValue }[] {
  const ext = setting(svc, 'extends');
  if (!ext) return [];
  const seen = new Set<string>();
  const out: { key: Scalar; from: ComposeService; hit: DebugValue }[] = [];
  for (const s of extendsChain(svc, ctx.project)) {
    for (const entry of environment(s).entries) {
      if (seen.has(entry.name)) continue;
      seen.add(entry.name);
      if (s.file.path === svc.file.path) continue;
      const hit = debugValue(s.file.model.text, entry);
      if (hit) out.push({ key: ext.key, from: s, hit });
    }
  }
  return out;
}

/** The environment entries a service runs with in this file: its own, then those of services it extends here. */
function effectiveEntries(ctx: RuleContext<YamlModel>, svc: ComposeService): EnvEntry[] {
  const seen = new Set<string>();
  const out: EnvEntry[] = [];
  for (const s of extendsChain(svc, ctx.project)) {
    for (const entry of environment(s).entries) {
      if (seen.has(entry.name)) continue;
      seen.add(entry.name);
      if (s.file.path === svc.file.path) out.push(entry);
    }
  }
  return out;
}

/** A service's `environment:` turns on a framework's debug or development mode. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-debug-mode',
    kind: 'compose',
    title: 'A service runs in debug or development mode',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    if (isDevelopmentFile(ctx.path)) return;
    const found = hits(ctx, (svc) => (isDevelopmentService(svc) ? [] : effectiveEntries(ctx, svc).flatMap((entry) => {
      const hit = debugValue(ctx.model.text, entry);
      return hit ? [{ node: entry.keyNode, data: hit }] : [];
    })));
    for (const { services, data: hit } of found) {
      const { name } = hit.entry;
      const fixes: Fix[] = hit.span ? [{
        title: hit.fallback ? `Make ${name} fall back to ${hit.production}` : `Set ${name}=${hit.production}`,
        safe: false,
        edits: [{ range: { start: ctx.model.positionAt(hit.span[0]), end: ctx.model.positionAt(hit.span[1]) }, newText: hit.production }],
      }] : [];
      const who = serviceNames(services);
      ctx.report({
        range: entryRange(ctx.model, hit.entry),
        message: hit.fallback
          ? `${who} ${services.length > 1 ? 'fall' : 'falls'} back to ${name}=${hit.value} when ${hit.fallback} is not set, which ${EFFECT}; make the default ${hit.production}`
          : `${who} ${services.length > 1 ? 'set' : 'sets'} ${name}=${hit.value}, which ${EFFECT}; set ${name}=${hit.production}`,
        fixes,
      });
    }
    for (const svc of servicesOf(ctx)) {
      if (isDevelopmentService(svc)) continue;
      for (const { key, from, hit } of inheritedFromOtherFiles(ctx, svc)) {
        const file = from.file.path.replace(/\\/g, '/').split('/').pop();
        ctx.report({
          range: ctx.model.rangeOf(key),
          message: `Service '${svc.name}' inherits ${hit.entry.name}=${hit.value} from service '${from.name}' in ${file}, which ${EFFECT}; set ${hit.entry.name}=${hit.production} in its environment`,
        });
      }
    }
  },
};

export default rule;
