/**
 * Stated counts and the lists they introduce. A report says how many things it is about to list, and the list
 * follows: 重点做好以下十个方面工作 → （一）…（十）; 办好十件民生实事。一是…十是; 四大攻坚战：扬尘防治、臭氧削峰、
 * 油烟治理、燃煤管控; 扬尘防治、臭氧削峰、油烟治理、燃煤管控四大攻坚战; 在上海、天津…西安等八個城市.
 *
 * The model records every statement it recognises and the list it introduces, where its items can be told apart:
 * the list starts right after the statement (after its colon, at the start of the next sentence or of the next
 * paragraph) and is numbered (its numbering may slip: `numberedInOrder` says so), or is a plain list whose items are
 * separated by one kind of mark. Where they cannot (a list somewhere later, mixed separators, 和/及 joining items,
 * a count inside the list), `list` is undefined. Which statements to judge is the rule's business; for it, a
 * numbered list records what each item holds (the counts in its words, the names it lists: a list of groups —
 * 一是教育方面3件… — tells by them), and a statement records a count of kinds before it (12类55件). Two statements
 * of one sentence read with one list leave it to the nearer (22项民生工程，其中…15项：（1）…（15））.
 *
 * Statements are found line by line with one search per line, and every list is read from the statement
 * forwards (or, for a list written before the count, backwards to the start of its clause): nothing scans the
 * whole document per statement.
 */
import { formatArabic, formatChineseNumeral, parseArabic, parseChineseNumeral } from '../vocabulary/numeral-values';
import { ARABIC_NUMBER, COUNT_TWO, COUNT_TWO_TRADITIONAL, NOT_BEFORE_COUNT } from '../vocabulary/numerals';
import {
  ANY_COUNT,
  ASPECT_NOUN,
  BEFORE_NOUN,
  CONJUNCTION,
  ASPECT_MEASURE,
  MEASURE_WORDS,
  COUNT_CANDIDATE,
  COUNTING_VERB,
  DENG,
  FIGURE_IN_ITEM,
  FIXED_TERM,
  FORWARD_CUE,
  ITEM_COUNT,
  KINDS_BEFORE,
  LIST_LEAD_IN,
  COUNTED_MODIFIER,
  MODIFIER_END,
  NAMED_NOUN,
  NOT_DENG,
  OPEN_LIST_END,
  PROJECT_NOUN,
  PROSE_CLAUSE,
  WORK_NOUN,
  WORK_VERB,
} from '../vocabulary/counts';
import { CLOSERS, OPENERS } from '../vocabulary/marks';
import { CLOSING } from '../vocabulary/titles';
import { firstIndexAtOrAfter } from '../source/search';
import { CharSet } from '../source/normalize';
import type { Line } from '../source/lines';
import type { Source, View } from '../source/source';
import type { Span } from '../types';
import type { EnumerationItem, EnumerationRun } from './enumerations';
import type { Heading, PartTitle } from './headings';

/** What is counted: 方面工作 / 项工作 / 大任务 (the plan's headings), 民生实事 / 民生工程, or anything named (四大攻坚战). */
export type CountNoun = 'work' | 'projects' | 'named';

/**
 * Where the list stands. `colon`: after the statement's colon; `sentence`: the next sentence or paragraph;
 * `before`: before the count, in the same clause (扬尘防治、…、燃煤管控四大攻坚战); `deng`: before 等 (A、B等3家).
 */
export type CountForm = 'colon' | 'sentence' | 'before' | 'deng';

/** `headings`: （一）…; `enumeration`: 一是… （1）… ①…; `inline`: items separated by 、 or ，/；. */
export type CountedListKind = 'headings' | 'enumeration' | 'inline';

/** What an item of a numbered list holds in its first words: the counts written there and the names it lists. */
export interface ItemContent {
  /** The counts written in the item, in order (3件, 15项, 45个; 5所 and 100公里 alike). */
  counts: { value: number; measure: string }[];
  /** The most names listed in one run separated by 、 (1 when the item lists none). */
  names: number;
  /** That run ends with 等 (A、B、C等项目): it names fewer things than there are. */
  open: boolean;
}

export interface CountedList {
  kind: CountedListKind;
  /** Each item: the marker of a heading or enumerator, or the words of an inline item. */
  items: Span[];
  /**
   * For a numbered list, what each item holds (a heading's title; an enumerator's words up to the next item or
   * the end of its paragraph, at most ITEM_WORDS characters): a list of groups (一是教育方面3件…) tells by it.
   */
  contents?: ItemContent[];
  /** The list ends with 等: it may name fewer items than the count, never more. */
  open: boolean;
  /** A numbered list's items are numbered 1, 2, 3… without a slip (always true for an inline list). */
  numberedInOrder: boolean;
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
  /** The measure word after the numeral: 方面, 个, 大, 件, 项, 家 …. */
  measure: string;
  /** A count of kinds right before the count (12类55件民生实事 → 12): the list may name the kinds. */
  kinds?: number;
  numeral: Span;
  /** The numeral as written (兩, １０): a fix writes the new one alike. */
  numeralText: string;
  value: number;
  /** The list the statement introduces, when its items can be told apart. */
  list?: CountedList;
}

export interface CountContext {
  source: Source;
  headings: readonly Heading[];
  parts: readonly PartTitle[];
  enumerations: readonly EnumerationRun[];
  /** Lines of the explanation section (名词解释): its items define terms by listing them (四个不摘：…、…). */
  inNotes?: (line: number) => boolean;
  /** Longer lines are searched up to this many code units. */
  maxScan?: number;
}

/** How far back a list written before its count is read (the longest in the corpus is about 70 characters). */
const MAX_LIST_BEFORE = 160;
/** How far an inline list after a colon is read; a longer one is prose. */
const MAX_INLINE_LIST = 400;
/** How many words before a count are read for its verb or 等. */
const WORDS_BEFORE = 24;
/** How many words after a count's numeral are read for what it counts. */
const WORDS_AFTER = 60;
/** How many characters of an item of a numbered list are read for what it holds. */
const ITEM_WORDS = 300;
const NOT_BEFORE = new Set(NOT_BEFORE_COUNT);
/** The characters of the measure words, both scripts: a line without one holds no count and is not viewed. */
const MEASURE_CHARS = new CharSet(MEASURE_WORDS.join(''));

/** The value of a count's numeral, or NaN. */
export function countValue(numeral: string): number {
  if (ARABIC_NUMBER.test(numeral)) return parseArabic(numeral);
  if (numeral === COUNT_TWO || numeral === COUNT_TWO_TRADITIONAL) return 2;
  return parseChineseNumeral(numeral);
}

/**
 * Writes `value` the way `original` was written: Arabic stays Arabic (and full-width stays full-width),
 * Chinese stays Chinese with 两 for 2 (两个, 两大; 兩 in traditional script), never 一十一.
 */
export function formatCount(value: number, original: string, traditional = false): string {
  if (ARABIC_NUMBER.test(original)) return formatArabic(value, original);
  if (value === 2) return original === COUNT_TWO_TRADITIONAL || traditional ? COUNT_TWO_TRADITIONAL : COUNT_TWO;
  return formatChineseNumeral(value);
}

interface Indexes {
  /** Every enumeration item, by offset, with its run. */
  items: { item: EnumerationItem; run: EnumerationRun }[];
  closingLine: number | undefined;
}

export function readCounts(context: CountContext): StatedCount[] {
  const { source } = context;
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

  for (const line of source.lines) {
    if (line.contentStart >= line.end || !line.prose) continue;
    const end = Math.min(line.end, line.contentStart + maxScan);
    if (!MEASURE_CHARS.anyIn(source.text, line.contentStart, end)) continue;
    const view = source.view(line, line.contentStart, end);
    COUNT_CANDIDATE.lastIndex = 0;
    for (let m = COUNT_CANDIDATE.exec(view.text); m; m = COUNT_CANDIDATE.exec(view.text)) {
      if (m.index > 0 && NOT_BEFORE.has(view.text[m.index - 1]!)) continue;
      const value = countValue(m[1]!);
      if (!Number.isInteger(value) || value < 2 || value > 99) continue;
      const count = reader.read(line, view, m.index, m[1]!.length, value, end);
      if (count) out.push(count);
    }
  }
  nearestAnswered(out);
  return out;
}

/**
 * Two statements of one sentence read with one list (年内完成22项民生工程，其中城建交通工程15项：（1）…（15）): the
 * list answers the count nearest it, the later one; the earlier is left without a list. Statements on different
 * lines both keep it: a title (2026年十件民生实事) and its introduction (办好十件民生实事) each state the count.
 */
function nearestAnswered(counts: StatedCount[]): void {
  const byFirstItem = new Map<number, StatedCount>();
  for (const count of counts) {
    if (!count.list || count.form === 'before' || count.form === 'deng') continue;
    const key = count.list.items[0]!.offset;
    const earlier = byFirstItem.get(key);
    if (earlier && earlier.line === count.line) earlier.list = undefined;
    byFirstItem.set(key, count);
  }
}

/** Reads the statement at a candidate count and the list it introduces. */
class ListReader {
  constructor(
    private readonly context: CountContext,
    private readonly index: () => Indexes,
  ) {}

  /** The statement whose numeral stands at `view.text[at, at + length)`. */
  read(line: Line, view: View, at: number, length: number, value: number, end: number): StatedCount | undefined {
    const { source } = this.context;
    const numeral = view.span(at, at + length);
    const numeralWords = view.text.slice(at, at + length);
    const afterStart = at + length;
    const after = view.text.slice(afterStart, afterStart + WORDS_AFTER);
    const before = view.text.slice(Math.max(0, at - WORDS_BEFORE), at);
    const clauseStart = Math.max(0, at - MAX_LIST_BEFORE);
    const atLineStart = clauseStart === 0;
    const kinds = KINDS_BEFORE.exec(before);
    const base = {
      line: line.index,
      numeral,
      numeralText: source.textOf(numeral),
      value,
      measure: after.startsWith(ASPECT_MEASURE) ? ASPECT_MEASURE : after.slice(0, 1),
      ...(kinds ? { kinds: countValue(kinds[1]!) } : {}),
    };
    const offsetAfter = (k: number) => view.offset(afterStart + k);
    const phraseTo = (k: number): Span => ({ offset: numeral.offset, length: offsetAfter(k) - numeral.offset });
    const measure = after.startsWith(ASPECT_MEASURE) ? ASPECT_MEASURE.length : 1;

    // A list before 等: A、B、C等3家.
    if (before.endsWith(DENG) && !NOT_DENG.test(before)) {
      const list = this.listBefore(view, clauseStart, at - DENG.length, false, atLineStart);
      return { ...base, noun: 'named', form: 'deng', phrase: phraseTo(measure), list: list && { ...list, open: true } };
    }

    // 方面工作 announces the plan's headings only after a verb (做好以下…) or after 以下 (在以下七个方面攻坚发力);
    // 做好以上十方面工作 looks back.
    const work = (WORK_VERB.test(before) ? WORK_NOUN.exec(after) : null) ?? (FORWARD_CUE.test(before) ? ASPECT_NOUN.exec(after) : null);
    const project = work ? null : PROJECT_NOUN.exec(after);
    if (work || project) {
      const nounEnd = (work ?? project)![0].length;
      const follow = after.slice(nounEnd);
      // 10件民生实事圆满完成, 12件民生实事候选项目: the words go on; it announces no list.
      if (project && follow.length > 0 && !/^[”"」』]?(?:[。，；：、,;:！!\s]|$)/.test(follow)) return undefined;
      const noun: CountNoun = work ? 'work' : 'projects';
      const phrase = phraseTo(nounEnd);
      const colon = /^[”"」』]?\s*[：:]/.exec(follow);
      if (colon) {
        return { ...base, noun, form: 'colon', phrase, list: this.listAfterColon(line, offsetAfter(nounEnd + colon[0].length), noun, end) };
      }
      return { ...base, noun, form: 'sentence', phrase, list: this.listAfterSentence(line, offsetAfter(nounEnd), noun, end) };
    }

    const named = NAMED_NOUN.exec(after);
    if (named) {
      const colonAt = offsetAfter(named[0].length);
      const list = this.listAfterColon(line, colonAt + 1, 'named', end);
      const quoted = /[”"’」』]$/.test(named[0]) ? 1 : 0;
      return { ...base, noun: 'named', form: 'colon', phrase: phraseTo(named[0].length - quoted), list };
    }

    // A list before the count: 扬尘防治、臭氧削峰、油烟治理、燃煤管控四大攻坚战.
    if (!BEFORE_NOUN.test(after) || !hasListMark(view.text, clauseStart, at)) return undefined;
    // 建成4个, 达到28条: the count measures an object, not the list; 收支两条线, 中央八项规定 are names.
    if (COUNTING_VERB.test(before) || FIXED_TERM.test(before.slice(-2) + numeralWords + after.slice(0, 3))) return undefined;
    const list = this.listBefore(view, clauseStart, at, true, atLineStart);
    if (!list) return undefined;
    return { ...base, noun: 'named', form: 'before', phrase: phraseTo(measure), list };
  }

  /** The items of the clause of `view` that ends at `end` (back to `start` at most), separated by 、. */
  private listBefore(view: View, start: number, end: number, strict: boolean, atLineStart: boolean): CountedList | undefined {
    const text = view.text;
    const separators: number[] = [];
    let depth = 0;
    let clauseStart = -1;
    for (let i = end - 1; i >= start; i--) {
      const c = text[i]!;
      if (CLOSERS.includes(c)) depth++;
      else if (OPENERS.includes(c)) {
        if (depth === 0) {
          clauseStart = i + 1;
          break;
        }
        depth--;
      } else if (depth === 0 && /[，。；：！？,;:!?]/.test(c)) {
        clauseStart = i + 1;
        break;
      } else if (depth === 0 && c === '、') separators.push(i);
      // 等 inside the clause (A、B等、C两大…): the items cannot be counted; stop before reading further back.
      else if (depth === 0 && c === DENG) return undefined;
    }
    if (clauseStart < 0) {
      // The clause runs back past the window: only the start of the line ends it.
      if (!atLineStart) return undefined;
      clauseStart = start;
    }
    if (depth !== 0) return undefined;
    separators.reverse();
    // A modifier of the counted things ends before the list: 在广东、福建两省的深圳、珠海、汕头、厦门四个地区.
    const from = modifierEnd(text, clauseStart, separators, end);
    if (from > clauseStart) {
      const first = separators.findIndex((at) => at >= from);
      separators.splice(0, first < 0 ? separators.length : first);
    }
    if (separators.length < (strict ? 2 : 1)) return undefined;
    const clause = text.slice(from, end);
    // Another count inside the list (16家、638家), figures, or a conjunction: the items cannot be told apart.
    if (ANY_COUNT.test(clause)) return undefined;
    if (strict && /[0-9]/.test(clause)) return undefined;
    if (hasTopLevel(clause, CONJUNCTION)) return undefined;
    const bounds = [from, ...separators.map((s) => s + 1)];
    const items: Span[] = [];
    for (let k = 0; k < bounds.length; k++) {
      const itemFrom = bounds[k]!;
      const to = k + 1 < bounds.length ? separators[k]! : end;
      if (to <= itemFrom) return undefined;
      if (strict && to - itemFrom > 20) return undefined;
      items.push(view.span(itemFrom, to));
    }
    return { kind: 'inline', items, open: false, numberedInOrder: true, reachesEnd: false };
  }

  /** The list after a colon at `from`: an enumeration, headings on the next line, or an inline list. */
  private listAfterColon(line: Line, from: number, noun: CountNoun, end: number): CountedList | undefined {
    const { text } = this.context.source;
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
    const { text } = this.context.source;
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
   * The enumeration whose first item (numbered 1) stands at `offset`. Items that open paragraphs (一是… at the start
   * of each paragraph) are counted paragraph by paragraph, so run-in lists inside those paragraphs do not break
   * them; run-in items are counted as their run.
   */
  private enumerationAt(offset: number): CountedList | undefined {
    const { items } = this.index();
    const lo = firstIndexAtOrAfter(items, offset, (entry) => entry.item.marker.offset);
    const found = items[lo];
    if (!found || found.item.marker.offset !== offset || found.item.ordinal !== 1) return undefined;
    if (this.context.source.lines[found.item.line]!.contentStart === offset) return this.paragraphList(lo);
    if (found.run.items[0] !== found.item) return undefined;
    const run = found.run.items;
    if (run.length < 2) return undefined;
    const last = run[run.length - 1]!;
    return {
      kind: 'enumeration',
      items: run.map((item) => item.marker),
      contents: this.enumerationContents(run),
      open: false,
      numberedInOrder: run.every((item, i) => item.ordinal === i + 1),
      reachesEnd: this.nothingAfter(last.line, Infinity),
    };
  }

  /**
   * Items of one kind that open paragraphs, from `items[start]` to the next heading or part title. A slip in their
   * numbering ends the list there (where it would go on is unknown), marked as not in order.
   */
  private paragraphList(start: number): CountedList | undefined {
    const { items } = this.index();
    const { lines } = this.context.source;
    const first = items[start]!.item;
    const stop = this.nextBreakLine(first.line);
    const list: EnumerationItem[] = [first];
    let numberedInOrder = true;
    for (let k = start + 1; k < items.length; k++) {
      const item = items[k]!.item;
      if (item.line >= stop) break;
      if (item.kind !== first.kind || lines[item.line]!.contentStart !== item.marker.offset) continue;
      if (item.ordinal === list.length + 1) list.push(item);
      else if (item.ordinal === 1) break;
      else {
        numberedInOrder = false;
        list.push(item);
        break;
      }
    }
    if (list.length < 2) return undefined;
    return {
      kind: 'enumeration',
      items: list.map((item) => item.marker),
      contents: this.enumerationContents(list),
      open: false,
      numberedInOrder,
      reachesEnd: stop === Infinity && this.nothingAfter(list[list.length - 1]!.line, Infinity),
    };
  }

  /** What each item of an enumeration holds: its words up to the next item on its line, or to the line's end. */
  private enumerationContents(items: readonly EnumerationItem[]): ItemContent[] {
    const { lines } = this.context.source;
    return items.map((item, i) => {
      const line = lines[item.line]!;
      const next = items[i + 1];
      const from = item.marker.offset + item.marker.length;
      return this.contentOf(line, from, next && next.line === item.line ? next.marker.offset : line.end);
    });
  }

  /** What the words of `line` from `from` to `to` (at most ITEM_WORDS of them) hold: counts, and names listed with 、. */
  private contentOf(line: Line, from: number, to: number): ItemContent {
    const s = this.context.source.view(line, from, Math.max(from, Math.min(to, from + ITEM_WORDS))).text;
    const counts: ItemContent['counts'] = [];
    ITEM_COUNT.lastIndex = 0;
    for (let m = ITEM_COUNT.exec(s); m; m = ITEM_COUNT.exec(s)) {
      if (m.index > 0 && NOT_BEFORE.has(s[m.index - 1]!)) continue;
      const value = countValue(m[1]!);
      if (Number.isInteger(value)) counts.push({ value, measure: m[2]! });
    }
    // The longest run of names separated by 、 (at the top level), and whether 等 closes it.
    let names = 1;
    let open = false;
    let run = 1;
    let depth = 0;
    for (const c of s) {
      if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
      else if (depth > 0) continue;
      else if (c === '、') {
        if (++run > names) [names, open] = [run, false];
      } else if (c === DENG) {
        if (run > 1 && run === names) open = true;
      } else if (/[，。；：,;:！？!?]/.test(c)) run = 1;
    }
    return { counts, names, open };
  }

  /** Whether an enumeration item stands on line `index` (items ascend by offset, so by line). */
  private hasItemOn(index: number): boolean {
    const { items } = this.index();
    return items[firstIndexAtOrAfter(items, index, (entry) => entry.item.line)]?.item.line === index;
  }

  /** The first line after `line` that holds a heading or a part title, or Infinity. */
  private nextBreakLine(line: number): number {
    const firstAfter = (list: readonly { line: number }[]): number => list[firstIndexAtOrAfter(list, line + 1, (x) => x.line)]?.line ?? Infinity;
    return Math.min(firstAfter(this.context.headings), firstAfter(this.context.parts));
  }

  /** The run of sibling headings that starts with a heading numbered 1 on `line`. */
  private headingListAt(line: Line, statement: Line): CountedList | undefined {
    const { headings } = this.context;
    const lo = firstIndexAtOrAfter(headings, line.index, (h) => h.line);
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
    const last = run[run.length - 1]!;
    const { lines } = this.context.source;
    return {
      kind: 'headings',
      items: run.map((h) => h.marker),
      contents: run.map((h) => this.contentOf(lines[h.line]!, h.title.offset, h.title.offset + h.title.length)),
      open: false,
      numberedInOrder: run.every((h, i) => h.ordinal === i + 1),
      reachesEnd: stoppedAtEnd && this.nothingAfter(last.line, first.rank),
    };
  }

  /**
   * An inline list from `from`: items separated by one kind of mark (、, or ，, or ；) up to the end of the
   * sentence. `line` mode reads a whole line after a colon that ended the line before (名词解释: `［2］四大主导产业：`
   * then `旅游业、现代服务业、…`), and only a list separated by 、.
   */
  private inlineList(line: Line, from: number, end: number, mode: 'rest' | 'line'): CountedList | undefined {
    const view = this.context.source.view(line, from, end);
    const s = view.text;
    const lead = LIST_LEAD_IN.exec(s);
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
    if (stop >= s.length && view.offset(s.length) < line.end) return undefined;
    const kinds = new Set(marks.map((m) => m.kind));
    if (kinds.size !== 1) return undefined;
    const kind = marks[0]!.kind;
    const restOfLine = s.slice(stop).replace(/^[。！!\s\u3000]*/, '') === '' && view.offset(s.length) >= line.end;
    if (mode === 'line' && (kind !== '、' || !restOfLine)) return undefined;
    if (kind !== '、' && !(restOfLine && (this.context.inNotes?.(line.index) ?? false))) return undefined;
    let listEnd = stop;
    let open = false;
    const tail = OPEN_LIST_END.exec(s.slice(0, stop));
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
      if (b - a > (kind === '、' ? 20 : 30) || FIGURE_IN_ITEM.test(item)) return undefined;
      // 和 joins two items of a 、 list (or makes one item of two words); a clause of a ， list may hold it.
      if (kind === '、' ? hasTopLevel(item, CONJUNCTION) : PROSE_CLAUSE.test(item)) return undefined;
      items.push(view.span(a, b));
    }
    if (items.length < (kind === '、' ? 2 : 3)) return undefined;
    return { kind: 'inline', items, open, numberedInOrder: true, reachesEnd: false };
  }

  private nextContentLine(index: number): Line | undefined {
    const { lines, text } = this.context.source;
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
    const { source } = this.context;
    let found = -1;
    for (let i = source.lines.length - 1; i >= 0; i--) {
      const line = source.lines[i]!;
      if (CLOSING.test(source.view(line, line.contentStart, Math.min(line.end, line.contentStart + 6)).text)) {
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

/**
 * Where a list written before its count starts, given the start of its clause and its separators (ascending):
 * after a counted modifier that ends an item (在广东、福建两省的深圳、珠海、汕头、厦门四个地区 → 深圳: 两省 counts
 * the words before it; 在沿海2个省的深圳、… → 深圳: the modifier's count is not the list's). A 的 without a count before it may belong to the item (规模以上工业企业有研发活动的企业占比)
 * and changes nothing. The clause's start when there is none.
 */
function modifierEnd(text: string, clauseStart: number, separators: readonly number[], end: number): number {
  for (let k = separators.length; k >= 0; k--) {
    const from = k > 0 ? separators[k - 1]! + 1 : clauseStart;
    const to = k < separators.length ? separators[k]! : end;
    for (let i = to - 1; i > from; i--) {
      if (text[i] === MODIFIER_END && COUNTED_MODIFIER.test(text.slice(from, i + 1))) return i + 1;
    }
  }
  return clauseStart;
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
