import doc from './no-node-tls-reject-unauthorized-off.md';
import { exactly, envRule } from './lib/insecure.js';

/** NODE_TLS_REJECT_UNAUTHORIZED=0 disables certificate checks in Node.js. */
const rule = envRule(
  {
    id: 'no-node-tls-reject-unauthorized-off',
    title: 'NODE_TLS_REJECT_UNAUTHORIZED=0 disables certificate checks in Node.js',
    equivalents: ['checkov:CKV2_DOCKER_6'],
    doc,
  },
  {
    name: exactly('NODE_TLS_REJECT_UNAUTHORIZED'),
    insecure: (v) => v.trim() === '0',
    message: (_name, value, where) => `${where} sets NODE_TLS_REJECT_UNAUTHORIZED=0: Node.js then accepts any TLS certificate, for npm during the build and for the application at run time`,
  },
);

export default rule;
