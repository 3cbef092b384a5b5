import doc from './gha-no-pr-target-head-checkout.md';
import type { WorkflowRule } from '../kinds.js';
import { findInScript, workflowOf } from '../../parse/workflow.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { actionName } from './lib/ci.js';

/** Expressions that name the pull request's head (code the PR author controls). */
const HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\//;
const RUN_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:checkout|fetch|switch|pull)\b[^\n]*(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\/|\$GITHUB_HEAD_REF|\$\{GITHUB_HEAD_REF\})/;

/** A `pull_request_target` workflow checks out the pull request's head: untrusted code runs with a privileged token. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-no-pr-target-head-checkout',
    kind: 'workflow',
    title: 'pull_request_target checks out the pull request head',
    defaultSeverity: 'error',
    fix: 'none',
    equivalents: [],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    if (wf.platform !== 'github' || !wf.events.has('pull_request_target')) return;
    for (const job of wf.jobs) {
      for (const step of job.steps) {
        if (step.uses && /^actions\/checkout$/i.test(actionName(step.uses.value))) {
          const refNode = valueOf(step.with, 'ref');
          const ref = scalarString(refNode);
          if (ref && HEAD.test(ref)) {
            report({
              range: model.rangeOf(refNode as never),
              message: `Job '${job.id}' runs on pull_request_target and checks out the pull request head (${ref.trim()}): the PR author's code runs with a write token and secrets`,
            });
          }
        } else if (step.run) {
          const hit = findInScript(model, step.run, RUN_CHECKOUT);
          if (hit) {
            report({
              range: hit.range,
              message: `Job '${job.id}' runs on pull_request_target and checks out the pull request head: the PR author's code runs with a write token and secrets`,
            });
          }
        }
      }
    }
  },
};

export default rule;
