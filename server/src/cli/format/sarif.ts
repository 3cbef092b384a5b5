/**
 * The `sarif` format: SARIF 2.1.0 as GitHub code scanning reads it. Every rule
 * that has a result is described in `tool.driver.rules` (Markdown help,
 * `helpUri`, equivalent ids as tags and a property), so the log grows with the
 * findings, not with the catalogue; findings carry their fixes as SARIF `fixes`;
 * locations are relative to `%SRCROOT%`, the working directory.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { type AnyRule, type Fix, type Range, ruleDocUrl, rules, type Severity, type SeveritySetting } from '../../engine/index.js';
import { displayPath, type FormatWriter, JsonArrayWriter, jsonAround, type Sink, STREAMED } from './common.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub ranks security alerts by this score (high ≥ 7, medium ≥ 4, low < 4). */
const SECURITY_SEVERITY: Record<SeveritySetting, string> = { error: '7.5', warning: '5.0', info: '3.0', hint: '1.0', off: '1.0' };

const pascal = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A region from an LSP range (SARIF lines and columns are 1-based, columns in UTF-16 units). */
export function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function descriptor(rule: AnyRule): Sarif.ReportingDescriptor {
  const m = rule.meta;
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.title },
    help: { text: m.doc, markdown: m.doc },
    helpUri: ruleDocUrl(rule),
    defaultConfiguration: m.defaultSeverity === 'off' ? { enabled: false, level: 'warning' } : { level: LEVEL[m.defaultSeverity] },
    properties: {
      tags: ['security', 'containers', m.kind, ...m.equivalents],
      equivalents: [...m.equivalents],
      kind: m.kind,
      fix: m.fix,
      'security-severity': SECURITY_SEVERITY[m.defaultSeverity],
    },
  };
}

export interface SarifOptions {
  cwd: string;
  toolVersion: string;
}

/** Stands in for a result's `ruleIndex` until every rule with a result is known. */
const RULE_INDEX_PENDING = '"ruleIndex": -1';

/**
 * Writes the log. The rules described and the notifications come before the
 * results in the log, so each result is kept as its text until the end (the
 * findings themselves are not kept).
 */
export function sarifWriter(sink: Sink, opts: SarifOptions): FormatWriter {
  const known = new Set(rules.map((r) => r.meta.id));
  const reported = new Set<string>();
  const results: { ruleId: string; json: string }[] = [];
  const notifications: Sarif.Notification[] = [];
  const location = (path: string): Sarif.ArtifactLocation => ({
    uri: displayPath(opts.cwd, path).split('/').map(encodeURIComponent).join('/'),
    uriBaseId: SRCROOT,
  });
  const sarifFix = (path: string, fix: Fix): Sarif.Fix => {
    const changes: Sarif.ArtifactChange[] = [];
    if (fix.edits.length) {
      changes.push({
        artifactLocation: location(path),
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      });
    }
    for (const other of fix.otherFiles ?? []) {
      const start = { line: 0, character: 0 };
      const replacements: Sarif.Replacement[] = other.create
        ? [{ deletedRegion: region({ start, end: start }), insertedContent: { text: other.content ?? '' } }]
        : (other.edits ?? []).map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } }));
      if (replacements.length) changes.push({ artifactLocation: location(other.path), replacements });
    }
    return { description: { text: fix.title }, artifactChanges: changes, properties: { safe: fix.safe } };
  };

  return {
    file(file) {
      for (const f of file.findings) {
        reported.add(f.ruleId);
        const result: Sarif.Result = {
          ruleId: f.ruleId,
          ruleIndex: known.has(f.ruleId) ? -1 : undefined,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: location(file.path), region: region(f.range) } }],
        };
        if (f.related?.length) {
          result.relatedLocations = f.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: { artifactLocation: location(r.path), region: region(r.range) },
          }));
        }
        const fixes = f.fixes.map((x) => sarifFix(file.path, x)).filter((x) => x.artifactChanges.length > 0);
        if (fixes.length) result.fixes = fixes;
        results.push({ ruleId: f.ruleId, json: JSON.stringify(result, null, 2) });
      }
      for (const e of file.errors) {
        notifications.push({
          level: 'error',
          message: { text: `${e.ruleId}: ${e.message.split('\n')[0]}` },
          locations: [{ physicalLocation: { artifactLocation: location(file.path) } }],
        });
      }
    },
    end() {
      const described = rules.filter((r) => reported.has(r.meta.id));
      const ruleIndex = new Map(described.map((r, i) => [r.meta.id, i]));
      const root = pathToFileURL(opts.cwd).href.replace(/\/?$/, '/');
      const { head, tail } = jsonAround({
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
          tool: {
            driver: {
              name: 'Shipshape',
              semanticVersion: opts.toolVersion,
              version: opts.toolVersion,
              informationUri: 'https://github.com/shipshape-dev/shipshape',
              rules: described.map(descriptor),
            },
          },
          invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
          originalUriBaseIds: { [SRCROOT]: { uri: root } },
          columnKind: 'utf16CodeUnits',
          results: STREAMED,
        }],
      });
      sink.write(head);
      const items = new JsonArrayWriter(sink, 3);
      for (let i = 0; i < results.length; i++) {
        const { ruleId, json } = results[i];
        const index = ruleIndex.get(ruleId);
        items.item(index === undefined ? json : json.replace(RULE_INDEX_PENDING, `"ruleIndex": ${index}`));
        // Each result's text goes as soon as it is written.
        results[i] = { ruleId, json: '' };
      }
      items.close();
      sink.write(`${tail}\n`);
    },
  };
}
