/**
 * The `github` format: GitHub Actions workflow commands, one annotation per
 * finding (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
import type { Severity } from '../../engine/index.js';
import type { FileResult } from '../analyze-file.js';
import { displayPath, type FormatWriter, type Sink, writeAll } from './common.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a command's property value. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubWriter(sink: Sink, cwd: string): FormatWriter {
  return {
    file(file) {
      const path = displayPath(cwd, file.path);
      for (const f of file.findings) {
        const props = [
          `file=${escapeProperty(path)}`,
          `line=${f.range.start.line + 1}`,
          `col=${f.range.start.character + 1}`,
          `endLine=${f.range.end.line + 1}`,
          `endColumn=${f.range.end.character + 1}`,
          `title=${escapeProperty(`shipshape ${f.ruleId}`)}`,
        ];
        sink.write(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`);
      }
    },
    end() {},
  };
}

export function formatGithub(files: readonly FileResult[], cwd: string): string {
  return writeAll(files, (sink) => githubWriter(sink, cwd));
}
