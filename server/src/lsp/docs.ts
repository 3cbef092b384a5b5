/** Rule documentation for clients: the `shipshape/ruleDoc` request and the show-doc command. */
import type { Connection } from 'vscode-languageserver';
import type { RuleDocParams, RuleDocResult } from '../protocol.js';
import { getRule, ruleDocUrl } from '../engine/index.js';

/** Handles `shipshape/ruleDoc`. */
export function onRuleDoc(params: RuleDocParams): RuleDocResult | null {
  const rule = getRule(params?.ruleId);
  if (!rule) return null;
  return { id: rule.meta.id, title: rule.meta.title, markdown: rule.meta.doc, url: ruleDocUrl(rule) };
}

/**
 * Runs `shipshape.showRuleDoc` for clients that send it to the server (the
 * VS Code client handles it itself): asks the client to open the doc's URL.
 */
export async function showRuleDocOnClient(connection: Connection, ruleId: unknown): Promise<void> {
  const doc = typeof ruleId === 'string' ? onRuleDoc({ ruleId }) : null;
  if (!doc) return;
  try {
    await connection.window.showDocument({ uri: doc.url, external: true });
  } catch {
    connection.window.showInformationMessage(`${doc.id}: ${doc.url}`);
  }
}
