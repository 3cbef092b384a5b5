/** Shared check for instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK). */
import type { DockerfileModel } from '../../../parse/dockerfile.js';
import type { Report } from '../../types.js';
import { instructionsOf, removeInstructionEdit } from './instructions.js';
import { stagesWithPreamble } from './preamble.js';

/**
 * Reports every `keyword` after the first in each stage (where hadolint and
 * BuildKit report), with a safe fix that removes the earlier, ineffective ones.
 */
export function checkSingle(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  for (const stage of stagesWithPreamble(model)) {
    const all = instructionsOf(stage, keyword);
    if (all.length < 2) continue;
    const last = all[all.length - 1];
    for (let i = 1; i < all.length; i++) {
      const earlier = all.slice(0, i).map((x) => x.getRange().start.line + 1);
      const lines = earlier.length === 1 ? `line ${earlier[0]}` : `lines ${earlier.join(', ')}`;
      report({
        range: all[i].getInstructionRange(),
        message: `More than one ${keyword} in this stage: only the last one takes effect, so the ${keyword} on ${lines} does nothing`,
        fixes: [{
          title: all.length === 2 ? `Remove the ineffective ${keyword}` : `Remove the ${all.length - 1} ineffective ${keyword} instructions`,
          safe: true,
          edits: all.filter((x) => x !== last).map((x) => removeInstructionEdit(model, x)),
        }],
      });
    }
  }
}
