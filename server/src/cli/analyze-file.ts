/** Analysing one file from disk, the unit of work of the main thread and of the workers. */
import { readFileSync, statSync } from 'node:fs';
import { analyze, withoutBom, type FileKind, type Finding, type ProjectView, type Settings } from '../engine/index.js';

/** Files larger than this are reported, not analysed. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The analysis of one file, as the formats print it. */
export interface FileResult {
  /** Absolute path. */
  path: string;
  /** Undefined when Shipshape does not analyse the file (a YAML file of another kind). */
  kind?: FileKind;
  findings: Finding[];
  /** Rules that failed, and files that could not be read. */
  errors: { ruleId: string; message: string }[];
}

/** Reads and analyses a file. Never throws. */
export function analyzeFile(path: string, project: ProjectView, settings: Settings): FileResult {
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { path, findings: [], errors: [{ ruleId: '(read)', message: `larger than ${MAX_FILE_BYTES} bytes; not analysed` }] };
    text = withoutBom(readFileSync(path, 'utf8'));
  } catch (e) {
    return { path, findings: [], errors: [{ ruleId: '(read)', message: String((e as Error).message ?? e) }] };
  }
  if (text.includes('\0')) return { path, findings: [], errors: [] };
  const result = analyze({ path, text }, project, settings);
  return { path, kind: result.kind, findings: result.findings, errors: result.errors };
}
