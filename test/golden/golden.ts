/**
 * Golden files: compares a produced text with a checked-in expected file.
 * With UPDATE_GOLDEN=1 the file is (re)written instead; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** The checkout this file is in. */
export const REPO_ROOT = join(__dirname, '../..');

/** Absolute paths of this checkout differ between machines; goldens hold `<repo>`. */
export function portable(text: string, repo = REPO_ROOT): string {
  return text.split(pathToFileURL(repo).href).join('file://<repo>').split(repo).join('<repo>');
}

/** A SARIF log as its golden file holds it: rule docs (checked apart) replaced by placeholders, so the file shows the results. */
export function sarifGoldenText(log: { runs: { tool: { driver: { rules?: { id: string; help?: unknown }[] } } }[] }): string {
  for (const descriptor of log.runs[0].tool.driver.rules ?? []) {
    descriptor.help = { text: `<doc of ${descriptor.id}>`, markdown: `<doc of ${descriptor.id}>` };
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}
