import doc from './no-npm-strict-ssl-off.md';
import { commandRule } from './lib/insecure.js';

const FALSE = /^(?:false)$/i;

/** `npm config set strict-ssl false` / `yarn config set strict-ssl false` (also `strict-ssl=false`, `npm set`). */
const rule = commandRule(
  {
    id: 'no-npm-strict-ssl-off',
    title: 'npm or yarn configured to skip TLS certificate verification',
    equivalents: ['checkov:CKV2_DOCKER_13'],
    fix: 'unsafe',
    doc,
  },
  (cmd) => {
    if (cmd.name !== 'npm' && cmd.name !== 'yarn') return [];
    const words = cmd.args.filter((a) => !a.value.startsWith('-'));
    let i = 0;
    if (words[i]?.value === 'config') i++;
    else if (cmd.name === 'yarn' || words[i]?.value !== 'set') return [];
    if (words[i]?.value !== 'set') return [];
    const key = words[i + 1];
    if (!key) return [];
    const eq = /^strict-ssl=(.*)$/i.exec(key.value);
    const value = eq ? eq[1] : /^strict-ssl$/i.test(key.value) ? words[i + 2]?.value : undefined;
    if (value === undefined || !FALSE.test(value)) return [];
    const last = eq ? key : words[i + 2];
    const valueRange = eq ? key.rangeOf(key.value.length - value.length) : last.range;
    const fix = last.literal ? { title: 'Set strict-ssl true (installs then check the registry certificate)', safe: false, edits: [{ range: valueRange, newText: 'true' }] } : undefined;
    return [{
      fixes: fix ? [fix] : [],
      range: { start: key.range.start, end: last.range.end },
      message: `${cmd.name} config sets strict-ssl false: every later install accepts any registry certificate, so packages are not authenticated`,
    }];
  },
);

export default rule;
