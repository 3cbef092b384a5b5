/**
 * Golden files: compares a produced text with a checked-in expected file.
 * With UPDATE_GOLDEN=1 the file is (re)written instead; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const updating = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(path: string, actual: string): void {
  if (updating) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden file ${path}; run the tests with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff`);
}
