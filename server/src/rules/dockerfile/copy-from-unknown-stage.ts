import doc from './copy-from-unknown-stage.md';
import type { DockerfileRule } from '../kinds.js';
import { copyFroms } from './lib/copy-from.js';
import { stagesWithPreamble } from './lib/preamble.js';

/** How many earlier stage names a message lists. */
const MAX_NAMES = 20;

/** How many of the named stages (in file order) come before stage `index` (binary search). */
function namedBefore(named: readonly { index: number }[], index: number): number {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edit distance between two short names. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The one earlier stage name within two edits of `ref` (a typo), if exactly one is closest. */
function likelyMeant(ref: string, names: string[]): string | undefined {
  const scored = [...new Set(names)].map((n) => ({ n, d: distance(ref, n) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d);
  return scored.length && (scored.length === 1 || scored[1].d > scored[0].d) ? scored[0].n : undefined;
}

/** `COPY --from=x` where x is no earlier stage and, lacking a tag or digest, does not look like an image either. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-from-unknown-stage',
    kind: 'dockerfile',
    title: 'COPY --from names no earlier stage',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3022'],
    doc,
  },
  check({ model, report }) {
    // The index of each name's first and last stage: "is there an earlier/later stage of this name" without a scan per COPY.
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    const named = model.stages.filter((s) => s.name);
    for (const s of model.stages) {
      if (!s.name) continue;
      if (!first.has(s.name)) first.set(s.name, s.index);
      last.set(s.name, s.index);
    }
    for (const { stage, flag, ref } of copyFroms(model, stagesWithPreamble(model))) {
      if (ref === undefined || ref.includes(':') || ref.includes('@')) continue;
      if (ref === stage.name) continue;
      const firstIndex = first.get(ref);
      if (firstIndex !== undefined && firstIndex < Math.max(stage.index, 0)) continue;
      if (/^\d+$/.test(ref) && Number(ref) < stage.index) continue;
      const later = (last.get(ref) ?? -1) > stage.index ? model.stages.find((s) => s.index > stage.index && s.name === ref) : undefined;
      // Named stages before this one; a file of thousands of stages would print every name into every message.
      const count = namedBefore(named, stage.index);
      const names = named.slice(0, Math.min(count, MAX_NAMES)).map((s) => s.name);
      if (count > MAX_NAMES) names.push(`… ${count - MAX_NAMES} more`);
      // A typo of an earlier stage name (the nearest thousand names are compared, so a huge file stays linear).
      const candidates = named.slice(Math.max(0, count - 1000), count).map((s) => s.name as string);
      // Stage names cannot contain '/': such a reference is an image, written without tag or digest.
      const image = ref.includes('/');
      const meant = !image && !later ? likelyMeant(ref, candidates) : undefined;
      const value = flag.getValueRange();
      report({
        range: value ?? flag.getRange(),
        fixes: meant && value && flag.getValue() === ref ? [{ title: `Copy from stage ${meant}`, safe: false, edits: [{ range: value, newText: meant }] }] : [],
        message: image
          ? `COPY --from=${ref} copies from an image without a tag or digest, which means ${ref}:latest and changes under you; pin a tag or digest`
          : later
          ? `COPY --from=${ref} names stage '${ref}', which is defined later (line ${later.from.getRange().start.line + 1}); a stage can only copy from earlier ones`
          : `COPY --from=${ref} names no earlier stage${names.length ? ` (stages: ${names.join(', ')})` : ''}; BuildKit would pull an image called '${ref}' instead. Fix the name, or write the image with a tag`,
      });
    }
  },
};

export default rule;
