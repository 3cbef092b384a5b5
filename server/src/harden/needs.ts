/**
 * What an application needs at run time beyond its own files, read from the
 * build: native libraries its compiled packages link against (installed in
 * the builder as `-dev` packages, or implied by a dependency such as
 * `psycopg2`), and the Java release a build targets.
 */
import type { ProjectView } from '../rules/types.js';

/** A runtime library: its Debian and Alpine package names, and what asks for it. */
interface NativeLib {
  apt: string;
  apk: string;
  /** Builder packages (`apt-get install`/`apk add`) that mean the library is linked. */
  dev: RegExp;
  /** Python requirements / Node.js dependencies that link against it (binary wheels that bundle it excluded). */
  python?: RegExp;
  node?: RegExp;
}

/**
 * Data as of 2026-11-28, from the package lists of Debian 12/13 and Alpine 3.20+
 * (https://packages.debian.org, https://pkgs.alpinelinux.org) and the packages'
 * install notes (psycopg: https://www.psycopg.org/psycopg3/docs/basic/install.html;
 * mysqlclient: https://pypi.org/project/mysqlclient/; LightGBM: https://lightgbm.readthedocs.io/en/latest/Installation-Guide.html).
 */
const NATIVE_LIBS: NativeLib[] = [
  { apt: 'libpq5', apk: 'libpq', dev: /^(libpq-dev|postgresql-dev|libpq)$/, python: /^(psycopg2|psycopg(\[c\])?|psycopg-c)$/i, node: /^pg-native$/ },
  { apt: 'libmariadb3', apk: 'mariadb-connector-c', dev: /^(default-libmysqlclient-dev|libmariadb-dev|libmariadb-dev-compat|mariadb-dev|mariadb-connector-c-dev)$/, python: /^mysqlclient$/i },
  { apt: 'libgomp1', apk: 'libgomp', dev: /^(libgomp1|libgomp)$/, python: /^lightgbm$/i },
  { apt: 'libjpeg62-turbo', apk: 'libjpeg-turbo', dev: /^(libjpeg-dev|libjpeg62-turbo-dev|libjpeg-turbo-dev|jpeg-dev)$/ },
  { apt: 'libgeos-c1v5', apk: 'geos', dev: /^(libgeos-dev|geos-dev)$/ },
];

/** Package names installed by `apt-get install`/`apt install`/`apk add` in RUN bodies. */
function installedPackages(runs: string[]): string[] {
  const out: string[] = [];
  for (const r of runs) {
    for (const m of r.matchAll(/\b(?:apt-get|apt)\s+(?:-\S+\s+)*install\b([^&;|]*)|\bapk\s+(?:--\S+\s+)*add\b([^&;|]*)/g)) {
      for (const w of (m[1] ?? m[2] ?? '').split(/\s+/)) if (w && !w.startsWith('-') && !w.startsWith('$')) out.push(w.replace(/[=:].*$/, ''));
    }
  }
  return out;
}

/** Dependency names of the Python requirement files beside the Dockerfile (requirements*.txt, pyproject.toml, Pipfile). */
function pythonDependencies(project: ProjectView, dir: string): string[] {
  const names: string[] = [];
  for (const entry of project.listDir(dir) ?? []) {
    if (!/^(requirements[\w.-]*\.txt|pyproject\.toml|Pipfile)$/i.test(entry)) continue;
    const text = project.readFile(`${dir}/${entry}`) ?? '';
    for (const line of text.split(/\r?\n/).slice(0, 2000)) {
      const m = /^\s*["']?([A-Za-z0-9_.-]+(?:\[[\w,-]+\])?)/.exec(line.replace(/#.*/, ''));
      if (m && !/^(name|version|description|requires|\[)/i.test(m[1])) names.push(m[1]);
    }
  }
  return names;
}

function nodeDependencies(project: ProjectView, dir: string): string[] {
  try {
    const pkg = JSON.parse(project.readFile(`${dir}/package.json`) ?? '{}') as { dependencies?: Record<string, string> };
    return Object.keys(pkg.dependencies ?? {});
  } catch {
    return [];
  }
}

export interface RuntimePackages {
  /** Package names for the runtime's package manager. */
  packages: string[];
  /** Why each is needed, for the plan's explanation. */
  reasons: string[];
}

/** The native libraries the application links against, as runtime package names. */
export function runtimePackages(eco: string, runs: string[], project: ProjectView, dir: string, alpine: boolean): RuntimePackages {
  const installed = installedPackages(runs);
  const deps = eco === 'python' ? pythonDependencies(project, dir) : eco === 'node' ? nodeDependencies(project, dir) : [];
  const packages: string[] = [];
  const reasons: string[] = [];
  for (const lib of NATIVE_LIBS) {
    const dev = installed.find((p) => lib.dev.test(p));
    const re = eco === 'python' ? lib.python : eco === 'node' ? lib.node : undefined;
    const dep = re ? deps.find((d) => re.test(d)) : undefined;
    if (!dev && !dep) continue;
    const name = alpine ? lib.apk : lib.apt;
    packages.push(name);
    reasons.push(`${name} (${dep ? `\`${dep}\` links against it` : `the build installs ${dev}`})`);
  }
  return { packages, reasons };
}

/** The Java release a build targets (`--release`, `maven.compiler.release`, Gradle `options.release`/toolchain), when it says. */
export function javaRelease(runs: string[], project: ProjectView, dir: string): string | undefined {
  const fromRuns = runs.map((r) => /(?:--release[=\s]+|-Dmaven\.compiler\.(?:release|target)=)(\d{1,2})\b/.exec(r)?.[1]).find(Boolean);
  if (fromRuns) return fromRuns;
  const pom = project.readFile(`${dir}/pom.xml`);
  if (pom) {
    const m = /<maven\.compiler\.release>\s*(\d{1,2})\s*</.exec(pom) ?? /<release>\s*(\d{1,2})\s*<\/release>/.exec(pom)
      ?? /<maven\.compiler\.target>\s*(?:1\.)?(\d{1,2})\s*</.exec(pom) ?? /<java\.version>\s*(?:1\.)?(\d{1,2})\s*</.exec(pom);
    if (m) return m[1];
  }
  for (const name of ['build.gradle.kts', 'build.gradle']) {
    const g = project.readFile(`${dir}/${name}`);
    if (!g) continue;
    const m = /options\.release(?:\.set\()?\s*=?\s*(\d{1,2})/.exec(g) ?? /JavaLanguageVersion\.of\(\s*(\d{1,2})\s*\)/.exec(g)
      ?? /(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?(\d{1,2})|['"]?(?:1\.)?(\d{1,2}))/.exec(g);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}
