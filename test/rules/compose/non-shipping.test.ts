import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze.js';
import { memoryProject } from '../workflow/memory-project.js';

/** Runtime hardening rules: about a production runtime, not a test runner or one-shot job. */
const RUNTIME = ['compose-read-only', 'compose-no-new-privileges', 'compose-resource-limits'];

const DOCKERFILE = 'FROM node:24-slim\nCOPY . /app\nCMD ["node", "/app/test.js"]\n';

function run(path: string, text: string): { ruleId: string; severity: string; message: string }[] {
  const project = memoryProject({ [path]: text, [path.replace(/[^/]+$/, 'tests/Dockerfile')]: DOCKERFILE });
  const result = analyze({ path, text }, project, {});
  assert.deepEqual(result.errors, []);
  return result.findings.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
}

const SERVICE = `services:
  sut:
    build: ./tests/
`;

describe('Compose services that never ship', () => {
  it('judges an ordinary service with every runtime rule, and its root user as a warning', () => {
    const found = run('/repo/compose.yaml', SERVICE);
    for (const id of RUNTIME) assert.ok(found.some((f) => f.ruleId === id), id);
    assert.deepEqual(found.filter((f) => f.ruleId === 'compose-no-root-user').map((f) => f.severity), ['warning']);
  });

  it('stays quiet on runtime rules in a test Compose file and lowers root to a hint that says why', () => {
    const found = run('/repo/docker-compose.test.yml', SERVICE);
    assert.deepEqual(found.filter((f) => RUNTIME.includes(f.ruleId)), []);
    assert.deepEqual(found.filter((f) => f.ruleId === 'compose-no-root-user'), [{
      ruleId: 'compose-no-root-user',
      severity: 'hint',
      message: "Service 'sut' runs as root: the final stage of tests/Dockerfile runs as root (no USER; node:24-slim runs as root by default) and the service sets no user: (a lesser risk: it is defined in the test Compose file docker-compose.test.yml, not a production runtime)",
    }]);
  });

  it('treats test profiles and one-shot jobs the same way', () => {
    const profile = run('/repo/compose.yaml', `${SERVICE}    profiles: [test]\n`);
    assert.deepEqual(profile.filter((f) => RUNTIME.includes(f.ruleId)), []);
    const seed = run('/repo/compose.yaml', `services:\n  seed:\n    build: ./tests/\n    profiles: ["seed"]\n    restart: "no"\n`);
    assert.deepEqual(seed.filter((f) => RUNTIME.includes(f.ruleId)), []);
    assert.match(seed.find((f) => f.ruleId === 'compose-no-root-user')?.message ?? '', /one-shot job \(restart: "no", profile 'seed'\)/);
  });

  it('keeps judging a service with restart: "no" that is not a job, or a profile that is not about tests', () => {
    const web = run('/repo/compose.yaml', `services:\n  web:\n    build: ./tests/\n    restart: "no"\n    profiles: []\n`);
    for (const id of RUNTIME) assert.ok(web.some((f) => f.ruleId === id), id);
    const prod = run('/repo/compose.yaml', `${SERVICE}    profiles: [prod]\n`);
    for (const id of RUNTIME) assert.ok(prod.some((f) => f.ruleId === id), id);
  });
});
