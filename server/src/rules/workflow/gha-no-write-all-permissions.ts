import doc from './gha-no-write-all-permissions.md';
import type { WorkflowRule } from '../kinds.js';
import { isScalar } from '../../parse/yaml-access.js';
import { workflowOf } from '../../parse/workflow.js';

/** The workflow's top-level `permissions:` is `write-all`. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-no-write-all-permissions',
    kind: 'workflow',
    title: 'Workflow token has write-all permissions',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['checkov:CKV2_GHA_1'],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    const value = wf.permissions?.value;
    if (wf.platform !== 'github' || !isScalar(value) || String(value.value) !== 'write-all') return;
    const range = model.rangeOf(value);
    report({
      range,
      message: 'The workflow grants its GITHUB_TOKEN write access to every scope (permissions: write-all)',
      fixes: [{ title: 'Grant only read access to the repository contents', safe: false, edits: [{ range, newText: '{ contents: read }' }] }],
    });
  },
};

export default rule;
