import doc from './require-dependabot-docker-updates.md';
import type { DockerfileRule } from '../kinds.js';
import { dirOf, joinPath, relativeTo } from '../../paths.js';
import { dockerEntry, repositoryRoot } from '../../model/dependabot.js';

/** The repository has no `.github/dependabot.yml`, so this Dockerfile's base images are never updated. */
const rule: DockerfileRule = {
  meta: {
    id: 'require-dependabot-docker-updates',
    kind: 'dockerfile',
    title: 'No Dependabot configuration to update base images',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ path, text, model, project, report }) {
    const stage = model.stages.find((s) => s.image);
    if (!stage || !/^(\/|[A-Za-z]:[\\/])/.test(path)) return;
    const root = repositoryRoot(path, project);
    if (!root) return;
    const github = joinPath(root, '.github');
    if (project.exists(joinPath(github, 'dependabot.yml')) || project.exists(joinPath(github, 'dependabot.yaml'))) return;
    const folder = `/${relativeTo(root, dirOf(path)) ?? ''}`;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const content = ['version: 2', 'updates:', ...dockerEntry([folder]).map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`))].join(eol) + eol;
    report({
      range: stage.imageRange,
      message: `Nothing proposes updates for this base image: the repository has no .github/dependabot.yml with a docker entry for ${folder}`,
      fixes: [{
        title: 'Create .github/dependabot.yml with weekly docker updates',
        safe: true,
        edits: [],
        otherFiles: [{ path: joinPath(github, 'dependabot.yml'), create: true, content }],
      }],
    });
  },
};

export default rule;
