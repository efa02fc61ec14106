/**
 * Generated drafts for the footnote rules: every marker form × every notes-title form × every item form × half- and
 * full-width digits × LF and CRLF line breaks. Each draft is linted clean (silent, all rules) and with one injected
 * fault, which must be found at the line it was put on:
 * - an item deleted → footnote-missing at its marker's line;
 * - a marker deleted → footnote-unused at its item;
 * - a marker given the previous number → footnote-sequence at that marker.
 *
 * The forms are written here by hand from corpus/SOURCES.md, corpus-more/SOURCES.md and domain.md §4, not from the
 * linter's vocabulary, so that a form the linter does not read fails here. Spaces inside or around a marker's
 * brackets (「“六稳” ［4］」, 「[ 1 ]」) cycle over the combinations, so that each spacing meets every marker form.
 *
 * Not generated: the digitiser's ＠① (28: a repeated number is legitimate there) and circled ①, read only when the
 * items are circled (model tests and rule fixtures cover both).
 *
 * A draft whose body and notes write different closed brackets (body ［n］, notes [n]: corpus 19, corpus-more 54) is a
 * real slip: its clean version gives exactly one footnote-style finding (bodyAndNotes), at the first marker when the
 * body writes the web residue ^[n], else at the first item.
 */
import * as assert from 'node:assert/strict';
import { combinations, describeCombination, Draft, findings, show } from '../support/drafts';

const FULL_DIGITS = '０１２３４５６７８９';
const full = (n: number) => String(n).replace(/[0-9]/g, (d) => FULL_DIGITS[Number(d)]!);
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

type Digits = 'half' | 'full';
type Spacing = 'none' | 'inside' | 'before';

interface MarkerForm {
  name: string;
  write(n: number, digits: Digits, spacing: Spacing): string;
  /** Written in closed brackets (［］ [] 【】 〔〕, ^[]): body and notes should agree. */
  closed?: string;
}

function bracketed(open: string, close: string, closed?: string): MarkerForm {
  return {
    name: `${open}n${close}`,
    closed,
    write: (n, digits, spacing) => {
      const number = digits === 'full' ? full(n) : String(n);
      const inner = spacing === 'inside' ? ` ${number} ` : number;
      return `${spacing === 'before' ? ' ' : ''}${open}${inner}${close}`;
    },
  };
}

/** Body markers: 05/11/19/54 ［n］, 16/20/22/23/53/62 [n], 15 ^[n], 49 【n】, 51/52 〔n〕, 61/000 (n), 26/60 （n）, F1 superscript. */
const MARKERS: readonly MarkerForm[] = [
  bracketed('［', '］', '［］'),
  bracketed('[', ']', '[]'),
  bracketed('^[', ']', '^[]'),
  bracketed('【', '】', '【】'),
  bracketed('〔', '〕', '〔〕'),
  bracketed('(', ')'),
  bracketed('（', '）'),
  { name: 'superscript', write: (n) => String(n).replace(/[0-9]/g, (d) => SUPERSCRIPT[Number(d)]!) },
];

interface ItemForm {
  name: string;
  /** The item's first line: its number, then term and explanation. */
  write(n: number, digits: Digits, term: string, explanation: string): string;
  closed?: string;
}

function item(name: string, label: (number: string) => string, closed?: string, bracketedTerm = false): ItemForm {
  return {
    name,
    closed,
    write: (n, digits, term, explanation) =>
      `${label(digits === 'full' ? full(n) : String(n))}${bracketedTerm ? `[${term}]即${explanation}` : `${term}：${explanation}`}`,
  };
}

/** Items: 05 ［n］, 15/19/20/53/54 [n], 22 「[1] 」 (a space after), 49 【n】, 51/52 〔n〕, 08/55/58 n., 12 n．, 24/50 n.[term]即, F2 n、 （n） (n). */
const ITEMS: readonly ItemForm[] = [
  item('［n］', (n) => `［${n}］`, '［］'),
  item('[n]', (n) => `[${n}]`, '[]'),
  item('[n] ', (n) => `[${n}] `, '[]'),
  item('【n】', (n) => `【${n}】`, '【】'),
  item('〔n〕', (n) => `〔${n}〕`, '〔〕'),
  item('n.', (n) => `${n}.`),
  item('n．', (n) => `${n}．`),
  item('n.[term]即', (n) => `${n}.`, undefined, true),
  item('n、', (n) => `${n}、`),
  item('（n）', (n) => `（${n}）`),
  item('(n)', (n) => `(${n})`),
];

/**
 * Notes titles as printed (one or two lines): plain (08), letter-spaced (51), ※…※ (19, 54), *… (53), 【…】 (56), […],
 * 《…》, a trailing colon (49), 附件一： (55), 附件2 on the line before (07), 附： with 短语说明 (58), 名词说明, 《政府工作报告》
 * 有关内容名词注释 after 附件 (06), 字库未存字注释： (28), 注解, 附注, the bare 注.
 */
const TITLES: readonly (readonly string[])[] = [
  ['名词解释'],
  ['名 词 解 释'],
  ['※注释※'],
  ['*名词解释'],
  ['【名词解释】'],
  ['[注解]'],
  ['《名词解释》'],
  ['名词解释：'],
  ['附件一：名词解释'],
  ['附件2', '名词注释'],
  ['附：短语说明'],
  ['名词说明'],
  ['附件', '《政府工作报告》有关内容名词注释'],
  ['　　字库未存字注释：'],
  ['附注'],
  ['注'],
];

const TERMS = [
  { quoted: '“两新”', term: '两新', explanation: '大规模设备更新和消费品以旧换新。', before: '持续实施', after: '政策，扩大有效投资。' },
  { quoted: '“两重”', term: '两重', explanation: '国家重大战略实施和重点领域安全能力建设。', before: '有效运用', after: '建设项目，加快推进。' },
  { quoted: '“三保”', term: '三保', explanation: '保基本民生、保工资、保运转。', before: '落实', after: '任务，兜牢民生底线。' },
];

interface Fault {
  /** An item left out (1-based), a marker left out, a marker that repeats the number before it. */
  deleteItem?: number;
  deleteMarker?: number;
  repeatNumber?: number;
}

interface Combination {
  marker: MarkerForm;
  title: readonly string[];
  item: ItemForm;
  digits: Digits;
  eol: '\n' | '\r\n';
}

function write(c: Combination, spacing: Spacing, fault: Fault = {}): Draft {
  const draft = new Draft();
  draft.add('政府工作报告', '各位代表：', '一、2025年工作回顾');
  TERMS.forEach((t, i) => {
    const n = i + 1;
    if (i === 2) draft.line('二、2026年工作安排');
    const number = fault.repeatNumber === n ? n - 1 : n;
    const marker = fault.deleteMarker === n ? '' : c.marker.write(number, c.digits, spacing);
    draft.line(`${t.before}${t.quoted}${marker}${t.after}`, `m${n}`);
  });
  draft.line('各位代表！让我们更加紧密地团结起来，奋力开创新局面。');
  draft.add(...c.title);
  TERMS.forEach((t, i) => {
    const n = i + 1;
    if (fault.deleteItem !== n) draft.line(c.item.write(n, c.digits, t.term, t.explanation), `i${n}`);
  });
  return draft;
}

const SPACINGS: readonly Spacing[] = ['none', 'inside', 'before'];

describe('generated drafts: notes by structure (marker × title × item × digits × line break)', function () {
  this.timeout(60000);
  for (const marker of MARKERS) {
    it(`markers ${marker.name}: clean drafts are silent and each injected fault is found at its line`, () => {
      const failures: string[] = [];
      let index = 0;
      for (const c of combinations({ marker: [marker], title: TITLES, item: ITEMS, digits: ['half', 'full'] as Digits[], eol: ['\n', '\r\n'] as const })) {
        const spacing = marker.name === 'superscript' ? 'none' : SPACINGS[index++ % SPACINGS.length]!;
        const context = `${describeCombination({ marker: c.marker.name, title: c.title.join('⏎'), item: c.item.name, digits: c.digits, eol: c.eol, spacing })}`;
        const check = (fault: Fault, expect: { ruleId: string; messageId?: string; tag: string }[], exclusive: boolean) => {
          const draft = write(c, spacing, fault);
          const text = draft.text(c.eol);
          const found = findings(text);
          const wanted = expect.map((e) => ({ ruleId: e.ruleId, line: draft.lineOf(e.tag) }));
          const ok = exclusive
            ? found.length === wanted.length && wanted.every((w) => found.some((f) => f.ruleId === w.ruleId && f.line === w.line))
            : wanted.every((w) => found.some((f) => f.ruleId === w.ruleId && f.line === w.line));
          if (!ok) {
            const what = Object.keys(fault).length ? JSON.stringify(fault) : 'clean';
            failures.push(`${context} ${what}: expected ${wanted.map((w) => `${w.ruleId}@${w.line + 1}`).join(', ') || 'nothing'}, got\n${show(found)}\n--- draft ---\n${text}`);
          }
        };
        // Body and notes in different closed brackets: one style finding for the document.
        const mismatch = c.marker.closed !== undefined && c.item.closed !== undefined && c.marker.closed !== c.item.closed;
        const style = mismatch ? [{ ruleId: 'footnote-style', tag: c.marker.closed === '^[]' ? 'm1' : 'i1' }] : [];
        check({}, style, true);
        check({ deleteItem: 2 }, [{ ruleId: 'footnote-missing', tag: 'm2' }], false);
        check({ deleteMarker: 2 }, [{ ruleId: 'footnote-unused', tag: 'i2' }], false);
        check({ repeatNumber: 3 }, [{ ruleId: 'footnote-sequence', tag: 'm3' }], false);
        if (failures.length >= 5) break;
      }
      assert.equal(failures.length, 0, `${failures.length} failing combinations (first ones):\n\n${failures.slice(0, 3).join('\n\n')}`);
    });
  }

  it('a notes section pasted twice is one footnote-sequence finding at the first repeated item', () => {
    for (const eol of ['\n', '\r\n'] as const) {
      const draft = write({ marker: MARKERS[1]!, title: ['名词解释'], item: ITEMS[1]!, digits: 'half', eol }, 'none');
      draft.line('名词解释');
      TERMS.forEach((t, i) => draft.line(ITEMS[1]!.write(i + 1, 'half', t.term, t.explanation), i === 0 ? 'again' : undefined));
      const found = findings(draft.text(eol));
      assert.deepEqual(found.map((f) => [f.ruleId, f.line]), [['footnote-sequence', draft.lineOf('again')]], show(found));
    }
  });

  it('markers with no notes section: one footnote-missing for the document; round-bracket lists stay silent', () => {
    for (const marker of MARKERS) {
      for (const eol of ['\n', '\r\n'] as const) {
        const draft = new Draft();
        draft.add('政府工作报告', '各位代表：', '一、2025年工作回顾');
        TERMS.forEach((t, i) => draft.line(`${t.before}${t.quoted}${marker.write(i + 1, 'half', 'none')}${t.after}`, `m${i + 1}`));
        draft.line('各位代表！让我们更加紧密地团结起来，奋力开创新局面。');
        const found = findings(draft.text(eol));
        assert.deepEqual(found.map((f) => [f.ruleId, f.line]), [['footnote-missing', draft.lineOf('m1')]], `${marker.name}\n${show(found)}`);
      }
    }
    // (n) after terms, starting again in each paragraph (66): lists, not markers.
    const lists = new Draft().add('政府工作报告', '一、工作回顾', '教育工程2项：(1)徐水第二小学开工建设(2)张丰中学教学楼投入使用。', '卫生工程2项：(1)中医院迁建(2)县医院门诊楼建设。', '交通工程：(1)巨能路东延(2)康明大街综合整治。');
    assert.deepEqual(findings(lists.text()), []);
  });
});
