/**
 * Recommended next steps: the harden command for images whose build,
 * runtime or user fails, then the safe fixes `scan --fix` applies, then the
 * fixes that need a choice, then what has no automatic fix — each grouped by
 * rule, most severe first.
 */
import type { Severity } from '../rules/types.js';
import type { NextStep, ReportFinding, Subject } from './model.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const HARDEN_ITEMS = new Set(['multi-stage', 'minimal-runtime', 'non-root']);

const quote = (p: string) => (/^[\w./@-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

interface Group {
  ruleId: string;
  title: string;
  severity: Severity;
  findings: ReportFinding[];
}

function groups(findings: readonly ReportFinding[]): Group[] {
  const map = new Map<string, Group>();
  for (const f of findings) {
    const g = map.get(f.ruleId) ?? { ruleId: f.ruleId, title: f.title, severity: f.severity, findings: [] };
    if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
    g.findings.push(f);
    map.set(f.ruleId, g);
  }
  return [...map.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId));
}

const where = (fs: readonly ReportFinding[]) => fs.map((f) => `${f.path}:${f.line}`).join(', ');

export function nextSteps(subjects: readonly Subject[], findings: readonly ReportFinding[]): NextStep[] {
  const steps: NextStep[] = [];
  for (const s of subjects) {
    if (s.kind !== 'image') continue;
    const failed = s.items.filter((i) => HARDEN_ITEMS.has(i.id) && i.status === 'fail');
    if (!failed.length) continue;
    steps.push({
      title: `Harden ${s.path}`,
      detail: `${failed.map((i) => i.title.toLowerCase()).join(', ')} fail: the harden plan rewrites it into a builder stage and a minimal runtime running as a non-root user, and shows the diff first (in VS Code: "Shipshape: Harden this Dockerfile").`,
      command: `shipshape harden ${quote(s.path)}`,
      ruleIds: [...new Set(failed.flatMap((i) => i.evidence.flatMap((e) => (e.ruleId ? [e.ruleId] : []))))].sort(),
    });
  }
  const safe = findings.filter((f) => f.fixes.some((x) => x.safe));
  if (safe.length) {
    const paths = [...new Set(safe.map((f) => f.path))].sort();
    steps.push({
      title: `Apply ${safe.length} safe fix${safe.length === 1 ? '' : 'es'}`,
      detail: groups(safe).map((g) => `${g.findings[0].fixes.find((x) => x.safe)!.title} (${g.ruleId}, ${where(g.findings)})`).join('; '),
      command: `shipshape scan --fix ${paths.map(quote).join(' ')}`,
      ruleIds: [...new Set(safe.map((f) => f.ruleId))].sort(),
    });
  }
  for (const g of groups(findings.filter((f) => !f.fixes.some((x) => x.safe) && f.fixes.length))) {
    steps.push({
      title: `${g.findings[0].fixes[0].title} (${g.ruleId})`,
      detail: `${g.title}, at ${where(g.findings)}: a quick fix to review and apply in the editor (not applied by --fix).`,
      ruleIds: [g.ruleId],
    });
  }
  const manual = groups(findings.filter((f) => !f.fixes.length));
  if (manual.length) {
    steps.push({
      title: `Change by hand what has no automatic fix (${manual.reduce((n, g) => n + g.findings.length, 0)})`,
      detail: manual.map((g) => `${g.title} (${g.ruleId}, ${where(g.findings)})`).join('; '),
      ruleIds: manual.map((g) => g.ruleId),
    });
  }
  return steps;
}
