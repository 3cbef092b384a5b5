import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { emptyProject } from '../../../server/src/engine/analyze.js';
import type { ProjectView } from '../../../server/src/rules/types.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-debug-mode';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags debug flags in map and list form, pointing at the setting', () => {
    expectFindings(ID, `services:
  web:
    build: .
    environment:
      FLASK_DEBUG: "1"
#     ^^^^^^^^^^^^^^^^ compose-no-debug-mode "Service 'web' sets FLASK_DEBUG=1, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set FLASK_DEBUG=0"
      PORT: 8000
      DEBUG: true
#     ^^^^^^^^^^^ compose-no-debug-mode
  api:
    image: node:24-slim
    environment:
      - NODE_ENV=development
#       ^^^^^^^^^^^^^^^^^^^^ compose-no-debug-mode "Service 'api' sets NODE_ENV=development, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set NODE_ENV=production"
      - "ASPNETCORE_ENVIRONMENT=Development"
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-debug-mode
      - RAILS_ENV=dev
#       ^^^^^^^^^^^^^ compose-no-debug-mode
`, opts);
  });

  it('reports the demo application', () => {
    const text = readFileSync('examples/atm-system/docker-compose.yml', 'utf8');
    const findings = findingsOf(ID, text, { path: '/work/main/examples/atm-system/docker-compose.yml' });
    assert.deepEqual(findings.map((f) => [f.range.start.line + 1, f.message]), [
      [10, "Service 'atm' sets FLASK_DEBUG=1, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set FLASK_DEBUG=0"],
    ]);
  });

  it('stays quiet for production values, interpolation without a default and values from the host', () => {
    expectClean(ID, `services:
  web:
    image: x:1
    environment:
      FLASK_DEBUG: "0"
      DEBUG: \${DEBUG}
      NODE_ENV: $NODE_ENV
      RAILS_ENV: \${RAILS_ENV:?set RAILS_ENV}
      APP_ENV: production
      GIN_MODE: release
      DEBUG_LEVEL: "1"
      APP_DEBUG:
  worker:
    image: x:1
    environment:
      - FLASK_DEBUG
      - NODE_ENV=\${NODE_ENV:-production}
      - MY_DEBUG=true
`, opts);
  });

  it('reports a debug default of an interpolation', () => {
    expectFindings(ID, `services:
  web:
    image: x:1
    environment:
      - FLASK_DEBUG=\${FLASK_DEBUG:-1}
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-debug-mode "Service 'web' falls back to FLASK_DEBUG=1 when FLASK_DEBUG is not set, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); make the default 0"
`, opts);
  });

  it('skips development files, development services and development profiles', () => {
    const text = 'services:\n  web:\n    image: x:1\n    environment:\n      FLASK_DEBUG: "1"\n';
    for (const path of ['/w/docker-compose.override.yml', '/w/compose.dev.yaml', '/w/docker-compose-dev.yml', '/w/docker-compose.local.yml', '/w/compose.debug.yaml', '/w/.devcontainer/docker-compose.yml', '/w/compose.test.yml']) {
      expectClean(ID, text, { path });
    }
    expectClean(ID, `services:
  web-dev:
    image: x:1
    environment:
      FLASK_DEBUG: "1"
  debugger:
    image: x:1
    profiles: [dev, debug]
    environment:
      NODE_ENV: development
  backend:
    build:
      context: backend
      target: development
    environment:
      - NODE_ENV=development
`, opts);
    expectFindings(ID, `services:
  web:
    build: {context: ., target: runtime}
    profiles: [dev, web]
    environment:
      NODE_ENV: development
#     ^^^^^^^^^^^^^^^^^^^^^ compose-no-debug-mode
`, opts);
    // A name that merely contains a development word is judged.
    assert.equal(findingsOf(ID, text, { path: '/w/docker-compose.devops.yml' }).length, 1);
  });

  it('reports an anchor merged into several services once, and follows extends in the file', () => {
    expectFindings(ID, `x-common: &common
  environment:
    DJANGO_DEBUG: "True"
#   ^^^^^^^^^^^^^^^^^^^^ compose-no-debug-mode "Services 'a', 'b' set DJANGO_DEBUG=True, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set DJANGO_DEBUG=False"
services:
  a:
    <<: *common
    image: x:1
  b:
    <<: *common
    image: x:1
  c:
    <<: *common
    image: x:1
    environment:
      DJANGO_DEBUG: "False"
`, opts);
    expectFindings(ID, `services:
  base:
    image: x:1
    environment:
      GIN_MODE: debug
#     ^^^^^^^^^^^^^^^ compose-no-debug-mode "Services 'base', 'web' set GIN_MODE=debug, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set GIN_MODE=release"
  web:
    extends: base
  quiet:
    extends: base
    environment:
      GIN_MODE: release
`, opts);
  });

  it('reports a value inherited from another file on the extends key, without a fix', () => {
    const project: ProjectView = {
      ...emptyProject,
      readFile: (p) => (p === '/work/app/common.yml' ? 'services:\n  base:\n    image: x:1\n    environment:\n      - NODE_ENV=development\n' : undefined),
    };
    const findings = expectFindings(ID, `services:
  web:
    extends:
#   ^^^^^^^ compose-no-debug-mode "Service 'web' inherits NODE_ENV=development from service 'base' in common.yml, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set NODE_ENV=production in its environment"
      file: common.yml
      service: base
  prod:
    extends: { file: common.yml, service: base }
    environment:
      NODE_ENV: production
`, { ...opts, project });
    assert.deepEqual(findings[0].fixes, []);
  });

  it('sets the production value in place, keeping quotes and style', () => {
    assert.equal(applyFix(ID, 'services:\n  web:\n    environment:\n      FLASK_DEBUG: "1" # local\n', opts),
      'services:\n  web:\n    environment:\n      FLASK_DEBUG: "0" # local\n');
    assert.equal(applyFix(ID, "services:\n  web:\n    environment:\n      DEBUG: 'True'\n", opts),
      "services:\n  web:\n    environment:\n      DEBUG: 'False'\n");
    assert.equal(applyFix(ID, 'services:\n  web:\n    environment:\n      DEBUG: yes\n', opts),
      'services:\n  web:\n    environment:\n      DEBUG: no\n');
    assert.equal(applyFix(ID, 'services:\r\n  web:\r\n    environment:\r\n      - "NODE_ENV=development"\r\n      - PORT=80\r\n', opts),
      'services:\r\n  web:\r\n    environment:\r\n      - "NODE_ENV=production"\r\n      - PORT=80\r\n');
    assert.equal(applyFix(ID, 'services:\n  web:\n    environment: [ASPNETCORE_ENVIRONMENT=Development]\n', opts),
      'services:\n  web:\n    environment: [ASPNETCORE_ENVIRONMENT=Production]\n');
    assert.equal(applyFix(ID, 'services:\n  web:\n    environment:\n      FLASK_DEBUG: ${FLASK_DEBUG:-1}\n', opts),
      'services:\n  web:\n    environment:\n      FLASK_DEBUG: ${FLASK_DEBUG:-0}\n');
    assert.deepEqual(fixTitles(ID, 'services:\n  web:\n    environment:\n      - FLASK_DEBUG=${FLASK_DEBUG-true}\n', opts), ['Make FLASK_DEBUG fall back to false']);
    assert.deepEqual(fixTitles(ID, 'services:\n  web:\n    environment:\n      MIX_ENV: dev\n', opts), ['Set MIX_ENV=prod']);
  });

  it('offers no fix for values written across lines or with escapes', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  web:\n    environment:\n      NODE_ENV: >-\n        development\n', opts), []);
    assert.deepEqual(fixTitles(ID, 'services:\n  web:\n    environment:\n      NODE_ENV: "develop\\u006dent"\n', opts), []);
  });
});
