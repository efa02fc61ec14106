/**
 * Stated counts and the lists they introduce. A report says how many things it is about to list, and the list
 * follows: 重点做好以下十个方面工作 → （一）…（十）; 办好十件民生实事。一是…十是; 四大攻坚战：扬尘防治、臭氧削峰、
 * 油烟治理、燃煤管控; 扬尘防治、臭氧削峰、油烟治理、燃煤管控四大攻坚战; 在上海、天津…西安等八個城市.
 *
 * The model records every statement it recognises and, when the list it introduces is unambiguous, that list.
 * Unambiguous means: the list starts right after the statement (after its colon, at the start of the next
 * sentence or of the next paragraph), is numbered 1, 2, 3… without a slip, or is a plain list whose items are
 * separated by one kind of mark. Anything else (a list somewhere later, mixed separators, 和/及 joining items,
 * a count inside the list) leaves `list` undefined, and no rule judges the count.
 *
 * Statements are found line by line with one search per line, and every list is read from the statement
 * forwards (or, for a list written before the count, backwards to the start of its clause): nothing scans the
 * whole document per statement.
 */
import { formatArabic, formatChineseNumeral, parseArabic, parseChineseNumeral } from '../vocabulary/numeral-values';
import type { EnumerationItem, EnumerationRun } from './enumerations';
import type { Heading, PartTitle, Span } from './headings';
import type { Line } from '../source/lines';

/** What is counted: 方面工作 / 项工作 / 大任务 (the plan's headings), 民生实事 / 民生工程, or anything named (四大攻坚战). */
export type CountNoun = 'work' | 'projects' | 'named';

/**
 * Where the list stands. `colon`: after the statement's colon; `sentence`: the next sentence or paragraph;
 * `before`: before the count, in the same clause (扬尘防治、…、燃煤管控四大攻坚战); `deng`: before 等 (A、B等3家).
 */
export type CountForm = 'colon' | 'sentence' | 'before' | 'deng';

/** `headings`: （一）…; `enumeration`: 一是… （1）… ①…; `inline`: items separated by 、 or ，/；. */
export type CountedListKind = 'headings' | 'enumeration' | 'inline';

export interface CountedList {
  kind: CountedListKind;
  /** Each item: the marker of a heading or enumerator, or the words of an inline item. */
  items: Span[];
  /** The list ends with 等: it may name fewer items than the count, never more. */
  open: boolean;
  /**
   * Nothing follows the list to the end of the document (no heading of its level or above, no part title, no
   * closing 各位代表): the copy may be truncated, and missing items may have been cut off.
   */
  reachesEnd: boolean;
}

export interface StatedCount {
  noun: CountNoun;
  form: CountForm;
  line: number;
  /** The count and what it counts: `十方面工作`, `10件民生实事`, `四大攻坚战`, `等3家`'s `3家`. */
  phrase: Span;
  numeral: Span;
  numeralText: string;
  value: number;
  /** The list the statement introduces, when it is unambiguous. */
  list?: CountedList;
}

export interface CountContext {
  text: string;
  lines: readonly Line[];
  headings: readonly Heading[];
  parts: readonly PartTitle[];
  enumerations: readonly EnumerationRun[];
  /** Lines to skip (Markdown tables and code). */
  skipLine?: (line: Line) => boolean;
  /** Lines of the explanation section (名词解释): its items define terms by listing them (四个不摘：…、…). */
  inNotes?: (line: number) => boolean;
  /** Longer lines are searched up to this many code units. */
  maxScan?: number;
}

// A count: numeral (Chinese, 两/兩, Arabic), an optional pinyin gloss (sample 004: 七個(gè)), a measure word.
const CANDIDATE =
  /([一二三四五六七八九十两兩]{1,3}|[0-9０-９]{1,2})(?:\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}\))?(方面|个|個|大|项|項|件|家|条|條|种|種|类|類|张|張|所|座)/g;
/** How far back a list written before its count is read (the longest in the corpus is about 70 characters). */
const MAX_LIST_BEFORE = 160;
/** How far an inline list after a colon is read; a longer one is prose. */
const MAX_INLINE_LIST = 400;
/** The same pattern, for a single search inside a list (never disturbs the line search's lastIndex). */
const ANY_CANDIDATE = new RegExp(CANDIDATE.source);
const PINYIN_GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń ]{1,12}\)/g;
/** Characters that, before a numeral, make it part of a larger number, an ordinal or a range (第十, 1、2个). */
const NOT_BEFORE_COUNT = new Set('0123456789０１２３４５６７８９一二三四五六七八九十两兩百千万萬亿億零〇点點.．第、~～-—－'.split(''));

// Matched on the text after the numeral (glosses removed), in both scripts.
const WORK_NOUN =
  /^(?:[个個]?方面(?:的)?(?:重[点點])?工作|[项項](?:重[点點])?工作(?:任[务務])?|大(?:重[点點])?任[务務]|[个個]?方面(?=[”"]?[：:]))/;
const PROJECT_NOUN = /^[件项項](?:重[点點])?民生(?:[实實]事|工程)(?:[项項]目)?/;
/** A named count before its colon: 大攻坚战, 个“三年行动”, 项重点工作” (a few words, quotes allowed, no digits). */
const NAMED_NOUN = /^(?:方面|[个個大项項件家条條种種类類张張所座])[^\s，。；：、,;:！？!?（）()【】《》0-9０-９]{0,14}?[”"’」』]?(?=[：:])/;
/** A noun after a count written after its list (四大攻坚战, 8个城市): a few words, no punctuation. */
const BEFORE_NOUN = /^(?:方面|[个個大项項件家条條种種类類张張所座])[^\s，。；：、,;:！？!?（）()【】《》“”"]{0,12}/;
/** A verb right before a count makes it the count of an object (建成4个实验室), not of the list before it. */
const COUNTING_VERB = /(?:建成|建設|建设|达到|達到|实现|實現|完成|新增|新建|累计|累計|共|均|超过|超過|约|約|近|达|達|为|為|有)$/;
/** Fixed names that hold a count and often follow a list: 收支两条线, 中央八项规定. */
const FIXED_TERM = /两条线|兩條線|八项规定|八項規定/;
/** What must come before 方面工作 for it to announce the plan's headings: a verb, perhaps 以下 (做好以下10个方面工作). */
const WORK_VERB = /(?:做好|抓好|抓实|抓實|办好|辦好|干好|幹好|推进|推進|突出|落实|落實|聚焦|做|抓)(?:以下)?$/;
/** Words after a colon that lead into a list: 即，, 是指, 包括. */
const LEAD_IN = /^(?:[^，,。；;：:]{0,24}(?:提出|指出|强调|強調|明确|明確|部署)[，,：:]|(?:即|指|是指|就是|主要是|分别是|分別是|分别为|分別為|包括|为|為)[，,：:]?)/;
/** A clause that comments on the list rather than naming an item: 这是…, 从而…. */
const PROSE_CLAUSE = /^(?:这|這|此|其|从而|從而|同时|同時|进而|進而|并|並|是|也|即)/;
/** A conjunction inside a list makes its items ambiguous (A和B、C: two items or three?). */
const CONJUNCTION = /和|及|与|與|或|并|並/;
/** The closing address after the last part: a list that ends before it was not cut off. */
const CLOSING = /^(?:各位代表|让我们|讓我們|同志们|同志們|各位委员|各位委員)/;

const OPENERS = '“‘「『（(《【〔[';
const CLOSERS = '”’」』）)》】〕]';

/** A window of one line with pinyin glosses removed, and where each character came from. */
interface Window {
  text: string;
  origin(i: number): number;
}

function windowOf(source: string, start: number, end: number): Window {
  const raw = source.slice(start, end);
  if (!raw.includes('(')) return { text: raw, origin: (i) => start + Math.min(i, raw.length) };
  const map: number[] = [];
  let text = '';
  let last = 0;
  PINYIN_GLOSS.lastIndex = 0;
  for (let m = PINYIN_GLOSS.exec(raw); m; m = PINYIN_GLOSS.exec(raw)) {
    // A gloss follows a Chinese character; `(15)` or `(注)` is not one.
    if (m.index === 0 || !/[\u3400-\u9fff]/.test(raw[m.index - 1]!)) continue;
    for (let i = last; i < m.index; i++) map.push(start + i);
    text += raw.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) map.push(start + i);
  text += raw.slice(last);
  map.push(end);
  return { text, origin: (i) => map[Math.min(i, map.length - 1)]! };
}

function spanIn(w: Window, from: number, to: number): Span {
  const offset = w.origin(from);
  return { offset, length: w.origin(to - 1) + 1 - offset };
}

/** The value of a count's numeral, or NaN. */
export function countValue(numeral: string): number {
  if (/^[0-9０-９]+$/.test(numeral)) return parseArabic(numeral);
  if (numeral === '两' || numeral === '兩') return 2;
  return parseChineseNumeral(numeral);
}

/**
 * Writes `value` the way `original` was written: Arabic stays Arabic (and full-width stays full-width),
 * Chinese stays Chinese with 两 for 2 (两个, 两大; 兩 in traditional script), never 一十一.
 */
export function formatCount(value: number, original: string, traditional = false): string {
  if (/^[0-9０-９]+$/.test(original)) return formatArabic(value, original);
  if (value === 2) return original === '兩' || traditional ? '兩' : '两';
  return formatChineseNumeral(value);
}

interface Indexes {
  /** Every enumeration item, by offset, with its run. */
  items: { item: EnumerationItem; run: EnumerationRun }[];
  closingLine: number | undefined;
}

export function readCounts(context: CountContext): StatedCount[] {
  const { text, lines } = context;
  const maxScan = context.maxScan ?? 20000;
  const out: StatedCount[] = [];
  let indexes: Indexes | undefined;
  const index = (): Indexes => {
    if (indexes) return indexes;
    const items: Indexes['items'] = [];
    for (const run of context.enumerations) for (const item of run.items) items.push({ item, run });
    items.sort((a, b) => a.item.marker.offset - b.item.marker.offset);
    indexes = { items, closingLine: undefined };
    return indexes;
  };
  const reader = new ListReader(context, index);

  for (const line of lines) {
    if (line.contentStart >= line.end || context.skipLine?.(line)) continue;
    const end = Math.min(line.end, line.contentStart + maxScan);
    const segment = text.slice(line.contentStart, end);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(segment); m; m = CANDIDATE.exec(segment)) {
      const at = line.contentStart + m.index;
      if (at > line.contentStart && NOT_BEFORE_COUNT.has(text[at - 1]!)) continue;
      const numeralText = m[1]!;
      const value = countValue(numeralText);
      if (!Number.isInteger(value) || value < 2 || value > 99) continue;
      const count = reader.read(line, at, numeralText, value, end);
      if (count) out.push(count);
    }
  }
  return out;
}

/** Reads the statement at a candidate count and the list it introduces. */
class ListReader {
  constructor(
    private readonly context: CountContext,
    private readonly index: () => Indexes,
  ) {}

  read(line: Line, at: number, numeralText: string, value: number, end: number): StatedCount | undefined {
    const { text } = this.context;
    const numeral: Span = { offset: at, length: numeralText.length };
    // The words after the numeral, glosses removed: 七個(gè)方面工作 reads as 七個方面工作.
    const after = windowOf(text, at + numeralText.length, Math.min(end, at + numeralText.length + 60));
    // The words just before the numeral (a verb, 等); the clause before it is read only for a list before the count.
    const before = windowOf(text, Math.max(line.contentStart, at - 24), at);
    const clauseStart = Math.max(line.contentStart, at - MAX_LIST_BEFORE);
    const clause = (): Window => windowOf(text, clauseStart, at);
    const atLineStart = clauseStart === line.contentStart;
    const base = { line: line.index, numeral, numeralText, value };
    const phraseTo = (length: number): Span => ({ offset: at, length: after.origin(length) - at });
    const measure = after.text.startsWith('方面') ? 2 : 1;

    // A list before 等: A、B、C等3家.
    if (before.text.endsWith('等') && !/[平同中高初优優对對均上次]等$/.test(before.text)) {
      const w = clause();
      const list = this.listBefore(w, w.text.length - 1, false, atLineStart);
      return { ...base, noun: 'named', form: 'deng', phrase: phraseTo(measure), list: list && { ...list, open: true } };
    }

    // 方面工作 announces the plan's headings only after a verb (做好以下…); 做好以上十方面工作 looks back.
    const work = WORK_VERB.test(before.text) ? WORK_NOUN.exec(after.text) : null;
    const project = work ? null : PROJECT_NOUN.exec(after.text);
    if (work || project) {
      const nounEnd = (work ?? project)![0].length;
      const follow = after.text.slice(nounEnd);
      // 10件民生实事圆满完成, 12件民生实事候选项目: the words go on; it announces no list.
      if (project && follow.length > 0 && !/^[”"」』]?(?:[。，；：、,;:！!\s]|$)/.test(follow)) return undefined;
      const noun: CountNoun = work ? 'work' : 'projects';
      const phrase = phraseTo(nounEnd);
      const colon = /^[”"」』]?\s*[：:]/.exec(follow);
      if (colon) {
        return { ...base, noun, form: 'colon', phrase, list: this.listAfterColon(line, after.origin(nounEnd + colon[0].length), noun, end) };
      }
      return { ...base, noun, form: 'sentence', phrase, list: this.listAfterSentence(line, after.origin(nounEnd), noun, end) };
    }

    const named = NAMED_NOUN.exec(after.text);
    if (named) {
      const colonAt = after.origin(named[0].length);
      const list = this.listAfterColon(line, colonAt + 1, 'named', end);
      const quoted = /[”"’」』]$/.test(named[0]) ? 1 : 0;
      return { ...base, noun: 'named', form: 'colon', phrase: phraseTo(named[0].length - quoted), list };
    }

    // A list before the count: 扬尘防治、臭氧削峰、油烟治理、燃煤管控四大攻坚战.
    if (!BEFORE_NOUN.test(after.text) || !hasListMark(text, clauseStart, at)) return undefined;
    // 建成4个, 达到28条: the count measures an object, not the list; 收支两条线, 中央八项规定 are names.
    if (COUNTING_VERB.test(before.text) || FIXED_TERM.test(before.text.slice(-2) + numeralText + after.text.slice(0, 3))) return undefined;
    const w = clause();
    const list = this.listBefore(w, w.text.length, true, atLineStart);
    // The start of such a list is not marked: only a list within one item of the count is taken for its list
    // (制定、修改、废止省政府规章45件 counts the rules, not the verbs).
    if (!list || Math.abs(list.items.length - value) > 1) return undefined;
    return { ...base, noun: 'named', form: 'before', phrase: phraseTo(measure), list };
  }

  /** The items of the clause that ends at `end` in `w`, separated by 、; undefined when the clause is ambiguous. */
  private listBefore(w: Window, end: number, strict: boolean, atLineStart: boolean): CountedList | undefined {
    const separators: number[] = [];
    let depth = 0;
    let start = -1;
    for (let i = end - 1; i >= 0; i--) {
      const c = w.text[i]!;
      if (CLOSERS.includes(c)) depth++;
      else if (OPENERS.includes(c)) {
        if (depth === 0) {
          start = i + 1;
          break;
        }
        depth--;
      } else if (depth === 0 && /[，。；：！？,;:!?]/.test(c)) {
        start = i + 1;
        break;
      } else if (depth === 0 && c === '、') separators.push(i);
      // 等 inside the clause (A、B等、C两大…): the items cannot be counted; stop before reading further back.
      else if (depth === 0 && c === '等') return undefined;
    }
    if (start < 0) {
      // The clause runs back past the window: only the start of the line ends it.
      if (!atLineStart) return undefined;
      start = 0;
    }
    if (separators.length < (strict ? 2 : 1) || depth !== 0) return undefined;
    const clause = w.text.slice(start, end);
    // Another count inside the list (16家、638家), figures, or a conjunction: the items cannot be told apart.
    if (ANY_CANDIDATE.test(clause)) return undefined;
    if (strict && /[0-9０-９]/.test(clause)) return undefined;
    if (hasTopLevel(clause, CONJUNCTION)) return undefined;
    separators.reverse();
    const bounds = [start, ...separators.map((s) => s + 1)];
    const items: Span[] = [];
    for (let k = 0; k < bounds.length; k++) {
      const from = bounds[k]!;
      const to = k + 1 < bounds.length ? separators[k]! : end;
      if (to <= from) return undefined;
      if (strict && to - from > 20) return undefined;
      items.push(spanIn(w, from, to));
    }
    return { kind: 'inline', items, open: false, reachesEnd: false };
  }

  /** The list after a colon at `from`: an enumeration, headings on the next line, or an inline list. */
  private listAfterColon(line: Line, from: number, noun: CountNoun, end: number): CountedList | undefined {
    const { text } = this.context;
    let p = from;
    // Spaces and the closing Markdown emphasis of a bold statement (**重点做好以下三个方面工作：**).
    while (p < end && /[\s\u3000*_]/.test(text[p]!)) p++;
    if (p >= end) {
      const next = this.nextContentLine(line.index);
      if (!next) return undefined;
      return (
        this.headingListAt(next, line) ??
        this.enumerationAt(next.contentStart) ??
        this.inlineList(next, next.contentStart, Math.min(next.end, next.contentStart + MAX_INLINE_LIST), 'line')
      );
    }
    return this.enumerationAt(p) ?? (noun === 'work' ? undefined : this.inlineList(line, p, Math.min(end, p + MAX_INLINE_LIST), 'rest'));
  }

  /** The list that starts with the next sentence, or with the next paragraph when the statement ends its own. */
  private listAfterSentence(line: Line, from: number, noun: CountNoun, end: number): CountedList | undefined {
    const { text } = this.context;
    let p = from;
    let depth = 0;
    for (; p < end; p++) {
      const c = text[p]!;
      if (OPENERS.includes(c) && c !== '“') depth++;
      else if (CLOSERS.includes(c) && c !== '”') depth = Math.max(0, depth - 1);
      else if (depth === 0 && /[。！？；：!?;:]/.test(c)) break;
    }
    if (p < end) p++;
    while (p < end && /[\s\u3000”"」』*_]/.test(text[p]!)) p++;
    if (p < end) return this.enumerationAt(p);
    if (line.end > end) return undefined;
    const next = this.nextContentLine(line.index);
    if (!next) return undefined;
    const list = this.headingListAt(next, line) ?? this.enumerationAt(next.contentStart);
    if (list) return list;
    // A title (2026年省十件民生实事) may be followed by one introductory paragraph, then the list.
    if (noun === 'projects' && isTitleLine(text, line)) {
      const after = this.nextContentLine(next.index);
      if (after && !this.hasItemOn(next.index)) {
        return this.headingListAt(after, line) ?? this.enumerationAt(after.contentStart);
      }
    }
    return undefined;
  }

  /**
   * The enumeration whose first item (numbered 1) stands at `offset`, numbered 1, 2, 3… without a slip. Items that
   * open paragraphs (一是… at the start of each paragraph) are counted paragraph by paragraph, so run-in lists
   * inside those paragraphs do not break them; run-in items are counted as their run.
   */
  private enumerationAt(offset: number): CountedList | undefined {
    const { items } = this.index();
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.item.marker.offset < offset) lo = mid + 1;
      else hi = mid;
    }
    const found = items[lo];
    if (!found || found.item.marker.offset !== offset || found.item.ordinal !== 1) return undefined;
    if (this.context.lines[found.item.line]!.contentStart === offset) return this.paragraphList(lo);
    if (found.run.items[0] !== found.item) return undefined;
    const run = found.run.items;
    if (!run.every((item, i) => item.ordinal === i + 1) || run.length < 2) return undefined;
    const last = run[run.length - 1]!;
    return {
      kind: 'enumeration',
      items: run.map((item) => item.marker),
      open: false,
      reachesEnd: this.nothingAfter(last.line, Infinity),
    };
  }

  /** Items of one kind that open paragraphs, from `items[start]` to the next heading or part title. */
  private paragraphList(start: number): CountedList | undefined {
    const { items } = this.index();
    const { lines } = this.context;
    const first = items[start]!.item;
    const stop = this.nextBreakLine(first.line);
    const list: EnumerationItem[] = [first];
    for (let k = start + 1; k < items.length; k++) {
      const item = items[k]!.item;
      if (item.line >= stop) break;
      if (item.kind !== first.kind || lines[item.line]!.contentStart !== item.marker.offset) continue;
      if (item.ordinal === list.length + 1) list.push(item);
      else if (item.ordinal === 1) break;
      else return undefined;
    }
    if (list.length < 2) return undefined;
    return {
      kind: 'enumeration',
      items: list.map((item) => item.marker),
      open: false,
      reachesEnd: stop === Infinity && this.nothingAfter(list[list.length - 1]!.line, Infinity),
    };
  }

  /** Whether an enumeration item stands on line `index` (items ascend by offset, so by line: binary search). */
  private hasItemOn(index: number): boolean {
    const { items } = this.index();
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.item.line < index) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]?.item.line === index;
  }

  /** The first line after `line` that holds a heading or a part title, or Infinity. */
  private nextBreakLine(line: number): number {
    const firstAfter = <T extends { line: number }>(list: readonly T[]): number => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.line <= line) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length ? list[lo]!.line : Infinity;
    };
    return Math.min(firstAfter(this.context.headings), firstAfter(this.context.parts));
  }

  /** The run of sibling headings that starts with a heading numbered 1 on `line`. */
  private headingListAt(line: Line, statement: Line): CountedList | undefined {
    const { headings } = this.context;
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.line < line.index) lo = mid + 1;
      else hi = mid;
    }
    const first = headings[lo];
    if (!first || first.line !== line.index || first.ordinal !== 1) return undefined;
    // A statement in a heading's own title counts the headings below it, not its siblings.
    const own = headings[lo - 1];
    if (own && own.line === statement.index && own.rank >= first.rank) return undefined;
    const run: Heading[] = [first];
    let stoppedAtEnd = true;
    for (let j = lo + 1; j < headings.length; j++) {
      const h = headings[j]!;
      if (h.scope !== first.scope || h.rank < first.rank || (h.rank === first.rank && h.parent !== first.parent)) {
        stoppedAtEnd = false;
        break;
      }
      if (h.rank > first.rank) continue;
      if (h.ordinal === 1 && h.introduced) {
        stoppedAtEnd = false;
        break;
      }
      run.push(h);
    }
    if (!run.every((h, i) => h.ordinal === i + 1)) return undefined;
    const last = run[run.length - 1]!;
    return {
      kind: 'headings',
      items: run.map((h) => h.marker),
      open: false,
      reachesEnd: stoppedAtEnd && this.nothingAfter(last.line, first.rank),
    };
  }

  /**
   * An inline list from `from`: items separated by one kind of mark (、, or ，, or ；) up to the end of the
   * sentence. `line` mode reads a whole line after a colon that ended the line before (名词解释: `［2］四大主导产业：`
   * then `旅游业、现代服务业、…`), and only a list separated by 、.
   */
  private inlineList(line: Line, from: number, end: number, mode: 'rest' | 'line'): CountedList | undefined {
    const w = windowOf(this.context.text, from, end);
    const s = w.text;
    const lead = LEAD_IN.exec(s);
    const start = lead ? lead[0].length : 0;
    let depth = 0;
    let stop = s.length;
    const marks: { at: number; kind: string }[] = [];
    for (let i = start; i < s.length; i++) {
      const c = s[i]!;
      if (c === '“') depth++;
      else if (c === '”') depth = Math.max(0, depth - 1);
      else if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c)) {
        if (depth === 0) {
          stop = i;
          break;
        }
        depth--;
      } else if (depth === 0 && /[。！？!?]/.test(c)) {
        stop = i;
        break;
      } else if (depth === 0 && /[：:]/.test(c)) {
        // A second label (五个坚持：…；六个稳：…): the list ends at the separator before it.
        const previous = marks.pop();
        if (!previous || previous.kind !== '；') return undefined;
        stop = previous.at;
        break;
      } else if (depth === 0 && /[、，,；;]/.test(c)) {
        marks.push({ at: i, kind: c === '、' ? '、' : c === '，' || c === ',' ? '，' : '；' });
      }
    }
    if (stop >= s.length && w.origin(s.length) < line.end) return undefined;
    const kinds = new Set(marks.map((m) => m.kind));
    if (kinds.size !== 1) return undefined;
    const kind = marks[0]!.kind;
    const restOfLine = s.slice(stop).replace(/^[。！!\s\u3000]*/, '') === '' && w.origin(s.length) >= line.end;
    if (mode === 'line' && (kind !== '、' || !restOfLine)) return undefined;
    if (kind !== '、' && !(restOfLine && (this.context.inNotes?.(line.index) ?? false))) return undefined;
    let listEnd = stop;
    let open = false;
    const tail = /等等?$|等(?:等)?[方领領][面域]$/.exec(s.slice(0, stop));
    if (tail) {
      open = true;
      listEnd = tail.index;
    }
    const bounds = [start, ...marks.map((m) => m.at + 1)];
    const items: Span[] = [];
    for (let k = 0; k < bounds.length; k++) {
      const a = bounds[k]!;
      const b = k + 1 < bounds.length ? marks[k]!.at : listEnd;
      if (b <= a) return undefined;
      const item = s.slice(a, b);
      if (b - a > (kind === '、' ? 20 : 30) || /\d+(?:\.\d+)?[%％万亿億个個项項件家]/.test(item)) return undefined;
      // 和 joins two items of a 、 list (or makes one item of two words); a clause of a ， list may hold it.
      if (kind === '、' ? hasTopLevel(item, CONJUNCTION) : PROSE_CLAUSE.test(item)) return undefined;
      items.push(spanIn(w, a, b));
    }
    if (items.length < (kind === '、' ? 2 : 3)) return undefined;
    return { kind: 'inline', items, open, reachesEnd: false };
  }

  private nextContentLine(index: number): Line | undefined {
    const { lines, text } = this.context;
    for (let i = index + 1; i < lines.length && i <= index + 6; i++) {
      const line = lines[i]!;
      if (line.contentStart < line.end && /\S/.test(text.slice(line.contentStart, Math.min(line.end, line.contentStart + 8)).replace(/\u3000/g, ''))) return line;
    }
    return undefined;
  }

  /** True when no heading of rank ≤ `rank` (any heading for Infinity), no part title and no closing address follows `line`. */
  private nothingAfter(line: number, rank: number): boolean {
    const { headings, parts } = this.context;
    for (let j = headings.length - 1; j >= 0 && headings[j]!.line > line; j--) if (headings[j]!.rank <= rank) return false;
    if (parts.length > 0 && parts[parts.length - 1]!.line > line) return false;
    const closing = this.closingLine();
    return closing === undefined || closing <= line;
  }

  private closingLine(): number | undefined {
    const idx = this.index();
    if (idx.closingLine !== undefined) return idx.closingLine < 0 ? undefined : idx.closingLine;
    const { lines, text } = this.context;
    let found = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (CLOSING.test(text.slice(line.contentStart, Math.min(line.end, line.contentStart + 6)))) {
        found = i;
        break;
      }
    }
    idx.closingLine = found;
    return found < 0 ? undefined : found;
  }
}

/** True when a 、 stands between `from` and `to` in the clause that ends at `to` (a cheap test before reading it). */
function hasListMark(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '、') return true;
    if (c === '，' || c === '。' || c === '；' || c === '：' || c === '！' || c === '？') return false;
  }
  return false;
}

/** True when `pattern` matches outside quotes and brackets. */
function hasTopLevel(s: string, pattern: RegExp): boolean {
  let depth = 0;
  let plain = '';
  for (const c of s) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0) plain += c;
  }
  return pattern.test(plain);
}

/** A short line with no sentence punctuation: a title. */
function isTitleLine(text: string, line: Line): boolean {
  const content = text.slice(line.contentStart, line.end);
  return content.length <= 30 && !/[。，；：,;:！？]/.test(content);
}
