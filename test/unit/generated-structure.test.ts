/**
 * Generated drafts over the forms a report's structure is written in, as corpus-more/SOURCES.md names them: heading
 * markers (full- and half-width brackets, 、 ． . after numerals), indentation (spaces, U+3000, a web copy's `&nbsp;`
 * written out, mojibake `??`), stray spaces (各 位代表, 第 一，, 二、 2026年, （ 二）), an ordinal alone on its line
 * with its title below, a second （一） list under its own lead-in line, part titles (numbered and unnumbered, with a
 * year or a slogan, with a dash subtitle, slogan：title), appendices (附件 with 一、 items and 1. under each, 附件1：
 * title), LF and CRLF. Every combination is linted clean (silent) and with one injected fault, which must be found at
 * the line it was put on:
 * - a skipped or a duplicated heading ordinal → heading-sequence;
 * - a skipped 第N， (written with the stray space of the draft) → enumeration-sequence;
 * - a target restated differently in the plan part → target-mismatch; the same figure in the review part, in the
 *   government part or under a five-year section → silent.
 *
 * The forms are written here by hand from the sources, not taken from the linter's vocabulary.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';
import { assertFoundAt, assertSilent, combinations, describeCombination, Draft, show } from '../support/drafts';

/** What a rule outside the standard forms reports on purpose: half-width brackets and 1、 are slips of their own. */
const ALL_BUT_PUNCTUATION = [
  'heading-sequence',
  'heading-level',
  'enumeration-sequence',
  'count-mismatch',
  'target-mismatch',
  'footnote-missing',
  'footnote-sequence',
  'footnote-style',
  'footnote-term',
  'footnote-unused',
];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface HeadingForms {
  brackets: readonly [string, string];
  /** The mark after a Chinese numeral (一、) and after an Arabic one (1.). */
  chineseMark: string;
  arabicMark: string;
  indent: string;
  /** Stray spaces a copy leaves: none, inside words, after a marker, inside a bracket. */
  stray: 'none' | 'words' | 'after-marker' | 'in-bracket';
}

/** A heading marker of the ladder: 1 一、 2 （一） 3 1. */
function marker(forms: HeadingForms, rank: 1 | 2 | 3, n: number): string {
  const [open, close] = forms.brackets;
  const after = forms.stray === 'after-marker' ? ' ' : '';
  if (rank === 1) return `${CN[n - 1]}${forms.chineseMark}${after}`;
  if (rank === 2) return `${open}${forms.stray === 'in-bracket' ? ' ' : ''}${CN[n - 1]}${close}${after}`;
  return `${n}${forms.arabicMark}${after}`;
}

/** Words with a stray space inside when the draft has them (各 位代表). */
function words(forms: HeadingForms, text: string, at: number): string {
  return forms.stray === 'words' ? `${text.slice(0, at)} ${text.slice(at)}` : text;
}

const STANDARD = (forms: HeadingForms) => forms.brackets[0] === '（' && forms.chineseMark === '、' && forms.arabicMark === '.';

/**
 * A report with the ladder 一、 > （一） > 1.: a review with two lists (the second under its own lead-in line), a plan
 * with the goal paragraph, four heads and 1. under the first, the government's part. `alone`: the plan's （二） is
 * written alone on its line, its title on the next.
 */
function headingDraft(forms: HeadingForms, alone: boolean): Draft {
  const d = new Draft();
  const h = (rank: 1 | 2 | 3, n: number, title: string, tag?: string) => d.line(`${forms.indent}${marker(forms, rank, n)}${title}`, tag);
  d.line('2026年政府工作报告');
  d.line('——2026年1月10日在市第十届人民代表大会第五次会议上');
  d.line(words(forms, '各位代表：', 1));
  d.line('现在，我代表市人民政府，向大会报告工作，请予审议。');
  h(1, 1, '2025年工作回顾');
  d.line('2025年，全市地区生产总值增长5.2%，城镇新增就业1.3万人。', 'review-actual');
  h(2, 1, '经济运行稳中向好。全年规模以上工业增加值增长6.1%。');
  h(2, 2, `改革开放持续深化。${words(forms, '第一，', 1)}深化重点领域改革；${words(forms, '第二，', 1)}扩大高水平开放；${words(forms, '第三，', 1)}优化营商环境。`, 'enumeration');
  h(2, 3, '民生福祉不断增进。一是稳定就业；二是办好民生实事。');
  d.line('过去五年，我们主要做了以下工作。');
  h(2, 1, '综合实力迈上新台阶。');
  h(2, 2, '发展动能持续增强。');
  h(1, 2, '2026年工作安排');
  d.line('今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.5万人以上，居民消费价格涨幅3%左右。', 'goal');
  d.line('重点做好以下四个方面工作：');
  h(2, 1, '扩大有效需求。确保全年地区生产总值增长6%左右。', 'restatement');
  h(3, 1, '扩大消费。一是提振大宗消费；二是培育新型消费。');
  h(3, 2, '扩大投资。全年实施重点项目200个。');
  if (alone) {
    d.line(`${forms.indent}${marker(forms, 2, 2)}`.trimEnd(), 'plan-2');
    d.line('建设现代化产业体系。推进新型工业化。');
  } else h(2, 2, '建设现代化产业体系。推进新型工业化。', 'plan-2');
  h(2, 3, '深化改革开放。持续优化营商环境。', 'plan-3');
  h(2, 4, '保障和改善民生。城镇新增就业1.5万人以上。');
  h(1, 3, '全面加强政府自身建设');
  h(2, 1, '坚持依法行政。');
  h(2, 2, '坚持廉洁从政。', 'government');
  d.line(words(forms, '各位代表！让我们奋力谱写高质量发展新篇章！', 1));
  return d;
}

/** The heading ordinal on a tagged line changed to `n` (its marker rewritten in the draft's forms). */
function withOrdinal(d: Draft, forms: HeadingForms, tag: string, n: number): Draft {
  const text = d.textOf(tag);
  const body = text.slice(forms.indent.length);
  const old = marker(forms, 2, Number(CN.indexOf(body.match(/[一二三四五六七八九十]/)![0]) + 1));
  assert.ok(body.startsWith(old.trimEnd()), `${tag}: ${text}`);
  return d.replace(tag, forms.indent + marker(forms, 2, n).trimEnd() + body.slice(old.trimEnd().length));
}

describe('generated drafts: heading forms', () => {
  const axes = {
    brackets: [['（', '）'], ['(', ')']] as const,
    /** The marks after 一 and after 1: the standard 一、 1., the full stop of a copy 一． 1．, the ROC's 1、. */
    marks: [['、', '.'], ['．', '．'], ['、', '、']] as const,
    indent: ['', '  ', '\u3000\u3000', '&nbsp; &nbsp; ', '??'],
    stray: ['none', 'words', 'after-marker', 'in-bracket'] as const,
    alone: [false, true],
    eol: ['\n', '\r\n'] as const,
  };
  it('clean drafts are silent; a skipped or duplicated ordinal, a skipped 第N， and a changed target are found at their line', function () {
    this.timeout(60000);
    let tried = 0;
    for (const c of combinations(axes)) {
      const forms: HeadingForms = { brackets: c.brackets, chineseMark: c.marks[0], arabicMark: c.marks[1], indent: c.indent, stray: c.stray };
      const context = describeCombination(c);
      const clean = headingDraft(forms, c.alone);
      assertSilent(clean.text(c.eol), context, STANDARD(forms) ? undefined : ALL_BUT_PUNCTUATION);

      // （三） written （四）: a gap; （三） written （二）: a duplicate; （二） written （三） (on the ordinal's own line when
      // its title stands below it).
      for (const [tag, n] of [['plan-3', 4], ['plan-3', 2], ['plan-2', 3]] as const) {
        const faulty = withOrdinal(headingDraft(forms, c.alone), forms, tag, n);
        assertFoundAt(faulty.text(c.eol), 'heading-sequence', faulty.lineOf(tag), `${context} ${tag}→${n}`);
      }
      const skipped = headingDraft(forms, c.alone);
      skipped.replace('enumeration', skipped.textOf('enumeration').replace(words(forms, '第二，', 1), words(forms, '第四，', 1)));
      assertFoundAt(skipped.text(c.eol), 'enumeration-sequence', skipped.lineOf('enumeration'), `${context} 第二→第四`);

      const restated = headingDraft(forms, c.alone);
      restated.replace('restatement', restated.textOf('restatement').replace('增长6%左右', '增长7%左右'));
      assertFoundAt(restated.text(c.eol), 'target-mismatch', restated.lineOf('restatement'), `${context} restated 7%`);
      for (const tag of ['review-actual', 'government']) {
        const elsewhere = headingDraft(forms, c.alone);
        elsewhere.replace(tag, `${elsewhere.textOf(tag)}地区生产总值增长7%左右。`);
        assertSilent(elsewhere.text(c.eol), `${context} 7% in ${tag}`, ['target-mismatch']);
      }
      tried++;
    }
    assert.ok(tried >= 480, `${tried} combinations`);
  });
});

/** The part titles of one report's structure, as the sources write them, and the ladder under them. */
interface Structure {
  name: string;
  review: string;
  plan: string;
  government: string;
  /** A part about the five-year plan, after the plan part (34) or before it (33), if any. */
  fiveYears?: { title: string; after: boolean };
  /** Markers of the heads under each part and of their sub-heads. */
  heads: (n: number) => string;
  subs: (n: number) => string;
}

const PAREN_HEADS = { heads: (n: number) => `（${CN[n - 1]}）`, subs: (n: number) => `${n}.` };
const NUMBERED_PARTS = (n: number) => `${CN[n - 1]}、`;

const STRUCTURES: Structure[] = [
  { name: 'numbered', review: '一、2025年工作回顾', plan: '二、2026年工作安排', government: '三、全面加强政府自身建设', ...PAREN_HEADS },
  {
    name: 'slogans (36)',
    review: '一、一年接着一年干，经济社会发展持续取得新进展新成效',
    plan: '二、一鼓作气勇争先，全力推动“十五五”开好局、起好步',
    government: '三、一以贯之转作风，努力建设人民满意的服务型政府',
    ...PAREN_HEADS,
  },
  {
    name: 'dash subtitles (61)',
    review: '一、2025年工作回顾——经济稳中有进、发展持续向好',
    plan: '二、2026年主要任务——决胜“十五五”开局、跑出加速度',
    government: '三、全面加强政府自身建设——整治散慢懒、争当实干家',
    ...PAREN_HEADS,
  },
  { name: 'proposal (32)', review: '一、过去一年和五年工作回顾', plan: '二、对今年政府工作的建议', government: '三、加强政府自身建设', ...PAREN_HEADS },
  { name: 'about the year (39)', review: '一、2025年工作回顾', plan: '二、关于2026年工作', government: '三、全面加强政府自身建设', ...PAREN_HEADS },
  { name: 'key tasks (40)', review: '一、2025年工作回顾', plan: '二、2026年重点工作任务', government: '三、加强政府自身建设', ...PAREN_HEADS },
  { name: 'key work (38)', review: '一、2025年工作回顾', plan: '二、2026年重点工作', government: '三、加强政府自身建设', ...PAREN_HEADS },
  { name: 'main targets', review: '一、2025年工作回顾', plan: '二、主要目标任务', government: '三、加强政府自身建设', ...PAREN_HEADS },
  { name: 'review by its year (64)', review: '一、关于2025年政府工作', plan: '二、 2026年经济社会发展的任务目标和重点工作', government: '三、全力推进政府自身建设', ...PAREN_HEADS },
  {
    name: 'five-year part after the plan (34)',
    review: '一、工作回顾',
    plan: '二、2026年工作安排',
    government: '四、全面提升政府治理效能',
    fiveYears: { title: '三、“十五五”时期主要目标任务', after: true },
    ...PAREN_HEADS,
  },
  {
    name: 'five-year part before the plan (33)',
    review: '一、“十四五”时期和2025年工作回顾',
    plan: '三、2026年重点工作',
    government: '四、全面加强政府自身建设',
    fiveYears: { title: '二、“十五五”时期主要目标任务', after: false },
    ...PAREN_HEADS,
  },
  { name: 'unnumbered (52)', review: '2025年主要工作回顾', plan: '2026年工作目标和主要任务', government: '全面加强政府自身建设', ...PAREN_HEADS },
  {
    name: 'unnumbered, 一、 below (58)',
    review: '“十四五”时期和2025年工作回顾',
    plan: '2026年经济社会发展目标任务和重点工作',
    government: '加强政府自身建设',
    heads: NUMBERED_PARTS,
    subs: (n: number) => `（${CN[n - 1]}）`,
  },
  {
    name: 'slogan：title (67)',
    review: '站在新起点：2025年工作回顾',
    plan: '开启新征程：确保“十五五”开好局起好步',
    government: '塑造新形象：全面加强政府自身建设',
    ...PAREN_HEADS,
  },
];

type Appendix = 'none' | 'list' | 'titled';

function structureDraft(s: Structure, appendix: Appendix): Draft {
  const d = new Draft();
  const fiveYears = () => {
    if (!s.fiveYears) return;
    d.line(s.fiveYears.title);
    d.line('“十五五”时期，全市经济社会发展的主要目标是：经济保持中高速增长，创新能力显著增强。');
    d.line(`${s.heads(1)}现代化产业体系建设取得新进展。地区生产总值增长7%左右。`, 'five-years');
    d.line(`${s.heads(2)}城乡融合发展取得新进展。`);
  };
  d.line('2026年政府工作报告');
  d.line('各位代表：');
  d.line('现在，我代表市人民政府，向大会报告工作，请予审议。');
  d.line(s.review);
  d.line('2025年，全市地区生产总值增长5.2%，城镇新增就业1.3万人。', 'review-actual');
  d.line(`${s.heads(1)}经济运行稳中向好。`);
  d.line(`${s.heads(2)}改革开放持续深化。`);
  if (s.fiveYears && !s.fiveYears.after) fiveYears();
  d.line(s.plan);
  d.line('今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.5万人以上。', 'goal');
  d.line(`${s.heads(1)}扩大有效需求。`);
  d.line(`${s.subs(1)}扩大消费。确保全年地区生产总值增长6%左右。`, 'restatement');
  d.line(`${s.subs(2)}扩大投资。全年实施重点项目200个。`);
  d.line(`${s.heads(2)}建设现代化产业体系。`);
  d.line(`${s.heads(3)}保障和改善民生。`, 'plan-3');
  if (s.fiveYears?.after) fiveYears();
  d.line(s.government);
  d.line(`${s.heads(1)}坚持依法行政。`);
  d.line(`${s.heads(2)}坚持廉洁从政。`, 'government');
  d.line('各位代表！让我们奋力谱写高质量发展新篇章！');
  if (appendix !== 'none') {
    if (appendix === 'list') d.add('附件', '2026年十件民生实事');
    else d.line('附件1：2026年十件民生实事');
    d.line('一、提高低保、特困人员基本生活保障水平。');
    d.line('1.城乡低保标准分别提高5%。');
    d.line('2.特困人员基本生活标准不低于低保标准的1.3倍。');
    d.line('二、推进义务教育优质均衡发展。');
    d.line('1.新建、改扩建中小学10所。');
    d.line('三、加强养老服务。', 'appendix-3');
    d.line('1.新增养老床位500张。');
  }
  return d;
}

describe('generated drafts: part titles and appendices', () => {
  const axes = { structure: STRUCTURES, appendix: ['none', 'list', 'titled'] as Appendix[], eol: ['\n', '\r\n'] as const };
  it('clean drafts are silent; a skipped ordinal (body or appendix) and a changed target in the plan part are found; the same figure elsewhere is silent', () => {
    for (const c of combinations(axes)) {
      const s = c.structure;
      const context = `${s.name} appendix=${c.appendix} eol=${JSON.stringify(c.eol)}`;
      assertSilent(structureDraft(s, c.appendix).text(c.eol), context);

      const gap = structureDraft(s, c.appendix);
      gap.replace('plan-3', gap.textOf('plan-3').replace(s.heads(3), s.heads(4)));
      assertFoundAt(gap.text(c.eol), 'heading-sequence', gap.lineOf('plan-3'), `${context} plan 三→四`);
      if (c.appendix !== 'none') {
        const appendixGap = structureDraft(s, c.appendix);
        appendixGap.replace('appendix-3', appendixGap.textOf('appendix-3').replace('三、', '四、'));
        const found = assertFoundAt(appendixGap.text(c.eol), 'heading-sequence', appendixGap.lineOf('appendix-3'), `${context} appendix 三→四`);
        assert.equal(found.length, 1, `${context} appendix 三→四: one finding\n${show(found)}`);
      }

      const restated = structureDraft(s, c.appendix);
      restated.replace('restatement', restated.textOf('restatement').replace('增长6%左右', '增长7%左右'));
      const found = assertFoundAt(restated.text(c.eol), 'target-mismatch', restated.lineOf('restatement'), `${context} restated 7%`);
      assert.equal(found.length, 1, `${context} restated 7%: one finding\n${show(found)}`);
      for (const tag of ['review-actual', 'government']) {
        const elsewhere = structureDraft(s, c.appendix);
        elsewhere.replace(tag, `${elsewhere.textOf(tag)}地区生产总值增长7%左右。`);
        assertSilent(elsewhere.text(c.eol), `${context} 7% in ${tag}`);
      }
    }
  });
  it('reads the kind of each part: review, plan (by its words or as the part holding the goal), government', () => {
    for (const s of STRUCTURES) {
      const d = structureDraft(s, 'none');
      const report = lint(d.text()).report;
      const kindAt = (line: number) => report.partOf(line);
      assert.equal(kindAt(d.lineOf('review-actual')), 'review', `${s.name}: review`);
      assert.equal(kindAt(d.lineOf('goal')), 'plan', `${s.name}: plan`);
      assert.equal(kindAt(d.lineOf('government')), 'government', `${s.name}: government`);
    }
  });
});
