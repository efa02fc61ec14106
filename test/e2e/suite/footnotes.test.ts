/**
 * Footnotes in the editor: the footnote-missing diagnostic, the hover on a marker (its explanation, or that it
 * has none), go to definition from a marker to its explanation, the stub quick fix applied as the editor
 * applies it (executeCodeActionProvider → workspace.applyEdit), and 重新编号注释, which changes the text at once.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, afterChange, codeOf, fmt, freshCopy, openIn, rangeOf, resetEditors, waitForDiagnostics } from './helpers';

const DRAFT = [
  '政府工作报告',
  '各位代表：',
  '一、2025年工作回顾',
  '持续实施“两新”［1］政策，有效运用“两重”［2］，推进“三改”［3］。',
  '各位代表！让我们团结奋斗。',
  '名词解释',
  '［1］两新：大规模设备更新和消费品以旧换新。',
  '［3］三改：城中村、老旧小区和危旧房改造。',
  '',
].join('\n');

function hoverTexts(hovers: vscode.Hover[]): string[] {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

suite('footnotes', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a marker without an explanation is reported at the marker', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    const diagnostics = await waitForDiagnostics(uri, 'footnote-missing', (d) => d.some((x) => codeOf(x) === 'footnote-missing'));
    const missing = diagnostics.filter((d) => codeOf(d) === 'footnote-missing');
    assert.deepEqual(missing.map((d) => fmt(d.range)), [fmt(rangeOf(document, '［2］'))]);
    assert.match(missing[0]!.message, /“两重”的注释“［2］”在名词解释部分没有对应条目/);
  });

  test('hovering a marker shows its explanation, or says it is missing', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    await waitForDiagnostics(uri, 'footnote-missing', (d) => d.some((x) => codeOf(x) === 'footnote-missing'));
    const explained = hoverTexts(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(document, '［1］').start.translate(0, 1)));
    assert.ok(explained.some((t) => t.includes('大规模设备更新和消费品以旧换新')), explained.join('\n---\n'));
    const unexplained = hoverTexts(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(document, '［2］').start.translate(0, 1)));
    assert.ok(unexplained.some((t) => t.includes('没有对应条目')), unexplained.join('\n---\n'));
  });

  test('go to definition jumps from a marker to its explanation', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    await waitForDiagnostics(uri, 'footnote-missing', (d) => d.some((x) => codeOf(x) === 'footnote-missing'));
    const marker = rangeOf(document, '［3］');
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, marker.start.translate(0, 1));
    assert.equal(found.length, 1);
    const target = 'targetUri' in found[0]! ? found[0].targetSelectionRange ?? found[0].targetRange : found[0]!.range;
    assert.equal(fmt(target), fmt(rangeOf(document, '［3］', 1)));
  });

  test('the stub quick fix inserts the explanation where its number belongs', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    const diagnostics = await waitForDiagnostics(uri, 'footnote-missing', (d) => d.some((x) => codeOf(x) === 'footnote-missing'));
    const missing = diagnostics.find((d) => codeOf(d) === 'footnote-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const stub = actions.find((a) => a.title.startsWith('在名词解释中补充条目'));
    assert.ok(stub?.edit, actions.map((a) => a.title).join(' | '));
    assert.notEqual(stub.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(stub.edit));
    assert.equal(document.getText(), DRAFT.replace('［3］三改', '［2］两重：（待补充）\n［3］三改'));
    await waitForDiagnostics(uri, 'no footnote-missing', (d) => !d.some((x) => codeOf(x) === 'footnote-missing'));
  });

  test('重新编号注释 renumbers markers and items in the text at once (no refactor preview whose Apply does nothing)', async () => {
    const unordered = [
      '政府工作报告',
      '实施“两重”［3］建设和“两新”［1］政策，推进“三改”［2］。',
      '名词解释',
      '［1］两新：大规模设备更新和消费品以旧换新。',
      '［2］三改：城中村、老旧小区和危旧房改造。',
      '［3］两重：国家重大战略和重点领域安全能力建设。',
      '',
    ].join('\n');
    const renumbered = [
      '政府工作报告',
      '实施“两重”［1］建设和“两新”［2］政策，推进“三改”［3］。',
      '名词解释',
      '［1］两重：国家重大战略和重点领域安全能力建设。',
      '［2］两新：大规模设备更新和消费品以旧换新。',
      '［3］三改：城中村、老旧小区和危旧房改造。',
      '',
    ].join('\n');
    const uri = await freshCopy('report.txt', () => unordered);
    const { document } = await openIn(uri, 'govreport');
    await waitForDiagnostics(uri, 'footnote-sequence', (d) => d.some((x) => codeOf(x) === 'footnote-sequence'));
    await afterChange(document, () => vscode.commands.executeCommand('govreport.renumberFootnotes', uri));
    assert.equal(document.getText(), renumbered);
    await waitForDiagnostics(uri, 'no footnote finding', (d) => !d.some((x) => codeOf(x).startsWith('footnote-')));
    // One undo step brings the old numbers back.
    await afterChange(document, () => vscode.commands.executeCommand('undo'));
    assert.equal(document.getText(), unordered);
  });
});
