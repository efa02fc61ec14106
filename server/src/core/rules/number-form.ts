/**
 * number-form — 数字的书写形式（GB/T 15835—2011 出版物上数字用法；GB/T 9704—2012 7.3.5）。
 *
 * 触发：
 * - 阿拉伯数字中的全角字符：全角数字“１２３”、数字间的全角小数点“８．５”；全文“％”与“%”混用时的全角“％”。
 *   全文以全角为习惯（某一种全角写法至少 10 处且不少于同类写法的一半）时，只在第一处报告一次，注明个数，修复一次改全文；
 *   否则逐个报告。
 * - 汉字数字年份中的“0”未写作“〇”：“二0二六年”“二零二六年”“二O二六年”“一九八○年”（GB/T 15835—2011 5.2.5）。
 * - 阿拉伯数字中夹用“千”“百”：“4千”“3亿4千5百万”（只有“万”“亿”可与阿拉伯数字同用）。
 * - 两位数年份：“23年底”“24年上半年”“25年3月”（年份应标全称，GB/T 9704—2012 7.3.5）。
 * - 月、日编虚位：“01月”“08日”（GB/T 9704—2012 7.3.5：月、日不编虚位）。
 * - 同一计数汉字数字与阿拉伯数字混用（提示）：同一数值、同一量词、其后同一名词（量词后 4 个汉字，短语较短时取到短语末，至少
 *   2 个），一处写“十件民生实事”、一处写“10件民生实事”（GB/T 15835—2011：同一场合的数字“同类别同形式”）。报告少数一方
 *   （相同时报告后出现的写法），相关信息指向另一写法。
 * 修复：全角字符改为半角（只改这些字符）；年份中的“零/0/O/○”改为“〇”；“4千”改为“4000”（复合写法“3亿4千5百万”不自动改）；
 * 删去月、日前的“0”；混用的计数改为多数一方的写法（照录文中另一写法的数字：10 ↔ 十，两/兩）。两位数年份只提供建议（世纪按 00–49 为 20xx、50–99 为 19xx 推定，须由起草人确认）。
 * 不检查：全文一致使用全角“％”（不与“%”混用）；序号与注释标记中的全角数字“（１）”“［１］”“１．”及序号后的全角下脚点“3．”
 * （属序号体例，由 heading-punctuation、footnote-style、enumeration-sequence 检查）；“千瓦”“千伏”“千克”“百分点”
 * “千方百计”等词；“25年来”“30年”等时长、“70周年”；“2026-01-27”等全数字日期；一千零八等计量的“零”；
 * Markdown 表格与代码块。计数混用不比较：量词不同（十件与10项）、名词不同（十件民生实事与10件实事，后者只是后缀也不算）、
 * 序数（第十个）、概数（数十个、几十家）、小数与范围（1.5个、3—5个）、年份与日期、“一是”“十四五”“三农”“一批”、数值为 1 的计数、
 * 紧跟另一计数的复合数字（4个方面21条、12类55件：阿拉伯数字随数据而定）；定型词语（两个确立、八项规定，GB/T 15835—2011
 * 定型词语用汉字数字）中的汉字数字从不改为阿拉伯数字。
 */
import { defineRule, type RuleContext } from '../rule';
import type { Line } from '../source/lines';
import type { TextEdit } from '../types';
import {
  CHINESE_YEAR_CHARS,
  CHINESE_YEAR_LENGTH,
  CHINESE_ZERO,
  FULL_WIDTH_DIGIT_FIRST,
  FULL_WIDTH_DIGIT_LAST,
  FULL_WIDTH_NUMBER_CHAR,
  FULL_WIDTH_PERCENT,
  FULL_WIDTH_POINT,
  HALF_WIDTH_PERCENT,
  MAGNITUDE_WORD,
  MIXED_MAGNITUDE,
  MIXED_MAGNITUDES,
  PADDED_DATE,
  SHORT_YEAR,
  WRONG_ZEROS,
  YEAR_CHAR,
  ALLOWED_MAGNITUDES,
  ORDINAL_CLOSERS,
  ORDINAL_MARKS,
  ORDINAL_OPENERS,
  COUNT_FORM,
  COUNT_FORM_FIXED,
  COUNT_FORM_MEASURES,
  COUNT_FORM_NOT_BEFORE,
  COUNT_FORM_NOUN_LENGTH,
  COUNT_FORM_NOUN_MIN,
} from '../vocabulary/number-form';
import { parseArabic, parseChineseNumeral } from '../vocabulary/numeral-values';
import { COUNT_TWO, COUNT_TWO_TRADITIONAL } from '../vocabulary/numerals';
import type { Source } from '../source/source';

type Messages = 'fullWidth' | 'mixedPercent' | 'fullWidthDraft' | 'yearZero' | 'mixedMagnitude' | 'mixedMagnitudeCompound' | 'shortYear' | 'paddedDate' | 'mixedCount' | 'mixedCountOther';
type Fixes = 'halfWidth' | 'halfWidthAll' | 'replace';

/** A form written by habit: at least this many numbers, and no fewer than half of the numbers that could show it. */
export const HABIT_MIN = 10;

export default defineRule<Messages, Fixes>({
  meta: {
    id: 'number-form',
    category: 'usage',
    description: '阿拉伯数字用半角（不用全角数字、全角小数点，不混用“％”与“%”）；汉字年份中的零写作“〇”；阿拉伯数字中只有“万”“亿”可用汉字；年份标全称，月、日不编虚位；同一计数不混用汉字数字与阿拉伯数字（提示）。',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      fullWidth: '数字“{actual}”中有全角字符，阿拉伯数字及其小数点应用半角：应为“{expected}”（GB/T 15835—2011）。',
      mixedPercent: '全文百分号“%”与“％”混用（半角{half}处，全角{full}处），应统一为半角：应为“{expected}”。',
      fullWidthDraft: '全文有{count}个数字使用全角字符（如“{actual}”），阿拉伯数字及其小数点应用半角（GB/T 15835—2011）。',
      yearZero: '汉字数字年份中的零应写作“〇”：应为“{expected}”，实际为“{actual}”（GB/T 15835—2011 5.2.5）。',
      mixedMagnitude: '“{actual}”在阿拉伯数字后用了“{magnitude}”：阿拉伯数字中只有“万”“亿”可用汉字，应为“{expected}”（GB/T 15835—2011）。',
      mixedMagnitudeCompound: '“{actual}”在阿拉伯数字中夹用了“{magnitude}”：阿拉伯数字中只有“万”“亿”可用汉字，请改写为阿拉伯数字或以“万”“亿”为单位（GB/T 15835—2011）。',
      shortYear: '年份应标全称：“{actual}”应写作“{expected}”（参照 GB/T 9704—2012 7.3.5 对成文日期的要求）。',
      paddedDate: '月、日不编虚位：应为“{expected}”，实际为“{actual}”（参照 GB/T 9704—2012 7.3.5 对成文日期的要求）。',
      mixedCount: '同一计数前后写法不一：此处为“{actual}”，另有{count}处写作“{other}”；同一场合的数字应“同类别同形式”，宜统一为“{expected}”（GB/T 15835—2011）。',
      mixedCountOther: '此处写作“{form}”。',
    },
    fixes: {
      halfWidth: '改为“{expected}”',
      halfWidthAll: '将全文{count}个数字改为半角',
      replace: '改为“{expected}”',
    },
    examples: {
      incorrect: ['地区生产总值增长５．５％左右。\n二0二六年，市场主体新增4千户。\n23年底建成；2026年01月27日召开。'],
      correct: ['地区生产总值增长5.5%左右。\n二〇二六年，市场主体新增4000户，建成500千伏变电站。\n2023年底建成；2026年1月27日召开。'],
    },
  },
  check(context) {
    const { report } = context;
    const text = report.source.text;
    const prose = proseLineAt(report.source.lines);
    if (!checkFullWidth(context, text, prose)) return;
    if (!checkYears(context, text, prose)) return;
    if (!checkMagnitudes(context, text, prose)) return;
    if (!checkShortYears(context, text, prose)) return;
    if (!checkPaddedDates(context, text, prose)) return;
    checkMixedCounts(context, report.source, prose);
  },
});

type Context = RuleContext<Messages, Fixes>;
/** The prose line holding an offset (past its indentation), or undefined: tables, code and comments are not read. */
type ProseAt = (offset: number) => Line | undefined;

function proseLineAt(lines: readonly Line[]): ProseAt {
  // Hits come in document order: walk forward from the last line found instead of searching each time.
  let i = 0;
  return (offset) => {
    if (i >= lines.length || lines[i]!.start > offset) i = 0;
    while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
    const line = lines[i]!;
    return line.prose && offset >= line.contentStart && offset < line.end ? line : undefined;
  };
}

const isFullDigit = (c: number) => c >= FULL_WIDTH_DIGIT_FIRST && c <= FULL_WIDTH_DIGIT_LAST;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || isFullDigit(c);
const POINT = FULL_WIDTH_POINT.charCodeAt(0);
const FULL_PERCENT = FULL_WIDTH_PERCENT.charCodeAt(0);
const HALF_PERCENT = HALF_WIDTH_PERCENT.charCodeAt(0);
const isPoint = (c: number) => c === 0x2e || c === POINT;
const isNumberChar = (c: number) => isDigit(c) || isPoint(c);

interface FullWidthNumber {
  offset: number;
  length: number;
  edits: TextEdit[];
  digits: boolean;
  point: boolean;
  percent: boolean;
}

/** Full-width digits, decimal points and (where the draft mixes the two) per-cent signs; false once the rule must stop. */
function checkFullWidth(context: Context, text: string, prose: ProseAt): boolean {
  FULL_WIDTH_NUMBER_CHAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  const numbers: FullWidthNumber[] = [];
  let scannedTo = 0;
  while ((m = FULL_WIDTH_NUMBER_CHAR.exec(text))) {
    const at = m.index;
    if (at < scannedTo) continue;
    const line = prose(at);
    if (!line) continue;
    // The number around the hit: digits and points, then a per-cent sign right after the last digit.
    let start = at;
    while (start > line.contentStart && isNumberChar(text.charCodeAt(start - 1))) start--;
    let digitsEnd = at;
    if (text.charCodeAt(at) !== FULL_PERCENT) {
      digitsEnd = at + 1;
      while (digitsEnd < line.end && isNumberChar(text.charCodeAt(digitsEnd))) digitsEnd++;
    }
    while (start < digitsEnd && isPoint(text.charCodeAt(start))) start++;
    while (digitsEnd > start && isPoint(text.charCodeAt(digitsEnd - 1))) digitsEnd--;
    const sign = text.charCodeAt(digitsEnd);
    const end = digitsEnd + (sign === FULL_PERCENT || sign === HALF_PERCENT ? 1 : 0);
    scannedTo = Math.max(end, at + 1);
    // No digit: a lone ％ (after a space: 8 ％) or a full stop.
    if (start >= digitsEnd) continue;
    // Ordinals and note markers keep the numbering's own width: （１） ［１］, and １． １、 opening a line.
    if (sign !== FULL_PERCENT && sign !== HALF_PERCENT && isOrdinal(text, line, start, digitsEnd)) continue;
    // A line opening with `3．` numbers an item: that point is the ordinal's mark (heading-punctuation, footnote-style).
    const markerPoint = start === line.contentStart ? firstPoint(text, start, digitsEnd) : -1;
    const n: FullWidthNumber = { offset: start, length: end - start, edits: [], digits: false, point: false, percent: sign === FULL_PERCENT };
    for (let i = start; i < digitsEnd; i++) {
      const c = text.charCodeAt(i);
      if (isFullDigit(c)) {
        n.digits = true;
        n.edits.push({ offset: i, length: 1, text: String.fromCharCode(c - FULL_WIDTH_DIGIT_FIRST + 0x30) });
      } else if (c === POINT && i !== markerPoint && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        n.point = true;
        n.edits.push({ offset: i, length: 1, text: '.' });
      }
    }
    if (n.digits || n.point || n.percent) numbers.push(n);
  }
  if (numbers.length === 0) return true;

  // ％ is a fault only where the draft also writes %.
  let full = 0;
  let half = 0;
  if (numbers.some((n) => n.percent)) {
    for (let i = text.indexOf(HALF_WIDTH_PERCENT); i >= 0; i = text.indexOf(HALF_WIDTH_PERCENT, i + 1)) if (i > 0 && isDigit(text.charCodeAt(i - 1)) && prose(i)) half++;
    for (const n of numbers) if (n.percent) full++;
    const mixed = half > 0;
    for (const n of numbers) {
      if (!n.percent) continue;
      if (mixed) n.edits.push({ offset: n.offset + n.length - 1, length: 1, text: HALF_WIDTH_PERCENT });
      else n.percent = false;
    }
  }
  const faulty = numbers.filter((n) => n.edits.length > 0);
  if (faulty.length === 0) return true;

  if (habitual(text, prose, faulty, full, half)) {
    const first = faulty[0]!;
    const edits = faulty.flatMap((n) => n.edits);
    return context.problem({
      messageId: 'fullWidthDraft',
      data: { count: faulty.length, actual: slice(text, first) },
      offset: first.offset,
      length: first.length,
      fix: { titleId: 'halfWidthAll', titleData: { count: faulty.length }, edits },
    });
  }
  for (const n of faulty) {
    const actual = slice(text, n);
    const expected = applyEdits(text, n);
    const onlyPercent = !n.digits && !n.point;
    if (!context.problem({
      messageId: onlyPercent ? 'mixedPercent' : 'fullWidth',
      data: onlyPercent ? { half, full, expected } : { actual, expected },
      offset: n.offset,
      length: n.length,
      fix: { titleId: 'halfWidth', titleData: { expected }, edits: n.edits },
    })) return false;
  }
  return true;
}

function isOrdinal(text: string, line: Line, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  // Spaces may stand inside the brackets: ［ １ ］.
  let before = start - 1;
  while (before > line.contentStart && isSpace(text.charCodeAt(before))) before--;
  let after = end;
  while (after < line.end && isSpace(text.charCodeAt(after))) after++;
  if (before >= line.contentStart && after < line.end && ORDINAL_OPENERS.includes(text[before]!) && ORDINAL_CLOSERS.includes(text[after]!)) return true;
  return start === line.contentStart && end < line.end && ORDINAL_MARKS.includes(text[end]!) && !isDigit(text.charCodeAt(end + 1));
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

function firstPoint(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (isPoint(text.charCodeAt(i))) return i;
  return -1;
}

/** Whether one full-width form is the draft's habit rather than a stray slip (see HABIT_MIN). */
function habitual(text: string, prose: ProseAt, faulty: FullWidthNumber[], fullPercent: number, halfPercent: number): boolean {
  const digits = faulty.filter((n) => n.digits).length;
  const points = faulty.filter((n) => n.point).length;
  const percents = faulty.filter((n) => n.percent).length;
  if (percents >= HABIT_MIN && fullPercent >= halfPercent) return true;
  if (digits < HABIT_MIN && points < HABIT_MIN) return false;
  // Count the numbers and decimals of the whole draft only when a form is frequent enough to be a habit.
  let numbers = 0;
  let decimals = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const at = i;
    while (i < len && isDigit(text.charCodeAt(i))) i++;
    if (!prose(at)) continue;
    numbers++;
    if (isPoint(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) decimals++;
  }
  return (digits >= HABIT_MIN && digits * 2 >= numbers) || (points >= HABIT_MIN && points * 2 >= decimals);
}

function slice(text: string, span: { offset: number; length: number }): string {
  return text.slice(span.offset, span.offset + span.length);
}

function applyEdits(text: string, n: FullWidthNumber): string {
  let out = '';
  let at = n.offset;
  for (const e of [...n.edits].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, e.offset) + e.text;
    at = e.offset + e.length;
  }
  return out + text.slice(at, n.offset + n.length);
}

/** 二0二六年, 二零二六年, 一九八○年 → 〇. */
function checkYears(context: Context, text: string, prose: ProseAt): boolean {
  if (!text.includes(YEAR_CHAR)) return true;
  const len = CHINESE_YEAR_LENGTH;
  for (let at = text.indexOf(YEAR_CHAR, len); at >= 0; at = text.indexOf(YEAR_CHAR, at + 1)) {
    const from = at - len;
    // Four year characters before 年, and not a longer run.
    let inYear = true;
    for (let i = from; i < at && inYear; i++) inYear = CHINESE_YEAR_CHARS.includes(text[i]!);
    if (!inYear || (from > 0 && CHINESE_YEAR_CHARS.includes(text[from - 1]!))) continue;
    const m = { index: from, 0: text.slice(from, at) };
    const actual = m[0];
    let chinese = false;
    const edits: TextEdit[] = [];
    for (let i = 0; i < actual.length; i++) {
      const c = actual[i]!;
      if (WRONG_ZEROS.includes(c)) edits.push({ offset: m.index + i, length: 1, text: CHINESE_ZERO });
      else if (c !== CHINESE_ZERO) chinese = true;
    }
    // At least one Chinese digit (2020 is an Arabic year) and one zero written wrong.
    if (!chinese || edits.length === 0 || !prose(m.index)) continue;
    let expected = '';
    for (const c of actual) expected += WRONG_ZEROS.includes(c) ? CHINESE_ZERO : c;
    if (!context.problem({
      messageId: 'yearZero',
      data: { actual: actual + YEAR_CHAR, expected: expected + YEAR_CHAR },
      offset: m.index,
      length: actual.length,
      fix: { titleId: 'replace', titleData: { expected: expected + YEAR_CHAR }, edits },
    })) return false;
  }
  return true;
}

/** 4千, 1.5千, 3亿4千5百万: magnitudes other than 万 and 亿 in an Arabic number. */
function checkMagnitudes(context: Context, text: string, prose: ProseAt): boolean {
  MIXED_MAGNITUDE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MIXED_MAGNITUDE.exec(text))) {
    const number = m[1]!;
    const magnitude = m[2]!;
    const after = m.index + m[0].length;
    // 500千伏, 0.13千克, 3百分点: a unit or a word opens with the character.
    if (MAGNITUDE_WORD.test(text.slice(after - 1, after + 4))) continue;
    if (!prose(m.index)) continue;
    // The whole mixed run: 3亿4千5百万 is one number.
    let start = m.index;
    while (start > 0 && (isDigit(text.charCodeAt(start - 1)) || isPoint(text.charCodeAt(start - 1)) || isMagnitude(text[start - 1]!))) start--;
    let end = after;
    while (end < text.length && (isDigit(text.charCodeAt(end)) || isPoint(text.charCodeAt(end)) || isMagnitude(text[end]!))) end++;
    while (end > after && !isMagnitude(text[end - 1]!)) end--;
    while (start < m.index && !isDigit(text.charCodeAt(start))) start++;
    const actual = text.slice(start, end);
    const simple = start === m.index && (end === after || (end === after + 1 && ALLOWED_MAGNITUDES.includes(text[after]!)));
    const value = simple ? times(number, MIXED_MAGNITUDES[magnitude]!) : undefined;
    const expected = value === undefined ? undefined : value + text.slice(after, end);
    MIXED_MAGNITUDE.lastIndex = Math.max(MIXED_MAGNITUDE.lastIndex, end);
    if (!context.problem({
      messageId: expected ? 'mixedMagnitude' : 'mixedMagnitudeCompound',
      data: expected ? { actual, magnitude, expected } : { actual, magnitude },
      offset: start,
      length: end - start,
      fix: expected ? { titleId: 'replace', titleData: { expected }, edits: [{ offset: start, length: end - start, text: expected }] } : undefined,
    })) return false;
  }
  return true;
}

function isMagnitude(c: string): boolean {
  return c in MIXED_MAGNITUDES || ALLOWED_MAGNITUDES.includes(c);
}

/** `number × scale` written without a decimal point, or undefined when the product is not whole (1.2345千). */
function times(number: string, scale: number): string | undefined {
  const [whole, fraction = ''] = number.split('.');
  const zeros = Math.round(Math.log10(scale));
  if (fraction.length > zeros) return undefined;
  const digits = (whole! + fraction.padEnd(zeros, '0')).replace(/^0+(?=\d)/, '');
  return digits;
}

/** 23年底, 24年上半年, 25年3月: a year of two digits. A suggestion only: the century is the drafter's to confirm. */
function checkShortYears(context: Context, text: string, prose: ProseAt): boolean {
  if (!text.includes(YEAR_CHAR)) return true;
  SHORT_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORT_YEAR.exec(text))) {
    if (!prose(m.index)) continue;
    const yy = m[1]!;
    const full = (Number(yy) < 50 ? '20' : '19') + yy;
    if (!context.problem({
      messageId: 'shortYear',
      data: { actual: yy + YEAR_CHAR, expected: full + YEAR_CHAR },
      offset: m.index,
      length: 2,
      suggestions: [{ titleId: 'replace', titleData: { expected: full + YEAR_CHAR }, edits: [{ offset: m.index, length: 2, text: full }] }],
    })) return false;
  }
  return true;
}

/** 01月, 08日 → 1月, 8日. */
function checkPaddedDates(context: Context, text: string, prose: ProseAt): boolean {
  PADDED_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PADDED_DATE.exec(text))) {
    if (!prose(m.index)) continue;
    const unit = text[m.index + 2]!;
    if (!context.problem({
      messageId: 'paddedDate',
      data: { actual: m[0] + unit, expected: m[1]! + unit },
      offset: m.index,
      length: 2,
      fix: { titleId: 'replace', titleData: { expected: m[1]! + unit }, edits: [{ offset: m.index, length: 1, text: '' }] },
    })) return false;
  }
  return true;
}

/** One count phrase: where its numeral stands, its value, its form, and what it counts (measure word and noun). */
interface CountPhrase {
  offset: number;
  length: number;
  arabic: boolean;
  value: number;
  /** What it counts: up to COUNT_FORM_NOUN_LENGTH characters after the measure word. */
  noun: string;
  /** The noun is shorter than the window: the phrase ends there. */
  ended: boolean;
  /** The numeral opens a fixed word (两个确立, 八项规定): it keeps its Chinese numeral. */
  fixed: boolean;
  /** What the phrase reads as (numeral, measure word and noun), for the messages. */
  phrase: string;
}

const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * 十件民生实事 and 10件民生实事 in one draft: the same value, measure word and noun written once in Chinese and once in
 * Arabic numerals. A hint on the minority form (on a tie, the form met later), with the fix writing the other.
 */
function checkMixedCounts(context: Context, source: Source, prose: ProseAt): boolean {
  const text = source.text;
  // Phrases by value and measure word; within them, by noun.
  const buckets = new Map<string, CountPhrase[]>();
  COUNT_FORM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_FORM.exec(text))) {
    const numeral = m[1]!;
    const at = m.index;
    if (at > 0 && COUNT_FORM_NOT_BEFORE.includes(text[at - 1]!)) continue;
    const arabic = numeral.charCodeAt(0) <= 0x39;
    const value = arabic ? parseArabic(numeral) : numeral === COUNT_TWO || numeral === COUNT_TWO_TRADITIONAL ? 2 : parseChineseNumeral(numeral);
    if (!(value >= 2 && value <= 99) || (arabic && numeral[0] === '0')) continue;
    const line = prose(at);
    if (!line) continue;
    // 12类55件: a count right after another count is part of a compound figure.
    if (at >= 2 && isCountBefore(text, at)) continue;
    const view = source.view(line);
    const measureAt = view.indexAt(at + numeral.length);
    const nounStart = measureAt + 1;
    let nounEnd = nounStart;
    while (nounEnd < view.text.length && nounEnd - nounStart < COUNT_FORM_NOUN_LENGTH && isCjk(view.text.charCodeAt(nounEnd))) nounEnd++;
    if (nounEnd - nounStart < COUNT_FORM_NOUN_MIN) continue;
    // 4个方面21条措施: a count followed by another count is part of a compound figure (Arabic by the figure's own form).
    let runEnd = nounEnd;
    while (runEnd < view.text.length && runEnd - nounStart < COUNT_FORM_NOUN_LENGTH + 2 && isCjk(view.text.charCodeAt(runEnd))) runEnd++;
    const next = view.text.charCodeAt(runEnd);
    if (next >= 0x30 && next <= 0x39) continue;
    const measure = view.text[measureAt]!;
    const noun = view.text.slice(nounStart, nounEnd);
    const numeralAt = view.indexAt(at);
    const phrase = view.text.slice(numeralAt, nounEnd);
    const fixed = !arabic && COUNT_FORM_FIXED.some((w) => phrase.startsWith(w));
    const key = `${value}${measure}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    // A noun shorter than the window ends the phrase (两个维护，): it is the whole noun.
    bucket.push({ offset: at, length: numeral.length, arabic, value, noun, ended: noun.length < COUNT_FORM_NOUN_LENGTH, fixed, phrase });
  }
  for (const bucket of buckets.values()) {
    if (!bucket.some((p) => p.arabic) || bucket.every((p) => p.arabic)) continue;
    // The same noun: equal, or a noun that ends its phrase and opens the other's (两个维护， and 2个维护落到实处).
    const groups = new Map<string, CountPhrase[]>();
    for (const p of bucket) {
      let noun = p.noun;
      for (const q of bucket) if (q.ended && q.noun.length < noun.length && p.noun.startsWith(q.noun)) noun = q.noun;
      let group = groups.get(noun);
      if (!group) groups.set(noun, (group = []));
      group.push(p);
    }
    if (!reportMixes(context, source, groups)) return false;
  }
  return true;
}

function reportMixes(context: Context, source: Source, groups: Map<string, CountPhrase[]>): boolean {
  for (const group of groups.values()) {
    let arabic = 0;
    let fixed = false;
    for (const p of group) {
      if (p.arabic) arabic++;
      fixed ||= p.fixed;
    }
    const chinese = group.length - arabic;
    if (arabic === 0 || chinese === 0) continue;
    // The majority's form; on a tie the form met first; a fixed word keeps its Chinese numeral.
    const arabicWins = !fixed && (arabic > chinese || (arabic === chinese && group[0]!.arabic));
    const model = group.find((p) => p.arabic === arabicWins)!;
    const count = arabicWins ? arabic : chinese;
    for (const p of group) {
      if (p.arabic === arabicWins) continue;
      // The other form as the draft writes it (两 or 兩, 10 or 十): the numeral of the same count written the other way.
      const written = source.text.slice(model.offset, model.offset + model.length);
      const expected = written + p.phrase.slice(p.length);
      if (!context.problem({
        messageId: 'mixedCount',
        data: { actual: p.phrase, other: model.phrase, count, expected },
        offset: p.offset,
        length: p.length,
        fix: { titleId: 'replace', titleData: { expected }, edits: [{ offset: p.offset, length: p.length, text: written }] },
        related: [{ offset: model.offset, length: model.length, messageId: 'mixedCountOther', data: { form: model.phrase } }],
        hint: true,
      })) return false;
    }
  }
  return true;
}

/** Whether a count ends right before `at` (12类 before 55件): a digit, then a measure word. */
function isCountBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2);
  return c >= 0x30 && c <= 0x39 && COUNT_FORM_MEASURES.includes(text[at - 1]!);
}
