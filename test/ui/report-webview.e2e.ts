/**
 * "Shipshape: Show Security Report" in the real workbench (code-server in headless Chromium), on a temp copy of
 * examples/atm-system with a dark theme: run from the command palette, the webview shows the checklist and the chart
 * in the theme's colours, and clicking an evidence link opens the file at that line. Screenshots under
 * artifacts/report-webview/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { ensureEditors, launchBrowser, ROOT, startCodeServer, workbenchUrl, type CodeServer } from '../editors/code-server.js';
import { buildExtension, tempCopy } from '../editors/run.js';

const ARTIFACTS = join(ROOT, 'artifacts/report-webview');
const UI_MS = 60_000;

let cs: CodeServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
let project: string;
let report: Frame;
let passed = 0;

/** The webview frame that shows the report (webviews are nested iframes of the workbench). */
async function reportFrame(): Promise<Frame> {
  const deadline = Date.now() + UI_MS;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator('h1', { hasText: 'Container security report' }).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no webview shows the security report');
    await page.waitForTimeout(200);
  }
}

describe('the security report webview', () => {
  before(async () => {
    ensureEditors(['apt', 'code-server']);
    buildExtension();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    project = tempCopy('examples/atm-system', 'shipshape-editors-report-');
    cs = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Dark Modern', 'workbench.editor.enablePreview': false } });
    ({ context, page } = await launchBrowser(cs));
    page.setDefaultTimeout(UI_MS);
    await page.goto(workbenchUrl(cs, { folder: project, extensionDevelopmentPath: ROOT }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.statusbar').waitFor();
  });

  after(async () => {
    const ok = passed === 3;
    if (page && !ok) await page.screenshot({ path: join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
    await context?.close().catch(() => undefined);
    await cs?.stop(!ok);
    if (cs && !ok) console.log(`code-server data and log kept in ${cs.data}`);
    if (project) rmSync(dirname(project), { recursive: true, force: true });
  });

  it('opens from the command palette with the score in its tab', async () => {
    // Open the Dockerfile first and wait for its findings: the extension is active then.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
    await page.keyboard.press('Control+P');
    const quick = page.locator('.quick-input-widget input');
    await quick.waitFor();
    await quick.fill('Dockerfile');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .squiggly-warning, .editor-instance .squiggly-error').first().waitFor();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Shipshape: Show Security Report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Shipshape: Show Security Report' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'Security Report (16/100)' }).waitFor();
    report = await reportFrame();
    assert.equal(await report.locator('#repository-score').innerText(), 'Repository score: 16 / 100');
    await page.screenshot({ path: join(ARTIFACTS, '01-report.png') });
    passed++;
  });

  it('shows the checklist and the chart in the theme\'s colours', async () => {
    const rows = report.locator('section.subject[data-subject="image:Dockerfile"] tr[data-item]');
    assert.equal(await rows.count(), 12);
    await rows.first().scrollIntoViewIfNeeded();
    assert.ok(await rows.first().isVisible());
    assert.equal(await report.locator('tr[data-item="non-root"]').first().locator('td').first().innerText(), '✗ fail');
    const chart = report.locator('svg.chart');
    assert.ok(await chart.isVisible());
    assert.equal(await chart.locator('rect[data-category]').count(), 17);
    // Dark Modern: light text on a dark background, taken from VS Code's variables rather than the page's defaults.
    const colours = await report.locator('body').evaluate((b) => {
      const s = (b.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { color: string; backgroundColor: string } }).getComputedStyle(b);
      return [s.color, s.backgroundColor];
    });
    const lum = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    assert.ok(lum(colours[0]) > 450 && lum(colours[1]) < 150, `text ${colours[0]} on ${colours[1]}`);
    await page.screenshot({ path: join(ARTIFACTS, '02-checklist.png') });
    passed++;
  });

  it('opens the file at the line of an evidence link', async () => {
    const link = report.locator('section.subject[data-subject="image:Dockerfile"] tr[data-item="unprivileged-port"] a.evidence').first();
    assert.equal(await link.innerText(), 'Dockerfile:15');
    await link.click();
    await page.locator('.tab.active', { hasText: /^Dockerfile/ }).waitFor();
    await page.locator('.statusbar-item', { hasText: 'Ln 15, Col 1' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '03-evidence-opened.png') });
    passed++;
  });
});
