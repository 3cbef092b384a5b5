#!/usr/bin/env node
/**
 * One rule's tests, in a second or two: `npm run test:rule <rule-id> [rule-id…]`
 * runs test/rules/<kind>/<rule-id>.test.ts for each id in one process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const ids = process.argv.slice(2);
if (!ids.length) {
  console.error('usage: npm run test:rule <rule-id> [rule-id…]');
  process.exit(2);
}
const kinds = readdirSync(join(ROOT, 'test/rules'));
const files = [];
for (const id of ids) {
  const found = kinds.map((k) => `test/rules/${k}/${id}.test.ts`).filter((f) => existsSync(join(ROOT, f)));
  if (!found.length) {
    const near = kinds.flatMap((k) => readdirSync(join(ROOT, 'test/rules', k)).filter((n) => n.includes(id)).map((n) => n.replace(/\.test\.ts$/, '')));
    console.error(`no tests for rule '${id}'${near.length ? `; did you mean: ${near.join(', ')}` : ''}`);
    process.exit(2);
  }
  files.push(...found);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--require', './test/helpers/md.cjs', '--test-reporter=spec', 'test/run/in-process.ts', ...files], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
