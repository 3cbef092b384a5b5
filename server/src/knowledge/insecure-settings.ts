/**
 * Settings of popular images that switch their own protection off, as their
 * documentation names them. Offline data as of 2026-12-04; each entry names
 * its source. Used by the Compose rule `compose-no-insecure-image-settings`.
 */

/** What a service runs, as the rules see it. */
export interface ImageRun {
  /** Repository without registry, tag or digest, lower-cased (`grafana/grafana`, `postgres`). */
  repository: string;
  /** Environment variables with literal values (`${…}` references are left out). */
  env: Map<string, string>;
  /** The command's words (`command:` as a list, or the string split on blanks). */
  args: string[];
  /** Whether the service publishes a port on every host interface. */
  published: boolean;
}

export interface InsecureSetting {
  /** The environment variable or command flag that is at fault, for the finding's place. */
  at: { env: string } | { arg: string };
  message: string;
  /** Severity: error when anyone who reaches the port gets in. */
  severity: 'error' | 'warning';
}

interface Entry {
  images: RegExp;
  source: string;
  check(run: ImageRun): InsecureSetting[];
}

const truthy = (v: string | undefined): boolean => v !== undefined && /^(?:1|true|yes|on)$/i.test(v.trim());
const hasArg = (args: string[], re: RegExp): string | undefined => args.find((a) => re.test(a));
const reach = (run: ImageRun): string => (run.published ? 'anyone who reaches the published port' : 'anyone who reaches the service');
const sev = (run: ImageRun): 'error' | 'warning' => (run.published ? 'error' : 'warning');

export const INSECURE_SETTINGS: readonly Entry[] = [
  {
    images: /^(?:grafana\/grafana(?:-oss|-enterprise)?|bitnami\/grafana)$/,
    source: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/anonymous-auth/',
    check(run) {
      if (!truthy(run.env.get('GF_AUTH_ANONYMOUS_ENABLED')) || !/^(?:admin|editor)$/i.test(run.env.get('GF_AUTH_ANONYMOUS_ORG_ROLE') ?? '')) return [];
      return [{ at: { env: 'GF_AUTH_ANONYMOUS_ORG_ROLE' }, severity: sev(run), message: `anonymous access with the ${run.env.get('GF_AUTH_ANONYMOUS_ORG_ROLE')} role: ${reach(run)} can change dashboards and data sources without logging in` }];
    },
  },
  {
    images: /^(?:postgres|postgis\/postgis|timescale\/timescaledb(?:-ha)?|pgvector\/pgvector)$/,
    source: 'https://hub.docker.com/_/postgres (POSTGRES_HOST_AUTH_METHOD)',
    check(run) {
      if ((run.env.get('POSTGRES_HOST_AUTH_METHOD') ?? '').trim().toLowerCase() !== 'trust') return [];
      return [{ at: { env: 'POSTGRES_HOST_AUTH_METHOD' }, severity: sev(run), message: `POSTGRES_HOST_AUTH_METHOD=trust: ${reach(run)} logs in as any user, superuser included, without a password` }];
    },
  },
  {
    images: /^(?:mysql|mariadb|percona|percona\/percona-server|mysql\/mysql-server)$/,
    source: 'https://hub.docker.com/_/mysql and https://hub.docker.com/_/mariadb (MYSQL_ALLOW_EMPTY_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD)',
    check(run) {
      const name = ['MYSQL_ALLOW_EMPTY_PASSWORD', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_ALLOW_EMPTY_PASSWORD'].find((n) => truthy(run.env.get(n)));
      if (name) return [{ at: { env: name }, severity: sev(run), message: `${name}: the database's root user has no password, so ${reach(run)} is its administrator` }];
      const root = ['MYSQL_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD'].find((n) => run.env.has(n) && run.env.get(n)!.trim() === '');
      return root ? [{ at: { env: root }, severity: sev(run), message: `${root} is empty: the database's root user has no password, so ${reach(run)} is its administrator` }] : [];
    },
  },
  {
    images: /^(?:redis|redis\/redis-stack(?:-server)?|valkey\/valkey|bitnami\/redis|bitnami\/valkey|eqalpha\/keydb)$/,
    source: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/ (protected mode, requirepass); Bitnami ALLOW_EMPTY_PASSWORD',
    check(run) {
      const out: InsecureSetting[] = [];
      const i = run.args.findIndex((a) => /^--protected-mode$/i.test(a));
      const pm = i >= 0 ? run.args[i + 1] : undefined;
      if (pm && /^no$/i.test(pm)) out.push({ at: { arg: '--protected-mode' }, severity: sev(run), message: `--protected-mode no: ${reach(run)} can read, change and delete every key${hasArg(run.args, /^--requirepass$/i) ? '' : ', with no password asked'}` });
      if (truthy(run.env.get('ALLOW_EMPTY_PASSWORD'))) out.push({ at: { env: 'ALLOW_EMPTY_PASSWORD' }, severity: sev(run), message: `ALLOW_EMPTY_PASSWORD: no password is asked, so ${reach(run)} can read, change and delete every key` });
      return out;
    },
  },
  {
    images: /^(?:elasticsearch|elasticsearch\/elasticsearch|bitnami\/elasticsearch|opensearchproject\/opensearch)$/,
    source: 'https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/security-settings (xpack.security.enabled); https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/ (DISABLE_SECURITY_PLUGIN)',
    check(run) {
      const name = [...run.env.keys()].find((k) => (k === 'xpack.security.enabled' && /^false$/i.test(run.env.get(k)!.trim()))
        || ((k === 'DISABLE_SECURITY_PLUGIN' || k === 'plugins.security.disabled') && truthy(run.env.get(k))));
      return name ? [{ at: { env: name }, severity: sev(run), message: `${name}=${run.env.get(name)}: security is off, so ${reach(run)} reads and deletes every index without logging in` }] : [];
    },
  },
  {
    images: /^(?:prom\/prometheus|prometheus\/prometheus|bitnami\/prometheus)$/,
    source: 'https://prometheus.io/docs/operating/security/ (--web.enable-admin-api, --web.enable-lifecycle)',
    check(run) {
      if (!run.published) return [];
      return ['--web.enable-admin-api', '--web.enable-lifecycle'].filter((f) => run.args.includes(f)).map((f) => ({
        at: { arg: f },
        severity: 'warning' as const,
        message: f === '--web.enable-admin-api'
          ? `${f} on a published port: anyone who reaches it can delete series and snapshots, with no authentication`
          : `${f} on a published port: anyone who reaches it can shut Prometheus down or reload its configuration, with no authentication`,
      }));
    },
  },
  {
    images: /^(?:jupyter\/[\w-]+|jupyterhub\/singleuser)$/,
    source: 'https://jupyter-server.readthedocs.io/en/latest/operators/security.html (token authentication)',
    check(run) {
      const flag = hasArg(run.args, /^--(?:NotebookApp|ServerApp|IdentityProvider)\.token=(?:''|""|)$/);
      if (flag) return [{ at: { arg: flag }, severity: sev(run), message: `${flag} turns the token off: ${reach(run)} runs code in the notebook server` }];
      if (run.env.has('JUPYTER_TOKEN') && run.env.get('JUPYTER_TOKEN')!.trim() === '') return [{ at: { env: 'JUPYTER_TOKEN' }, severity: sev(run), message: `JUPYTER_TOKEN is empty: ${reach(run)} runs code in the notebook server` }];
      return [];
    },
  },
];

/** Whether the table above has settings to check for images of this repository (most have none: their env and command need not be read). */
export function hasInsecureSettings(repository: string): boolean {
  return INSECURE_SETTINGS.some((e) => e.images.test(repository));
}

/** The insecure settings of a service's image, from the table above. */
export function insecureSettings(run: ImageRun): InsecureSetting[] {
  return INSECURE_SETTINGS.filter((e) => e.images.test(run.repository)).flatMap((e) => e.check(run));
}
