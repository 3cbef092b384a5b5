import doc from './compose-no-env-secrets.md';
import type { Scalar } from 'yaml';
import { findSecretValue, isPlaceholder, isSecretName, notASecret } from '../../knowledge/secrets.js';
import { imageOf, type ComposeService } from '../../parse/compose.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import { findPair, isMap, isSeq } from '../../parse/yaml-access.js';
import { appendItems, insertPairs, setScalar } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { ComposeRule } from '../kinds.js';
import type { Fix, Range, RuleContext, TextEdit } from '../types.js';
import { environment, type EnvEntry } from './lib/environment.js';
import { hits, serviceNames, styleOf } from './lib/services.js';

/** Names that hold a reference to a secret or a setting about one, not the secret itself. */
const NOT_A_VALUE = /_(FILE|PATH|DIR|URL_FILE|HOST|PORT|USER|USERNAME|NAME|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|ENABLE|DISABLED|TYPE|ALGORITHM|ROTATION|HEADER|PROVIDER|METHOD|MODE|VERSION|ID|PREFIX|SUFFIX|FORMAT|BACKEND|STORE|SIZE)$/i;

/**
 * Official images whose entrypoint reads `<VAR>_FILE` for these variables, so a
 * secret file can replace the variable without touching the application.
 */
const FILE_CONVENTION: [RegExp, RegExp][] = [
  [/^(postgres|postgis|timescaledb)$/, /^POSTGRES_(PASSWORD|USER|DB|INITDB_ARGS)$/],
  [/^mysql$/, /^MYSQL_(ROOT_PASSWORD|PASSWORD|USER|DATABASE)$/],
  [/^mariadb$/, /^(MARIADB|MYSQL)_(ROOT_PASSWORD|PASSWORD|USER|DATABASE)$/],
  [/^mongo$/, /^MONGO_INITDB_ROOT_(USERNAME|PASSWORD)$/],
  [/^wordpress$/, /^WORDPRESS_(DB_PASSWORD|DB_USER|DB_NAME|DB_HOST|AUTH_KEY|SECURE_AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|AUTH_SALT|SECURE_AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)$/],
  [/^nextcloud$/, /^(MYSQL_PASSWORD|POSTGRES_PASSWORD|NEXTCLOUD_ADMIN_PASSWORD|NEXTCLOUD_ADMIN_USER|REDIS_HOST_PASSWORD|SMTP_PASSWORD)$/],
];

/** Whether the service's image reads `<name>_FILE` (official images only, by repository name). */
function supportsFileVariant(svc: ComposeService, name: string): boolean {
  const image = imageOf(svc);
  const ref = image && !image.text.includes('$') ? parseImageRef(image.text) : undefined;
  if (!ref || (ref.registry && ref.registry !== 'docker.io')) return false;
  const repo = ref.repository.replace(/^library\//, '');
  if (repo.includes('/')) return false;
  return FILE_CONVENTION.some(([img, vars]) => img.test(repo) && vars.test(name));
}

interface Literal {
  entry: EnvEntry;
  /** What makes it a secret, for the message. */
  what: string;
  /** The value is the default of `${VAR:-default}`. */
  fallback: boolean;
}

/** Whether an entry holds a literal secret, and why. */
function literalSecret(entry: EnvEntry): Literal | undefined {
  const raw = entry.value;
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (!value) return undefined;
  const byValue = findSecretValue(value);
  if (byValue && !(byValue.pattern.id === 'url-credentials' && /\$\{?\w/.test(byValue.match))) {
    return { entry, what: byValue.pattern.description, fallback: false };
  }
  if (!isSecretName(entry.name) || NOT_A_VALUE.test(entry.name) || notASecret(entry.name, value) || isPlaceholder(value)) return undefined;
  const fb = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$/.exec(value);
  if (fb) return fb[1] && !fb[1].includes('$') ? { entry, what: 'a secret', fallback: true } : undefined;
  if (value.includes('$')) return undefined;
  if (/^(true|false|yes|no|on|off|null|none|\d+)$/i.test(value) || value.startsWith('/')) return undefined;
  return { entry, what: 'a secret', fallback: false };
}

/** The range of the value within a list item `NAME=value` (plain scalars), else the item. */
function valueRange(ctx: RuleContext<YamlModel>, entry: EnvEntry): Range {
  const node = entry.node as Scalar;
  if (entry.form === 'list' && node.range && node.type === 'PLAIN') {
    const eq = ctx.model.text.indexOf('=', node.range[0]);
    if (eq >= 0 && eq < node.range[1]) return { start: ctx.model.positionAt(eq + 1), end: ctx.model.positionAt(node.range[1]) };
  }
  return ctx.model.rangeOf(node);
}

/**
 * The fix that moves a literal to a Compose secret the image reads through
 * `<NAME>_FILE`: the variable becomes `<NAME>_FILE=/run/secrets/<name>`, the
 * service lists the secret, and a top-level secret takes its value from the
 * host's environment variable of the same name.
 */
function moveToSecret(ctx: RuleContext<YamlModel>, svc: ComposeService, lit: Literal): Fix | undefined {
  const { entry } = lit;
  if (lit.fallback || !svc.map || !supportsFileVariant(svc, entry.name)) return undefined;
  const env = environment(svc);
  if (!env.setting || env.setting.merged || env.entries.some((e) => e.name === `${entry.name}_FILE`)) return undefined;
  const secret = entry.name.toLowerCase();
  const file = svc.file;
  const style = styleOf(ctx.model);
  const top = findPair(file.root, 'secrets');
  if (top && !isMap(top.value)) return undefined;
  if (top && isMap(top.value) && findPair(top.value, secret)) return undefined;
  const own = findPair(svc.map, 'secrets');
  if (own && !isSeq(own.value)) return undefined;
  if (svc.merges.some((m) => findPair(m, 'secrets'))) return undefined;
  const edits: (TextEdit | undefined)[] = [];
  if (entry.form === 'list') edits.push(setScalar(ctx.model, entry.keyNode, `${entry.name}_FILE=/run/secrets/${secret}`));
  else if (entry.valueNode) edits.push(setScalar(ctx.model, entry.keyNode, `${entry.name}_FILE`), setScalar(ctx.model, entry.valueNode, `/run/secrets/${secret}`));
  else return undefined;
  edits.push(own && isSeq(own.value) ? appendItems(ctx.model, own.value, [secret], style) : insertPairs(ctx.model, svc.map, { secrets: [secret] }, style));
  edits.push(top && isMap(top.value)
    ? insertPairs(ctx.model, top.value, { [secret]: { environment: entry.name } }, style)
    : insertPairs(ctx.model, file.root, { secrets: { [secret]: { environment: entry.name } } }, style));
  if (edits.some((e) => !e)) return undefined;
  return {
    title: `Move ${entry.name} to a Compose secret (${entry.name}_FILE, value from the host's ${entry.name})`,
    safe: false,
    edits: edits as TextEdit[],
  };
}

/** A literal password, token or key in a service's `environment:`. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-env-secrets',
    kind: 'compose',
    title: 'A secret is written into a service\'s environment',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => environment(svc).entries.flatMap((entry) => {
      const lit = literalSecret(entry);
      return lit ? [{ node: entry.node, data: { lit, svc } }] : [];
    }));
    for (const hit of found) {
      const { lit, svc } = hit.data;
      const single = hit.services.length === 1;
      const whose = `${serviceNames(hit.services).replace(/^Services? /, '')}`;
      ctx.report({
        range: valueRange(ctx, lit.entry),
        message: lit.fallback
          ? `${lit.entry.name} of ${hit.services.length > 1 ? 'services' : 'service'} ${whose} falls back to a literal secret written in the file; drop the default or use secrets:`
          : `${lit.entry.name} of ${hit.services.length > 1 ? 'services' : 'service'} ${whose} is ${lit.what} written in the file; pass it with secrets: or from the environment (\${${lit.entry.name}})`,
        fixes: () => {
          const fix = single ? moveToSecret(ctx, svc, lit) : undefined;
          return fix ? [fix] : [];
        },
      });
    }
  },
};

export default rule;
