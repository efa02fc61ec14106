/**
 * Target figures in the editor: the target-mismatch diagnostic and its related location (the target), the hover on
 * a restatement, and the 预期目标 view's data through its refresh command (`govreport.targets.refresh` answers
 * with the nodes it shows) and its click (`govreport.targets.reveal` selects the range).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, afterChange, codeOf, fmt, freshCopy, openIn, rangeOf, resetEditors, waitForDiagnostics } from './helpers';

/** The view's nodes, as client/src/targetsModel.ts makes them (kept structural: the suite does not import client code). */
interface Node {
  kind: 'target' | 'mention';
  label: string;
  description: string;
  icon: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  children: Node[];
}

const DRAFT = [
  '政府工作报告',
  '各位代表：',
  '一、2025年工作回顾',
  '地区生产总值增长5.2%，城镇新增就业1.1万人。',
  '二、2026年工作安排',
  '今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。',
  '（一）扩大有效需求。确保全年地区生产总值增长7%左右。',
  '（二）稳定就业。城镇新增就业1万人以上。',
  '三、政府自身建设',
  '各位代表！让我们团结奋斗，再创佳绩。',
  '',
].join('\n');

const shown = (nodes: Node[]): unknown[] => nodes.map((n) => [n.label, n.description, n.icon, shown(n.children)]);

suite('targets', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a restatement that contradicts the target is flagged, with the target as related location', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    const diagnostics = await waitForDiagnostics(uri, 'target-mismatch', (d) => d.some((x) => codeOf(x) === 'target-mismatch'));
    const found = diagnostics.filter((d) => codeOf(d) === 'target-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    const d = found[0]!;
    assert.equal(fmt(d.range), fmt(rangeOf(document, '增长7%左右')));
    assert.equal(d.message, '“地区生产总值”与主要预期目标不一致：此处为“增长7%左右”，目标为“增长6%左右”。');
    assert.equal(d.relatedInformation?.length, 1);
    const related = d.relatedInformation![0]!;
    assert.equal(related.location.uri.toString(), uri.toString());
    assert.equal(fmt(related.location.range), fmt(rangeOf(document, '增长6%左右')));
    assert.equal(related.message, '主要预期目标：“地区生产总值增长6%左右”');
  });

  test('hovering the restatement shows the target and 不一致', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const { document } = await openIn(uri, 'govreport');
    await waitForDiagnostics(uri, 'target-mismatch', (d) => d.some((x) => codeOf(x) === 'target-mismatch'));
    const position = rangeOf(document, '增长7%左右').start.translate(0, 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const texts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.ok(texts.some((t) => t.includes('主要预期目标：地区生产总值增长6%左右（第6行）') && t.includes('不一致：此处为“增长7%左右”，目标为“增长6%左右”')), texts.join('\n---\n'));
  });

  test('the 预期目标 view lists the targets and their restatements, follows an edit, and selects an item’s range', async () => {
    const uri = await freshCopy('report.txt', () => DRAFT);
    const editor = await openIn(uri, 'govreport');
    const document = editor.document;
    await waitForDiagnostics(uri, 'target-mismatch', (d) => d.some((x) => codeOf(x) === 'target-mismatch'));

    const nodes = await vscode.commands.executeCommand<Node[]>('govreport.targets.refresh');
    assert.deepEqual(shown(nodes), [
      ['地区生产总值增长6%左右', '1处不一致', 'error', [['增长7%左右', '不一致 · 第7行', 'error', []]]],
      ['城镇新增就业1万人以上', '1处一致', 'target', [['1万人以上', '一致 · 第8行', 'pass', []]]],
    ]);

    // The item's click: the restatement is selected in the editor.
    const mention = nodes[0]!.children[0]!;
    await vscode.commands.executeCommand('govreport.targets.reveal', uri.toString(), mention.range);
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uri.toString());
    assert.equal(fmt(active!.selection), fmt(rangeOf(document, '地区生产总值增长7%左右')));

    // Typing the target's value makes the restatement agree.
    const seven = rangeOf(document, '7%左右');
    await afterChange(document, () => editor.edit((b) => b.replace(new vscode.Range(seven.start, seven.start.translate(0, 1)), '6')));
    await waitForDiagnostics(uri, 'no target-mismatch', (d) => !d.some((x) => codeOf(x) === 'target-mismatch'));
    const after = await vscode.commands.executeCommand<Node[]>('govreport.targets.refresh');
    assert.deepEqual(shown(after)[0], ['地区生产总值增长6%左右', '1处一致', 'target', [['增长6%左右', '一致 · 第7行', 'pass', []]]]);
  });

  test('the view is empty for a draft without 主要预期目标, and for a plain-text editor', async () => {
    const uri = await freshCopy('report.txt');
    await openIn(uri, 'govreport');
    assert.deepEqual(await vscode.commands.executeCommand<Node[]>('govreport.targets.refresh'), []);
    // A .txt file that does not look like a report stays plain text.
    await openIn(await freshCopy('notes.txt'), 'plaintext');
    assert.deepEqual(await vscode.commands.executeCommand<Node[]>('govreport.targets.refresh'), []);
  });
});
