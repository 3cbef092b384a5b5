/** The security report over the protocol: `shipshape/securityReport` reads open documents as they are in the editor. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SecurityReportRequest } from '../../server/src/protocol.js';
import { makeWorkspace, TestClient } from './helpers/client.js';

const DOCKERFILE = 'FROM python:3.12-slim\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n';

describe('security report over LSP', () => {
  const ws = makeWorkspace({ Dockerfile: DOCKERFILE, 'app.py': '', 'compose.yaml': 'services:\n  web:\n    build: .\n    privileged: true\n' });
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: ws.dir });
  });
  after(() => client.kill());

  const request = (format: 'json' | 'html' | 'md', webview?: { nonce: string; cspSource: string }) =>
    client.connection.sendRequest(SecurityReportRequest, { uris: [ws.uri('Dockerfile'), ws.uri('compose.yaml'), ws.uri('app.py')], baseUri: ws.uri(''), format, webview });

  it('reports on the files from disk, with paths relative to the folder', async () => {
    const result = await request('json');
    const report = JSON.parse(result.content);
    assert.deepEqual(report.subjects.map((s: { id: string }) => s.id), ['image:Dockerfile', 'compose-service:compose.yaml#web', 'repository']);
    const nonRoot = report.subjects[0].items.find((i: { id: string }) => i.id === 'non-root');
    assert.deepEqual([nonRoot.status, nonRoot.evidence.map((e: { path: string; line: number }) => `${e.path}:${e.line}`)], ['fail', ['Dockerfile:1']]);
    assert.deepEqual({ score: result.score, subjects: result.subjects, findings: result.findings }, { score: report.score, subjects: 3, findings: report.findings.length });
  });

  it('takes the unsaved text of an open document', async () => {
    await client.open(ws.uri('Dockerfile'), DOCKERFILE.replace('CMD', 'USER 10001\nCMD'));
    const report = JSON.parse((await request('json')).content);
    const nonRoot = report.subjects[0].items.find((i: { id: string }) => i.id === 'non-root');
    assert.deepEqual([nonRoot.status, nonRoot.evidence], ['pass', [{ path: 'Dockerfile', line: 4, message: 'USER 10001' }]]);
  });

  it('renders HTML for a webview with its nonce', async () => {
    const result = await request('html', { nonce: 'n0nce', cspSource: 'https://example.invalid' });
    assert.match(result.content, /script-src &#39;nonce-n0nce&#39;/);
    assert.match(result.content, /<a class="evidence" href="Dockerfile#L1" data-path="Dockerfile" data-line="1">/);
    assert.match((await request('md')).content, /^# Container security report\n/);
  });
});
