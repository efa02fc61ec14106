/**
 * Run-in enumerations inside paragraphs: 一是…二是…, 一要…二要…, 第一，…第二，…, （1）…（2）…, ①…②….
 * An enumerator counts only at the start of a clause (after 。；：，、！？ or a closing bracket, or at the start
 * of the paragraph), so 统一要求, 唯一是, 之一是, 第一产业, 全国第一 and a footnote marker 六乱(15) are not items.
 */
import { parseArabic, parseChineseNumeral, parseCircled, parseParenthesized } from '../vocabulary/numeral-values';
import { ENUMERATOR_BOUNDARY, RUN_IN_ENUMERATOR, RUN_IN_SHI } from '../vocabulary/ordinals';
import type { Span } from '../types';

export type EnumerationKind = 'shi' | 'yao' | 'di' | 'paren' | 'circled';

export interface EnumerationItem {
  kind: EnumerationKind;
  ordinal: number;
  line: number;
  /** The whole enumerator (`二是`, `第二`, `（2）`, `②`). */
  marker: Span;
  numeral: Span;
  numeralText: string;
}

/** Items of one kind that belong together: one paragraph, or adjacent paragraphs of one section. */
export interface EnumerationRun {
  kind: EnumerationKind;
  items: EnumerationItem[];
}

/** What may stand before an enumerator (see ENUMERATOR_BOUNDARY). */
const CLAUSE_BOUNDARY = new Set(ENUMERATOR_BOUNDARY);

/** Items written on one line (paragraph), from `start` to `end`. */
export function readEnumerationItems(text: string, lineIndex: number, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  if (end - start < 2) return items;
  // Search the line alone: a search of the whole text from `start` would run on to the next match, however far.
  const segment = text.slice(start, end);
  RUN_IN_ENUMERATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_IN_ENUMERATOR.exec(segment)) !== null) {
    const at = start + m.index;
    if (at > start && !CLAUSE_BOUNDARY.has(text[at - 1]!) && !continuesList(items, m)) {
      // Step past the match: 十一是 read from 十 failed, but 一是 inside it must not be read either.
      RUN_IN_ENUMERATOR.lastIndex = m.index + m[0].length;
      continue;
    }
    let item: EnumerationItem | undefined;
    if (m[1] !== undefined) {
      const ordinal = parseChineseNumeral(m[1]);
      if (ordinal > 0) item = make(m[2] === RUN_IN_SHI ? 'shi' : 'yao', ordinal, lineIndex, at, m[0].length, at, m[1]);
    } else if (m[3] !== undefined) {
      const ordinal = parseChineseNumeral(m[3]);
      if (ordinal > 0) item = make('di', ordinal, lineIndex, at, m[0].length, at + m[0].length - m[3].length, m[3]);
    } else if (m[4] !== undefined) {
      const ordinal = parseArabic(m[4]);
      if (ordinal > 0) item = make('paren', ordinal, lineIndex, at, m[0].length, at + 1, m[4]);
    } else if (m[5] !== undefined) {
      item = make('circled', parseCircled(m[5]), lineIndex, at, 1, at, m[5]);
    } else if (m[6] !== undefined) {
      // ⑴ is a bracketed number in one character: a list may go on in (7) (66), so it is of the paren kind.
      item = make('paren', parseParenthesized(m[6]), lineIndex, at, 1, at, m[6]);
    }
    if (item) items.push(item);
  }
  return items;
}

/**
 * Items of a list written without a mark between them (66: 「(7)康明大街…综合整治(8)城南300亩公园…」): a bracketed
 * number or a circled one that continues the list just read on the line is an item wherever it stands.
 */
function continuesList(items: readonly EnumerationItem[], m: RegExpExecArray): boolean {
  const last = items[items.length - 1];
  if (!last) return false;
  if (m[4] !== undefined) return last.kind === 'paren' && parseArabic(m[4]) === last.ordinal + 1;
  if (m[6] !== undefined) return last.kind === 'paren' && parseParenthesized(m[6]) === last.ordinal + 1;
  if (m[5] !== undefined) return last.kind === 'circled' && parseCircled(m[5]) === last.ordinal + 1;
  return false;
}

function make(
  kind: EnumerationKind,
  ordinal: number,
  line: number,
  offset: number,
  length: number,
  numeralOffset: number,
  numeralText: string,
): EnumerationItem {
  return {
    kind,
    ordinal,
    line,
    marker: { offset, length },
    numeral: { offset: numeralOffset, length: numeralText.length },
    numeralText,
  };
}

/**
 * Groups items into runs. A run of one kind goes on while no heading or part title intervenes; an item
 * numbered 1 starts a new run. `sectionBreaks` holds the line numbers of headings and part titles.
 */
export function groupRuns(items: readonly EnumerationItem[], isSectionBreakBetween: (a: number, b: number) => boolean): EnumerationRun[] {
  const runs: EnumerationRun[] = [];
  const open = new Map<EnumerationKind, EnumerationRun>();
  for (const item of items) {
    const run = open.get(item.kind);
    const last = run?.items[run.items.length - 1];
    if (
      run &&
      last &&
      item.ordinal !== 1 &&
      !isSectionBreakBetween(last.line, item.line)
    ) {
      run.items.push(item);
      continue;
    }
    const fresh: EnumerationRun = { kind: item.kind, items: [item] };
    runs.push(fresh);
    open.set(item.kind, fresh);
  }
  return runs;
}
