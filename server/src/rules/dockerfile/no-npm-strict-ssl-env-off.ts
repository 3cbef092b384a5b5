import doc from './no-npm-strict-ssl-env-off.md';
import { anyCase, envRule } from './lib/insecure.js';

/** NPM_CONFIG_STRICT_SSL=false disables certificate checks in npm. */
const rule = envRule(
  {
    id: 'no-npm-strict-ssl-env-off',
    title: 'NPM_CONFIG_STRICT_SSL=false disables certificate checks in npm',
    equivalents: ['checkov:CKV2_DOCKER_12'],
    doc,
  },
  {
    name: anyCase('NPM_CONFIG_STRICT_SSL'),
    insecure: (v) => v.trim().toLowerCase() === 'false',
    message: (name, _value, where) => `${where} sets ${name}=false: npm then accepts any registry certificate, so packages are not authenticated`,
  },
);

export default rule;
