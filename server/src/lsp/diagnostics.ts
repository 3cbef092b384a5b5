/** Findings as LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { type Finding, getRule, ruleDocUrl, type Severity } from '../engine/index.js';
import type { DiagnosticData } from '../protocol.js';
import { pathToUri } from './paths.js';

/** The `source` of every Shipshape diagnostic. */
export const SOURCE = 'shipshape';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostic of a finding in a document of the given version. */
export function toDiagnostic(finding: Finding, version: number): Diagnostic {
  const rule = getRule(finding.ruleId);
  const data: DiagnosticData = { ruleId: finding.ruleId, version };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (rule) diagnostic.codeDescription = { href: ruleDocUrl(rule) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: pathToUri(r.path), range: r.range },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** The one diagnostic of a document that was not analysed, at its start. */
export function skippedDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message };
}
