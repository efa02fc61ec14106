// UI smoke test: what a drafter sees. The packaged extension (GOVREPORT_VSIX) is installed into a clean
// code-server; sample drafts from ../shared/samples (else the repository's samples/) are opened by clicking the
// Explorer, and the rendered workbench is checked: the language mode, squiggles, token colours (the `mtkN`
// classes of the rendered spans) and the Problems panel. Ends with a screenshot (GOVREPORT_SCREENSHOT, default
// out/e2e/screenshot.png; docs/screenshot.png is a copy of one, see README "Real VS Code tests").
//
// Run by scripts/test-vscode.mjs (mocha, in Node; Playwright drives the browser).
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, ensureHost } from '../../vscode-host/host.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SAMPLES = [resolve(ROOT, '..', 'shared', 'samples'), join(ROOT, 'samples')].find((d) => existsSync(d));
/** A whole report: its title and address make a .txt switch to 政府工作报告 by itself. */
const REPORT = '003_2b2b4e9df3eeff17.txt';
/** An excerpt (sections (四)–(七), footnote markers (15)–(22)): not detected, so the drafter picks the mode. */
const EXCERPT = '000_b5c11d3434b80bb5.txt';
const LANGUAGE_NAME = '政府工作报告';
const SCREENSHOT = resolve(process.env.GOVREPORT_SCREENSHOT || join(ROOT, 'out', 'e2e', 'screenshot.png'));
const WAIT = { timeout: 60_000 };

describe('UI smoke: the installed .vsix in the workbench', function () {
  this.timeout(120_000);
  /** @type {ReturnType<typeof createSession>} */
  let session;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    const vsix = process.env.GOVREPORT_VSIX;
    assert.ok(vsix && existsSync(vsix), `GOVREPORT_VSIX must name the packaged extension (got ${vsix})`);
    assert.ok(SAMPLES, 'no sample drafts: neither ../shared/samples nor samples/');
    session = createSession({
      hostDir: ensureHost(),
      settings: {
        'workbench.colorTheme': 'Default Light Modern',
        'editor.wordWrap': 'on', // report paragraphs are single long lines
        'editor.minimap.enabled': false,
        'workbench.editor.enablePreview': false,
      },
    });
    for (const name of [REPORT, EXCERPT]) cpSync(join(SAMPLES, name), join(session.dirs.workspace, name));
    session.installVsix(resolve(vsix));
    await session.start();
    page = await session.launchBrowser({ width: 1200, height: 760 });
    await page.goto(`${session.origin}/?folder=${encodeURIComponent(session.dirs.workspace)}`);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor(WAIT);
  });

  after(async () => {
    await session?.close();
  });

  const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  const modeItem = () => page.locator('[id="status.editor.mode"]');
  const activeTab = () => page.locator('.tabs-container .tab.active');

  async function open(name) {
    await row(name).click();
    await activeTab().filter({ hasText: name }).waitFor(WAIT);
  }

  it('a report-like .txt sample switches to 政府工作报告 by itself', async () => {
    await open(REPORT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
  });

  it('the report closed and opened again is still 政府工作报告', async () => {
    // Closing the tab disposes the document: the language client drops its problems, which the status bar shows.
    const problems = page.locator('[id="status.problems"]');
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? ''), null, WAIT);
    await activeTab().filter({ hasText: REPORT }).locator('.codicon-close').click();
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', ...WAIT });
    await page.waitForFunction(() => !/[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? 'x'), null, WAIT);
    assert.doesNotMatch((await problems.textContent()) ?? '', /[1-9]/);
    await open(REPORT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
  });

  it('an excerpt set to 政府工作报告 in the language picker shows squiggles', async () => {
    await open(EXCERPT);
    await modeItem().filter({ hasText: 'Plain Text' }).waitFor(WAIT);
    await modeItem().click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor(WAIT);
    await input.fill(LANGUAGE_NAME);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'govreport' }).first().waitFor(WAIT);
    await input.press('Enter');
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor(WAIT);
  });

  it('headings, footnote markers and figures are coloured differently from plain text', async () => {
    // Each rendered token is a span whose first class, mtkN, is its colour.
    const spans = await page.$$eval('.monaco-editor .view-lines .view-line > span > span', (elements) =>
      elements.map((e) => [e.textContent ?? '', [...e.classList].find((c) => /^mtk\d+$/.test(c)) ?? '']));
    const classOf = (what, find) => {
      const index = spans.findIndex(find);
      assert.ok(index >= 0, `no rendered token for ${what} among ${spans.length} spans`);
      return spans[index][1];
    };
    const plain = classOf('plain text (加快完善规划建设)', ([text]) => text.includes('加快完善规划建设'));
    const heading = classOf('the heading 抓创建提品质', ([text]) => text.includes('抓创建提品质'));
    const ordinal = classOf('the heading ordinal 四', ([text], i) => text === '四' && spans[i - 1]?.[0] === '(');
    const footnote = classOf('the footnote marker (17)', ([text], i) => text === '17' && spans[i - 1]?.[0] === '(');
    const figure = classOf('the figure 7条', ([text]) => text === '7条');
    const classes = { plain, heading, ordinal, footnote, figure };
    for (const [what, cls] of Object.entries(classes)) {
      if (what !== 'plain') assert.notEqual(cls, plain, `${what} is rendered like plain text: ${JSON.stringify(classes)}`);
    }
    // The editor's colour for each class, for the record: plain text and the three kinds differ on screen.
    const colours = await page.evaluate((names) => Object.fromEntries(names.map((n) => {
      const probe = document.querySelector(`.monaco-editor .view-lines .${n}`);
      return [n, probe ? getComputedStyle(probe).color : ''];
    })), [...new Set(Object.values(classes))]);
    for (const what of ['heading', 'footnote', 'figure']) {
      assert.notEqual(colours[classes[what]], colours[plain], `${what} has the colour of plain text: ${JSON.stringify(colours)}`);
    }
  });

  it('the Problems panel lists the diagnostics', async () => {
    await page.locator('[id="status.problems"]').click();
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: '括号序号应使用全角括号' }).first().waitFor(WAIT);
    await problems.filter({ hasText: 'heading-punctuation' }).first().waitFor(WAIT);
    assert.ok((await problems.count()) >= 4, `only ${await problems.count()} rows in the Problems panel`);
  });

  it('saves a screenshot', async () => {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    // Put the cursor back at the top so the first headings, their squiggles and markers are in view.
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.screenshot({ path: SCREENSHOT });
    assert.ok(existsSync(SCREENSHOT));
    console.log(`      screenshot: ${SCREENSHOT}`);
  });
});
