/**
 * `shipshape rules --format markdown`: the rule catalogue as Markdown tables,
 * one per kind of file, with each rule's equivalent ids in the other tools.
 */
import type { AnyRule, FileKind } from '../../engine/index.js';

const KIND_TITLES: Record<FileKind, string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose',
  kubernetes: 'Kubernetes',
  workflow: 'CI workflows',
  dockerignore: '.dockerignore',
  dependabot: 'Dependabot',
};

/** How each tool's ids are named in the table, in column order. */
const TOOLS: [string, string][] = [
  ['hadolint', 'hadolint'], ['buildkit', 'BuildKit'], ['trivy', 'Trivy'], ['checkov', 'Checkov'], ['kics', 'KICS'],
  ['polaris', 'Polaris'], ['kube-linter', 'kube-linter'], ['kubesec', 'kubesec'],
];

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The catalogue, grouped by kind in the order the rules are registered. */
export function formatRulesMarkdown(rules: readonly AnyRule[], docUrl: (rule: AnyRule) => string): string {
  const out: string[] = ['# Shipshape rules', '', `${rules.length} rules. "Peer ids" are the checks of other tools each rule stands for: their ignore comments and configuration apply to it.`];
  const kinds = [...new Set(rules.map((r) => r.meta.kind))];
  for (const kind of kinds) {
    const list = rules.filter((r) => r.meta.kind === kind);
    out.push('', `## ${KIND_TITLES[kind]} (${list.length})`, '', '| rule | checks | default | fix | peer ids |', '| --- | --- | --- | --- | --- |');
    for (const rule of list) {
      const m = rule.meta;
      const peers = TOOLS.flatMap(([tool, name]) => {
        const ids = m.equivalents.filter((e) => e.startsWith(`${tool}:`)).map((e) => e.slice(tool.length + 1));
        return ids.length ? [`${name} ${ids.join(', ')}`] : [];
      });
      const others = m.equivalents.filter((e) => !TOOLS.some(([tool]) => e.startsWith(`${tool}:`)));
      out.push(`| [${m.id}](${docUrl(rule)}) | ${cell(m.title)} | ${m.defaultSeverity} | ${m.fix} | ${cell([...peers, ...others].join('; ')) || '–'} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
