import doc from './no-add-remote-url.md';
import type { DockerfileRule } from '../kinds.js';
import { copyArgs, resolveIn } from './lib/instructions.js';

/** What the fix writes for the digest: not a SHA-256, so the build stops until a person fills it in. */
const CHECKSUM_PLACEHOLDER = 'sha256:FILL-IN-THE-SHA256-OF-THE-FILE';

const HTTP = /^https?:\/\//i;
const GIT = /^(?:git@|https?:\/\/[^#\s]+\.git(?:#|$)|git:\/\/)/i;

/** ADD of an http(s) URL without `--checksum`, or of a git URL not pinned to a commit. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-add-remote-url',
    kind: 'dockerfile',
    title: 'ADD downloads without an integrity check',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) for (const instr of stage.instructions) {
      if (instr.getKeyword() !== 'ADD') continue;
      const args = copyArgs(instr);
      const checksum = args.flags.some((f) => f.getName().toLowerCase() === 'checksum' && (f.getValue() ?? '') !== '');
      for (const src of args.sources) {
        const raw = src.value.replace(/^["']|["']$/g, '');
        // A URL built from build arguments is still a download: `https://…/${VERSION}/tool.tgz` is remote whatever VERSION is.
        const url = resolveIn(model, stage, instr, raw) ?? (HTTP.test(raw) && !GIT.test(raw) ? raw : undefined);
        if (url === undefined) continue;
        if (GIT.test(url)) {
          const ref = /#([^:]*)/.exec(url)?.[1] ?? '';
          if (/^[0-9a-f]{40}$/i.test(ref) || checksum) continue;
          report({
            range: src.range,
            message: `ADD '${url}' fetches a git ref that can move; pin it to a full commit (…#<40-hex sha>) or use --checksum`,
          });
        } else if (HTTP.test(url) && !checksum) {
          const hasFlag = args.flags.some((f) => f.getName().toLowerCase() === 'checksum');
          const at = instr.getArguments()[0]?.getRange().start;
          const fix = args.sources.length === 1 && !hasFlag && at
            ? { title: 'Add --checksum=sha256:… (fill in the SHA-256 the publisher gives; the build fails until then)', safe: false, edits: [{ range: { start: at, end: at }, newText: `--checksum=${CHECKSUM_PLACEHOLDER} ` }] }
            : undefined;
          report({
            range: src.range,
            fixes: fix ? [fix] : [],
            message: `ADD '${url}' downloads without an integrity check; add --checksum=sha256:<digest>, or RUN curl -fsSLo file '${url}' && echo '<sha256>  file' | sha256sum -c -`,
          });
        }
      }
    }
  },
};

export default rule;
