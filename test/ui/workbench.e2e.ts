/**
 * `npm run test:ui`: Playwright drives the VS Code workbench (code-server in headless Chromium) the way a person
 * would, with the extension under development loaded, on a temp copy of examples/atm-system: Ctrl+P to open the
 * Dockerfile, squiggles, the Problems panel, a hover, the lightbulb menu and a quick fix. Every step asserts on what
 * is visible and saves a screenshot under artifacts/ui/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureEditors, launchBrowser, ROOT, startCodeServer, workbenchUrl, type CodeServer } from '../editors/code-server.js';
import { buildExtension, tempCopy } from '../editors/run.js';

const ARTIFACTS = join(ROOT, 'artifacts/ui');
/** How long one thing may take to show up in the workbench. */
const UI_MS = 60_000;
const FIX_TITLE = 'Run as UID 65532 (no user entry needed) (review: changes behaviour)';

let cs: CodeServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
let project: string;
/** How many of the tests below finished; the editor's data is kept for a look when not all did. */
let done = 0;
const TESTS = 9;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The text of the visible editor, with the non-breaking spaces Monaco renders turned back into spaces. */
async function editorText(): Promise<string> {
  type Line = { style: { top: string }; innerText: string };
  const lines = await page.locator('.editor-instance .view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat((e as unknown as Line).style.top), text: (e as unknown as Line).innerText })));
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
}

/** The text of the first webview frame (e.g. a Markdown preview) whose body matches `pattern`. */
async function waitForFrameText(pattern: RegExp): Promise<string> {
  const deadline = Date.now() + UI_MS;
  for (;;) {
    for (const frame of page.frames()) {
      const text = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
      if (pattern.test(text)) return text;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${pattern}`);
    await page.waitForTimeout(200);
  }
}

/** The rows of the Problems panel as a person reads them. */
async function problemRows(): Promise<string[]> {
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Every log file code-server and its extension hosts wrote for this instance, with its text. */
function logs(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.log')) out.push({ file: path, text: readFileSync(path, 'utf8') });
    }
  };
  if (cs && existsSync(join(cs.userDataDir, 'logs'))) walk(join(cs.userDataDir, 'logs'));
  return out;
}

/** The lines of Shipshape's Output channel (its log file), without their timestamps. */
function outputLines(): string[] {
  return logs().filter((l) => l.file.endsWith('/Shipshape.log'))
    .flatMap((l) => l.text.split('\n'))
    .map((line) => line.replace(/^\S+ \S+ \[\w+\] /, ''))
    .filter(Boolean);
}

/** Runs a command from the palette (F1). */
async function palette(title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The status-bar item of Shipshape, when shown. */
const shield = () => page.locator('.statusbar-item', { has: page.locator('.codicon-shield') });

describe('the workbench, driven like a person', () => {
  before(async () => {
    ensureEditors(['apt', 'code-server']);
    buildExtension();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    project = tempCopy('examples/atm-system', 'shipshape-editors-ui-');
    // a YAML file that is not a container file: Shipshape has nothing to say about it
    writeFileSync(join(project, 'mkdocs.yml'), 'site_name: ATM\nnav:\n  - Home: index.md\n');
    cs = await startCodeServer({ settings: { 'editor.hover.delay': 100, 'workbench.editor.enablePreview': false } });
    ({ context, page } = await launchBrowser(cs));
    page.setDefaultTimeout(UI_MS);
    await page.goto(workbenchUrl(cs, { folder: project, extensionDevelopmentPath: ROOT }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.statusbar').waitFor();
  });

  after(async () => {
    const passed = done === TESTS;
    if (context && page && !passed) await shot('failure').catch(() => undefined);
    await context?.close().catch(() => undefined);
    await cs?.stop(!passed);
    if (cs && !passed) console.log(`code-server data and log kept in ${cs.data}`);
    if (project) rmSync(dirname(project), { recursive: true, force: true });
  });

  it('opens the Dockerfile with Ctrl+P and shows squiggles', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('Dockerfile');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'Dockerfile' }).waitFor();
    await page.locator('.editor-instance .squiggly-warning, .editor-instance .squiggly-error').first().waitFor();
    assert.equal(await editorText(), readFileSync(join(project, 'Dockerfile'), 'utf8'));
    const squiggles = await page.locator('.editor-instance .squiggly-warning, .editor-instance .squiggly-error').count();
    assert.ok(squiggles >= 2, `at least two squiggles, saw ${squiggles}`);
    await shot('01-squiggles');
    done++;
  });

  it('lists the findings in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'no-latest-tag' }).waitFor();
    const rows = await problemRows();
    assert.ok(rows.some((r) => r.includes("'python:latest' uses the 'latest' tag, which moves with every release; pin a version tag")
      && r.includes('shipshape') && r.includes('no-latest-tag') && r.includes('[Ln 2, Col 6]')), `a no-latest-tag row in ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.includes('The final stage sets no USER') && r.includes('require-user') && r.includes('[Ln 2, Col 1]')),
      `a require-user row in ${JSON.stringify(rows)}`);
    // the Problems panel's file row and the status-bar item count the same findings (the list itself is virtual)
    const fileRow = rows.map((r) => /^Dockerfile (\d+)$/.exec(r)).find(Boolean);
    assert.ok(fileRow, `a Dockerfile row with a count: ${JSON.stringify(rows)}`);
    const status = page.locator('.statusbar-item', { has: page.locator('.codicon-shield') });
    assert.equal((await status.innerText()).trim(), fileRow[1]);
    assert.equal(await status.locator('a').first().getAttribute('aria-label'), `shield  ${fileRow[1]}, Shipshape: ${fileRow[1]} findings in this file`);
    await shot('02-problems');
    done++;
  });

  it('explains a squiggle in a short hover: the finding with why, then links to the full documentation', async () => {
    // the squiggle under FROM, where only require-user applies
    const from = page.locator('.editor-instance .view-line', { hasText: 'FROM python:latest' }).locator('span span').first();
    const box = await from.boundingBox();
    assert.ok(box, 'the FROM line is visible');
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.mouse.move(box.x + 12, box.y + box.height / 2);
    // the diagnostic's own hover part comes first, the rule documentation from the language server joins it
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Full documentation: require-user' }).first();
    await hover.waitFor();
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /The final stage sets no USER, so it runs as root \(the default of 'python:latest'\)/);
    assert.match(text, /The final stage sets no USER and runs as root \(require-user\) — Without a USER instruction a container runs as whatever user its base image chose/);
    assert.match(text, /Full documentation: require-user · python-env/);
    assert.ok(text.length < 1500, `a short hover (${text.length} characters): ${text}`);
    await shot('03-hover');
    await page.keyboard.press('Escape');
    done++;
  });

  it('opens the lightbulb with Ctrl+. and applies a quick fix', async () => {
    const from = page.locator('.editor-instance .view-line', { hasText: 'FROM python:latest' }).locator('span span').first();
    await from.click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE });
    await item.waitFor();
    const items = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((t) => t.trim());
    assert.ok(items.includes('Create an unprivileged user and run as it (review: changes behaviour)'), `menu: ${JSON.stringify(items)}`);
    assert.ok(items.includes('Disable require-user for this line'), `menu: ${JSON.stringify(items)}`);
    await shot('04-lightbulb');
    // the menu is a keyboard list (a pointer block covers the editor while it is open): move to the item, then Enter
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < items.length && !(await focused.innerText()).includes(FIX_TITLE); i++) await page.keyboard.press('ArrowDown');
    assert.match(await focused.innerText(), new RegExp(FIX_TITLE.replace(/[()]/g, '\\$&')));
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-line', { hasText: 'USER 65532:65532' }).waitFor();
    const original = readFileSync(join(project, 'Dockerfile'), 'utf8');
    assert.equal(await editorText(), original.replace('\nEXPOSE 80 22\n', '\nUSER 65532:65532\nEXPOSE 80 22\n'));
    // the finding the fix was about leaves the Problems panel; the others stay
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'require-user' }).waitFor({ state: 'detached' });
    const rows = await problemRows();
    assert.ok(rows.some((r) => r.includes('no-latest-tag')), `no-latest-tag stays: ${JSON.stringify(rows)}`);
    await page.mouse.move(1300, 450);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:not(.hidden)').waitFor({ state: 'hidden' });
    await shot('05-fixed');
    done++;
  });

  it('runs "Shipshape: Show Rule Documentation" from the command palette', async () => {
    // the cursor on the empty last line, where there is no finding
    await page.locator('.editor-instance .view-line').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Shipshape: Show Rule Documentation');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Shipshape: Show Rule Documentation' }).first().waitFor();
    await page.keyboard.press('Enter');
    // no finding under the cursor: the command asks for a rule id
    await page.locator('.quick-input-widget', { hasText: 'Shipshape rule id' }).waitFor();
    await input.fill('no-latest-tag');
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'no-latest-tag.md' }).waitFor();
    // the Markdown preview (a webview) shows the rule's doc: its id as the heading, then why it matters
    const doc = await waitForFrameText(/^no-latest-tag\n[\s\S]*\nWhy\n/);
    assert.match(doc, /\nBad\n[\s\S]*\nGood\n/);
    await shot('06-rule-doc');
    done++;
  });

  it('hardens the Dockerfile: a diff for review, then Apply', async () => {
    await page.locator('.tab', { hasText: /^Dockerfile/ }).first().click();
    await page.locator('.tab.active', { hasText: /^Dockerfile/ }).waitFor();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Shipshape: Harden this Dockerfile');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Shipshape: Harden this Dockerfile' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'Dockerfile ↔ hardened (review)' }).waitFor();
    await page.locator('.monaco-diff-editor').first().waitFor();
    const toast = page.locator('.notification-toast', { hasText: 'Review the diff' });
    await toast.waitFor();
    assert.match((await toast.innerText()).replace(/\s+/g, ' '), /Shipshape: \d+ changes? to Dockerfile and a new \.dockerignore \(runtime \S+ for the \S+ build\)\..* Review the diff\./);
    for (const button of ['Apply', 'Explain', 'Discard']) await toast.getByRole('button', { name: button }).waitFor();
    const proposed = (await page.locator('.monaco-diff-editor .editor.modified .view-line').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
    // A non-root USER line, or a runtime image that runs as non-root itself (distroless :nonroot needs none).
    assert.ok(proposed.some((l) => /^USER (?!root\b|0\b)\S+/.test(l) || /^FROM \S+:nonroot\b/.test(l)), `the proposal runs as a non-root user: ${JSON.stringify(proposed)}`);
    assert.ok(proposed.filter((l) => l.startsWith('FROM ')).length >= 2, `a builder and a runtime stage: ${JSON.stringify(proposed)}`);
    const original = readFileSync(join(project, 'Dockerfile'), 'utf8');
    assert.equal(readFileSync(join(project, 'Dockerfile'), 'utf8'), original, 'nothing is written while the person reviews');
    await shot('07-harden-diff');

    // the diff's title bar keeps Apply and Discard while the plan is under review
    const apply = page.locator('a.action-label.codicon-check[aria-label^="Apply the Reviewed Hardening Plan"]');
    const discard = page.locator('a.action-label.codicon-discard[aria-label^="Discard the Hardening Plan"]');
    await apply.waitFor();
    await discard.waitFor();
    // "Explain" dismisses the notification; the explanation opens beside, with the same buttons
    await toast.getByRole('button', { name: 'Explain' }).click();
    await toast.waitFor({ state: 'detached' });
    await page.locator('.tab.active', { hasText: 'Dockerfile.hardening.md' }).waitFor();
    await page.locator('.editor-group-container.active .view-line', { hasText: 'Nothing is written until you choose' }).waitFor();
    await apply.waitFor();
    await shot('08-harden-explained');
    await apply.click();
    await page.locator('.tab', { hasText: 'hardened (review)' }).waitFor({ state: 'detached' });
    // the explanation now says what happened, and the buttons are gone
    await page.locator('.editor-group-container .view-line', { hasText: 'Applied.' }).waitFor();
    await apply.waitFor({ state: 'detached' });
    await discard.waitFor({ state: 'detached' });
    await page.locator('.tab', { hasText: /^Dockerfile$/ }).first().click();
    await page.locator('.editor-instance .view-line', { hasText: /^FROM\s.*\sAS\s/ }).first().waitFor();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'require-user' }).waitFor({ state: 'detached' });
    assert.ok(existsSync(join(project, '.dockerignore')), 'the plan created the missing .dockerignore');
    await shot('09-hardened');
    done++;
  });

  it('scans the workspace: the notification, the Problems badge and the log count the same findings', async () => {
    await page.keyboard.press('Control+S');
    await palette('Shipshape: Scan Workspace');
    const toast = page.locator('.notification-toast', { hasText: /Shipshape: \d+ findings? in/ });
    await toast.waitFor();
    const said = /Shipshape: (\d+) findings? in (\d+) of (\d+) container files?\./.exec((await toast.innerText()).replace(/\s+/g, ' '));
    assert.ok(said, await toast.innerText());
    // the Problems tab's badge counts what Problems lists
    const badge = page.locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content');
    // the badge settles once the scan's results are in Problems
    const deadline = Date.now() + UI_MS;
    let shown = '';
    while ((shown = (await badge.innerText().catch(() => '')).trim()) !== said[1] && Date.now() < deadline) await page.waitForTimeout(200);
    assert.equal(shown, said[1], 'the Problems badge shows the number the notification says');
    await shot('10-scan');
    await toast.getByRole('button', { name: 'Open Problems' }).click();
    // scanned files that are not open have their rows too
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'docker-compose.yml' }).first().waitFor();
    assert.ok((await problemRows()).some((r) => /^docker-compose\.yml \d+$/.test(r)), JSON.stringify(await problemRows()));
    const logged = outputLines().filter((l) => l.startsWith('Scan Workspace:'));
    assert.equal(logged.length, 1, JSON.stringify(logged));
    assert.match(logged[0], new RegExp(`^Scan Workspace: ${said[1]} findings? in ${said[2]} of ${said[3]} container files? \\(\\d+\\.\\d s\\)\\.$`));
    const harden = outputLines().filter((l) => l.startsWith('Harden this Dockerfile:'));
    assert.deepEqual(harden.map((l) => l.replace(/^Harden this Dockerfile: \S+: /, '').replace(/\d+/g, 'N')),
      ['N changes proposed (runtime gcr.io/distroless/pythonN-debianN:nonroot) and N new file, shown for review.', `applied N changes, created ${join(project, '.dockerignore').replace(/\d+/g, 'N')}.`]);
    done++;
  });

  it('shows no status-bar verdict for a YAML file Shipshape does not analyse', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('mkdocs.yml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'mkdocs.yml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'mkdocs.yml' }).waitFor();
    await shield().waitFor({ state: 'detached' });
    // a container file next to it gets the count again
    await page.keyboard.press('Control+P');
    await input.waitFor();
    await input.fill('docker-compose.yml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'docker-compose.yml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'docker-compose.yml' }).waitFor();
    // The count, not a ✓ (which the item shows for a container file with no findings).
    await page.locator('.statusbar-item', { has: page.locator('.codicon-shield'), hasText: /^\s*\d+\s*$/ }).waitFor();
    assert.match((await shield().innerText()).trim(), /^\d+$/);
    await shot('11-status');
    done++;
  });

  it('reloads the window without errors in the extension host', async () => {
    await palette('Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.editor-instance .squiggly-warning, .editor-instance .squiggly-error').first().waitFor();
    await shield().waitFor();
    const bad = logs().flatMap((l) => l.text.split('\n').filter((line) => /Channel has been closed|provider FAILED/.test(line)).map((line) => `${l.file}: ${line}`));
    assert.deepEqual(bad, []);
    await shot('12-reloaded');
    done++;
  });
});
