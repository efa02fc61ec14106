/**
 * The footnote-missing stub (在名词解释中补充条目…): the item it inserts explains the term of the first marker of that
 * number, so applying it never makes footnote-term flag the new item, and the term carries no stray quote.
 */
import * as assert from 'node:assert/strict';
import { applyEdits, lint } from '../../server/src/core/index';

function stubs(text: string) {
  return lint(text)
    .problems.filter((p) => p.ruleId === 'footnote-missing')
    .map((p) => p.suggestions!.find((s) => s.title.includes('补充条目'))!);
}

describe('footnote-missing stub', () => {
  it('explains the first marker’s term when a number is reused for a second term', () => {
    // Both ［1］ lack an item; whichever lightbulb the drafter opens, item 1 must explain 两新 (the first use).
    const text = '持续实施“两新”［1］政策，有效运用“两重”［1］。\n名词解释\n［2］三保：……\n';
    const [first, second] = stubs(text);
    assert.equal(first!.title, '在名词解释中补充条目 ［1］两新');
    assert.equal(second!.title, '在名词解释中补充条目 ［1］两新');
    const fixed = applyEdits(text, second!.edits);
    assert.equal(fixed, '持续实施“两新”［1］政策，有效运用“两重”［1］。\n名词解释\n［1］两新：（待补充）\n［2］三保：……\n');
    assert.deepEqual(lint(fixed).problems.filter((p) => p.ruleId === 'footnote-term'), []);
  });

  it('keeps a quotation inside the term whole (“放管服”改革, never 放管服”改革)', () => {
    const text = '深化“放管服”改革［1］。\n名词解释\n［2］三保：……\n';
    const [stub] = stubs(text);
    assert.equal(stub!.title, '在名词解释中补充条目 ［1］“放管服”改革');
    assert.doesNotMatch(applyEdits(text, stub!.edits), /［1］放管服”/);
  });
});
