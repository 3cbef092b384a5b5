import doc from './gha-no-pr-target-head-checkout.md';
import type { WorkflowRule } from '../kinds.js';
import { findInScript, workflowOf, type Step } from '../../parse/workflow.js';
import { findPair, scalarString, valueOf } from '../../parse/yaml-access.js';
import { removePair } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import { actionName } from './lib/ci.js';
import { prGuardOf, strongerGuard, type PrGuard } from './lib/pr-guards.js';
import type { Fix, Severity } from '../types.js';

/** Expressions that name the pull request's head (code the PR author controls). */
const HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\//;
/** A `repository:` input that names the pull request's own repository (a fork's, for fork pull requests). */
const HEAD_REPO = /github\.event\.pull_request\.head\.repo\.full_name/;
const RUN_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:checkout|fetch|switch|pull)\b[^\n]*(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\/|\$GITHUB_HEAD_REF|\$\{GITHUB_HEAD_REF\})/;

/** A `pull_request_target` workflow checks out the pull request's head: untrusted code runs with a privileged token. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-no-pr-target-head-checkout',
    kind: 'workflow',
    title: 'pull_request_target checks out the pull request head',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    if (wf.platform !== 'github' || !wf.events.has('pull_request_target')) return;
    for (const job of wf.jobs) {
      const jobGuard = prGuardOf(scalarString(valueOf(job.node, 'if')));
      for (const step of job.steps) {
        const guard = strongerGuard(jobGuard, prGuardOf(scalarString(valueOf(step.node, 'if'))));
        const said = (head: string) => guarded(`Job '${job.id}' runs on pull_request_target and checks out the pull request head${head}`, guard);
        if (step.uses && /^actions\/checkout$/i.test(actionName(step.uses.value))) {
          const refNode = valueOf(step.with, 'ref');
          const ref = scalarString(refNode);
          if (ref && HEAD.test(ref)) {
            const fix = baseCheckoutFix(model, step);
            report({ range: model.rangeOf(refNode as never), ...said(` (${ref.trim()})`), ...(fix ? { fixes: [fix] } : {}) });
          }
        } else if (step.run) {
          const hit = findInScript(model, step.run, RUN_CHECKOUT);
          if (hit) {
            report({ range: hit.range, ...said('') });
          }
        }
      }
    }
  },
};

/**
 * Removes the head `ref:` (and a `repository:` naming the head repository)
 * from the checkout step's `with:`, or the whole `with:` when nothing else is
 * in it, so the step checks out the base. Unsafe: the job then builds the base
 * branch, not the pull request.
 */
function baseCheckoutFix(model: YamlModel, step: Step): Fix | undefined {
  const w = step.with;
  const ref = w && findPair(w, 'ref');
  if (!w || !ref) return undefined;
  const repo = findPair(w, 'repository');
  const drop = repo && HEAD_REPO.test(scalarString(repo.value) ?? '') ? [ref, repo] : [ref];
  const title = 'Check out the base instead of the pull request head (the job no longer tests the PR; use pull_request for untrusted code)';
  if (drop.length === w.items.length) {
    const withPair = findPair(step.node, 'with');
    const edit = withPair && removePair(model, step.node, withPair);
    return edit ? { title, safe: false, edits: [edit] } : undefined;
  }
  // Two entries of one flow mapping share the text between them: remove them one edit apart only in block style.
  if (drop.length > 1 && w.flow) return undefined;
  const edits = drop.map((pair) => removePair(model, w, pair));
  return edits.every((e) => e) ? { title, safe: false, edits: edits as NonNullable<(typeof edits)[number]>[] } : undefined;
}

/** The message and severity for a head checkout, by the guard in front of it. */
function guarded(what: string, guard: PrGuard | undefined): { message: string; severity?: Severity } {
  if (!guard) return { message: `${what}: the PR author's code runs with a write token and secrets` };
  const cond = guard.condition.replace(/\s+/g, ' ');
  switch (guard.kind) {
    case 'same-repo':
      return { severity: 'info', message: `${what}, but only for branches of this repository (if: ${cond}): fork pull requests never run it, and whoever can push a branch here already has write access; lower risk` };
    case 'trusted-actor':
      return { severity: 'warning', message: `${what}, but only when trusted people run it (if: ${cond}): an outsider's pull request does not run it, yet commits pushed to the pull request before a trusted person triggers the job run with the write token and secrets` };
    case 'dependabot-actor':
      return { message: `${what} when github.actor is dependabot[bot] (if: ${cond}): that names who triggered the run, not who wrote the code; an outsider can get Dependabot to push to their own pull request; test github.event.pull_request.user.login instead` };
  }
}

export default rule;
