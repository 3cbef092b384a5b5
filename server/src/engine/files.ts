/** Which kind of file a path (and, for YAML, its content) is. */
import type { FileKind } from '../rules/types.js';

function basename(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

const isYamlName = (name: string) => /\.ya?ml$/i.test(name);

/** Kind of a file from its path alone, or 'yaml' when the content decides. */
export function kindFromPath(path: string, languageId?: string): FileKind | 'yaml' | undefined {
  const norm = path.replace(/\\/g, '/');
  const name = basename(norm);
  const lower = name.toLowerCase();
  if (lower === '.dockerignore' || lower.endsWith('.dockerignore')) return 'dockerignore';
  if (languageId === 'dockerfile') return 'dockerfile';
  if (/^(docker|container)file$/i.test(name) || /^(docker|container)file\./i.test(name) || /\.(docker|container)file$/i.test(name)) {
    return 'dockerfile';
  }
  if (isYamlName(name) || languageId === 'yaml') {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(norm) || lower === '.gitlab-ci.yml' || lower === '.gitlab-ci.yaml') return 'workflow';
    if (/(^|\/)\.github\/dependabot\.ya?ml$/.test(norm)) return 'dependabot';
    if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name)) return 'compose';
    return 'yaml';
  }
  return undefined;
}

/** Kind of a YAML file from its content: Kubernetes objects or a Compose file. */
export function kindFromYamlContent(text: string): FileKind | undefined {
  if (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return 'kubernetes';
  if (/^services\s*:/m.test(text)) return 'compose';
  // Kubernetes `List` or objects nested one level (e.g. `- apiVersion:` items)
  if (/^[ \t]*(?:-[ \t]*)?apiVersion[ \t]*:/m.test(text) && /^\s*kind\s*:/m.test(text)) return 'kubernetes';
  return undefined;
}

/** The kind of a file, or undefined when Shipshape does not analyse it. */
export function detectKind(path: string, text: string, languageId?: string): FileKind | undefined {
  const byPath = kindFromPath(path, languageId);
  if (byPath !== 'yaml') return byPath;
  return kindFromYamlContent(text);
}
