// The UI in the reader's language, and the rule documentation offline, in the rendered workbench. The packaged
// extension (GOVREPORT_VSIX) is installed into a clean code-server twice:
//   - with VS Code's own locale, English: the manifest's texts come from package.nls.json (the view's title, the
//     commands), the findings are English (`govreport.language` auto), the diagnostic's link in the Problems panel
//     opens the shipped docs/rules.md in the Markdown preview at the rule's section, `govreport.indicators` can be
//     edited in the Settings UI, and `govreport.language: zh-cn` turns the findings Chinese;
//   - with the locale zh-cn (an empty language pack registered by host.mjs, see createSession): package.nls.zh-cn.json
//     and Chinese findings, and `govreport.language: en` turns them English.
//
// Run by scripts/test-vscode.mjs (mocha, in Node; Playwright drives the browser).
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, ensureHost } from '../../vscode-host/host.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(ROOT, 'out', 'e2e');
const WAIT = { timeout: 60_000 };
const DRAFT = 'draft.txt';
/**
 * A report whose third heading is numbered （三） after （一）: one heading-sequence error; and a target restated under
 * a name of its own (县域总量 for 县域经济总量), compared once the Settings UI has added that name.
 */
const TEXT = [
  '政府工作报告', '各位代表：', '一、过去一年工作回顾', '（一）经济运行稳中有进。', '（三）改革开放持续深化。',
  '二、今年工作安排', '主要预期目标是：县域经济总量增长6%左右。', '（一）扩大内需。全年县域总量增长7%左右。', '',
].join('\n');
const MESSAGE = { en: 'Heading number out of sequence: expected', zh: '标题序号不连续：应为' };
const TARGET_MESSAGE = '“县域经济总量” disagrees with the main expected targets';

/** One workbench with the .vsix installed, `locale` as its display language, the draft in its workspace. */
function workbench(locale) {
  const state = {};
  before(async () => {
    const vsix = process.env.GOVREPORT_VSIX;
    assert.ok(vsix && existsSync(vsix), `GOVREPORT_VSIX must name the packaged extension (got ${vsix})`);
    state.session = createSession({ hostDir: ensureHost(), locale, settings: { 'workbench.editor.enablePreview': false, 'editor.minimap.enabled': false } });
    writeFileSync(join(state.session.dirs.workspace, DRAFT), TEXT);
    state.session.installVsix(resolve(vsix));
    await state.session.start();
    state.page = await state.session.launchBrowser({ width: 1280, height: 800 });
    await state.page.goto(`${state.session.origin}/?folder=${encodeURIComponent(state.session.dirs.workspace)}`);
    await state.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor(WAIT);
    await state.page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).click();
    await state.page.locator('.monaco-editor .squiggly-error').first().waitFor(WAIT);
    await state.page.keyboard.press('Control+Shift+M');
  });
  after(async () => {
    await state.session?.close();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && state.page) {
      const file = join(OUT, `failure-${locale}-${this.currentTest.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}.png`);
      mkdirSync(OUT, { recursive: true });
      await state.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      failure screenshot: ${file}`);
    }
  });
  return state;
}

/** The Problems panel's row of the heading-sequence finding. */
const problemRow = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();

/** Opens the Settings UI on one setting; returns its row. */
async function openSetting(page, key, title) {
  await page.keyboard.press('Control+Comma');
  const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .suggest-input-container input').first();
  await search.waitFor(WAIT);
  await search.fill(key);
  const item = page.locator('.settings-editor .setting-item-contents', { hasText: title }).first();
  await item.waitFor(WAIT);
  return item;
}

async function closeSettings(page) {
  await page.locator('.tabs-container .tab.active', { hasText: 'Settings' }).locator('.codicon-close').click({ force: true });
}

/** Picks a value of `govreport.language` in the Settings UI, as a user does. */
async function setLanguage(page, value) {
  const item = await openSetting(page, 'govreport.language', 'Language');
  await item.locator('.monaco-select-box').click();
  await page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: value }).first().click();
  await closeSettings(page);
}

/**
 * The Markdown preview of docs/rules.md (a webview: nested frames) shows the section `id` at its top. Without the
 * fragment the page would open at its title, every rule's heading far below.
 */
async function assertScrolledTo(page, id) {
  const deadline = Date.now() + 30_000;
  let top;
  while (Date.now() < deadline) {
    top = undefined;
    for (const frame of page.frames()) {
      const found = await frame.evaluate((anchor) => {
        const heading = document.getElementById(anchor);
        return heading && document.getElementById('footnote-missing') ? heading.getBoundingClientRect().top : undefined;
      }, id).catch(() => undefined);
      if (found !== undefined && found !== null) top = found;
    }
    if (top !== undefined && top > -5 && top < 200) return;
    await page.waitForTimeout(250);
  }
  assert.ok(top !== undefined, 'no Markdown preview of docs/rules.md with the rule headings');
  assert.fail(`the section ${id} is not at the top of the preview (top ${top})`);
}

/** A command palette entry, found by typing part of its title. */
async function paletteHas(page, typed, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(`>${typed}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor(WAIT);
  await input.press('Escape');
}

describe('the UI in English (VS Code’s locale en) and the rule documentation offline', function () {
  this.timeout(180_000);
  const state = workbench('en');

  it('the manifest speaks English: the view’s title and the commands (package.nls.json)', async () => {
    const { page } = state;
    await page.locator('.pane-header', { hasText: 'Expected Targets (预期目标)' }).first().waitFor(WAIT);
    await paletteHas(page, 'Rule Documentation', 'Gov Report: Open the Rule Documentation');
    await paletteHas(page, 'Renumber', 'Gov Report: Renumber Notes');
  });

  it('the findings are English (govreport.language auto follows the locale)', async () => {
    await problemRow(state.page, MESSAGE.en).waitFor(WAIT);
  });

  it('the diagnostic’s link opens the shipped rule reference in the Markdown preview, at the rule’s section', async () => {
    const { page } = state;
    const link = page.locator('.markers-panel .monaco-link', { hasText: 'heading-sequence' }).first();
    await link.waitFor(WAIT);
    await link.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'rules.md' }).waitFor(WAIT);
    await assertScrolledTo(page, 'heading-sequence');
  });

  it('a rule setting’s “Rule documentation” link opens the same page at that rule', async () => {
    const { page } = state;
    await page.locator('.tabs-container .tab', { hasText: 'rules.md' }).locator('.codicon-close').click({ force: true });
    const item = await openSetting(page, 'govreport.rules.count-mismatch', 'Count-mismatch');
    await item.locator('a', { hasText: 'Rule documentation' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'rules.md' }).waitFor(WAIT);
    await assertScrolledTo(page, 'count-mismatch');
    await page.locator('.tabs-container .tab', { hasText: 'Settings' }).locator('.codicon-close').click({ force: true });
  });

  it('govreport.indicators is edited in the Settings UI (help in place, Add Item), and the new name is compared', async () => {
    const { page, session } = state;
    assert.equal(await problemRow(page, TARGET_MESSAGE).count(), 0);
    const item = await openSetting(page, 'govreport.indicators', 'Indicators');
    assert.match(await item.innerText(), /县域GDP、全县生产总值/);
    // The object editor of string values (an array-valued object is only shown, with "Edit in settings.json").
    await page.locator('.settings-editor .monaco-button', { hasText: 'Add Item' }).first().click();
    await page.locator('.settings-editor .setting-list-object-input-key input').first().fill('县域经济总量');
    const value = page.locator('.settings-editor .setting-list-object-input-value input').first();
    await value.fill('县域总量、全县总量');
    await value.press('Enter');
    await page.locator('.settings-editor .setting-list-object-value', { hasText: '县域总量、全县总量' }).first().waitFor(WAIT);
    await closeSettings(page);
    await problemRow(page, TARGET_MESSAGE).waitFor(WAIT);
    // Saved in the user's settings.json as the string the Settings UI edits.
    const saved = () => JSON.parse(readFileSync(join(session.dirs.userData, 'User', 'settings.json'), 'utf8'))['govreport.indicators'];
    for (let i = 0; i < 40 && saved() === undefined; i++) await page.waitForTimeout(250);
    assert.deepEqual(saved(), { 县域经济总量: '县域总量、全县总量' });
  });

  it('govreport.language zh-cn, picked in the Settings UI, turns the findings Chinese', async () => {
    await setLanguage(state.page, 'zh-cn');
    await problemRow(state.page, MESSAGE.zh).waitFor(WAIT);
  });
});

describe('the UI in Chinese (VS Code’s locale zh-cn)', function () {
  this.timeout(180_000);
  const state = workbench('zh-cn');

  it('the manifest speaks Chinese (package.nls.zh-cn.json) and so do the findings', async () => {
    const { page } = state;
    await problemRow(page, MESSAGE.zh).waitFor(WAIT);
    await paletteHas(page, '规则说明', '政府工作报告: 打开规则说明');
    assert.equal(await page.locator('.pane-header', { hasText: 'Expected Targets' }).count(), 0);
  });

  it('govreport.language en, picked in the Settings UI, turns the findings English', async () => {
    await setLanguage(state.page, 'en');
    await problemRow(state.page, MESSAGE.en).waitFor(WAIT);
  });
});
