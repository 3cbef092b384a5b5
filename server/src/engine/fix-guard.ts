/**
 * Fixes that cannot keep the fix contract are not offered.
 *
 * In a YAML document
 * with a syntax error (a truncated key, an unterminated quoted scalar, a line
 * at the wrong indentation) the parser's tree is a guess: text inserted by
 * that tree lands inside the broken scalar or beside the cut-short key, so the
 * fix leaves the file unparsable or its finding in place. Fixes whose edits
 * touch such a document are dropped (the finding stays, with the syntax error
 * beside it); fixes in the file's other, sound documents are kept.
 *
 * In a Dockerfile whose last heredoc never finds its delimiter (`RUN <<EOF`
 * with no `EOF` line, or an indented one without `<<-`), every line after
 * `<<EOF` is heredoc text: an instruction a fix writes there (a `USER`
 * appended at the end) would be shell input, not an instruction. The same
 * holds after a last instruction whose last line ends in `\` (the file was
 * cut mid-continuation): an appended line continues it. Fixes whose edits
 * reach past that point are dropped.
 *
 * Each guard is a test of one fix, made once per analysis: the engine applies
 * it where a finding's fixes are computed, so fixes a rule reports lazily
 * stay uncomputed until someone reads them.
 */
import type { DockerfileModel } from '../parse/dockerfile.js';
import type { YamlModel } from '../parse/yaml.js';
import type { Fix, Position, Range } from '../rules/types.js';

/** Whether a fix may be offered; undefined when every fix may. */
export type FixGuard = ((fix: Fix) => boolean) | undefined;

/** Line spans [first, last] of the documents that hold a syntax error. */
function brokenSpans(model: YamlModel): [number, number][] {
  // The documents' own errors: a file that looks templated (`{{ … }}`) reports none, yet its tree is as much a guess.
  if (!model.errors.length && !model.docs.some((d) => d.errors.length)) return [];
  const spans: [number, number][] = [];
  model.docs.forEach((doc, i) => {
    if (!doc.errors.length) return;
    const first = i === 0 ? 0 : model.positionAt(doc.range[0]).line;
    const next = model.docs[i + 1];
    spans.push([first, next ? model.positionAt(next.range[0]).line : Infinity]);
  });
  // An error the documents do not hold (a file not parsed at all): the whole file.
  return spans.length ? spans : [[0, Infinity]];
}

/** The guard that drops fixes whose edits touch a YAML document with a syntax error. */
export function brokenYamlGuard(model: YamlModel): FixGuard {
  const spans = brokenSpans(model);
  if (!spans.length) return undefined;
  const broken = (line: number) => spans.some(([a, b]) => line >= a && line <= b);
  return (fix) => !fix.edits.some((e) => broken(e.range.start.line) || broken(e.range.end.line));
}

const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character > b.character);

/**
 * Where the last instruction stays open to the end of the file, if it does:
 * the start of a heredoc that never ends, or the end of an instruction whose
 * last line ends in the escape character (a line appended after it continues it).
 */
function openEnd(model: DockerfileModel): Position | undefined {
  // Either swallows the rest of the file, so it belongs to the last instruction.
  const last = model.instructions.at(-1) as (DockerfileModel['instructions'][number] & { getHeredocs?(): { getStartRange(): Range; getDelimiterRange(): Range | null }[] }) | undefined;
  if (!last) return undefined;
  const open = last.getHeredocs?.().find((h) => h.getDelimiterRange() === null);
  if (open) return open.getStartRange().start;
  // The instruction's last line with content (a continuation skips blank and comment lines).
  const { start, end } = last.getRange();
  for (let line = end.line; line >= start.line; line--) {
    const text = (model.lines[line] ?? '').trim();
    if (text === '' || (line > start.line && text.startsWith('#'))) continue;
    return text.endsWith(model.escapeChar) ? { line, character: (model.lines[line] ?? '').length } : undefined;
  }
  return undefined;
}

/** The guard that drops fixes whose edits reach into a heredoc that never ends or past a continuation left open at the end. */
export function unterminatedHeredocGuard(model: DockerfileModel): FixGuard {
  const start = openEnd(model);
  if (!start) return undefined;
  return (fix) => !fix.edits.some((e) => after(e.range.end, start));
}
