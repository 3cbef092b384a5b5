import doc from './no-python-https-verify-off.md';
import { exactly, envRule } from './lib/insecure.js';

/** PYTHONHTTPSVERIFY=0 disables certificate checks in Python. */
const rule = envRule(
  {
    id: 'no-python-https-verify-off',
    title: 'PYTHONHTTPSVERIFY=0 disables certificate checks in Python',
    equivalents: ['checkov:CKV2_DOCKER_5'],
    doc,
  },
  {
    name: exactly('PYTHONHTTPSVERIFY'),
    insecure: (v) => v.trim() === '0',
    message: (_name, value, where) => `${where} sets PYTHONHTTPSVERIFY=0: Python's urllib and http.client then accept any TLS certificate`,
  },
);

export default rule;
