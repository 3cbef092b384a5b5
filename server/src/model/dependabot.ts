/** Where a repository's Dockerfiles are, and which of their folders Dependabot's `docker` entries cover. */
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq } from 'yaml';
import { toJS, type YamlModel } from '../parse/yaml.js';
import { dirOf, joinPath, normalizePath, relativeTo } from '../paths.js';
import type { ProjectView } from '../text.js';

const DOCKERFILE = /^(?:(?:docker|container)file(?:\.[\w.-]+)?|[\w.-]+\.(?:docker|container)file)$/i;
const SKIP = new Set(['.git', 'node_modules', 'vendor', '.venv', 'venv', 'target', 'dist', 'build', 'testdata', 'fixtures', '__pycache__']);

const FROM_LINE = /^[ \t]*from[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+as[ \t]+(\S+))?/i;

/**
 * Whether a Dockerfile has a `FROM` Dependabot can update: a literal image,
 * not `scratch`, an earlier stage, or a variable (`FROM $BASE`), which
 * Dependabot does not resolve. An unreadable file counts (it may be one).
 */
function namesAnImage(text: string | undefined): boolean {
  if (text === undefined) return true;
  const stages = new Set<string>();
  for (const line of text.split('\n')) {
    const m = FROM_LINE.exec(line);
    if (!m) continue;
    const image = m[1].toLowerCase();
    if (!image.includes('$') && image !== 'scratch' && !stages.has(image)) return true;
    if (m[2]) stages.add(m[2].toLowerCase());
  }
  return false;
}

/** Folders (repository-relative, `/`-rooted) holding Dockerfiles whose base images Dependabot can update, breadth-first and bounded. */
export function dockerfileFolders(root: string, project: ProjectView, maxDepth = 5, maxEntries = 4000): string[] {
  const found = new Set<string>();
  let seen = 0;
  let queue = [''];
  for (let depth = 0; depth <= maxDepth && queue.length; depth++) {
    const next: string[] = [];
    for (const rel of queue) {
      const dir = rel ? joinPath(root, rel) : root;
      for (const name of [...(project.listDir(dir) ?? [])].sort()) {
        if (++seen > maxEntries) return [...found];
        const child = rel ? `${rel}/${name}` : name;
        if (DOCKERFILE.test(name)) {
          if (namesAnImage(project.readFile(joinPath(root, child)))) found.add(`/${rel}`);
        }
        else if (!SKIP.has(name) && !name.startsWith('.') && project.listDir(joinPath(root, child)) !== undefined) next.push(child);
      }
    }
    queue = next;
  }
  return [...found];
}

/** The repository root a file belongs to: the project root when it looks like one, else the nearest folder above with `.git`. */
export function repositoryRoot(file: string, project: ProjectView): string | undefined {
  const isRepo = (dir: string) => project.exists(joinPath(dir, '.git')) || project.exists(joinPath(dir, '.github'));
  if (project.root && relativeTo(project.root, file) !== undefined && isRepo(normalizePath(project.root))) return normalizePath(project.root);
  let dir = dirOf(file);
  for (let i = 0; i < 8; i++) {
    if (project.exists(joinPath(dir, '.git'))) return dir;
    const up = dirOf(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

const clean = (d: string) => `/${normalizePath(d).replace(/^\//, '')}`;

/** Folder globs of the `docker` entries in a dependabot.yml; undefined when the file cannot be read as data. */
export function dockerDirectories(yaml: YamlModel): string[] | undefined {
  const doc = yaml.docs[0];
  const js = doc ? (toJS(doc) as { updates?: unknown }) : undefined;
  // A document that cannot be read as data (an alias to a missing anchor): which folders it covers is unknown.
  if (doc && js === undefined && doc.contents) return undefined;
  const updates = Array.isArray(js?.updates) ? js!.updates : [];
  const dirs: string[] = [];
  for (const u of updates as Record<string, unknown>[]) {
    if (!u || u['package-ecosystem'] !== 'docker') continue;
    if (typeof u.directory === 'string') dirs.push(clean(u.directory));
    if (Array.isArray(u.directories)) for (const d of u.directories) if (typeof d === 'string') dirs.push(d.includes('*') ? d : clean(d));
  }
  return dirs;
}

/** Whether a folder is covered by one of the entries' directories (globs as Dependabot reads them). */
export function covered(folder: string, dirs: string[]): boolean {
  return dirs.some((d) => (d.includes('*') ? picomatch(d.startsWith('/') ? d : `/${d}`, { dot: true })(folder) || (d === '/**' || d === '**') : clean(d) === folder));
}

/**
 * The `updates` sequence node: the last `updates` key when the file repeats it, the one its data holds (and
 * {@link dockerDirectories} judges), so an entry added to it is read.
 */
export function updatesSeq(yaml: YamlModel) {
  const root = yaml.docs[0]?.contents;
  if (!isMap(root)) return undefined;
  const pair = [...root.items].reverse().find((p) => (isScalar(p.key) ? p.key.value : p.key) === 'updates');
  return isSeq(pair?.value) ? pair.value : undefined;
}

/** YAML lines of a weekly `docker` entry for the folders, two-space nesting, first line the first key. */
export function dockerEntry(folders: string[]): string[] {
  return [
    'package-ecosystem: docker',
    ...(folders.length === 1 ? [`directory: ${JSON.stringify(folders[0])}`] : ['directories:', ...folders.map((f) => `  - ${JSON.stringify(f)}`)]),
    'schedule:',
    '  interval: weekly',
  ];
}
