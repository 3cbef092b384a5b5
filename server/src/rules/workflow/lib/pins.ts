/** Commit SHAs the repository itself already pins, learned from its own workflows. */
import { actionRepo, suggestPin, type ActionRelease, type PinSuggestion } from '../../../knowledge/actions.js';
import type { ProjectView } from '../../types.js';

const PIN = /uses:\s*["']?([\w.-]+\/[\w./-]+)@([0-9a-f]{40})["']?\s+#\s*(v?\d[\w.+-]*)/g;

/** Pins written `owner/repo@<sha> # tag` in a text. */
export function pinsInText(text: string, source: string): Map<string, ActionRelease[]> {
  const out = new Map<string, ActionRelease[]>();
  for (const m of text.matchAll(PIN)) {
    const repo = actionRepo(m[1]);
    const list = out.get(repo) ?? [];
    if (!list.some((r) => r.tag === m[3])) list.push({ tag: m[3], sha: m[2], source });
    out.set(repo, list);
  }
  return out;
}

const MAX_FILES = 50;

/**
 * Pins in the workflow files beside `path` (its `.github/workflows` folder)
 * and in `text` itself. A tag pinned to two different SHAs is dropped.
 */
export function repositoryPins(path: string, text: string, project: ProjectView): Map<string, ActionRelease[]> {
  const all = new Map<string, ActionRelease[]>();
  const add = (found: Map<string, ActionRelease[]>) => {
    for (const [repo, list] of found) {
      const have = all.get(repo) ?? [];
      for (const r of list) {
        const same = have.find((h) => h.tag === r.tag);
        if (!same) have.push(r);
        else if (same.sha !== r.sha) same.sha = '';
      }
      all.set(repo, have);
    }
  };
  add(pinsInText(text, path));
  const dir = path.replace(/[\\/][^\\/]*$/, '');
  if (/[\\/]\.github[\\/]workflows$/.test(dir)) {
    const names = (project.listDir(dir) ?? []).filter((n) => /\.ya?ml$/i.test(n)).sort().slice(0, MAX_FILES);
    for (const name of names) {
      const file = `${dir}/${name}`;
      if (file === path) continue;
      const content = project.readFile(file);
      if (content) add(pinsInText(content, file));
    }
  }
  for (const [repo, list] of all) all.set(repo, list.filter((r) => r.sha));
  return all;
}

/** The pin for `action@ref`, from the shipped data or the repository's own pins. */
export function pinFor(action: string, ref: string, pins: Map<string, ActionRelease[]>): PinSuggestion | undefined {
  return suggestPin(action, ref, pins.get(actionRepo(action)) ?? []);
}
