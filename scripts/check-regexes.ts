/**
 * `npm run check:regexes`: checks every regular-expression literal in
 * server/src for super-linear backtracking with recheck, and writes the
 * verdicts to test/regex/reviewed.json (the regex test compares the source
 * against that list, so a new or changed regex is checked when it appears).
 */
import { writeFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { collectRegexes } from '../test/regex/collect.js';
import { verdictOf, type Verdict } from '../test/regex/verdict.js';

const out: Record<string, Verdict> = {};
for (const r of collectRegexes('server/src', '.')) {
  const key = `/${r.source}/${r.flags}`;
  if (!out[key]) out[key] = verdictOf(checkSync(r.source, r.flags, { timeout: 5000 }));
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('test/regex/reviewed.json', `${JSON.stringify(sorted, null, 2)}\n`);
const counts = new Map<string, number>();
for (const v of Object.values(sorted)) counts.set(v, (counts.get(v) ?? 0) + 1);
process.stdout.write(`${Object.keys(sorted).length} regexes: ${[...counts].map(([v, n]) => `${n} ${v}`).join(', ')}\n`);
