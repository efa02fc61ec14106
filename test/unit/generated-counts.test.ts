/**
 * Generated drafts for count-mismatch: a stated count (七个方面工作, 十件民生实事, 四大攻坚战, …) written in every
 * numeral form, ended by a colon or a full stop, followed by every kind of list, inline or on lines. Where the
 * list's items are the counted things, the clean draft is silent and the draft whose count is off by one is
 * reported at the count's line. Where the list's items are groups of the counted things (一是教育方面3件…, 其中城建
 * 交通工程15项：…, 12类55件, each group naming several things), the draft is silent both ways: the list does not
 * answer the count. Then the traps of corpus-more/SOURCES.md as classes: the count nearest the list is the one
 * it answers, a list before its count starts after a modifier (广东、福建两省的深圳、…四个地区), a list that runs to
 * the end of the document, paragraphs that are not numbered.
 *
 * The forms are written here by hand from corpus/SOURCES.md, corpus-more/SOURCES.md and the reports themselves,
 * not from the linter's vocabulary.
 */
import * as assert from 'node:assert/strict';
import { assertFoundAt, assertSilent, combinations, describeCombination, Draft, findings, show } from '../support/drafts';

const RULE = ['count-mismatch'];

/**
 * Runs every check of a test and reports all that failed, not only the first: how many failed in each group (a
 * form, without the values that vary), then the first few in full.
 */
class Checks {
  private readonly failed: string[] = [];
  private readonly groups = new Map<string, number>();
  count = 0;
  check(group: string, run: () => void): void {
    this.count++;
    try {
      run();
    } catch (e) {
      this.failed.push((e as Error).message);
      this.groups.set(group, (this.groups.get(group) ?? 0) + 1);
    }
  }
  done(): void {
    const groups = [...this.groups].map(([g, n]) => `  ${n}× ${g}`).join('\n');
    const shown = this.failed.slice(0, 3).join('\n\n');
    assert.equal(this.failed.length, 0, `${this.failed.length} of ${this.count} failed:\n${groups}\n\n${shown}`);
  }
}

// ——— Numerals ———

const DIGITS = '零一二三四五六七八九';
/** 1–99 in Chinese: 七, 十, 十二, 二十二. */
function chinese(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]!) + '十' + (ones ? DIGITS[ones]! : '');
}
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

type NumeralStyle = 'chinese' | 'arabic' | 'fullwidth';
/** A count as written: 两 for two in Chinese (两个方面, 两件), digits either width. */
function countNumeral(n: number, style: NumeralStyle): string {
  if (style === 'chinese') return n === 2 ? '两' : chinese(n);
  const ascii = String(n);
  return style === 'arabic' ? ascii : ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

// ——— Statements whose lists are the counted things ———

interface Statement {
  /** The statement with `{n}` for the numeral. */
  text: string;
  /** What the items are: fields of work, the year's projects, or named things. */
  items: 'work' | 'projects' | 'named';
  /** Endings the form is written with. */
  ends: readonly ('：' | '。')[];
}

const STATEMENTS: readonly Statement[] = [
  { text: '今年重点做好以下{n}个方面工作', items: 'work', ends: ['：', '。'] },
  { text: '全力做好{n}方面工作', items: 'work', ends: ['：', '。'] },
  { text: '重点抓好以下{n}大任务', items: 'work', ends: ['：', '。'] },
  { text: '着力抓好{n}项重点工作', items: 'work', ends: ['：', '。'] },
  { text: '做好今年政府工作，重点在以下{n}个方面攻坚发力', items: 'work', ends: ['：', '。'] },
  { text: '一年来，我们主要抓了以下{n}个方面的工作', items: 'work', ends: ['：'] },
  { text: '今年再办好{n}件民生实事', items: 'projects', ends: ['：', '。'] },
  { text: '年内实施{n}项民生工程', items: 'projects', ends: ['：', '。'] },
  { text: '扎实办好“{n}大重点民生实事”', items: 'projects', ends: ['：', '。'] },
  { text: '坚决打好{n}大攻坚战', items: 'named', ends: ['：'] },
];

const WORK_ITEMS = [
  '着力扩大有效需求',
  '加快建设现代化产业体系',
  '深入推进乡村全面振兴',
  '持续深化改革开放',
  '统筹推进城乡融合发展',
  '加强生态环境保护',
  '切实保障和改善民生',
  '全力维护安全稳定',
  '大力发展县域特色产业',
  '着力优化营商环境',
  '推动文化繁荣兴盛',
  '持续加强政府自身建设',
];
/** The year's projects, most with a figure of their own (所, 个, 公里, 座): the items are still the things counted. */
const PROJECT_ITEMS = [
  '新建改扩建中小学校5所',
  '改造老旧小区30个',
  '新增普惠托位1000个',
  '建设城市书房10座',
  '改造提升农村公路100公里',
  '为1万名适龄妇女免费开展“两癌”筛查',
  '实施城区供水管网改造工程',
  '新建社区养老服务站20个',
  '开展职业技能培训1万人次',
  '新建公共停车位2000个',
  '改造城区道路、供热管网和燃气管道',
  '建成5G基站500个',
];
const NAMED_ITEMS = [
  '防范化解重大风险',
  '精准脱贫',
  '污染防治',
  '扬尘治理',
  '臭氧削峰',
  '油烟治理',
  '燃煤管控',
  '水体治理',
  '土壤修复',
  '农村垃圾整治',
  '工业污染整治',
  '噪声治理',
];

// ——— Lists ———

type ListForm =
  | 'heads 一、'
  | 'heads （一）'
  | 'heads (一)'
  | 'heads 1.'
  | '一是 inline'
  | '一是 paragraphs'
  | '① inline'
  | '（1） inline'
  | '第一， paragraphs';

const LIST_FORMS: readonly ListForm[] = ['heads 一、', 'heads （一）', 'heads (一)', 'heads 1.', '一是 inline', '一是 paragraphs', '① inline', '（1） inline', '第一， paragraphs'];

/** A body paragraph under a heading, some with a run-in list of their own (which must not be counted). */
function body(k: number): string {
  return k % 2 === 0
    ? '坚持稳中求进，强化政策协同，推动各项工作落地见效。'
    : '重点抓好三件事：一是完善工作机制；二是加大资金投入；三是强化督导考核。';
}

/**
 * The draft around a list: where its statement stands and what ends the list. A `truncated` draft stops after the
 * list's last item, as a copy cut short (or a draft still being written) does.
 */
function listDraft(statement: string, form: ListForm, items: readonly string[], truncated = false): Draft {
  const draft = new Draft().add('政府工作报告', '各位代表：');
  const end = (...lines: string[]): Draft => (truncated ? draft : draft.add(...lines));
  const n = items.length;
  const ordinal = (k: number): string => {
    switch (form) {
      case 'heads 一、':
        return `${chinese(k)}、`;
      case 'heads （一）':
        return `（${chinese(k)}）`;
      case 'heads (一)':
        return `(${chinese(k)})`;
      case 'heads 1.':
        return `${k}.`;
      case '一是 inline':
      case '一是 paragraphs':
        return `${chinese(k)}是`;
      case '① inline':
        return CIRCLED[k - 1]!;
      case '（1） inline':
        return `（${k}）`;
      case '第一， paragraphs':
        return `第${chinese(k)}，`;
    }
  };
  switch (form) {
    case 'heads 一、':
      draft.line('现在，我代表县人民政府，向大会报告工作，请予审议。');
      draft.line(statement, 'count');
      items.forEach((item, i) => draft.add(`${ordinal(i + 1)}${item}`, body(i)));
      return end('各位代表！让我们团结一心，为全面完成今年各项目标任务而努力奋斗！');
    case 'heads （一）':
    case 'heads (一)':
      draft.add('一、2025年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2026年工作安排', '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。');
      draft.line(statement, 'count');
      items.forEach((item, i) => draft.add(`${ordinal(i + 1)}${item}`, body(i)));
      return end('三、加强政府自身建设', '我们将坚持依法行政，建设人民满意的政府。');
    case 'heads 1.':
      draft.add('一、2025年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2026年工作安排', '（一）着力扩大有效需求');
      draft.line(statement, 'count');
      items.forEach((item, i) => draft.add(`${ordinal(i + 1)}${item}。`, body(i)));
      return end('（二）持续深化改革开放', '坚持以改革促发展。', '三、加强政府自身建设', '我们将坚持依法行政。');
    case '一是 inline':
    case '① inline':
    case '（1） inline': {
      draft.add('一、2025年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2026年工作安排');
      const separator = form === '① inline' ? '。' : '；';
      const list = items.map((item, i) => `${ordinal(i + 1)}${item}${i + 1 < n ? separator : '。'}`).join('');
      draft.line(statement + list, 'count');
      return end('三、加强政府自身建设', '我们将坚持依法行政。');
    }
    case '一是 paragraphs':
    case '第一， paragraphs':
      draft.add('一、2025年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2026年工作安排');
      draft.line(statement, 'count');
      items.forEach((item, i) => draft.line(`${ordinal(i + 1)}${item}。${body(i)}`));
      return end('三、加强政府自身建设', '我们将坚持依法行政。');
  }
}

/** Writes a statement with its numeral and ending; a statement ending in a colon before an inline list keeps it. */
function writeStatement(statement: Statement, value: number, style: NumeralStyle, end: '：' | '。'): string {
  return statement.text.replace('{n}', countNumeral(value, style)) + end;
}

describe('generated drafts: count-mismatch', function () {
  this.timeout(60000);

  it('a list of the counted things: silent when it agrees, the count off by one reported at its line', () => {
    const checks = new Checks();
    const axes = {
      statement: STATEMENTS,
      style: ['chinese', 'arabic', 'fullwidth'] as NumeralStyle[],
      value: [2, 3, 7, 10, 12],
      list: LIST_FORMS,
      end: ['：', '。'] as ('：' | '。')[],
    };
    for (const c of combinations(axes)) {
      if (!c.statement.ends.includes(c.end)) continue;
      const pool = c.statement.items === 'work' ? WORK_ITEMS : c.statement.items === 'projects' ? PROJECT_ITEMS : NAMED_ITEMS;
      const items = pool.slice(0, c.value);
      const name = describeCombination({ statement: c.statement.text, style: c.style, value: c.value, list: c.list, end: c.end });
      const clean = listDraft(writeStatement(c.statement, c.value, c.style, c.end), c.list, items);
      checks.check(`clean: ${c.statement.text} ${c.list} ${c.end}`, () => assertSilent(clean.text(), `clean: ${name}`, RULE));
      for (const value of [c.value + 1, c.value - 1]) {
        if (value < 2) continue;
        const faulty = listDraft(writeStatement(c.statement, value, c.style, c.end), c.list, items);
        checks.check(`off by one: ${c.statement.text} ${c.list} ${c.end}`, () => assertFoundAt(faulty.text(), 'count-mismatch', faulty.lineOf('count'), `stated ${value}, listed ${c.value}: ${name}`));
      }
    }
    assert.ok(checks.count > 1000, `only ${checks.count} drafts`);
    checks.done();
  });

  it('an inline list after a colon or before the count: silent when it agrees, off by one reported', () => {
    const checks = new Checks();
    const axes = {
      form: ['colon', 'before', 'deng'] as const,
      style: ['chinese', 'arabic'] as NumeralStyle[],
      value: [2, 3, 4, 6],
      lead: ['', '持续', '在城区的'],
    };
    for (const c of combinations(axes)) {
      const items = NAMED_ITEMS.slice(3, 3 + c.value);
      const write = (value: number): string => {
        const n = countNumeral(value, c.style);
        if (c.form === 'colon') return `今年要${c.lead}打好${n}大攻坚战：${items.join('、')}。`;
        if (c.form === 'before') return `今年要${c.lead}推进${items.join('、')}${n}大攻坚战，确保空气质量持续改善。`;
        return `今年要${c.lead}推进${items.join('、')}等${n}项治理，确保空气质量持续改善。`;
      };
      const name = describeCombination(c);
      const draft = (value: number) => new Draft().add('政府工作报告', '二、2026年工作安排').line(write(value), 'count').add('三、加强政府自身建设', '我们将坚持依法行政。');
      checks.check(`clean: ${c.form}`, () => assertSilent(draft(c.value).text(), `clean: ${name}`, RULE));
      // 等 names fewer than there may be: only a count below the items named is a slip. Two words before a count
      // (东区、西区三个园区) are too often not its list: a list before its count is judged from three items on.
      const faults = c.form === 'deng' ? [c.value - 1] : c.form === 'before' && c.value === 2 ? [] : [c.value + 1, c.value - 1];
      for (const value of faults) {
        if (value < 2) continue;
        const faulty = draft(value);
        checks.check(`off by one: ${c.form} ${c.lead}`, () => assertFoundAt(faulty.text(), 'count-mismatch', faulty.lineOf('count'), `stated ${value}, listed ${c.value}: ${name}`));
      }
    }
    checks.done();
  });

  it('a list of groups of the counted things is silent, the count right or off by one', () => {
    /** Sub-counts of the groups (each summing to the stated count) and their fields. */
    const SPLITS: readonly { total: number; parts: number[] }[] = [
      { total: 10, parts: [3, 2, 4, 1] },
      { total: 22, parts: [15, 2, 2, 1, 1, 1] },
      { total: 15, parts: [5, 4, 3, 3] },
      { total: 7, parts: [3, 2, 2] },
      { total: 12, parts: [4, 4, 4] },
    ];
    const FIELDS = ['教育', '医疗卫生', '社会保障', '城乡建设', '交通', '文化体育'];
    const NAMES = ['第一小学', '第二中学', '城关幼儿园', '县医院', '中医院', '妇幼保健院', '人民公园', '滨河公园', '体育馆', '图书馆', '文化馆', '博物馆', '北环路', '南环路', '迎宾大街'];
    type GroupForm =
      | 'sub-counts 一是'
      | 'sub-counts 一是 paragraphs'
      | 'sub-counts ①'
      | 'sub-counts heads'
      | '其中 sub-lists'
      | 'kinds 类'
      | 'names 一是'
      | 'names 等'
      | 'count after noun';
    const axes = {
      form: ['sub-counts 一是', 'sub-counts 一是 paragraphs', 'sub-counts ①', 'sub-counts heads', '其中 sub-lists', 'kinds 类', 'names 一是', 'names 等', 'count after noun'] as GroupForm[],
      split: SPLITS,
      style: ['chinese', 'arabic'] as NumeralStyle[],
      measure: ['件', '项'],
      end: ['：', '。'] as ('：' | '。')[],
      delta: [0, 1, -1],
    };
    const checks = new Checks();
    for (const c of combinations(axes)) {
      const stated = c.split.total + c.delta;
      const n = countNumeral(stated, c.style);
      const sub = (k: number) => countNumeral(c.split.parts[k]!, c.style);
      const what = c.measure === '件' ? '民生实事' : '民生工程';
      const field = (k: number) => FIELDS[k % FIELDS.length]!;
      const draft = new Draft().add('政府工作报告', '一、2025年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2026年工作安排');
      let names = 0;
      const namesOf = (count: number): string => {
        const taken: string[] = [];
        for (let i = 0; i < count; i++) taken.push(NAMES[names++ % NAMES.length]!);
        return taken.join('、');
      };
      switch (c.form) {
        case 'sub-counts 一是':
        case 'sub-counts ①': {
          const ord = (k: number) => (c.form === 'sub-counts ①' ? CIRCLED[k]! : `${chinese(k + 1)}是`);
          const groups = c.split.parts.map((_, k) => `${ord(k)}${field(k)}方面${sub(k)}${c.measure}，主要是改造提升一批设施`).join('；');
          draft.line(`今年再办好${n}${c.measure}${what}${c.end}${groups}。`, 'count');
          break;
        }
        case 'sub-counts 一是 paragraphs':
          draft.line(`今年再办好${n}${c.measure}${what}${c.end}`, 'count');
          c.split.parts.forEach((_, k) => draft.line(`${chinese(k + 1)}是${field(k)}类${sub(k)}${c.measure}。重点推进一批项目建设。`));
          break;
        case 'sub-counts heads':
          draft.line(`今年再办好${n}${c.measure}${what}${c.end}`, 'count');
          c.split.parts.forEach((_, k) => draft.add(`（${chinese(k + 1)}）${field(k)}类（${sub(k)}${c.measure}）`, '重点推进一批项目建设。'));
          break;
        case '其中 sub-lists': {
          // 66_徐水县_2011: 年内完成22项民生工程，其中城建交通工程15项：⑴…⒂。教育工程2项：(1)…(2)。
          const groups = c.split.parts
            .map((part, k) => `${field(k)}工程${sub(k)}${c.measure}：${Array.from({ length: part }, (_, i) => `（${i + 1}）${NAMES[(k * 3 + i) % NAMES.length]}建设`).join('')}`)
            .join('。');
          draft.line(`一是建好民生工程。年内完成${n}${c.measure}${what}，其中${groups}。`, 'count');
          break;
        }
        case 'kinds 类': {
          // 38_江苏省_2025: 12类55件民生实事.
          const kinds = countNumeral(c.split.parts.length, c.style);
          const groups = c.split.parts.map((part, k) => `${chinese(k + 1)}是${field(k)}类，建设${namesOf(part)}`).join('；');
          draft.line(`今年将实施${kinds}类${n}${c.measure}${what}${c.end}${groups}。`, 'count');
          break;
        }
        case 'names 一是': {
          const groups = c.split.parts.map((part, k) => `${chinese(k + 1)}是${field(k)}方面，改造提升${namesOf(part)}`).join('；');
          draft.line(`今年再办好${n}${c.measure}${what}${c.end}${groups}。`, 'count');
          break;
        }
        case 'names 等': {
          // The groups name a few of their projects each: 重点抓好50个项目：一是工业项目，推进A、B、C等项目建设；….
          const groups = c.split.parts.map((part, k) => `${chinese(k + 1)}是${field(k)}项目，推进${namesOf(Math.max(2, part - 1))}等项目建设`).join('；');
          draft.line(`今年重点抓好${countNumeral(stated * 3, c.style)}个项目${c.end}${groups}。`, 'count');
          break;
        }
        case 'count after noun': {
          // 实施重点项目120个: 一是…八是 by field.
          const total = countNumeral(stated * 5, c.style);
          const groups = c.split.parts.map((part, k) => `${chinese(k + 1)}是${field(k)}项目${countNumeral(part * 5, c.style)}个`).join('；');
          draft.line(`全年实施重点项目${total}个${c.end}${groups}。`, 'count');
          break;
        }
      }
      draft.add('三、加强政府自身建设', '我们将坚持依法行政。');
      const name = describeCombination({ form: c.form, total: c.split.total, parts: c.split.parts.join('+'), style: c.style, measure: c.measure, end: c.end, delta: c.delta });
      checks.check(`${c.form} ${c.measure} ${c.end} delta=${c.delta}`, () => assertSilent(draft.text(), `groups: ${name}`, RULE));
    }
    assert.ok(checks.count > 500, `only ${checks.count} drafts`);
    checks.done();
  });

  it('the count nearest the list is the one it answers', () => {
    // 57_涞水县_2020: 突出做好八方面工作 (the guiding thought), then 重点在以下七个方面攻坚发力。 and seven heads; the
    // two may also stand in one sentence, as 22项民生工程，其中城建交通工程15项：（1）… does (66_徐水县_2011).
    const axes = {
      layout: ['paragraphs', 'paragraphs with targets between', 'one sentence'],
      far: [8, 6, 7],
      near: ['重点在以下{n}个方面攻坚发力{end}', '今年重点做好以下{n}个方面工作{end}', '重点抓好{n}项工作{end}'],
      end: ['：', '。'],
      style: ['chinese', 'arabic'] as NumeralStyle[],
    };
    const checks = new Checks();
    for (const c of combinations(axes)) {
      const write = (near: number, far: number): Draft => {
        const draft = new Draft().add('政府工作报告', '一、2019年工作回顾', '过去一年，全县经济持续恢复向好。', '二、2020年工作安排');
        const guiding = `今年政府工作的总体要求是：坚持稳中求进，突出做好${countNumeral(far, c.style)}方面工作`;
        const nearText = c.near.replace('{n}', countNumeral(near, c.style)).replace('{end}', c.end);
        if (c.layout === 'one sentence') {
          draft.line(`${guiding}，${nearText}`, 'far');
        } else {
          draft.line(`${guiding}，坚决打赢三大攻坚战，确保全面建成小康社会。`, 'far');
          if (c.layout === 'paragraphs with targets between') draft.line('全年经济社会发展的主要预期目标是：地区生产总值增长6.5%以上。');
          draft.line(nearText, 'near');
        }
        WORK_ITEMS.slice(0, 7).forEach((item, i) => draft.add(`（${chinese(i + 1)}）${item}`, body(i)));
        return draft.add('三、加强政府自身建设', '我们将坚持依法行政。');
      };
      const name = describeCombination(c);
      const group = `${c.layout} ${c.near} ${c.end}`;
      const clean = write(7, c.far);
      checks.check(`clean: ${group}`, () => assertSilent(clean.text(), `clean: ${name}`, RULE));
      for (const near of [6, 8]) {
        const faulty = write(near, c.far);
        const nearLine = c.layout === 'one sentence' ? faulty.lineOf('far') : faulty.lineOf('near');
        checks.check(`off by one: ${group}`, () => {
          const found = assertFoundAt(faulty.text(), 'count-mismatch', nearLine, `near count ${near}: ${name}`).filter((f) => f.ruleId === 'count-mismatch');
          assert.equal(found.length, 1, `one finding, of the near count: ${name}\n${show(found)}`);
          assert.ok(found[0]!.message.includes(countNumeral(near, c.style)), `the near count reported: ${name}\n${show(found)}`);
        });
      }
    }
    checks.done();
  });

  it('a list before its count starts after a counted modifier, not at a 的 of its own', () => {
    // 29_全国_1983: 在广东、福建两省的深圳、珠海、汕头、厦门四个地区试办的经济特区 (两省 counts the words before it);
    // corpus/25_高唐县_2023: 全社会研发投入占比、规模以上工业企业有研发活动的企业占比、研发人员占比三项 (an item's own 的).
    const axes = {
      list: [
        { before: '在广东、福建两省的', items: ['深圳', '珠海', '汕头', '厦门'] },
        { before: '河北、山东、河南三省的', items: ['深圳', '珠海', '汕头', '厦门'] },
        { before: '在华南沿海2个省的', items: ['深圳', '珠海', '汕头', '厦门'] },
        { before: '在', items: ['深圳', '珠海', '汕头', '厦门'] },
        { before: '', items: ['深圳', '珠海', '汕头', '厦门'] },
        { before: '推动', items: ['研发投入占比', '有研发活动的企业占比', '研发人员占比'] },
        { before: '', items: ['北京的故宫', '上海的外滩', '西安的城墙'] },
      ],
      style: ['chinese', 'arabic'] as NumeralStyle[],
      measure: ['个地区', '个城市', '大城市', '项指标'],
      delta: [0, 1, -1],
    };
    const checks = new Checks();
    for (const c of combinations(axes)) {
      const n = c.list.items.length;
      const count = countNumeral(n + c.delta, c.style);
      const draft = new Draft().add('政府工作报告').line(`${c.list.before}${c.list.items.join('、')}${count}${c.measure}试办的经济特区，开始取得成效。`, 'count');
      const name = describeCombination({ before: c.list.before, first: c.list.items[0], style: c.style, measure: c.measure, delta: c.delta });
      if (c.delta === 0) {
        checks.check(`clean: ${c.list.before}${c.list.items[0]}`, () => assertSilent(draft.text(), `clean: ${name}`, RULE));
        continue;
      }
      // A count after its list is judged when it is one off (45件 after 制定、修改、废止 counts something else).
      checks.check(`off by one: ${c.list.before}${c.list.items[0]}`, () => {
        const found = findings(draft.text()).filter((f) => f.ruleId === 'count-mismatch');
        assert.equal(found.length, 1, `${name}: stated ${n + c.delta}, listed ${n}\n${show(found)}`);
        // The first item may carry the clause's verb or preposition (“推动研发投入占比”, “在深圳”), not the modifier.
        const first = new RegExp(`${n}项（“(?:推动|在)?${c.list.items[0]}”`);
        assert.ok(found[0]!.line === draft.lineOf('count') && first.test(found[0]!.message), `${name}: the list read from its first item\n${show(found)}`);
      });
    }
    checks.done();
  });

  it('a list cut short at the end of the document is not judged short', () => {
    // 45_保定市_2018: 重点抓好八方面工作： then （一） and the source stops. A list that runs to the end with fewer
    // items than stated may have lost the rest; one with more items is still reported.
    const checks = new Checks();
    const axes = { statement: STATEMENTS, list: LIST_FORMS, value: [3, 8], end: ['：', '。'] as ('：' | '。')[] };
    for (const c of combinations(axes)) {
      if (!c.statement.ends.includes(c.end)) continue;
      const pool = c.statement.items === 'work' ? WORK_ITEMS : c.statement.items === 'projects' ? PROJECT_ITEMS : NAMED_ITEMS;
      const name = describeCombination({ statement: c.statement.text, list: c.list, value: c.value, end: c.end });
      const cut = listDraft(writeStatement(c.statement, c.value, 'chinese', c.end), c.list, pool.slice(0, 2), true);
      checks.check(`cut short: ${c.statement.text} ${c.list}`, () => assertSilent(cut.text(), `cut short: ${name}`, RULE));
      const more = listDraft(writeStatement(c.statement, c.value, 'chinese', c.end), c.list, pool.slice(0, c.value + 1), true);
      checks.check(`one more, at the end: ${c.statement.text} ${c.list}`, () =>
        assertFoundAt(more.text(), 'count-mismatch', more.lineOf('count'), `one more: ${name}`),
      );
    }
    checks.done();
  });

  it('a list that does not answer its count leaves it unjudged', () => {
    const cases: { name: string; lines: string[] }[] = [
      {
        // 45_保定市_2018: the source stops after the first heading.
        name: 'a list cut off at the end of the document',
        lines: ['政府工作报告', '二、2018年工作安排', '重点抓好八方面工作：', '（一）坚定不移推进协同发展', '全面对接北京非首都功能疏解。'],
      },
      {
        // 56_容城县_2020, 65_容城县_2019: six paragraphs, no numbers.
        name: 'paragraphs that are not numbered',
        lines: ['一年来，我们主要做了以下六个方面的工作：', '坚持稳中求进，经济运行总体平稳。', '坚持改革创新，发展活力持续增强。', '坚持城乡统筹，城乡面貌明显改善。', '二、2020年工作安排', '（一）着力扩大有效需求', '推动项目建设。', '（二）推进产业升级', '推动产业转型。'],
      },
      {
        // 70_博野县_2022: 15 candidates go to the vote; ten are listed after two more sentences.
        name: 'candidates for a vote, listed after other sentences',
        lines: ['二、2022年工作安排', `今年按照票决制办法要求，我们梳理形成15个民生实事候选项目提交大会审议。我们将认真组织，精心实施。${CIRCLED.slice(0, 10).split('').map((c, i) => `${c}${PROJECT_ITEMS[i]}。`).join('')}`, '三、加强政府自身建设'],
      },
      {
        // 31_全国_2006: 主要抓好三个方面 ahead of paragraphs of prose.
        name: 'a count in prose followed by other prose',
        lines: ['二、2006年工作安排', '着眼于逐步解决群众看病难、看病贵问题，主要抓好三个方面。加快农村医疗卫生服务体系建设。', '（一）推进社会主义新农村建设', '加快发展现代农业。', '（二）推进产业结构调整', '加快发展服务业。', '三、加强政府自身建设'],
      },
    ];
    const checks = new Checks();
    for (const c of cases) {
      const draft = new Draft().add(...c.lines);
      checks.check(c.name, () => assertSilent(draft.text(), c.name, RULE));
    }
    checks.done();
  });
});
