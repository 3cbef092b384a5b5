import doc from './ci-require-image-scan.md';
import type { WorkflowRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { workflowOf, type WorkflowModel } from '../../parse/workflow.js';
import { buildSites, scansImages, type BuildSite } from './lib/ci.js';
import { pinFor, repositoryPins } from './lib/pins.js';
import { insertLinesAfter, lastContentLine, stepLines, yamlString } from './lib/text.js';
import type { ProjectView } from '../types.js';

const SARIF = 'trivy-results.sarif';
/** Trivy's own container image, used when no commit SHA of the Trivy action is known (a version tag: no SHA is ever invented). */
const TRIVY_IMAGE = 'aquasec/trivy:0.56.2';

function scanFix(wf: WorkflowModel, site: BuildSite, path: string, text: string, project: ProjectView): Fix | undefined {
  const step = site.step;
  if (!step || !site.imageRef || /outputs\.tags/.test(site.imageRef)) return undefined;
  if (site.how === 'docker/build-push-action' && !site.pushes && !/^true$/i.test(String(step.with?.get('load') ?? ''))) return undefined;
  const pins = repositoryPins(path, text, project);
  const trivy = pinFor('aquasecurity/trivy-action', 'master', pins);
  const upload = pinFor('github/codeql-action/upload-sarif', 'master', pins);
  if (!trivy || !upload) {
    // No pinned action to offer: run Trivy's released image directly, failing the job on fixable HIGH/CRITICAL findings.
    return {
      title: `Add a step that scans the image with Trivy (${TRIVY_IMAGE})`,
      safe: false,
      edits: [insertLinesAfter(wf.yaml.text, lastContentLine(wf.yaml, step.end), stepLines(wf.yaml, step, [
        'name: Scan the image with Trivy',
        `run: docker run --rm -v /var/run/docker.sock:/var/run/docker.sock ${TRIVY_IMAGE} image --exit-code 1 --ignore-unfixed --severity HIGH,CRITICAL ${yamlString(site.imageRef)}`,
      ]))],
    };
  }
  const lines = stepLines(wf.yaml, step, [
    'name: Scan the image with Trivy',
    `uses: aquasecurity/trivy-action@${trivy.release.sha} # ${trivy.release.tag}`,
    'with:',
    `  image-ref: ${yamlString(site.imageRef)}`,
    '  format: sarif',
    `  output: ${SARIF}`,
  ]).concat(stepLines(wf.yaml, step, [
    'name: Upload the Trivy results to code scanning',
    'if: always()',
    `uses: github/codeql-action/upload-sarif@${upload.release.sha} # ${upload.release.tag}`,
    'with:',
    `  sarif_file: ${SARIF}`,
  ]));
  return {
    title: 'Add a Trivy scan step that uploads SARIF to code scanning',
    safe: false,
    edits: [insertLinesAfter(wf.yaml.text, lastContentLine(wf.yaml, step.end), lines)],
  };
}

/** A CI job builds a container image and nothing in the workflow scans it for vulnerabilities. */
const rule: WorkflowRule = {
  meta: {
    id: 'ci-require-image-scan',
    kind: 'workflow',
    title: 'Image built in CI but never scanned',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, text, model, project, report }) {
    const wf = workflowOf(model, path);
    if (scansImages(wf)) return;
    const seen = new Set<string>();
    for (const site of buildSites(wf)) {
      if (seen.has(site.job.id)) continue;
      seen.add(site.job.id);
      const fix = wf.platform === 'github' ? scanFix(wf, site, path, text, project) : undefined;
      report({
        range: site.range,
        message: `Job '${site.job.id}' builds an image with ${site.how} but no step scans it (Trivy, Grype, Docker Scout, Snyk, Anchore)`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
