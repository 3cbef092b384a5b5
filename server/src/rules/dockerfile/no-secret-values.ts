import doc from './no-secret-values.md';
import { findSecretValue } from '../../knowledge/secrets.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { propertiesOf } from './lib/instructions.js';
import { removePropertyEdit, secretMountFix } from './lib/secret-mount.js';

/** The credential is out in the file's history whatever the fix does. */
const withRevoke = (fix: Fix | undefined): Fix | undefined => fix && { ...fix, title: `${fix.title}; revoke the credential` };

/** ENV, ARG or LABEL values that are credentials (AWS keys, GitHub tokens, private keys…), whatever their name. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-secret-values',
    kind: 'dockerfile',
    title: 'Credential written into the Dockerfile',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const instr of model.instructions) {
      const kw = instr.getKeyword();
      if (kw !== 'ENV' && kw !== 'ARG' && kw !== 'LABEL') continue;
      for (const prop of propertiesOf(instr)) {
        const value = prop.getValue();
        const range = prop.getValueRange();
        if (!value || !range) continue;
        const hit = findSecretValue(value);
        if (!hit) continue;
        const label = kw === 'LABEL' ? removePropertyEdit(model, instr, prop) : undefined;
        const fix = label ? { title: `Remove the label ${prop.getName()} (revoke the credential: it stays in the history)`, safe: false, edits: [label] } : withRevoke(secretMountFix(model, instr, prop));
        report({
          range,
          fixes: fix ? [fix] : [],
          message: `${kw} ${prop.getName()} contains ${hit.pattern.description}; anyone with the Dockerfile or the image can read it. Revoke it, and pass secrets with RUN --mount=type=secret or at run time`,
        });
      }
    }
  },
};

export default rule;
