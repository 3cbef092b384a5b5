import doc from './no-git-ssl-no-verify.md';
import { exactly, envRule } from './lib/insecure.js';

/** GIT_SSL_NO_VERIFY disables certificate checks in git. */
const rule = envRule(
  {
    id: 'no-git-ssl-no-verify',
    title: 'GIT_SSL_NO_VERIFY disables certificate checks in git',
    equivalents: ['checkov:CKV2_DOCKER_14'],
    doc,
  },
  {
    name: exactly('GIT_SSL_NO_VERIFY'),
    insecure: () => true,
    message: (_name, value, where) => `${where} sets GIT_SSL_NO_VERIFY: git then accepts any TLS certificate (whatever the value), so cloned code is not authenticated`,
  },
);

export default rule;
