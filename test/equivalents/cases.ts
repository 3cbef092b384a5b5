/**
 * Labelled cases for another tool's checks: for each case, the union of the
 * Shipshape rules that list the tool's id among their `equivalents` must fire
 * (at least one finding) exactly when the tool fires.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { rules } from '../../server/src/rules/index.js';
import type { ImageFacts, ProjectView, Settings, SeveritySetting } from '../../server/src/rules/types.js';

export interface EquivalentCase {
  /** What the case shows, as the tool's own test would name it. */
  name: string;
  /** The Dockerfile. */
  text: string;
  /** Whether the tool reports its check on this file. */
  fires: boolean;
  /** Settings beyond the opt-in rules (e.g. trusted registries). */
  settings?: Settings;
  /** Files around the Dockerfile, by path relative to its folder (`.dockerignore`, build-context files). */
  files?: Record<string, string>;
  /** What the registry answers per `ref|platform`, when the case needs registry resolution. */
  images?: Record<string, Pick<ImageFacts, 'platform'>>;
  /** Per `ref|platform`, the platforms a multi-platform image is published for when the registry says it has none for that one. */
  platforms?: Record<string, string[]>;
}

const DIR = '/work/app';

/** A project holding the Dockerfile and the given files, all in one folder. */
function projectOf(text: string, files: Record<string, string> = {}, images?: EquivalentCase['images'], platforms?: EquivalentCase['platforms']): ProjectView {
  const all = new Map<string, string>([[`${DIR}/Dockerfile`, text], ...Object.entries(files).map(([p, c]) => [`${DIR}/${p}`, c] as [string, string])]);
  const dirs = new Map<string, Set<string>>();
  for (const path of all.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/') || '/';
      if (!dirs.has(dir)) dirs.set(dir, new Set());
      dirs.get(dir)!.add(parts[i]);
    }
  }
  return {
    root: DIR,
    readFile: (path) => all.get(path),
    exists: (path) => all.has(path) || dirs.has(path),
    listDir: (path) => (dirs.has(path) ? [...dirs.get(path)!] : undefined),
    ...(images ? {
      image: (ref: string, platform?: string): ImageFacts | undefined => {
        const known = images[`${ref}|${platform ?? ''}`];
        return known ? { digest: `sha256:${'0'.repeat(64)}`, manifestDigest: `sha256:${'1'.repeat(64)}`, user: '', ...known } : undefined;
      },
    } : {}),
    ...(platforms ? { imagePlatforms: (ref: string, platform?: string) => platforms[`${ref}|${platform ?? ''}`] } : {}),
  };
}

/** The Dockerfile rules that list `tool:ID` among their equivalents. */
export function rulesListing(equivalent: string): string[] {
  return rules.filter((r) => r.meta.kind === 'dockerfile' && r.meta.equivalents.includes(equivalent)).map((r) => r.meta.id);
}

/** The ids of the mapped rules that report on the file, with default settings plus the mapped rules turned on. */
export function firingRules(equivalent: string, c: EquivalentCase): string[] {
  const mapped = rulesListing(equivalent);
  const on: Record<string, SeveritySetting> = {};
  for (const id of mapped) on[id] = 'warning';
  const settings: Settings = { ...c.settings, rules: { ...c.settings?.rules, ...on } };
  const result = analyze({ path: `${DIR}/Dockerfile`, text: c.text }, projectOf(c.text, c.files, c.images, c.platforms), settings);
  assert.deepEqual(result.errors, [], `rules failed on ${c.name}`);
  return [...new Set(result.findings.filter((f) => mapped.includes(f.ruleId)).map((f) => f.ruleId))];
}

/**
 * Declares a test per case of each id: the tool id (`hadolint:DL3002`), the
 * rules expected to list it (so dropping an id is a visible change), and the cases.
 */
export function describeEquivalents(tool: string, table: Record<string, { rules: string[]; cases: EquivalentCase[] }>): void {
  describe(`${tool} equivalents`, () => {
    before(() => initEngine());
    for (const [id, { rules: expected, cases }] of Object.entries(table)) {
      const equivalent = `${tool}:${id}`;
      describe(equivalent, () => {
        it(`is listed by ${expected.join(', ')}`, () => {
          assert.deepEqual(rulesListing(equivalent).sort(), [...expected].sort());
        });
        for (const c of cases) {
          it(`${c.fires ? 'fires' : 'stays quiet'}: ${c.name}`, () => {
            const firing = firingRules(equivalent, c);
            if (c.fires) assert.ok(firing.length > 0, `${tool} ${id} fires on this file, but none of ${expected.join(', ')} does:\n${c.text}`);
            else assert.deepEqual(firing, [], `${tool} ${id} stays quiet on this file, but ${firing.join(', ')} fired:\n${c.text}`);
          });
        }
      });
    }
  });
}
