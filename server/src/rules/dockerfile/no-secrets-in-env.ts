import doc from './no-secrets-in-env.md';
import { isSecretName, notASecret } from '../../knowledge/secrets.js';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf } from './lib/instructions.js';
import { secretMountFix } from './lib/secret-mount.js';

/** ENV or ARG whose name looks like it holds a secret (BuildKit's SecretsUsedInArgOrEnv). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-secrets-in-env',
    kind: 'dockerfile',
    title: 'Secret passed through ENV or ARG',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['buildkit:SecretsUsedInArgOrEnv', 'hadolint:DL3064', 'trivy:DS-0031'],
    doc,
  },
  check({ model, report }) {
    for (const instr of model.instructions) {
      const kw = instr.getKeyword();
      if (kw !== 'ENV' && kw !== 'ARG') continue;
      for (const prop of propertiesOf(instr)) {
        const name = prop.getName();
        if (!isSecretName(name)) continue;
        const value = prop.getValue();
        if (notASecret(name, value ?? undefined)) continue;
        const mount = `RUN --mount=type=secret,id=${name.toLowerCase()}`;
        const fix = secretMountFix(model, instr, prop);
        report({
          range: prop.getNameRange(),
          fixes: fix ? [fix] : [],
          message: kw === 'ENV'
            ? `ENV ${name} looks like a secret: ENV values are stored in the image config, readable by anyone who pulls it; use ${mount} at build time or pass it at run time`
            : `ARG ${name} looks like a secret: build arguments are recorded in the image history and build provenance; use ${mount} instead`,
        });
      }
    }
  },
};

export default rule;
