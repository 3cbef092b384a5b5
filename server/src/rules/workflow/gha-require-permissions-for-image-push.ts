import doc from './gha-require-permissions-for-image-push.md';
import type { WorkflowRule } from '../kinds.js';
import { isMap, isScalar } from '../../parse/yaml-access.js';
import type { Fix } from '../types.js';
import { workflowOf, type Job, type WorkflowModel } from '../../parse/workflow.js';
import { pushesImages } from './lib/ci.js';
import { insertLinesAfter } from './lib/text.js';

function addPermissionsFix(wf: WorkflowModel, job: Job): Fix | undefined {
  const first = job.node.items[0]?.key;
  if (job.node.flow || !isScalar(first) || !first.range) return undefined;
  const indent = ' '.repeat(wf.yaml.positionAt(first.range[0]).character);
  const jobText = wf.yaml.text.slice(job.node.range?.[0] ?? 0, job.node.range?.[1] ?? 0);
  const lines = [`${indent}permissions:`, `${indent}  contents: read`];
  if (/ghcr\.io/.test(jobText)) lines.push(`${indent}  packages: write`);
  return {
    title: 'Add a least-privilege permissions block to the job',
    safe: false,
    edits: [insertLinesAfter(wf.yaml.text, wf.yaml.positionAt(job.key.range![0]).line, lines)],
  };
}

/** A workflow pushes container images and its token's permissions are the repository default or write-all. */
const rule: WorkflowRule = {
  meta: {
    id: 'gha-require-permissions-for-image-push',
    kind: 'workflow',
    title: 'Image-pushing workflow without least-privilege permissions',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, model, report }) {
    const wf = workflowOf(model, path);
    if (wf.platform !== 'github') return;
    for (const job of pushesImages(wf)) {
      const own = job.permissions?.value;
      if (isScalar(own) && String(own.value) === 'write-all') {
        report({ range: model.rangeOf(own), message: `Job '${job.id}' pushes images with a write-all token; grant only what it needs` });
        continue;
      }
      if (own !== undefined || wf.permissions) continue;
      if (!isMap(job.node)) continue;
      const fix = addPermissionsFix(wf, job);
      report({
        range: model.rangeOf(job.key),
        message: `Job '${job.id}' pushes images but the workflow sets no permissions, so its token gets the repository default (often write to everything)`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
