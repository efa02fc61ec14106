/**
 * The language of what the server says and where its rule links lead: `govreport.language` (auto, zh-cn, en), `auto`
 * following the editor's locale from initializationOptions (Chinese when none is given); `initializationOptions.ruleDocs`
 * as the base of every diagnostic's codeDescription (the repository's docs otherwise).
 */
import * as assert from 'node:assert/strict';
import { useServer } from './lspClient';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
const ZH = '标题序号不连续：应为“（二）”，实际为“（三）”。';
const EN = 'Heading number out of sequence: expected “（二）”, found “（三）”.';
const REPOSITORY_DOCS = 'https://github.com/govreport/govreport-lint/blob/main/docs/rules.md';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
let seq = 0;
const newUri = () => `file:///tmp/language-${process.pid}-${++seq}.govreport`;

describe('server language: an English editor', function () {
  this.timeout(20000);
  const client = useServer({ initializationOptions: { lintDelay: 0, locale: 'en', ruleDocs: 'code-oss://govreport.govreport-lint/docs/rules.md' } }, 'test');

  it('auto follows the locale: English messages, related messages, quick-fix and code-action titles', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const [diagnostic] = await client.diagnostics(uri);
    assert.equal(diagnostic!.message, EN);
    assert.deepEqual(diagnostic!.relatedInformation?.map((r) => r.message), ['Previous heading of this level “（一）”']);
    const actions = await client.codeActions(uri, WHOLE, [diagnostic!]);
    assert.deepEqual(actions.map((a) => a.title), ['Change “（三）” to “（二）”', 'Fix all auto-fixable problems in this document']);
  });

  it('each diagnostic links to the rule’s section of the docs the client names', async () => {
    const uri = newUri();
    await client.open(uri, SLIP);
    const [diagnostic] = await client.diagnostics(uri);
    assert.equal(diagnostic!.codeDescription?.href, 'code-oss://govreport.govreport-lint/docs/rules.md#heading-sequence');
  });

  it('hovers speak English too: a target restated with another figure, a note without its explanation', async () => {
    const uri = newUri();
    await client.open(uri, '二、今年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n（一）扩大内需。确保全年地区生产总值增长7%左右，落实“两新”［1］政策。\n');
    const hover = (line: number, character: number) =>
      client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const statement = await hover(2, 15);
    assert.match(statement!.contents.value, /Main expected target: 地区生产总值增长6%左右 \(line 2\)/);
    assert.match(statement!.contents.value, /Differs: here “增长7%左右”, the target is “增长6%左右”\./);
    const marker = await hover(2, 32);
    assert.match(marker!.contents.value, /The report has no explanations section/);
  });

  it('govreport.language zh-cn gives Chinese, and changing it re-sends the findings in the other language', async () => {
    const uri = newUri();
    client.settings.set('*', { language: 'zh-cn' });
    await client.open(uri, SLIP);
    const first = await client.pull(uri);
    assert.ok(first.kind === 'full' && first.items[0]!.message === ZH, JSON.stringify(first));
    assert.equal((await client.pull(uri, first.resultId)).kind, 'unchanged');
    client.settings.set('*', { language: 'en' });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // The same lint (cached), in another language: a full report, not "unchanged".
    const second = await client.pull(uri, first.resultId);
    assert.ok(second.kind === 'full' && second.items[0]!.message === EN, JSON.stringify(second));
  });
});

describe('server language: a Chinese editor, and an editor that does not say', function () {
  this.timeout(20000);

  describe('locale zh-cn', () => {
    const client = useServer({ initializationOptions: { lintDelay: 0, locale: 'zh-cn' } }, 'test');
    it('auto gives Chinese; govreport.language en gives English', async () => {
      const uri = newUri();
      await client.open(uri, SLIP);
      assert.equal((await client.diagnostics(uri))[0]!.message, ZH);
      const other = newUri();
      client.settings.set(other, { language: 'en' });
      await client.open(other, SLIP);
      const [diagnostic] = await client.diagnostics(other);
      assert.equal(diagnostic!.message, EN);
      const actions = await client.codeActions(other, WHOLE, [diagnostic!]);
      assert.ok(actions.some((a) => a.title === 'Change “（三）” to “（二）”'), JSON.stringify(actions.map((a) => a.title)));
    });
  });

  describe('no locale, no ruleDocs (another editor)', () => {
    const client = useServer({ initializationOptions: { lintDelay: 0 } }, 'test');
    it('Chinese, as reports are, with links to the repository’s docs', async () => {
      const uri = newUri();
      await client.open(uri, SLIP);
      const [diagnostic] = await client.diagnostics(uri);
      assert.equal(diagnostic!.message, ZH);
      assert.equal(diagnostic!.codeDescription?.href, `${REPOSITORY_DOCS}#heading-sequence`);
    });
  });

  describe('a malformed ruleDocs', () => {
    const client = useServer({ initializationOptions: { lintDelay: 0, ruleDocs: 'not a uri#x' } }, 'test');
    it('is ignored for the repository’s docs', async () => {
      const uri = newUri();
      await client.open(uri, SLIP);
      assert.equal((await client.diagnostics(uri))[0]!.codeDescription?.href, `${REPOSITORY_DOCS}#heading-sequence`);
    });
  });
});
