import doc from './no-pip-trusted-host-env.md';
import { exactly, envRule } from './lib/insecure.js';

/** PIP_TRUSTED_HOST disables TLS verification for pip. */
const rule = envRule(
  {
    id: 'no-pip-trusted-host-env',
    title: 'PIP_TRUSTED_HOST disables TLS verification for pip',
    equivalents: ['checkov:CKV2_DOCKER_16'],
    doc,
  },
  {
    name: exactly('PIP_TRUSTED_HOST'),
    insecure: (v) => v.trim() !== '',
    message: (_name, value, where) => `${where} sets PIP_TRUSTED_HOST: pip then accepts ${value} over plain HTTP or with any certificate, so packages from it are not authenticated`,
  },
);

export default rule;
