/**
 * With registry resolution on, the runtime image a harden plan proposes is
 * pinned by digest (the tag kept for readability). Pure: the front end
 * resolves the runtime image first and hands the facts in through
 * {@link ProjectView.image}.
 */
import type { ProjectView } from '../rules/types.js';
import type { HardenPlan } from './plan.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The image references a plan's runtime stage needs resolved: its runtime image, with the platform its FROM names. */
export function runtimeToResolve(plan: HardenPlan): { ref: string; platform?: string }[] {
  if (!plan.runtime || plan.runtime.includes('@') || plan.runtime === 'scratch') return [];
  const m = new RegExp(`^FROM\\s+(?:--platform=(\\S+)\\s+)?${escape(plan.runtime)}(?=\\s|$)`, 'm').exec(plan.text);
  if (!m) return [];
  return m[1] && !m[1].includes('$') ? [{ ref: plan.runtime, platform: m[1].toLowerCase() }] : [{ ref: plan.runtime }];
}

/** The plan with its runtime `FROM` pinned by digest when the registry's answer is known; the plan itself otherwise. */
export function pinRuntime(plan: HardenPlan, project: ProjectView): HardenPlan {
  const [wanted] = runtimeToResolve(plan);
  if (!wanted || !project.image) return plan;
  const facts = project.image(wanted.ref, wanted.platform);
  if (!facts) return plan;
  const pattern = new RegExp(`^(FROM\\s+(?:--platform=\\S+\\s+)?)${escape(wanted.ref)}(?=\\s|$)`, 'm');
  const text = plan.text.replace(pattern, (_, from: string) => `${from}${wanted.ref}@${facts.digest}`);
  if (text === plan.text) return plan;
  return {
    ...plan,
    text,
    runtime: `${wanted.ref}@${facts.digest}`,
    changes: [...plan.changes, {
      title: `Pinned ${wanted.ref} by digest`,
      detail: `The registry says ${wanted.ref} is ${facts.digest} today; the pin keeps builds reproducible (the tag stays for readability). Let Dependabot or Renovate move it.`,
    }],
  };
}
