import doc from './dependabot-require-docker-updates.md';
import type { DependabotRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { dirOf } from '../../paths.js';
import { covered, dockerDirectories, dockerEntry, dockerfileFolders, updatesSeq } from '../../model/dependabot.js';
import { insertLinesAfter, lastContentLine, itemIndent } from './lib/text.js';

/** The repository has Dockerfiles in folders no `package-ecosystem: docker` entry of dependabot.yml covers. */
const rule: DependabotRule = {
  meta: {
    id: 'dependabot-require-docker-updates',
    kind: 'dependabot',
    title: 'Dockerfiles not covered by Dependabot docker updates',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ path, model, project, report }) {
    if (!/[\\/]\.github[\\/]dependabot\.ya?ml$/.test(path)) return;
    const root = dirOf(dirOf(path));
    const folders = dockerfileFolders(root, project);
    if (!folders.length) return;
    const dirs = dockerDirectories(model);
    if (!dirs) return;
    const missing = folders.filter((f) => !covered(f, dirs));
    if (!missing.length) return;
    const seq = updatesSeq(model);
    const fixes: Fix[] = [];
    const lastItem = seq?.items.at(-1) as { range?: [number, number, number] } | undefined;
    if (seq && !seq.flow && lastItem?.range) {
      const { dash, keys } = itemIndent(model, lastItem.range[0]);
      const pad = ' '.repeat(Math.max(1, keys.length - dash.length - 1));
      const lines = dockerEntry(missing).map((l, i) => (i === 0 ? `${dash}-${pad}${l}` : keys + l));
      fixes.push({
        title: 'Add a weekly docker update entry for these folders',
        safe: true,
        edits: [insertLinesAfter(model.text, lastContentLine(model, lastItem.range[1]), lines)],
      });
    }
    const key = seq ? model.rangeOf(seq) : model.rangeOf(model.docs[0]?.contents as never);
    report({
      range: { start: key.start, end: { line: key.start.line, character: model.text.split(/\r?\n/)[key.start.line]?.length ?? key.start.character } },
      message: `No 'package-ecosystem: docker' entry covers the Dockerfiles in ${missing.join(', ')}: their base images are never updated`,
      fixes,
    });
  },
};

export default rule;
