/**
 * The footnote features of the core (core/features/footnotes.ts) on their own, without a server: lookups at an
 * offset, explanations as plain text, the completion policy (candidates and the replaced span as offsets) and the
 * renumbering's description. test/server/footnotes.test.ts checks the same through LSP.
 */
import * as assert from 'node:assert/strict';
import {
  definitionAt,
  describeItemUse,
  describePlan,
  explainMarker,
  explanationOf,
  FOOTNOTE_TEXT,
  FOOTNOTE_TRIGGER_CHARACTERS,
  footnoteCompletionAt,
  highestNumber,
  itemFor,
  itemLabelAt,
  markerAt,
  MAX_EXPLANATION,
  nothingToRenumber,
  parseReport,
  referenceSpans,
  renumberFootnotes,
  type Span,
} from '../../server/src/core/index';

const REPORT = [
  '政府工作报告',
  '持续实施“两新”［1］政策，有效运用“两重”［2］。',
  '加快推进“两新”［1］工作，落实“三保”［3］。',
  '名词解释',
  '［1］两新：指新一轮大规模设备更新和消费品以旧换新。',
  '［2］两重：指国家重大战略实施和重点领域安全能力建设。',
  '［4］六稳：稳就业、稳金融。',
  '',
].join('\n');

/** The offset `delta` code units into the `nth` occurrence of `needle`. */
function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} #${i} not in text`);
  }
  return offset + delta;
}

function spanOf(text: string, needle: string, nth = 0): Span {
  return { offset: offsetOf(text, needle, 0, nth), length: needle.length };
}

describe('footnote features (core)', () => {
  describe('lookups', () => {
    const report = parseReport(REPORT);

    it('markerAt finds the marker under an offset; touching also takes the offset right after it', () => {
      const start = offsetOf(REPORT, '［1］');
      for (const delta of [0, 1, 2]) assert.equal(markerAt(report, start + delta, false)?.number, 1);
      assert.equal(markerAt(report, start + 3, false), undefined);
      assert.equal(markerAt(report, start + 3, true)?.number, 1);
      assert.equal(markerAt(report, start - 1, true), undefined);
      assert.equal(markerAt(report, 0, true), undefined);
      assert.equal(markerAt(report, offsetOf(REPORT, '［3］', 1), false)?.number, 3);
    });

    it('itemLabelAt finds an item by its label only, not by its term', () => {
      const label = offsetOf(REPORT, '［2］两重：');
      assert.equal(itemLabelAt(report, label + 1, false)?.number, 2);
      assert.equal(itemLabelAt(report, label + 3, false), undefined);
      assert.equal(itemLabelAt(report, label + 3, true)?.number, 2);
      assert.equal(itemLabelAt(report, offsetOf(REPORT, '两新：'), false), undefined);
      assert.equal(itemLabelAt(parseReport('没有注释。\n'), 0, true), undefined);
    });

    it('itemFor, highestNumber, definitionAt and referenceSpans', () => {
      assert.equal(itemFor(report, 4)?.number, 4);
      assert.equal(itemFor(report, 3), undefined);
      assert.equal(highestNumber(report), 4);
      const found = definitionAt(report, offsetOf(REPORT, '［1］', 3, 1));
      assert.deepEqual(found && [found.marker.span, found.item.label], [spanOf(REPORT, '［1］', 1), spanOf(REPORT, '［1］', 2)]);
      assert.equal(definitionAt(report, offsetOf(REPORT, '［3］', 1)), undefined);
      const markers = [spanOf(REPORT, '［1］', 0), spanOf(REPORT, '［1］', 1)];
      assert.deepEqual(referenceSpans(report, offsetOf(REPORT, '［1］', 1, 2), false), markers);
      assert.deepEqual(referenceSpans(report, offsetOf(REPORT, '［1］', 1, 0), true), [spanOf(REPORT, '［1］', 2), ...markers]);
      assert.deepEqual(referenceSpans(report, offsetOf(REPORT, '［4］', 1), true), [spanOf(REPORT, '［4］')]);
      assert.equal(referenceSpans(report, 0, true), undefined);
    });
  });

  describe('explanations', () => {
    it('a marker with an item: the label, the term and the explanation, as plain text', () => {
      const report = parseReport(REPORT);
      const explained = explainMarker(report, markerAt(report, offsetOf(REPORT, '［1］'), false)!);
      assert.equal(explained.status, 'explained');
      assert.equal(explained.item?.number, 1);
      assert.deepEqual([explained.title, explained.paragraphs], ['［1］两新', ['指新一轮大规模设备更新和消费品以旧换新。']]);
    });

    it('a marker without an item, or without a section: the marker and its term, and what is missing', () => {
      const report = parseReport(REPORT);
      assert.deepEqual(explainMarker(report, markerAt(report, offsetOf(REPORT, '［3］'), false)!), {
        status: 'missing-item',
        title: '［3］ “三保”',
        paragraphs: [FOOTNOTE_TEXT.missingItem],
      });
      const bare = parseReport('持续实施“两新”［1］政策。\n');
      assert.deepEqual(explainMarker(bare, bare.markers[0]!).status, 'missing-section');
      assert.deepEqual(explainMarker(bare, bare.markers[0]!).paragraphs, [FOOTNOTE_TEXT.missingSection]);
    });

    it('joins continuation lines, drops Markdown emphasis and cuts the text at MAX_EXPLANATION', () => {
      const long = '很'.repeat(1000);
      const text = `推进“1+N”政策体系［1］和数字经济［2］，加快“三改”［3］。\n注释\n［1］“1+N”政策体系：\n第一段**说明**。\n　　第二段。\n［2］数字经济：${long}\n［3］三改：\n`;
      const report = parseReport(text);
      const [one, two, three] = report.notes!.items;
      assert.deepEqual(explanationOf(report, one!), ['第一段说明。', '第二段。']);
      const capped = explanationOf(report, two!);
      assert.equal(capped.length, 1);
      assert.equal(capped[0], `${'很'.repeat(MAX_EXPLANATION)}…`);
      assert.deepEqual(explanationOf(report, three!), []);
      assert.deepEqual(explainMarker(report, report.markers[2]!).paragraphs, [FOOTNOTE_TEXT.termOnly]);
    });

    it('an item label: how many markers use it, and where the first one is', () => {
      const report = parseReport(REPORT);
      const [one, , four] = report.notes!.items;
      const used = describeItemUse(report, one!);
      assert.equal(used.markers.length, 2);
      assert.deepEqual([used.title, used.paragraphs], ['［1］两新', ['正文中有 2 处注释标记引用此条目（首次在第 2 行“两新”之后）。']]);
      assert.deepEqual(describeItemUse(report, four!).paragraphs, [FOOTNOTE_TEXT.unused]);
    });
  });

  describe('completion', () => {
    const BODY = '持续实施“两新”［1］政策，有效运用“两重”［2］。\n扩大“两新”［\n名词解释\n［1］两新：……\n［2］两重：……\n';

    it('the trigger characters are the vocabulary’s typed marker brackets', () => {
      assert.deepEqual(FOOTNOTE_TRIGGER_CHARACTERS, ['［', '[', '(', '（']);
    });

    it('after a term and a bracket: the next number, replacing the bracket and any auto-closed one', () => {
      const report = parseReport(BODY);
      const offset = offsetOf(BODY, '“两新”［\n', 5);
      const completion = footnoteCompletionAt(report, offset);
      assert.deepEqual(completion, {
        span: { offset: offset - 1, length: 1 },
        candidates: [{ number: 3, form: 'fullwidth-square', label: '［3］', text: '［3］', kind: 'next-marker', term: undefined, detail: FOOTNOTE_TEXT.nextMarker, preselect: false }],
      });
      // The line can be given (the editor knows it); a line that does not hold the offset offers nothing.
      assert.deepEqual(footnoteCompletionAt(report, offset, 1), completion);
      assert.equal(footnoteCompletionAt(report, offset, 0), undefined);
      const closed = BODY.replace('“两新”［\n', '“两新”^[]\n');
      const caret = footnoteCompletionAt(parseReport(closed), offsetOf(closed, '^[]', 2));
      assert.deepEqual(caret?.span, spanOf(closed, '^[]'));
      assert.deepEqual(caret?.candidates.map((c) => [c.form, c.label]), [['caret', '^[3]']]);
    });

    it('offers unused items with their term and preselects the one the words before name', () => {
      const text = '持续实施“两新”［1］政策，有效运用“两重”［\n名词解释\n［1］两新：……\n［2］两重：……\n［5］六稳：……\n';
      const candidates = footnoteCompletionAt(parseReport(text), offsetOf(text, '“两重”［', 5))!.candidates;
      assert.deepEqual(candidates.map((c) => [c.label, c.kind, c.term, c.preselect]), [
        ['［6］', 'next-marker', undefined, false],
        ['［2］', 'unused-item', '两重', true],
        ['［5］', 'unused-item', '六稳', false],
      ]);
    });

    it('offers nothing at a clause start or for a round bracket in a report without footnotes', () => {
      const clause = BODY.replace('扩大“两新”［\n', '扩大，［\n');
      assert.equal(footnoteCompletionAt(parseReport(clause), offsetOf(clause, '，［', 2)), undefined);
      assert.equal(footnoteCompletionAt(parseReport('地区生产总值（\n'), 7), undefined);
      assert.deepEqual(footnoteCompletionAt(parseReport('地区生产总值［\n'), 7)?.candidates.map((c) => c.label), ['［1］']);
      assert.equal(footnoteCompletionAt(parseReport('地区生产总值。\n'), 7), undefined);
    });

    it('in the explanation section: the markers still missing an item, with their term, then the next item number', () => {
      const text = '实施“两新”［1］、“两重”［2］和“三保”［3］。\n名词解释\n［1］两新：……\n［\n';
      const completion = footnoteCompletionAt(parseReport(text), offsetOf(text, '\n［\n', 2))!;
      assert.deepEqual(completion.span, { offset: offsetOf(text, '\n［\n', 1), length: 1 });
      assert.deepEqual(completion.candidates.map((c) => [c.label, c.text, c.kind, c.detail]), [
        ['［2］', '［2］“两重”：', 'marker-without-item', '正文“两重”的注释，尚无解释'],
        ['［3］', '［3］“三保”：', 'marker-without-item', '正文“三保”的注释，尚无解释'],
        ['［4］', '［4］', 'next-item', FOOTNOTE_TEXT.nextItem],
      ]);
      const mid = text.replace('\n［\n', '\n补充说明［\n');
      assert.equal(footnoteCompletionAt(parseReport(mid), offsetOf(mid, '补充说明［', 5)), undefined);
    });
  });

  describe('重新编号注释', () => {
    it('describes the moves, at most four of them, or that only the items are reordered', () => {
      const text = '实施“两重”［3］建设和“两新”［1］政策，推进“三改”［2］。\n名词解释\n［2］三改：……\n［1］两新：……\n［3］两重：……\n';
      assert.equal(describePlan(renumberFootnotes(parseReport(text))), '3→1（“两重”）、1→2（“两新”）、2→3（“三改”）');
      const mapping = [6, 5, 4, 3, 2, 1].map((from, i) => ({ from, to: i + 1, term: '' }));
      assert.equal(describePlan({ edits: [], mapping }), `6→1、5→2、4→3、3→4${FOOTNOTE_TEXT.moreMoved(6)}`);
      assert.equal(describePlan({ edits: [], mapping: [{ from: 1, to: 1, term: '两新' }] }), FOOTNOTE_TEXT.itemsReordered);
    });

    it('says why there is nothing to renumber', () => {
      assert.equal(nothingToRenumber(parseReport('没有注释。\n')), FOOTNOTE_TEXT.noFootnotes);
      assert.equal(nothingToRenumber(parseReport(REPORT)), FOOTNOTE_TEXT.alreadyInOrder);
    });
  });
});
