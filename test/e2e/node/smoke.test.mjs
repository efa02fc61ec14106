// UI smoke test: what a drafter sees. The packaged extension (GOVREPORT_VSIX) is installed into a clean code-server
// with VS Code's own defaults (no word wrap set by the test: the extension's defaults for report drafts apply);
// drafts are opened by clicking the Explorer, and the rendered workbench is checked: the language mode, squiggles
// and how fast they come, no boxes around full-width punctuation, token colours (the `mtkN` classes of the
// rendered spans), the Problems panel, a GBK draft reopened as GBK, a drafter's Plain Text choice kept, the trace
// channel. Ends with a screenshot (GOVREPORT_SCREENSHOT, default out/e2e/screenshot.png; docs/screenshot.png is a
// copy of one, see README "Real VS Code tests").
//
// Run by scripts/test-vscode.mjs (mocha, in Node; Playwright drives the browser).
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, ensureHost } from '../../vscode-host/host.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SAMPLES = [resolve(ROOT, '..', 'shared', 'samples'), join(ROOT, 'samples')].find((d) => existsSync(d));
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
/** A whole report: its title and address make a .txt switch to 政府工作报告 by itself. */
const REPORT = '003_2b2b4e9df3eeff17.txt';
/** An excerpt (sections (四)–(七), footnote markers (15)–(22)), no title: read as a report excerpt. */
const EXCERPT = '000_b5c11d3434b80bb5.txt';
/** A corpus report with the slips of a drafter's copy (as `npm run demo` plants them): the screenshot's draft. */
const DRAFT = '海南省2026年政府工作报告（改稿）.txt';
const DRAFT_SLIPS = [
  ['\n三、2026年主要工作', '\n二、2026年主要工作'],
  ['要注重抓好以下工作：', '要注重抓好以下九个方面工作：'],
  ['擦亮“投资自贸港”品牌', '确保全年固定资产投资增长8%左右。擦亮“投资自贸港”品牌'],
];
/** The drafter's copy as Word saves it (automatic 一、 （一） numbering, superscript markers): the 校对视图's draft. */
const WORD_DRAFT = '海南省2026年政府工作报告（改稿）.docx';
/** A picture of the 校对视图 (docs/word-view.png is a copy of one). */
const WORD_SCREENSHOT = join(dirname(resolve(process.env.GOVREPORT_SCREENSHOT || join(ROOT, 'out', 'e2e', 'screenshot.png'))), 'word-view.png');
/** The same report saved as GBK, as Word or WPS do on Chinese Windows. */
const GBK_DRAFT = 'gbk-draft.txt';
/** JavaScript keeps VS Code's confusable-character boxes: the control for the selector below. */
const CONTROL = 'control.js';
const LANGUAGE_NAME = '政府工作报告';
const SCREENSHOT = resolve(process.env.GOVREPORT_SCREENSHOT || join(ROOT, 'out', 'e2e', 'screenshot.png'));
const WAIT = { timeout: 60_000 };
/** VS Code's class for a confusable or invisible character it boxes. */
const UNICODE_BOX = '.monaco-editor .unicode-highlight';
const SQUIGGLE = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error';

/** GBK bytes of `text` (Node decodes GBK but has no encoder: the table is built by decoding every pair once). */
function encodeGbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(Uint8Array.of(lead, trail));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  const bytes = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else bytes.push(...(table.get(c) ?? [0x3f]));
  }
  return Uint8Array.from(bytes);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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
    assert.ok(existsSync(join(CORPUS, '05_海南省_2026.txt')), `the corpus is missing at ${CORPUS}`);
    session = createSession({
      hostDir: ensureHost(),
      settings: {
        'workbench.colorTheme': 'Default Light Modern',
        'editor.minimap.enabled': false,
        'workbench.editor.enablePreview': false,
        'govreport.trace.server': 'messages',
        // A Chinese drafter's findings (the workbench's locale is English, where `auto` would give English ones).
        'govreport.language': 'zh-cn',
      },
    });
    const workspace = session.dirs.workspace;
    for (const name of [REPORT, EXCERPT]) cpSync(join(SAMPLES, name), join(workspace, name));
    const corpus = readFileSync(join(CORPUS, '05_海南省_2026.txt'), 'utf8');
    const draft = DRAFT_SLIPS.reduce((text, [from, to]) => text.replace(from, to), corpus);
    writeFileSync(join(workspace, DRAFT), draft);
    // The tests' own .docx writer (test/support/docx.ts, compiled by `tsc -b` before the suite runs).
    const { docxFromText, pack } = createRequire(import.meta.url)(join(ROOT, 'out', 'test', 'support', 'docx.js'));
    writeFileSync(join(workspace, WORD_DRAFT), await pack(docxFromText(draft)));
    // Title, address and a numbering slip on the first screen, then the report's own prose.
    const prose = corpus.slice(corpus.indexOf('\n', corpus.indexOf('一、2025年')) + 1, corpus.indexOf('二、“十五五”'));
    writeFileSync(join(workspace, GBK_DRAFT), encodeGbk(`政府工作报告\n各位代表：\n一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n${prose}`));
    // The control holds a line of the draft in a string: the same characters VS Code boxes in code.
    const line = corpus.split('\n').find((l) => /\d/.test(l) && /[，：；（）]/.test(l) && l.length < 120) ?? '增长6%，城镇新增就业1万人（含）：';
    writeFileSync(join(workspace, CONTROL), `const line = ${JSON.stringify(line)};\n`);
    session.installVsix(resolve(vsix));
    await session.start();
    page = await session.launchBrowser({ width: 1280, height: 800 });
    await page.goto(`${session.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor(WAIT);
  });

  after(async () => {
    await session?.close();
  });

  const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  const modeItem = () => page.locator('[id="status.editor.mode"]');
  const activeTab = () => page.locator('.tabs-container .tab.active');
  const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

  async function open(name) {
    await row(name).click();
    await activeTab().filter({ hasText: name }).waitFor(WAIT);
  }

  async function closeActive(name) {
    const tab = page.locator('.tabs-container .tab', { hasText: name });
    // force: a hover (the tab's problem count) may lie over the close button. A click that lands while the tab
    // bar re-renders (just after a language switch) is lost, as a drafter's would be: click again, up to three times.
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1 && (await tab.count()) === 0) return;
      await activeTab().filter({ hasText: name }).locator('.codicon-close').click({ force: true });
      try {
        await tab.waitFor({ state: 'detached', timeout: attempt < 3 ? 5000 : WAIT.timeout });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /** Picks a language mode from the status bar's picker. */
  async function pickLanguage(label, item) {
    await modeItem().click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor(WAIT);
    await input.fill(label);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: item }).first().waitFor(WAIT);
    await input.press('Enter');
  }

  afterEach(async function () {
    // A failed step leaves a picture of the workbench beside the screenshot, for the log.
    if (this.currentTest?.state === 'failed' && page) {
      const file = join(dirname(SCREENSHOT), `failure-${this.currentTest.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}.png`);
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      failure screenshot: ${file}`);
    }
  });

  it('an excerpt without title or address switches to 政府工作报告 by itself; squiggles soon after the click (cold start)', async () => {
    const clicked = Date.now();
    await row(EXCERPT).click();
    // Its first line is a heading with half-width brackets: a squiggle on the first screen.
    await page.locator(SQUIGGLE).first().waitFor(WAIT);
    const first = Date.now() - clicked;
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    // code-server in headless Chromium on two cores: the workbench's own start dominates (3–6 s here); a bound
    // that catches a hang, and the figure for the record.
    console.log(`      latency (UI, cold: activation and server start included): first squiggle ${first} ms after the click`);
    assert.ok(first < 15_000, `first squiggle ${first} ms after the click`);
  });

  it('headings, footnote markers and figures are coloured differently from plain text', async () => {
    // Each rendered token is a span whose first class, mtkN, is its colour.
    const spans = await activeEditor().locator('.view-lines .view-line > span > span').evaluateAll((elements) =>
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

  it('long paragraphs wrap (the excerpt is one paragraph per line)', async () => {
    // Line 1 of the excerpt is 700+ characters: wrapped, it takes several view lines under one line number.
    const box = await activeEditor().locator('.view-lines').boundingBox();
    const widths = await activeEditor().locator('.view-lines .view-line').evaluateAll((lines) => lines.map((l) => l.scrollWidth));
    assert.ok(widths.length > 0 && Math.max(...widths) <= box.width + 2, `a view line is wider than the editor: ${Math.max(...widths)} > ${box.width}`);
  });

  it('no boxes around full-width punctuation in a report draft (JavaScript, the control, boxes the same line)', async () => {
    await open(CONTROL);
    await page.locator(UNICODE_BOX).first().waitFor(WAIT);
    await open(DRAFT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    // The draft's first screen is full of ，：（）“” next to digits — and shows none of the control's boxes.
    await activeEditor().locator('.view-lines .view-line', { hasText: '2025' }).first().waitFor(WAIT);
    assert.equal(await activeEditor().locator('.unicode-highlight').count(), 0);
    await closeActive(DRAFT);
    await closeActive(CONTROL);
  });

  it('a report closed and opened again is still 政府工作报告, with its first squiggle soon after it is shown', async () => {
    await open(REPORT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    await closeActive(REPORT);
    await closeActive(EXCERPT);
    // Closing the tabs disposes the documents: the language client drops their problems (the status bar shows 0).
    await page.waitForFunction(() => !/[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? 'x'), null, WAIT);
    const clicked = Date.now();
    await row(EXCERPT).click();
    // Shown: its tab is active and its first line is on screen.
    await activeEditor().locator('.view-lines .view-line', { hasText: '抓创建提品质' }).first().waitFor(WAIT);
    const shown = Date.now();
    await page.locator(SQUIGGLE).first().waitFor(WAIT);
    const squiggled = Date.now();
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    console.log(`      latency (UI, extension running): shown ${shown - clicked} ms after the click, first squiggle ${squiggled - shown} ms after that`);
    // Through the browser this is 0.5–0.9 s on two cores (the suite's latency test, without the browser's share,
    // holds it under 1 s): a bound that catches a regression, and the figure for the record.
    assert.ok(squiggled - shown < 2000, `first squiggle ${squiggled - shown} ms after the report was shown`);
  });

  it('a file switched back to Plain Text stays Plain Text when it is closed and opened again', async () => {
    await activeTab().filter({ hasText: EXCERPT }).waitFor(WAIT);
    await pickLanguage('Plain Text', 'Plain Text');
    await modeItem().filter({ hasText: 'Plain Text' }).waitFor(WAIT);
    await closeActive(EXCERPT);
    await open(EXCERPT);
    // Detection judges documents in the order they open: once the report opened next is switched, the excerpt has
    // been judged too, and kept as the drafter left it.
    await open(REPORT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    await page.locator('.tabs-container .tab', { hasText: EXCERPT }).click();
    await activeTab().filter({ hasText: EXCERPT }).waitFor(WAIT);
    await modeItem().filter({ hasText: 'Plain Text' }).waitFor(WAIT);
    await pickLanguage(LANGUAGE_NAME, 'govreport');
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
  });

  it('a GBK draft: a hint on the mojibake, then Reopen with Encoding → GBK, and it is checked', async () => {
    await open(GBK_DRAFT);
    const hint = page.locator('.notifications-toasts .notification-toast', { hasText: 'GBK' });
    await hint.waitFor(WAIT);
    assert.match((await modeItem().textContent()) ?? '', /Plain Text/);
    await hint.locator('.monaco-button', { hasText: '通过编码重新打开' }).click();
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reopen with Encoding' }).first().click();
    await input.fill('gbk');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GBK' }).first().waitFor(WAIT);
    await input.press('Enter');
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    await activeEditor().locator('.squiggly-error').first().waitFor(WAIT);
  });

  it('keystroke → squiggle in the rendered editor', async () => {
    await open(DRAFT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    const lines = readFileSync(join(session.dirs.workspace, DRAFT), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('二、2026年主要工作')) + 1;
    // Go to the slipped part title (二、 for 三、) and select its numeral.
    await activeEditor().locator('.view-lines').click();
    await page.keyboard.press('Control+g');
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    const errors = () => activeEditor().locator('.squiggly-error').count();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, '.editor-group-container.active .monaco-editor .squiggly-error', WAIT);
    const times = [];
    for (let i = 0; i < 12; i++) {
      const fixing = i % 2 === 0;
      await page.keyboard.press('Shift+ArrowRight');
      const started = Date.now();
      await page.keyboard.insertText(fixing ? '三' : '二');
      await page.waitForFunction(
        ([selector, gone]) => (document.querySelectorAll(selector).length === 0) === gone,
        ['.editor-group-container.active .monaco-editor .squiggly-error', fixing],
        { timeout: 10_000, polling: 5 },
      );
      times.push(Date.now() - started);
      await page.keyboard.press('ArrowLeft');
    }
    // Through the rendered workbench: the keystroke in Chromium, two websocket hops to the extension host and back,
    // the render. The suite's latency test holds the same path to 150 ms without the browser's share; here a bound
    // that catches a regression (the fixed 300 ms debounce gave 425 ms), and the figure for the record.
    console.log(`      latency (UI): keystroke → squiggle median ${median(times)} ms (${times.join(', ')})`);
    assert.ok((await errors()) > 0);
    assert.ok(median(times) < 250, `median ${median(times)} ms`);
  });

  it('the Problems panel lists the diagnostics', async () => {
    await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel-action-filter input, .markers-panel .monaco-inputbox input, .panel .viewpane-filter input').first().fill('target-mismatch');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: '与主要预期目标不一致' }).first().waitFor(WAIT);
    await problems.filter({ hasText: 'target-mismatch' }).first().waitFor(WAIT);
    await page.locator('.markers-panel-action-filter input, .markers-panel .monaco-inputbox input, .panel .viewpane-filter input').first().fill('');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'footnote-missing' }).first().waitFor(WAIT);
  });

  it('the 预期目标 view opens by itself the first time a draft with targets is shown, and lists the contradiction', async () => {
    const header = page.locator('.pane-header', { hasText: '预期目标' });
    await header.waitFor(WAIT);
    await page.waitForFunction(() => [...document.querySelectorAll('.pane-header')].some((h) => h.textContent?.includes('预期目标') && h.getAttribute('aria-expanded') === 'true'), null, WAIT);
    await page.locator('.monaco-list-row', { hasText: '增长8%左右' }).first().waitFor(WAIT);
  });

  it('govreport.trace.server alone fills the trace channel (no log level to change)', async () => {
    await page.locator('.panel .composite-bar .action-item', { hasText: /^Output$|^输出$/i }).first().click();
    const picker = page.locator('.panel select.monaco-select-box').first();
    await picker.waitFor(WAIT);
    await picker.selectOption({ label: 'Gov Report Lint 通信记录' });
    // (Monaco renders spaces as no-break spaces: match a word, not a phrase.)
    await page.locator('.panel .monaco-editor .view-line', { hasText: '[trace]' }).first().waitFor(WAIT);
    await page.locator('.panel .monaco-editor .view-line', { hasText: 'govreport/targets' }).first().waitFor(WAIT);
  });

  it('a Word draft: opening the .docx offers the 校对视图, which shows its findings read-only', async () => {
    await row(WORD_DRAFT).click();
    const offer = page.locator('.notifications-toasts .notification-toast', { hasText: 'Word 文档' });
    await offer.waitFor(WAIT);
    await offer.locator('.monaco-button', { hasText: '在校对视图中打开' }).click();
    await activeTab().filter({ hasText: '（校对视图）' }).waitFor(WAIT);
    await modeItem().filter({ hasText: LANGUAGE_NAME }).waitFor(WAIT);
    // Word's automatic 一、 is in the text.
    await activeEditor().locator('.view-lines .view-line', { hasText: '一、2025年和' }).first().waitFor(WAIT);
    // Read-only: typing is refused with VS Code's own message, and the tab never turns dirty.
    await activeEditor().locator('.view-lines .view-line', { hasText: '一、2025年和' }).first().click();
    await page.keyboard.type('改');
    await page.locator('.monaco-editor-overlaymessage', { hasText: /read-only|只读/ }).first().waitFor(WAIT);
    assert.equal(await activeTab().filter({ hasText: '（校对视图）' }).and(page.locator('.dirty')).count(), 0);
    // The Problems panel lists the slipped part title (二、 for 三、) with its fix in the message (the .txt draft, open
    // too, has the same slip, without the fix written out); a click shows it squiggled.
    await page.locator('[id="status.problems"]').click();
    const slip = page.locator('.markers-panel .monaco-list-row', { hasText: '建议：将“二、”改为“三、”' }).first();
    await slip.waitFor(WAIT);
    await slip.click();
    await activeEditor().locator('.squiggly-error').first().waitFor(WAIT);
    // The picture: the view's findings alone in the panel (other drafts are open too).
    const filter = page.locator('.markers-panel-action-filter input, .markers-panel .monaco-inputbox input, .panel .viewpane-filter input').first();
    await filter.fill('校对视图');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'gbk-draft' }).first().waitFor({ state: 'detached', timeout: WAIT.timeout });
    await page.mouse.move(700, 300);
    await page.screenshot({ path: WORD_SCREENSHOT });
    console.log(`      screenshot: ${WORD_SCREENSHOT}`);
    // Leave the panel as the next step expects it: unfiltered, showing Output.
    await filter.fill('');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'gbk-draft' }).first().waitFor(WAIT);
    await page.locator('.panel .composite-bar .action-item', { hasText: /^Output$|^输出$/i }).first().click();
    await closeActive('（校对视图）');
    const binary = page.locator('.tabs-container .tab', { hasText: WORD_DRAFT });
    if ((await binary.count()) > 0) {
      await binary.first().click();
      await closeActive(WORD_DRAFT);
    }
  });

  it('saves a screenshot', async () => {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    // The drafter's view: the slipped part title in the editor, the 预期目标 view beside it, the problems below.
    await page.locator('[id="status.problems"]').click();
    // Only the draft stays open, so the Problems panel lists its findings.
    for (const name of [EXCERPT, GBK_DRAFT, REPORT, CONTROL]) {
      const tab = page.locator('.tabs-container .tab', { hasText: name });
      if ((await tab.count()) === 0) continue;
      await tab.click();
      await closeActive(name);
    }
    await page.locator('.tabs-container .tab', { hasText: DRAFT }).click();
    await activeTab().filter({ hasText: DRAFT }).waitFor(WAIT);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'count-mismatch' }).first().waitFor(WAIT);
    await page.mouse.move(700, 300);
    await page.screenshot({ path: SCREENSHOT });
    assert.ok(existsSync(SCREENSHOT));
    console.log(`      screenshot: ${SCREENSHOT}`);
  });
});
