import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';

const fixTitles = (path: string, text: string, ruleId: string) =>
  analyze({ path, text }).findings.filter((f) => f.ruleId === ruleId).map((f) => [f.range.start.line, f.fixes.map((x) => x.title)]);

describe('fixes that cannot keep the fix contract are not offered', () => {
  before(() => initEngine());

  it('a Compose file cut short inside a quoted scalar keeps its finding, without the fix that would write into the scalar', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    command: "nginx -g';
    assert.deepEqual(fixTitles('/w/compose.yaml', text, 'compose-no-new-privileges'), [[1, []]]);
    assert.deepEqual(fixTitles('/w/compose.yaml', text, 'yaml-syntax').length, 1);
    // Whole, the same service gets its fix.
    assert.deepEqual(fixTitles('/w/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    command: "nginx -g"\n', 'compose-no-new-privileges'), [[1, ['Set no-new-privileges:true']]]);
  });

  it('a file that looks templated (`${{ … }}`) reports no syntax error, yet its broken document gets no fix either', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    labels: {a: "${{ github.sha }}"}\n    healthcheck: x\n      test: y\n';
    assert.deepEqual(fixTitles('/w/compose.yaml', text, 'yaml-syntax'), []);
    assert.deepEqual(fixTitles('/w/compose.yaml', text, 'compose-no-new-privileges'), [[1, []]]);
  });

  it('in a file of several Kubernetes documents, only the broken one loses its fixes', () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n`;
    const text = `${pod('good')}---\n${pod('bad')}      command: ["sh"\n`;
    const found = analyze({ path: '/w/k8s/pods.yaml', text }).findings.filter((f) => f.ruleId === 'k8s-no-automount-service-account-token');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.fixes.map((x) => x.title)]), [
      [3, ['Set automountServiceAccountToken: false']],
      [12, []],
    ]);
  });

  it('a Dockerfile ending in a heredoc that never ends gets no fix that appends after it (the text would be heredoc body)', () => {
    const open = 'FROM debian:12\nRUN <<EOF\napt-get update\n     EOF\n';
    assert.deepEqual(fixTitles('/w/Dockerfile', open, 'require-user'), [[0, []]]);
    // Cut mid-continuation: an appended USER would continue the RUN (comment lines do not end it).
    assert.deepEqual(fixTitles('/w/Dockerfile', 'FROM debian:12\nRUN apt-get update \\\n    # then\n', 'require-user'), [[0, []]]);
    const closed = 'FROM debian:12\nRUN <<EOF\napt-get update\nEOF\n';
    assert.deepEqual(fixTitles('/w/Dockerfile', closed, 'require-user').map(([l, t]) => [l, (t as string[]).length > 0]), [[0, true]]);
  });
});
