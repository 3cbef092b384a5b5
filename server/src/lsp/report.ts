/** `shipshape/securityReport`: the security posture report of workspace files, rendered for the client. */
import { readFileSync, statSync } from 'node:fs';
import { analyze, initEngine, withoutBom } from '../engine/index.js';
import type { SecurityReportParams, SecurityReportResult } from '../protocol.js';
import { buildReport, renderHtml, renderMarkdown, type ReportFile } from '../report/index.js';
import { version } from '../../../package.json';
import type { ServerContext } from './context.js';
import { pathToUri, uriToPath } from './paths.js';
import { MAX_SCAN_BYTES } from './scan.js';

function readText(path: string): string | undefined {
  try {
    const st = statSync(path);
    return st.isFile() && st.size <= MAX_SCAN_BYTES ? withoutBom(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

export async function onSecurityReport(ctx: ServerContext, params: SecurityReportParams): Promise<SecurityReportResult> {
  await initEngine();
  const files: ReportFile[] = [];
  for (const uri of params.uris ?? []) {
    const path = uriToPath(uri);
    const project = ctx.projects.viewFor(path);
    const root = ctx.projects.rootFor(path);
    const settings = await ctx.settingsFor(root ? pathToUri(root) : uri, path, project);
    if (!settings) continue;
    const open = ctx.documents.get(uri);
    const text = open ? open.getText() : readText(path);
    if (text === undefined || text.includes('\0')) continue;
    const result = analyze({ path, text }, project, settings);
    if (result.kind) files.push({ path, kind: result.kind, findings: result.findings, settings });
  }
  const base = uriToPath(params.baseUri);
  const report = buildReport({ files, project: ctx.projects.viewFor(base), base, toolVersion: version });
  const content = params.format === 'json' ? `${JSON.stringify(report, null, 2)}\n`
    : params.format === 'md' ? renderMarkdown(report)
      : renderHtml(report, params.webview ? { webview: params.webview } : {});
  return { content, score: report.score, subjects: report.subjects.length, findings: report.findings.length };
}
