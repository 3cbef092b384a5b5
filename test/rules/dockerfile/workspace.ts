/** Analysing a file of a fixture workspace under test/fixtures/workspaces through the real file system. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../../server/src/engine/analyze.js';
import { fsProject } from '../../../server/src/node/fs-project.js';
import type { Finding } from '../../../server/src/rules/types.js';

export const WORKSPACES = resolve(__dirname, '../../fixtures/workspaces');

/** Findings of one rule on a workspace file (`workspace/relative/path`). */
export function workspaceFindings(ruleId: string, file: string): { findings: Finding[]; root: string; text: string } {
  const path = join(WORKSPACES, file);
  const root = join(WORKSPACES, file.split('/')[0]);
  const text = readFileSync(path, 'utf8');
  const result = analyze({ path, text }, fsProject(root));
  assert.deepEqual(result.errors, []);
  return { findings: result.findings.filter((f) => f.ruleId === ruleId), root, text };
}

export const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
