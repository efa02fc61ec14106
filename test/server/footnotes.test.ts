/**
 * The footnote editor features through the bundled server: hover, go to definition, references, completion of
 * the next marker number, the 重新编号注释 command (one WorkspaceEdit, annotated for a preview when the client
 * supports it), the code actions of footnote-missing and footnote-sequence, fix all with footnote-style, and
 * the explanation items in the outline.
 */
import * as assert from 'node:assert/strict';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  MarkupContent,
  Position,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { applyAction, applyTextEdits, TestClient, useServer } from './lspClient';
import { at, rangeOf } from '../support/positions';

let seq = 0;
const newUri = (ext = 'govreport') => `file:///tmp/footnotes-${process.pid}-${++seq}.${ext}`;


const REPORT = [
  '政府工作报告',
  '各位代表：',
  '一、过去一年工作回顾',
  '持续实施“两新”［1］政策，有效运用“两重”［2］。',
  '二、今年工作安排',
  '加快推进“两新”［1］工作，落实“三保”［3］。',
  '名词解释',
  '［1］两新：指新一轮大规模设备更新和消费品以旧换新。',
  '［2］两重：指国家重大战略实施和重点领域安全能力建设。',
  '［4］六稳：稳就业、稳金融。',
  '',
].join('\n');

describe('server footnotes', function () {
  this.timeout(20000);
  const client = useServer({
    capabilities: (caps) => {
      caps.textDocument!.definition = { linkSupport: true };
      caps.textDocument!.hover = { contentFormat: ['markdown', 'plaintext'] };
      caps.textDocument!.completion = { completionItem: { snippetSupport: true } };
    },
  });

  async function open(text: string, languageId = 'govreport'): Promise<string> {
    const uri = newUri(languageId === 'markdown' ? 'md' : 'govreport');
    await client.open(uri, text, languageId);
    return uri;
  }

  const hover = (uri: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const value = (h: Hover | null) => (h?.contents as MarkupContent).value;

  it('initialize announces hover, definition, references, completion and the renumber command', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['［', '[', '(', '（']);
    assert.deepEqual(caps.executeCommandProvider?.commands, ['govreport.server.fixAll', 'govreport.server.renumberFootnotes']);
  });

  describe('hover', () => {
    it('on a marker shows its explanation: bold label and term, then the text, over the marker’s range', async () => {
      const uri = await open(REPORT);
      for (const delta of [0, 1, 2]) {
        const h = await hover(uri, at(REPORT, '“两新”［1］', 4 + delta));
        assert.equal((h?.contents as MarkupContent).kind, 'markdown');
        assert.equal(value(h), '**［1］两新**\n\n指新一轮大规模设备更新和消费品以旧换新。');
        assert.deepEqual(h!.range, rangeOf(REPORT, '［1］'));
      }
      // The second footnote, and a later marker of the first.
      assert.equal(value(await hover(uri, at(REPORT, '［2］', 1))), '**［2］两重**\n\n指国家重大战略实施和重点领域安全能力建设。');
      assert.deepEqual((await hover(uri, at(REPORT, '［1］', 1, 1)))?.range, rangeOf(REPORT, '［1］', 1));
    });

    it('is silent next to a marker and on ordinary text', async () => {
      const uri = await open(REPORT);
      assert.equal(await hover(uri, at(REPORT, '“两新”［1］', 3)), null); // on ”
      assert.equal(await hover(uri, at(REPORT, '“两新”［1］', 7)), null); // on 政, just after ］
      assert.equal(await hover(uri, at(REPORT, '各位代表')), null);
      assert.equal(await hover(uri, at(REPORT, '两新：', 1)), null); // an item's term, not its label
    });

    it('on a marker without an item says so; without a section, that the section is missing', async () => {
      const uri = await open(REPORT);
      const missing = value(await hover(uri, at(REPORT, '［3］', 1)));
      assert.match(missing, /^\*\*［3］ “三保”\*\*\n\n/);
      assert.ok(missing.includes('此注释在名词解释部分没有对应条目'), missing);
      const bare = '持续实施“两新”［1］政策。\n';
      const noSection = await open(bare);
      const text = value(await hover(noSection, at(bare, '［1］', 1)));
      assert.ok(text.includes('文末缺少名词解释（注释）部分'), text);
      assert.ok(!text.includes('没有对应条目'), text);
    });

    it('joins an explanation’s continuation lines, escapes Markdown and stops at about 600 characters', async () => {
      const long = '很'.repeat(1000);
      const text = `推进“1+N”政策体系［1］和*数字*经济［2］。\n注释\n［1］“1+N”政策体系：\n第一段[说明]。\n第二段<b>。\n［2］数字经济：${long}\n`;
      const uri = await open(text);
      assert.equal(value(await hover(uri, at(text, '［1］', 1))), '**［1］“1\\+N”政策体系**\n\n第一段\\[说明\\]。\n\n第二段\\<b\\>。');
      const capped = value(await hover(uri, at(text, '［2］', 1)));
      assert.ok(capped.startsWith('**［2］数字经济**\n\n很很'), capped.slice(0, 40));
      assert.ok(capped.endsWith('很…'), capped.slice(-10));
      assert.ok(capped.length > 550 && capped.length < 700, String(capped.length));
    });

    it('on an item label counts the markers that use it', async () => {
      const uri = await open(REPORT);
      const one = await hover(uri, at(REPORT, '［1］两新：', 1));
      assert.equal(value(one), '**［1］两新**\n\n正文中有 2 处注释标记引用此条目（首次在第 4 行“两新”之后）。');
      assert.deepEqual(one!.range, { start: at(REPORT, '［1］两新：'), end: at(REPORT, '［1］两新：', 3) });
      assert.equal(value(await hover(uri, at(REPORT, '［2］两重：', 1))), '**［2］两重**\n\n正文中有 1 处注释标记引用此条目（首次在第 4 行“两重”之后）。');
      assert.equal(value(await hover(uri, at(REPORT, '［4］六稳', 1))), '**［4］六稳**\n\n正文中没有注释标记引用此条目。');
    });

    it('works in Markdown drafts too, and not in plain text', async () => {
      const md = '# 政府工作报告\n\n持续实施“两新”[^1]政策。\n\n## 名词解释\n\n[1] 两新：指设备更新和以旧换新。\n';
      const uri = await open(md, 'markdown');
      assert.equal(value(await hover(uri, at(md, '[^1]', 1))), '**\\[1\\]两新**\n\n指设备更新和以旧换新。');
      const txt = newUri('txt');
      await client.open(txt, REPORT, 'plaintext');
      assert.equal(await hover(txt, at(REPORT, '［1］', 1)), null);
    });
  });

  describe('definition and references', () => {
    const definition = (uri: string, position: Position) =>
      client.request<LocationLink[] | Location[] | null>('textDocument/definition', { textDocument: { uri }, position });
    const references = (uri: string, position: Position, includeDeclaration: boolean) =>
      client.request<Location[] | null>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration } });

    it('goes from a marker to its item’s label, with the marker as origin (cursor inside or right after it)', async () => {
      const uri = await open(REPORT);
      const expected: LocationLink = {
        originSelectionRange: rangeOf(REPORT, '［1］', 1),
        targetUri: uri,
        targetRange: rangeOf(REPORT, '［1］两新：指新一轮大规模设备更新和消费品以旧换新。'),
        targetSelectionRange: rangeOf(REPORT, '［1］', 2),
      };
      for (const delta of [0, 2, 3]) assert.deepEqual(await definition(uri, at(REPORT, '［1］', delta, 1)), [expected]);
      // No item, no definition; not on a marker, nothing.
      assert.equal(await definition(uri, at(REPORT, '［3］', 1)), null);
      assert.equal(await definition(uri, at(REPORT, '加快推进')), null);
    });

    it('answers a Location for a client without link support', async () => {
      const plain = await TestClient.start();
      try {
        const uri = newUri();
        await plain.open(uri, REPORT);
        const result = await plain.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(REPORT, '［2］', 1) });
        assert.deepEqual(result, [{ uri, range: rangeOf(REPORT, '［2］', 1) }]);
      } finally {
        await plain.dispose();
      }
    });

    it('finds every marker of a number from its item label, with the item when the declaration is included', async () => {
      const uri = await open(REPORT);
      const markers = [rangeOf(REPORT, '［1］', 0), rangeOf(REPORT, '［1］', 1)];
      const ranges = (ls: Location[] | null) => (ls ?? []).map((l) => (assert.equal(l.uri, uri), l.range));
      assert.deepEqual(ranges(await references(uri, at(REPORT, '［1］', 1, 2), false)), markers);
      assert.deepEqual(ranges(await references(uri, at(REPORT, '［1］', 1, 2), true)), [rangeOf(REPORT, '［1］', 2), ...markers]);
      // From a marker: the same set.
      assert.deepEqual(ranges(await references(uri, at(REPORT, '［1］', 3, 1), true)), [rangeOf(REPORT, '［1］', 2), ...markers]);
      // An item nobody uses; a marker without an item.
      assert.deepEqual(ranges(await references(uri, at(REPORT, '［4］', 1), true)), [rangeOf(REPORT, '［4］')]);
      assert.deepEqual(ranges(await references(uri, at(REPORT, '［3］', 1), true)), [rangeOf(REPORT, '［3］')]);
      assert.equal(await references(uri, at(REPORT, '政府工作报告'), true), null);
    });
  });

  describe('completion', () => {
    const complete = async (uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> => {
      const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
        textDocument: { uri },
        position,
        context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
      });
      return result === null ? [] : Array.isArray(result) ? result : result.items;
    };
    const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    /** What the editor shows after accepting `item`. */
    const accept = (text: string, item: CompletionItem) => applyTextEdits(text, [item.textEdit as TextEdit]);

    const BODY = '持续实施“两新”［1］政策，有效运用“两重”［2］。\n扩大“两新”［\n名词解释\n［1］两新：……\n［2］两重：……\n';

    it('after “两新”［ offers 3 when 1 and 2 are used, completing the closing bracket', async () => {
      const uri = await open(BODY);
      const items = await complete(uri, at(BODY, '“两新”［\n', 5), '［');
      assert.equal(items.length, 1, JSON.stringify(items));
      const [next] = items;
      assert.equal(next!.label, '［3］');
      assert.equal(next!.detail, '下一个注释编号');
      assert.deepEqual((next!.textEdit as TextEdit).range, { start: at(BODY, '“两新”［\n', 4), end: at(BODY, '“两新”［\n', 5) });
      assert.equal(accept(BODY, next!), BODY.replace('“两新”［\n', '“两新”［3］\n'));
    });

    it('replaces a closing bracket the editor auto-closed', async () => {
      const text = BODY.replace('“两新”［\n', '“两新”［］\n');
      const uri = await open(text);
      const [next] = await complete(uri, at(text, '“两新”［］', 5), '［');
      assert.equal(next?.label, '［3］');
      assert.deepEqual((next!.textEdit as TextEdit).range, { start: at(text, '“两新”［］', 4), end: at(text, '“两新”［］', 6) });
      assert.equal(accept(text, next!), BODY.replace('“两新”［\n', '“两新”［3］\n'));
    });

    it('follows the bracket being typed: [ ^[ ( （, and digits typed after it', async () => {
      const cases: [string, string, string][] = [
        ['“两新”[]', '[', '“两新”[3]'],
        ['“两新”^[]', '[', '“两新”^[3]'],
        ['两新(', '(', '两新(3)'],
        ['两新（）', '（', '两新（3）'],
      ];
      for (const [typed, trigger, expected] of cases) {
        const text = BODY.replace('“两新”［\n', `${typed}\n`);
        const uri = await open(text);
        const cursor = at(text, typed, typed.endsWith(']') || typed.endsWith('）') ? typed.length - 1 : typed.length);
        const [next] = await complete(uri, cursor, trigger);
        assert.ok(next, typed);
        assert.equal(accept(text, next), BODY.replace('“两新”［\n', `${expected}\n`), typed);
      }
      // Invoked by hand after a digit: the digit is replaced too.
      const text = BODY.replace('“两新”［\n', '“两新”［3\n');
      const uri = await open(text);
      const [next] = await complete(uri, at(text, '“两新”［3', 6));
      assert.equal(accept(text, next!), BODY.replace('“两新”［\n', '“两新”［3］\n'));
    });

    it('also offers explanations no marker uses yet, with their term, preselecting the one the term names', async () => {
      const text = '持续实施“两新”［1］政策，有效运用“两重”［\n名词解释\n［1］两新：……\n［2］两重：……\n［5］六稳：……\n';
      const uri = await open(text);
      const items = sorted(await complete(uri, at(text, '“两重”［', 5), '［'));
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.preselect ?? false]), [
        ['［2］', '两重', true],
        ['［6］', '下一个注释编号', false],
        ['［5］', '六稳', false],
      ]);
      assert.ok(accept(text, items[0]!).startsWith('持续实施“两新”［1］政策，有效运用“两重”［2］\n'));
    });

    it('offers nothing at a clause start, in plain text, or for ( in a report without footnotes', async () => {
      const clause = BODY.replace('扩大“两新”［\n', '扩大，［\n');
      assert.deepEqual(await complete(await open(clause), at(clause, '，［', 2), '［'), []);
      const lineStart = BODY.replace('扩大“两新”［\n', '［\n');
      assert.deepEqual(await complete(await open(lineStart), { line: 1, character: 1 }, '［'), []);
      const txt = newUri('txt');
      await client.open(txt, BODY, 'plaintext');
      assert.deepEqual(await complete(txt, at(BODY, '“两新”［\n', 5), '［'), []);
      const prose = '地区生产总值（\n';
      assert.deepEqual(await complete(await open(prose), { line: 0, character: 7 }, '（'), []);
      // ［ is a footnote bracket even in a report that has none yet.
      const first = '地区生产总值［\n';
      assert.deepEqual((await complete(await open(first), { line: 0, character: 7 }, '［')).map((i) => i.label), ['［1］']);
    });

    it('in the explanation section, after a bracket at the start of a line, offers the items still missing', async () => {
      const text = '实施“两新”［1］、“两重”［2］和“三保”［3］。\n名词解释\n［1］两新：……\n［\n';
      const uri = await open(text);
      const items = sorted(await complete(uri, { line: 3, character: 1 }, '［'));
      assert.deepEqual(items.map((i) => [i.label, i.detail]), [
        ['［2］', '正文“两重”的注释，尚无解释'],
        ['［3］', '正文“三保”的注释，尚无解释'],
        ['［4］', '下一个条目编号'],
      ]);
      assert.equal(accept(text, items[0]!), text.replace('\n［\n', '\n［2］“两重”：\n'));
      // Mid-line in the section: nothing.
      const mid = text.replace('\n［\n', '\n补充说明［\n');
      assert.deepEqual(await complete(await open(mid), { line: 3, character: 5 }, '［'), []);
    });
  });

  describe('重新编号注释', () => {
    const CRLF_DRAFT = [
      '政府工作报告',
      '实施“两重”［3］建设和“两新”［1］政策，推进“三改”［2］。',
      '加快“两新”［1］进度。',
      '名词解释',
      '［2］三改：改造城中村、改造危旧房、改造老旧小区。',
      '',
      '［1］两新：新一轮设备更新和消费品以旧换新。',
      '　　包括汽车、家电等。',
      '',
      '',
      '［3］两重：国家重大战略和重点领域安全能力建设。',
      '附件',
      '1.民生实事',
      '',
    ].join('\r\n');
    const CRLF_RENUMBERED = [
      '政府工作报告',
      '实施“两重”［1］建设和“两新”［2］政策，推进“三改”［3］。',
      '加快“两新”［2］进度。',
      '名词解释',
      '［1］两重：国家重大战略和重点领域安全能力建设。',
      '',
      '［2］两新：新一轮设备更新和消费品以旧换新。',
      '　　包括汽车、家电等。',
      '',
      '',
      '［3］三改：改造城中村、改造危旧房、改造老旧小区。',
      '附件',
      '1.民生实事',
      '',
    ].join('\r\n');

    async function run(c: TestClient, uri: string): Promise<unknown> {
      return c.request('workspace/executeCommand', { command: 'govreport.server.renumberFootnotes', arguments: [uri] });
    }

    it('renumbers markers in order of first appearance and sorts the items, in one edit; blank lines and CRLF kept', async () => {
      const uri = newUri();
      await client.open(uri, CRLF_DRAFT);
      const before = client.applyEditRequests.length;
      assert.equal(await run(client, uri), true);
      const requests = client.applyEditRequests.slice(before);
      assert.equal(requests.length, 1);
      assert.equal(requests[0]!.label, '重新编号注释');
      assert.equal(requests[0]!.edit.documentChanges?.length, 1);
      // This client does not declare changeAnnotationSupport: plain edits.
      assert.equal(requests[0]!.edit.changeAnnotations, undefined);
      assert.ok((requests[0]!.edit.documentChanges![0] as TextDocumentEdit).edits.every((e) => !('annotationId' in e)));
      const text = client.texts.get(uri)!.text;
      assert.equal(text, CRLF_RENUMBERED);
      // The server agrees: the only footnote problem left is the second marking of “两新”, which renumbering keeps.
      await client.replace(uri, text);
      const left = (await client.diagnostics(uri)).filter((d) => String(d.code).startsWith('footnote-'));
      assert.deepEqual(left.map((d) => [d.code, d.range]), [['footnote-sequence', rangeOf(text, '［2］', 1)]]);
    });

    it('applies at once, even for a client with change annotations (no preview whose Apply does nothing), and says what changed', async () => {
      // VS Code shows an edit that needs confirmation unchecked in its refactor preview, and Apply then does nothing.
      const annotating = await TestClient.start({
        capabilities: (caps) => {
          caps.workspace!.workspaceEdit = { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } };
        },
      });
      try {
        const uri = newUri();
        await annotating.open(uri, CRLF_DRAFT);
        assert.equal(await run(annotating, uri), true);
        const [request] = annotating.applyEditRequests;
        assert.equal(request!.label, '重新编号注释');
        assert.equal(request!.edit.changeAnnotations, undefined);
        const edits = (request!.edit.documentChanges![0] as TextDocumentEdit).edits;
        assert.ok(edits.every((e) => !('annotationId' in e)), JSON.stringify(edits));
        assert.equal(annotating.texts.get(uri)!.text, CRLF_RENUMBERED);
        assert.deepEqual(annotating.messages, [{ type: 3, message: '已重新编号注释：3→1（“两重”）、1→2（“两新”）、2→3（“三改”）。可按 Ctrl+Z 撤销。' }]);
      } finally {
        await annotating.dispose();
      }
    });

    it('edits each changed line where it changed (the 名词解释 part is not replaced as one block)', async () => {
      const uri = newUri();
      await client.open(uri, CRLF_DRAFT);
      const before = client.applyEditRequests.length;
      assert.equal(await run(client, uri), true);
      const edits = (client.applyEditRequests[before]!.edit.documentChanges![0] as TextDocumentEdit).edits;
      // Every edit stays on one line and is short: a number, or an item line moved to its new place.
      for (const e of edits) {
        assert.equal(e.range.start.line, e.range.end.line, JSON.stringify(e));
        assert.ok(!('newText' in e && e.newText.includes('\n')), JSON.stringify(e));
      }
      assert.ok(edits.length >= 4, JSON.stringify(edits));
    });

    it('says so instead of sending an empty edit when the numbers are in order', async () => {
      const uri = await open(REPORT.replace('［4］六稳：稳就业、稳金融。', '［3］三保：保基本民生。'));
      const edits = client.applyEditRequests.length;
      const messages = client.messages.length;
      assert.equal(await run(client, uri), true);
      assert.equal(client.applyEditRequests.length, edits);
      assert.deepEqual(client.messages.slice(messages), [{ type: 3, message: '注释编号已按出现顺序排列' }]);
    });

    it('refuses unknown documents without failing', async () => {
      assert.equal(await run(client, 'file:///nowhere.govreport'), false);
      assert.equal(await client.request('workspace/executeCommand', { command: 'govreport.server.renumberFootnotes', arguments: [] }), false);
    });

    it('is offered as a code action on footnote-sequence problems, running the command', async () => {
      const uri = newUri();
      await client.open(uri, CRLF_DRAFT);
      const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'footnote-sequence');
      assert.ok(diagnostics.length >= 2, JSON.stringify(diagnostics));
      const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
      const renumber = actions.filter((a) => a.title === '重新编号注释');
      assert.equal(renumber.length, 1, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(renumber[0]!.kind, 'quickfix');
      assert.equal(renumber[0]!.isPreferred, undefined);
      assert.equal(renumber[0]!.edit, undefined);
      assert.deepEqual(renumber[0]!.command, { title: '重新编号注释', command: 'govreport.server.renumberFootnotes', arguments: [uri] });
      assert.equal(renumber[0]!.diagnostics?.length, diagnostics.length);
      // Other rules' diagnostics do not bring it.
      const others = (await client.diagnostics(uri)).filter((d) => d.code !== 'footnote-sequence');
      assert.ok(!(await client.codeActions(uri, diagnostics[0]!.range, others)).some((a) => a.title === '重新编号注释'));
    });

    it('is not offered when renumbering would change nothing (a term marked twice)', async () => {
      const text = '实施“两新”［1］政策，加快“两新”［1］。\n名词解释\n［1］两新：……\n';
      const uri = await open(text);
      const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'footnote-sequence');
      assert.equal(diagnostics.length, 1);
      assert.deepEqual((await client.codeActions(uri, diagnostics[0]!.range, diagnostics)).map((a) => a.title), []);
    });
  });

  describe('quick fixes', () => {
    const missingAt = async (uri: string): Promise<[Diagnostic, CodeAction[]]> => {
      const [d] = (await client.diagnostics(uri)).filter((x) => x.code === 'footnote-missing');
      assert.ok(d, 'no footnote-missing diagnostic');
      return [d, await client.codeActions(uri, d.range, [d])];
    };

    it('footnote-missing offers an explanation stub in the section, where the number belongs (not preferred)', async () => {
      const text = '实施“两新”［1］、“两重”［2］和“三保”［3］。\n名词解释\n［1］两新：……\n［3］三保：……\n';
      const uri = await open(text);
      const [d, actions] = await missingAt(uri);
      assert.deepEqual(d.range, rangeOf(text, '［2］'));
      assert.equal(actions.filter((a) => a.isPreferred).length, 0);
      const stub = actions.find((a) => a.title === '在名词解释中补充条目 ［2］两重');
      assert.ok(stub, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(stub.kind, 'quickfix');
      assert.equal(applyAction(text, stub, 1), '实施“两新”［1］、“两重”［2］和“三保”［3］。\n名词解释\n［1］两新：……\n［2］两重：（待补充）\n［3］三保：……\n');
    });

    it('without a section, the stub creates 名词解释 at the end, before any 附件 (CRLF kept)', async () => {
      const text = '政府工作报告\r\n持续实施“两新”［1］政策。\r\n附件\r\n1.民生实事清单\r\n';
      const uri = await open(text);
      const [, actions] = await missingAt(uri);
      const stub = actions.find((a) => a.title.startsWith('新建名词解释部分'));
      assert.ok(stub, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(applyAction(text, stub, 1), '政府工作报告\r\n持续实施“两新”［1］政策。\r\n名词解释\r\n［1］两新：（待补充）\r\n附件\r\n1.民生实事清单\r\n');
      const plain = '持续实施“两新”［1］政策。';
      const [, noEnd] = await missingAt(await open(plain));
      assert.equal(applyAction(plain, noEnd.find((a) => a.title.startsWith('新建名词解释部分'))!, 1), '持续实施“两新”［1］政策。\n名词解释\n［1］两新：（待补充）\n');
    });

    it('footnote-missing offers to remove the stray marker', async () => {
      const text = '实施“两新”［1］政策，推进“三保”［2］。\n名词解释\n［1］两新：……\n';
      const uri = await open(text);
      const [, actions] = await missingAt(uri);
      const remove = actions.find((a) => a.title === '删除注释标记“［2］”');
      assert.ok(remove, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(remove.isPreferred, undefined);
      assert.equal(applyAction(text, remove, 1), '实施“两新”［1］政策，推进“三保”。\n名词解释\n［1］两新：……\n');
    });

    it('fix all applies footnote-style fixes with the others', async () => {
      const text = '一、过去一年工作回顾\n（一）开展“清四乱”（1）行动，落实“六保”(2)任务，推动“三农”（3）发展。\n（三）深化改革。\n注释\n1.清四乱：……\n2.六保：……\n3.三农：……\n';
      const uri = await open(text);
      const diagnostics = await client.diagnostics(uri);
      assert.equal(diagnostics.filter((d) => d.code === 'footnote-style').length, 1, JSON.stringify(diagnostics));
      const all = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } }, [], ['source.fixAll.govreport']);
      assert.equal(all.length, 1);
      const fixed = applyAction(text, all[0]!, 1);
      assert.equal(fixed, text.replace('“六保”(2)', '“六保”（2）').replace('（三）', '（二）'));
      // Two style slips of one rule: the per-rule “fix all” shows up and fixes both.
      const two = '开展“清四乱”（1）行动，落实“六保”(2)任务，推动“三农”(3)发展，“两新”（4），“两重”（5）。\n注释\n1.清四乱：……\n2.六保：……\n3.三农：……\n4.两新：……\n5.两重：……\n';
      const twoUri = await open(two);
      const style = (await client.diagnostics(twoUri)).filter((d) => d.code === 'footnote-style');
      assert.equal(style.length, 2);
      const perRule = (await client.codeActions(twoUri, style[0]!.range, style)).find((a) => a.title === '修复本文档中所有「footnote-style」问题');
      assert.ok(perRule);
      assert.equal(applyAction(two, perRule, 1), two.replace('(2)', '（2）').replace('(3)', '（3）'));
    });
  });

  it('the outline lists the explanation items under 名词解释', async () => {
    const uri = await open(REPORT);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const notes = symbols.find((s) => s.name === '名词解释');
    assert.ok(notes, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(
      (notes.children ?? []).map((s) => [s.name, s.kind, s.range.start.line, s.range.end.line, s.selectionRange]),
      [
        ['［1］两新', 22, 7, 7, rangeOf(REPORT, '［1］两新')],
        ['［2］两重', 22, 8, 8, rangeOf(REPORT, '［2］两重')],
        ['［4］六稳', 22, 9, 9, rangeOf(REPORT, '［4］六稳')],
      ],
    );
  });
});
