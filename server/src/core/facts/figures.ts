/**
 * Target figures: the 主要预期目标 paragraph (“地区生产总值增长8%左右，城镇新增就业1万人…”) and every later statement
 * of the same indicators in the plan part. Each figure is read into indicator, direction (增长/下降/控制在…), value
 * or range, unit and qualifier (左右/以上/以内/以下), so a restatement can be compared with its target.
 *
 * Time frames: the review part (工作回顾, 过去一年) holds last year's actuals; a sentence about several years
 * (“十五五”时期, 到2027年, 年均, 五年) or about the past (去年, 预计, 一年来) is another frame. Neither is compared.
 */
import { INDICATORS, type IndicatorDefinition } from '../vocabulary/indicators';
import { toSimplified } from '../source/script';
import type { Span } from './headings';
import type { Line } from '../source/lines';

export type Qualifier = '左右' | '以上' | '以内' | '以下';
export type Direction = 'up' | 'down' | 'level';

export interface FigureValue {
  direction: Direction;
  low: number;
  high: number;
  unit: string;
  qualifier?: Qualifier;
}

/** Units of one kind compare; a growth rate restated as an amount (增长8% / 10亿元) is another statement. */
const UNIT_SCALE: Record<string, { kind: string; scale: number }> = {
  '%': { kind: 'rate', scale: 1 },
  '个百分点': { kind: 'rate', scale: 1 },
  '‰': { kind: 'rate', scale: 1 },
  元: { kind: 'money', scale: 1 },
  万元: { kind: 'money', scale: 1e4 },
  亿元: { kind: 'money', scale: 1e8 },
  万亿元: { kind: 'money', scale: 1e12 },
  斤: { kind: 'grain', scale: 1 },
  万斤: { kind: 'grain', scale: 1e4 },
  亿斤: { kind: 'grain', scale: 1e8 },
  万亿斤: { kind: 'grain', scale: 1e12 },
  吨: { kind: 'mass', scale: 1 },
  万吨: { kind: 'mass', scale: 1e4 },
  人: { kind: 'people', scale: 1 },
  万人: { kind: 'people', scale: 1e4 },
  万人次: { kind: 'visits', scale: 1e4 },
  '微克/立方米': { kind: 'concentration', scale: 1 },
};

/** Whether two values are statements of the same kind (both rates, both amounts of money, …). */
export function comparable(a: FigureValue, b: FigureValue): boolean {
  return UNIT_SCALE[a.unit]?.kind === UNIT_SCALE[b.unit]?.kind;
}

/** Whether two values say the same: direction, value or range (1万人 = 10000人), unit, qualifier. */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  const sa = UNIT_SCALE[a.unit];
  const sb = UNIT_SCALE[b.unit];
  if (!sa || !sb || sa.kind !== sb.kind) return false;
  // Rates do not convert: 3% and 3个百分点 say different things.
  if (sa.kind === 'rate' && a.unit !== b.unit) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.direction === b.direction && close(a.low * sa.scale, b.low * sb.scale) && close(a.high * sa.scale, b.high * sb.scale) && a.qualifier === b.qualifier;
}

export interface Figure {
  /** Canonical indicator name (data/indicators.ts). */
  indicator: string;
  /** The indicator as written. */
  name: Span;
  value: FigureValue;
  /** From the verb (or the number) to the end of the qualifier: what a fix replaces. */
  valueSpan: Span;
  /**
   * How the value is said, verb included: the text of `valueSpan`, or for a distributive target the shared verb
   * and its own value (分别增长4.5%、5.5%左右 → 增长4.5%左右).
   */
  wording: string;
  /** One of several targets sharing a verb (分别增长…): its value span holds only its number. */
  distributive: boolean;
  line: number;
}

export interface Targets {
  /** The goal sentence's cue (主要预期目标是：). */
  cue: Span;
  firstLine: number;
  lastLine: number;
  figures: Figure[];
}

export interface Figures {
  targets?: Targets;
  /** Later statements of a target's indicator, in the plan part and the appendices, in the same frame. */
  mentions: Figure[];
}

/** A line's text as the figure patterns read it, and where each of its characters came from. */
interface NormalizedText {
  text: string;
  /** Original offset of each character of `text`. */
  origin: Int32Array;
}

const PINYIN_GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń̄́̌̀ ]{1,12}\)/g;
const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE);
/** Code units turned into a string in slices: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 8192;

/**
 * Removes pinyin glosses (報(bào)告, sample 004), writes full-width digits, ％ and ． as ASCII, and converts
 * traditional characters, keeping a map back to the original offsets. Code units go into typed arrays and the text
 * is made in slices: a line of a megabyte built a character at a time spent most of its time collecting garbage.
 */
function normalize(source: string, start: number, end: number, traditional: boolean): NormalizedText {
  const length = end - start;
  const codes = new Uint16Array(length);
  const origin = new Int32Array(length);
  let n = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      let code = source.charCodeAt(i);
      if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) code -= 0xfee0;
      else if (code === 0xff05) code = 0x25; // ％
      else if (code === 0xff0e && i > start && i + 1 < end && isDigitCode(source.charCodeAt(i - 1)) && isDigitCode(source.charCodeAt(i + 1))) code = 0x2e; // ．
      else if (code === 0xff08) code = 0x28; // （
      else if (code === 0xff09) code = 0x29; // ）
      codes[n] = code;
      origin[n] = i;
      n++;
    }
  };
  const raw = source.slice(start, end);
  let last = 0;
  PINYIN_GLOSS.lastIndex = 0;
  for (let m = PINYIN_GLOSS.exec(raw); m; m = PINYIN_GLOSS.exec(raw)) {
    copy(start + last, start + m.index);
    last = m.index + m[0].length;
  }
  copy(start + last, end);
  const pieces: string[] = [];
  for (let k = 0; k < n; k += CHUNK) pieces.push(String.fromCharCode(...codes.subarray(k, Math.min(n, k + CHUNK))));
  let text = pieces.join('');
  if (traditional) {
    // Phrase tables can change a line's length; then convert character by character so offsets still map.
    const simplified = toSimplified(text);
    if (simplified.length === text.length) text = simplified;
    else text = Array.from(text, (c) => (c.length === 1 && toSimplified(c).length === 1 ? toSimplified(c) : c)).join('');
  }
  return { text, origin: origin.subarray(0, n) };
}

function spanOf(n: NormalizedText, from: number, to: number): Span {
  const offset = n.origin[from]!;
  return { offset, length: n.origin[to - 1]! + 1 - offset };
}

const UNIT = '个百分点|万亿元|亿元|万元|元|万亿斤|亿斤|万斤|万吨|吨|万人次|万人|人|微克/立方米|%|‰';
// Words between the indicator and its value, the verb, value, an optional second value (a range), the qualifier.
const VALUE = new RegExp(
  `(?:全年|今年|比上年|可比|同口径|实际|力争|确保|争取|努力|实现|完成|要|将|继续|稳定|保持)*` +
    `(增长|增速为|增速|下降|降低|减少|提高|提升|上涨|涨幅为|达到|达|控制在|稳定在|保持在|为)?` +
    `(\\d+(?:\\.\\d+)?)(${UNIT})?(?:([-—－～~至到])(\\d+(?:\\.\\d+)?)(${UNIT})?)?(左右|以上|以内|以下)?`,
  'y',
);
const DOWN = /下降|降低|减少/;
const UP = /增长|增速|提高|提升|上涨|涨幅/;

/**
 * Finds indicator names in a line: at each position the longest name that starts there (so 城镇居民人均可支配收入 is
 * never read as 居民人均可支配收入). The names are a character trie, so the cost per position is the length of the
 * longest name that matches there, however many names a setting adds (one regex of 20,000 alternatives took a
 * second per lint).
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The name that ends here, as written. */
  name?: string;
}

class IndicatorMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly nameOf = new Map<string, string>();

  constructor(extra: Record<string, string[]>) {
    const all: IndicatorDefinition[] = [...INDICATORS, ...Object.entries(extra).map(([name, synonyms]) => ({ name, synonyms: [name, ...synonyms] }))];
    for (const def of all) {
      for (const synonym of def.synonyms) {
        if (synonym.length === 0 || this.nameOf.has(synonym)) continue;
        this.nameOf.set(synonym, def.name);
        let node = this.root;
        // UTF-16 code units, as `next` reads the text.
        for (let k = 0; k < synonym.length; k++) {
          const c = synonym[k]!;
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map() }));
          node = child;
        }
        node.name = synonym;
      }
    }
    const firsts = [...this.root.next.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    this.starts = new RegExp(`[${firsts}]`, 'g');
  }

  private nextStart(text: string, from: number): number {
    this.starts.lastIndex = from;
    return this.starts.exec(text)?.index ?? -1;
  }

  /** The characters names start with, as a class: a native search jumps to the next position worth a look. */
  private readonly starts: RegExp;

  /** The first name at or after `from` (and starting before `to`): its position and the name as written. */
  next(text: string, from: number, to: number): { index: number; name: string } | undefined {
    for (let i = this.nextStart(text, from); i >= 0 && i < to; i = this.nextStart(text, i + 1)) {
      let node = this.root.next.get(text[i]!);
      let found: string | undefined;
      for (let j = i + 1; node; j++) {
        if (node.name !== undefined) found = node.name;
        node = j < text.length ? node.next.get(text[j]!) : undefined;
      }
      if (found !== undefined) return { index: i, name: found };
    }
    return undefined;
  }
}

/** The matcher for the settings' extra names: rebuilt only when they change (settings objects are reused). */
let cachedMatcher: { extra: Record<string, string[]>; key: string; matcher: IndicatorMatcher } | undefined;
function matcherFor(extra: Record<string, string[]>): IndicatorMatcher {
  if (cachedMatcher?.extra === extra) return cachedMatcher.matcher;
  const key = JSON.stringify(extra);
  if (cachedMatcher?.key !== key) cachedMatcher = { extra, key, matcher: new IndicatorMatcher(extra) };
  else cachedMatcher.extra = extra;
  return cachedMatcher.matcher;
}

const BARE_NAMES = new Set(INDICATORS.flatMap((d) => d.bare ?? []));
/** Words after which a bare name (生产总值, 新增就业) still names the report's own indicator. */
const LEAD_IN = /(?:全[国省市县区州盟旗镇乡]|全年|年内|今年|全社会|实现|完成|确保|力争|争取|推动|推进|带动|主要预期目标是|目标是|是|为)$/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f\udc00-\udfff]/;

/** Whether a bare name at `at` starts a figure of its own: not the tail of a longer noun (海洋生产总值, 人均GDP). */
function opensFigure(text: string, at: number): boolean {
  return at === 0 || !HAN.test(text[at - 1]!) || LEAD_IN.test(text.slice(Math.max(0, at - 8), at));
}

/** Reads the figures in `n.text[from, to)`: each indicator name followed by a value with a unit. */
function readFigures(n: NormalizedText, from: number, to: number, line: number, extra: Record<string, string[]>): Figure[] {
  const matcher = matcherFor(extra);
  const figures: Figure[] = [];
  // A name that is not followed by a value is skipped whole, as a global regex would (居民人均可支配收入 is not
  // looked for inside 城镇居民人均可支配收入); after a figure the search goes on past its value.
  let resume = from;
  for (let m = matcher.next(n.text, resume, to); m; m = matcher.next(n.text, resume, to)) {
    const nameEnd = m.index + m.name.length;
    resume = nameEnd;
    if (BARE_NAMES.has(m.name) && !opensFigure(n.text, m.index)) continue;
    VALUE.lastIndex = nameEnd;
    const v = VALUE.exec(n.text);
    if (!v || v.index !== nameEnd || (v[3] === undefined && v[6] === undefined) || VALUE.lastIndex > to) continue;
    const verb = v[1] ?? '';
    const low = Number(v[2]);
    const high = v[5] !== undefined ? Number(v[5]) : low;
    const unit = v[3] ?? v[6]!;
    const valueStart = nameEnd + v[0].indexOf(verb || v[2]!);
    figures.push({
      indicator: matcher.nameOf.get(m.name)!,
      name: spanOf(n, m.index, nameEnd),
      value: {
        direction: DOWN.test(verb) ? 'down' : UP.test(verb) || UP.test(m.name) ? 'up' : 'level',
        low,
        high,
        unit,
        qualifier: v[7] as Qualifier | undefined,
      },
      valueSpan: spanOf(n, valueStart, VALUE.lastIndex),
      wording: n.text.slice(valueStart, VALUE.lastIndex),
      distributive: false,
      line,
    });
    resume = VALUE.lastIndex;
  }
  return figures;
}

/**
 * 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右 → two targets. The subject stands in the clause before 分别
 * (no clause mark inside it), so the pattern is tried only on that clause, once per 分别: a line of thousands of
 * items separated by 、 costs no more than its length (an unanchored search backtracked over every item).
 */
const DISTRIBUTIVE = /([一二三]{2,3}产|[^，,；;：:。]{0,12}?(?:[、和与及][^，,；;：:。、和与及]{1,16}?)+)(增加值|人均可支配收入)?分别(增长|提高|下降|控制在|保持在|达到)((?:\d+(?:\.\d+)?%(?:左右|以上|以内|以下)?[、和与及]?)+)/y;
/** The longest subject read before 分别: a prefix of 12 and a few names of at most 17 characters each. */
const MAX_SUBJECT = 120;
/** The longest list of values read after 分别 (five figures with qualifiers). */
const MAX_VALUES = 80;
const CLAUSE_MARKS = '，,；;：:。';

function isIndicator(name: string): boolean {
  return INDICATORS.some((d) => d.synonyms.includes(name));
}

function readDistributive(n: NormalizedText, from: number, to: number, line: number, known: Set<string>): Figure[] {
  const figures: Figure[] = [];
  for (let at = n.text.indexOf('分别', from); at >= 0 && at < to; at = n.text.indexOf('分别', at + 2)) {
    // The clause that ends at 分别, at most MAX_SUBJECT long; the subject is the leftmost match within it.
    let clauseStart = at;
    while (clauseStart > from && at - clauseStart < MAX_SUBJECT && !CLAUSE_MARKS.includes(n.text[clauseStart - 1]!)) clauseStart--;
    const windowEnd = Math.min(to, n.text.length, at + 2 + MAX_VALUES);
    const window = n.text.slice(clauseStart, windowEnd);
    let m: RegExpExecArray | null = null;
    for (let start = 0; start < at - clauseStart && !m; start++) {
      DISTRIBUTIVE.lastIndex = start;
      const candidate = DISTRIBUTIVE.exec(window);
      if (candidate && start + candidate[1]!.length + (candidate[2]?.length ?? 0) === at - clauseStart) m = candidate;
    }
    if (!m) continue;
    const matchStart = clauseStart + m.index;
    const subject = m[1]! + (m[2] ?? '');
    let names: string[];
    if (/^[一二三]{2,3}产/.test(subject)) {
      const suffix = subject.replace(/^[一二三]+产/, '') || '增加值';
      names = [...m[1]!.replace(/产$/, '')].map((d) => `${d}产${suffix}`);
    } else {
      // 城镇、农村居民人均可支配收入: the first part borrows the last one's words; 城镇调查失业率和登记失业率: the
      // last part borrows the first one's opening words.
      const parts = subject.split(/[、和与及]/).filter(Boolean);
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      names = parts.map((p) => {
        if (isIndicator(p)) return p;
        const borrowed = p + last.slice(p.length);
        if (isIndicator(borrowed)) return borrowed;
        for (let k = 1; k <= 4; k++) if (isIndicator(first.slice(0, k) + p)) return first.slice(0, k) + p;
        return p;
      });
    }
    const values = [...m[4]!.matchAll(/(\d+(?:\.\d+)?)%(左右|以上|以内|以下)?/g)];
    if (values.length !== names.length) continue;
    const verb = m[3]!;
    const shared = values[values.length - 1]![2] as Qualifier | undefined;
    const valuesStart = matchStart + m[0].length - m[4]!.length;
    names.forEach((name, i) => {
      const indicator = INDICATORS.find((d) => d.synonyms.includes(name))?.name;
      if (!indicator || known.has(indicator)) return;
      const value = values[i]!;
      const valueAt = valuesStart + value.index!;
      figures.push({
        indicator,
        name: spanOf(n, matchStart, matchStart + subject.length),
        value: {
          direction: DOWN.test(verb) ? 'down' : UP.test(verb) ? 'up' : 'level',
          low: Number(value[1]),
          high: Number(value[1]),
          unit: '%',
          qualifier: (value[2] as Qualifier | undefined) ?? shared,
        },
        valueSpan: spanOf(n, valueAt, valueAt + value[0].length),
        wording: verb + value[1] + '%' + ((value[2] as string | undefined) ?? shared ?? ''),
        distributive: true,
        line,
      });
    });
    at = matchStart + m[0].length - 2;
  }
  return figures;
}

const GOAL = /主要(?:预期)?目标(?:是|建议为|为)?[：:]|主要预期目标\s*$/;
/** Cues of another time frame in the same sentence: several years, or the past. */
const OTHER_FRAME = /十[三四五六]五|五年|年均|到20\d\d年|20\d\d[年—-]+20\d\d|今后|远景|预计|去年|上年|过去|以来|一年来|累计|同比/;

export interface FigureOptions {
  traditional: boolean;
  /** Lines of the review part and of other non-plan parts: never compared. */
  isExcludedLine: (line: number) => boolean;
  /** Extra indicator names from settings: canonical name → other ways of writing it. */
  indicators?: Record<string, string[]>;
}

export function readTargetsAndMentions(source: string, body: readonly Line[], options: FigureOptions): Figures {
  const extra = options.indicators ?? {};
  let targets: Targets | undefined;
  let index = 0;
  for (; index < body.length && !targets; index++) {
    const line = body[index]!;
    if (line.end - line.contentStart < 6 || options.isExcludedLine(line.index)) continue;
    const head = source.slice(line.contentStart, line.end);
    // Cheap test on the raw line before normalising it (glosses may split 預(yù)期, so only the two words).
    if (!head.includes('主要') || !/目[标標]/.test(head)) continue;
    const n = normalize(source, line.contentStart, line.end, options.traditional);
    const cue = GOAL.exec(n.text);
    if (!cue) continue;
    // “十五五”时期主要目标是：… is a five-year frame, not this year's targets.
    const sentenceStart = Math.max(n.text.lastIndexOf('。', cue.index), 0);
    if (OTHER_FRAME.test(n.text.slice(sentenceStart, cue.index))) continue;
    let figures = readTargetText(n, cue.index + cue[0].length, line.index, extra);
    let lastLine = line.index;
    // The list may follow on the next lines (03: after blank lines; 07: 主要预期目标 / 是：…).
    for (let k = index + 1; figures.length === 0 && k < body.length && k <= index + 3; k++) {
      const next = body[k]!;
      const m = normalize(source, next.contentStart, next.end, options.traditional);
      figures = readTargetText(m, 0, next.index, extra);
      lastLine = next.index;
    }
    if (figures.length === 0) continue;
    targets = { cue: spanOf(n, cue.index, cue.index + cue[0].replace(/\s+$/, '').length), firstLine: line.index, lastLine, figures };
  }
  if (!targets) return { mentions: [] };

  const wanted = new Set(targets.figures.map((f) => f.indicator));
  const mentions: Figure[] = [];
  for (const line of body) {
    if (line.index <= targets.lastLine || options.isExcludedLine(line.index)) continue;
    const raw = source.slice(line.contentStart, line.end);
    if (!/[0-9０-９]/.test(raw)) continue;
    const n = normalize(source, line.contentStart, line.end, options.traditional);
    let frames: Frames | undefined;
    for (const figure of readFigures(n, 0, n.text.length, line.index, extra)) {
      if (!wanted.has(figure.indicator)) continue;
      frames ??= new Frames(n.text);
      if (frames.otherFrame(indexOf(n, figure.name.offset))) continue;
      mentions.push(figure);
    }
  }
  return { targets, mentions };
}

function readTargetText(n: NormalizedText, from: number, line: number, extra: Record<string, string[]>): Figure[] {
  const plain = readFigures(n, from, n.text.length, line, extra);
  const known = new Set(plain.map((f) => f.indicator));
  return [...plain, ...readDistributive(n, from, n.text.length, line, known)].sort((a, b) => a.name.offset - b.name.offset);
}

/** The index in `n.text` of the character at original offset `offset` (`origin` ascends: binary search). */
function indexOf(n: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = n.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '？']);
const CLAUSE_ENDS = new Set(['。', '；', ';', '！', '？', '，', ',']);

/**
 * Where a line's sentences and clauses end and where its time-frame cues and 其中 stand, found in one pass, so
 * that each figure of a line holding thousands of them is judged by binary searches instead of a rescan.
 */
class Frames {
  private readonly sentenceEnds: number[] = [];
  private readonly clauseEnds: number[] = [];
  private readonly commas: number[] = [];
  /** Start and end of each cue of OTHER_FRAME (overlapping matches included) and of each 其中. */
  private readonly cues: [number, number][] = [];
  private readonly components: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (SENTENCE_ENDS.has(c)) this.sentenceEnds.push(i);
      if (CLAUSE_ENDS.has(c)) this.clauseEnds.push(i);
      if (c === '，' || c === ',') this.commas.push(i);
    }
    const cue = new RegExp(OTHER_FRAME.source, 'g');
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      this.cues.push([m.index, m.index + m[0].length]);
      cue.lastIndex = m.index + 1;
    }
    for (let i = text.indexOf('其中'); i >= 0; i = text.indexOf('其中', i + 1)) this.components.push(i);
  }

  /**
   * Whether the figure at `at` is said of another time: a cue from the start of its sentence to the end of its
   * own clause (“十五五”时期，…年均增长5%; 到2027年，…; 去年…), or a 其中 clause (a component). A cue later in the
   * sentence does not reach back: 确保增长7%左右，到2027年年均增长6.5% still states this year's 7%.
   */
  otherFrame(at: number): boolean {
    const sentenceStart = (last(this.sentenceEnds, at - 1) ?? -1) + 1;
    const clauseEnd = first(this.clauseEnds, at) ?? this.text.length;
    // The first cue that starts in the sentence: inside when it also ends before the clause does.
    const cueIndex = firstIndex(this.cues, sentenceStart, (c) => c[0]);
    for (let k = cueIndex; k < this.cues.length && this.cues[k]![0] < clauseEnd; k++) {
      if (this.cues[k]![1] <= clauseEnd) return true;
    }
    const clauseStart = Math.max(last(this.commas, at - 1) ?? -1, sentenceStart - 1) + 1;
    const component = first(this.components, clauseStart);
    return component !== undefined && component + 2 <= at;
  }
}

/** Index of the first element whose key is ≥ `value` (elements ascend by key). */
function firstIndex<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first number ≥ `value` in an ascending list. */
function first(list: readonly number[], value: number): number | undefined {
  return list[firstIndex(list, value, (x) => x)];
}

/** The last number ≤ `value` in an ascending list. */
function last(list: readonly number[], value: number): number | undefined {
  const i = firstIndex(list, value + 1, (x) => x);
  return i > 0 ? list[i - 1] : undefined;
}
