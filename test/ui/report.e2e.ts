/**
 * The HTML security report in a real browser: `shipshape report --format html`
 * on a copy of examples/atm-system, opened from disk in headless Chromium
 * (Debian's, driven by playwright-core) with every network request refused.
 * Asserts what a reader sees — the checklist rows, the chart, a finding's
 * link landing on its rule's section — and saves screenshots (and a PDF of
 * the print layout) under artifacts/report/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE, runCli } from '../cli/helpers.js';
import { CHROME, CHROME_ARGS, ensureEditors, ROOT } from '../editors/code-server.js';

const ARTIFACTS = join(ROOT, 'artifacts/report');

let context: BrowserContext;
let page: Page;
let dir: string;
const requests: string[] = [];

describe('HTML security report in Chromium', () => {
  before(async () => {
    ensureEditors(['apt']);
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'shipshape-report-'));
    const out = join(dir, 'report.html');
    const r = await runCli(['report', '--format', 'html', '--out', out], EXAMPLE);
    assert.equal(r.code, 0, r.stderr);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROME, headless: true, viewport: { width: 1200, height: 900 }, args: CHROME_ARGS });
    page = context.pages()[0] ?? await context.newPage();
    // The page must need nothing but itself: any other request is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(out).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(out).href);
  });

  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the repository score and the summary without loading anything else', async () => {
    await page.screenshot({ path: join(ARTIFACTS, 'top.png') });
    assert.equal(await page.locator('#repository-score').innerText(), 'Repository score: 16 / 100');
    assert.equal(await page.title(), 'Container security report');
    assert.deepEqual(await page.locator('#summary tbody tr td:first-child').allInnerTexts(), [
      'Dockerfile',
      'docker-compose.yml › atm',
      'docker-compose.yml › db',
      'k8s/deployment.yaml › Deployment/atm-system',
      'Repository (CI and updates)',
    ]);
    assert.deepEqual(requests, []);
  });

  it('draws the chart of findings by category and severity', async () => {
    const chart = page.locator('svg.chart');
    await chart.scrollIntoViewIfNeeded();
    assert.ok(await chart.isVisible());
    const box = await chart.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 150, `chart box ${JSON.stringify(box)}`);
    const bars = await chart.locator('rect[data-category]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')}/${e.getAttribute('data-severity')}=${e.getAttribute('data-count')}`));
    assert.deepEqual(bars, [
      'Build/warning=1', 'Build/info=1',
      'Privileges/error=2', 'Privileges/warning=5', 'Privileges/info=6',
      'Secrets/error=1', 'Secrets/warning=6',
      'Supply chain/warning=6', 'Supply chain/info=1',
      'Runtime/warning=2', 'Runtime/info=5', 'Runtime/hint=2',
      'Network/error=1', 'Network/warning=2', 'Network/info=2',
      'Other/warning=2', 'Other/info=7',
    ]);
    // The bars have a width on screen.
    const widths = await chart.locator('rect[data-category="Privileges"]').evaluateAll((els) => els.map((e) => (e as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width));
    assert.ok(widths.every((w) => w > 0));
    await chart.screenshot({ path: join(ARTIFACTS, 'chart.png') });
  });

  it('lists the checklist rows of each subject with their status', async () => {
    const image = page.locator('section.subject[data-subject="image:Dockerfile"]');
    await image.scrollIntoViewIfNeeded();
    const rows = await image.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('td:nth-child(1)')!.textContent} ${tr.querySelector('td:nth-child(2)')!.textContent}`));
    assert.deepEqual(rows, [
      '✗ fail Multi-stage build',
      '✗ fail Minimal or distroless runtime',
      '✗ fail Runs as a non-root user',
      '✗ fail Pinned image (tag, digest)',
      '✗ fail No secrets in layers or configuration',
      '✗ fail .dockerignore excludes sensitive files',
      '✗ fail Debug off, production environment',
      '✗ fail Unprivileged port',
      '✓ pass Dependencies pinned',
      '✗ fail Downloads and packages verified',
      '✗ fail Base-image updates scheduled (Dependabot)',
      '✓ pass Least privilege',
    ]);
    assert.ok(await image.locator('tr[data-item="non-root"]').isVisible());
    assert.equal(await page.locator('tr[data-item]').count(), 47);
    await image.screenshot({ path: join(ARTIFACTS, 'checklist-image.png') });
  });

  it('takes a finding to its rule documentation on the same page', async () => {
    const link = page.locator('#findings li[data-rule="compose-no-docker-socket"] a[href="#rule-compose-no-docker-socket"]');
    await link.click();
    await page.waitForFunction('location.hash === "#rule-compose-no-docker-socket"');
    const section = page.locator('#rule-compose-no-docker-socket');
    assert.ok(await section.isVisible());
    assert.match(await section.locator('h3').innerText(), /^compose-no-docker-socket — A service mounts the Docker socket$/);
    assert.ok(await section.locator('h4').first().isVisible(), 'the rule doc is rendered with its headings');
    const top = await section.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 50, `the section is scrolled to the top of the view (top ${top})`);
    await page.screenshot({ path: join(ARTIFACTS, 'rule-doc.png') });
    assert.deepEqual(requests, []);
  });

  it('prints', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'report.pdf'), format: 'A4' });
    assert.ok(pdf.length > 20_000, `PDF of ${pdf.length} bytes`);
    assert.equal(await page.evaluate('getComputedStyle(document.body).maxWidth'), 'none');
    await page.emulateMedia({ media: 'screen' });
  });
});
