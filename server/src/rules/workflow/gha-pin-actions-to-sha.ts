import doc from './gha-pin-actions-to-sha.md';
import type { WorkflowRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { workflowOf } from '../../parse/workflow.js';
import { pinFor, repositoryPins } from './lib/pins.js';

const SHA = /^[0-9a-f]{40}$/;

/** A GitHub Actions `uses:` names an action or reusable workflow by a branch or tag instead of a full commit SHA. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-pin-actions-to-sha',
    kind: 'workflow',
    title: 'Action referenced by a branch or tag instead of a commit SHA',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ path, text, model, project, report }) {
    const wf = workflowOf(model, path);
    if (wf.platform !== 'github') return;
    let pins: ReturnType<typeof repositoryPins> | undefined;
    const refs = wf.jobs.flatMap((j) => [...(j.uses ? [j.uses] : []), ...j.steps.flatMap((s) => (s.uses ? [s.uses] : []))]);
    for (const uses of refs) {
      const value = uses.value.trim();
      if (value.startsWith('./') || value.startsWith('docker://')) continue;
      const at = value.lastIndexOf('@');
      if (at <= 0) continue;
      const action = value.slice(0, at);
      const ref = value.slice(at + 1);
      if (SHA.test(ref)) continue;
      const range = model.rangeOf(uses.node);
      pins ??= repositoryPins(path, text, project);
      const pin = pinFor(action, ref, pins);
      const fixes: Fix[] = [];
      if (pin) {
        // The rest of the line only (slicing and splitting the rest of the file for every step was quadratic).
        const end = uses.node.range![1];
        const eol = model.text.indexOf('\n', end);
        const rest = model.text.slice(end, eol < 0 ? undefined : eol).replace(/\r$/, '');
        const comment = rest.trim() === '' ? ` # ${pin.release.tag}` : '';
        fixes.push({
          title: pin.exact
            ? `Pin ${action} to the commit of ${ref}`
            : `Pin ${action} to ${pin.release.tag} (commit ${pin.release.sha.slice(0, 7)})`,
          safe: pin.exact,
          edits: [{ range, newText: `${action}@${pin.release.sha}${comment}` }],
        });
      }
      report({
        range,
        message: `'${action}' is referenced by '${ref}', which can be moved to other code; pin it to a full commit SHA`,
        fixes,
      });
    }
  },
};

export default rule;
