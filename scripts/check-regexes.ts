/**
 * `npm run check:regexes`: checks every regular-expression literal in
 * server/src for super-linear backtracking with recheck, and writes the
 * verdicts to test/regex/reviewed.json (the regex test compares the source
 * against that list, so a new or changed regex is checked when it appears).
 *
 * Verdicts already in the list are kept: recheck works against a time limit,
 * so on a busy machine a regex once found safe can come back "unknown". Only
 * new expressions and those still "unknown" are checked; `--all` checks every
 * one again. Expressions no longer in the source leave the list.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { collectRegexes } from '../test/regex/collect.js';
import { verdictOf, type Verdict } from '../test/regex/verdict.js';

const LIST = 'test/regex/reviewed.json';
const all = process.argv.includes('--all');
const known: Record<string, Verdict> = !all && existsSync(LIST) ? (JSON.parse(readFileSync(LIST, 'utf8')) as Record<string, Verdict>) : {};

const out: Record<string, Verdict> = {};
let checked = 0;
for (const r of collectRegexes('server/src', '.')) {
  const key = `/${r.source}/${r.flags}`;
  if (out[key]) continue;
  const kept = known[key];
  if (kept && kept !== 'unknown') {
    out[key] = kept;
    continue;
  }
  out[key] = verdictOf(checkSync(r.source, r.flags, { timeout: 5000 }));
  checked++;
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(LIST, `${JSON.stringify(sorted, null, 2)}\n`);
const counts = new Map<string, number>();
for (const v of Object.values(sorted)) counts.set(v, (counts.get(v) ?? 0) + 1);
process.stdout.write(`${Object.keys(sorted).length} regexes (${checked} checked now): ${[...counts].map(([v, n]) => `${n} ${v}`).join(', ')}\n`);
