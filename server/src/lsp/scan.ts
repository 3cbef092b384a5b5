/** `shipshape/scanWorkspace`: diagnostics for files that need not be open. */
import { readFileSync, statSync } from 'node:fs';
import { analyze, initEngine, withoutBom } from '../engine/index.js';
import type { ScannedFile, ScanWorkspaceParams, ScanWorkspaceResult } from '../protocol.js';
import type { ServerContext } from './context.js';
import { toDiagnostic } from './diagnostics.js';
import { pathToUri, uriToPath } from './paths.js';

/** Files larger than this are not read by a workspace scan. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

function readText(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_SCAN_BYTES) return undefined;
    return withoutBom(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Analyses each file (open documents as they are in the editor) and returns its diagnostics. */
export async function onScanWorkspace(ctx: ServerContext, params: ScanWorkspaceParams): Promise<ScanWorkspaceResult> {
  await initEngine();
  const files: ScannedFile[] = [];
  for (const uri of params.uris ?? []) {
    const open = ctx.documents.get(uri);
    if (open) {
      const analysis = await ctx.analysisOf(open);
      files.push({ uri, kind: analysis?.result.kind, diagnostics: analysis ? analysis.result.findings.map((f) => toDiagnostic(f, open.version)) : [] });
      continue;
    }
    const path = uriToPath(uri);
    const text = readText(path);
    if (text === undefined) {
      files.push({ uri, diagnostics: [] });
      continue;
    }
    // Settings are resource-scoped by folder: ask once per workspace folder, not once per file.
    const root = ctx.projects.rootFor(path);
    const project = ctx.projects.viewFor(path);
    const settings = await ctx.settingsFor(root ? pathToUri(root) : uri, path, project);
    if (!settings) {
      files.push({ uri, diagnostics: [] });
      continue;
    }
    const result = analyze({ path, text }, project, settings);
    for (const e of result.errors) ctx.connection.console.error(`${uri}: rule ${e.ruleId} failed: ${e.message}`);
    files.push({ uri, kind: result.kind, diagnostics: result.findings.map((f) => toDiagnostic(f, 0)) });
  }
  return { files };
}
