/**
 * The footnote (注释) features of the editor, as plain data over the report model: what stands at an offset (a marker,
 * an item's label), a marker's item and what its explanation says, which markers use an item, what completion offers
 * after a typed bracket, and how a renumbering is described. The language server only turns these into hovers,
 * locations and completion items (positions, Markdown): whatever it shows about footnotes is decided here.
 *
 * Markers and items come from the model (`report.markers`, `report.notes.items`); only completion reads the few
 * characters around the cursor, which the model has not read as a marker yet.
 */
import { normalizeTerm, type FootnoteForm, type FootnoteItem, type FootnoteMarker } from '../facts/footnotes';
import type { Report } from '../facts/report';
import { lastIndexAtOrBefore } from '../source/search';
import type { Span } from '../types';
import { formatFootnote, MARKER_CARET, TERM_COLON, TERM_END, TERM_QUOTES, TYPED_MARKER_BRACKETS } from '../vocabulary/footnotes';
import { ROUND_OPEN } from '../vocabulary/marks';
import { DIGIT } from '../vocabulary/numerals';
import type { RenumberPlan } from './renumber';
import type { Language } from '../messages';

/** What the editor says about footnotes: the sentences of the hovers, completion details and renumbering messages. */
export const FOOTNOTE_TEXT = {
  missingItem: '此注释在名词解释部分没有对应条目。',
  missingSection: '文末缺少名词解释（注释）部分，此注释没有解释。',
  termOnly: '（条目只有词条，没有解释文字）',
  unused: '正文中没有注释标记引用此条目。',
  /** `term` is quoted already (“两新”) or absent. */
  used: (count: number, firstLine: number, term: string | undefined) =>
    `正文中有 ${count} 处注释标记引用此条目（首次在第 ${firstLine + 1} 行${term ? `${term}之后` : ''}）。`,
  nextMarker: '下一个注释编号',
  nextItem: '下一个条目编号',
  /** `term` is quoted already. */
  markerWithoutItem: (term: string) => `正文${term}的注释，尚无解释`,
  /** Stands for the term of a marker that follows no words. */
  noTerm: '—',
  itemWithoutTerm: '（无词条）',
  /** Written after a missing item's label (［2］“两重”：) by its completion. */
  itemTermColon: '：',
  alreadyInOrder: '注释编号已按出现顺序排列',
  noFootnotes: '文档中没有注释标记或名词解释条目，无需重新编号',
  /** The description of a renumbering that only reorders the items. */
  itemsReordered: '按编号重排名词解释条目',
  /** After the first few moves listed: how many footnotes move in all. */
  moreMoved: (count: number) => `等 ${count} 个注释`,
} as const;

type FootnoteTexts = { [K in keyof typeof FOOTNOTE_TEXT]: (typeof FOOTNOTE_TEXT)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The same in English (`noTerm` and `itemTermColon` are written into the draft, so they stay as the draft's). */
export const FOOTNOTE_TEXT_EN: FootnoteTexts = {
  missingItem: 'This note has no item in the explanations section (名词解释).',
  missingSection: 'The report has no explanations section (名词解释 or 注释) at the end: this note is not explained.',
  termOnly: '(the item has a term but no explanation)',
  unused: 'No note marker in the text refers to this item.',
  used: (count, firstLine, term) =>
    `${count} note marker${count === 1 ? '' : 's'} in the text refer${count === 1 ? 's' : ''} to this item (first on line ${firstLine + 1}${term ? `, after ${term}` : ''}).`,
  nextMarker: 'next note number',
  nextItem: 'next item number',
  markerWithoutItem: (term) => `the note on ${term} in the text, not yet explained`,
  noTerm: FOOTNOTE_TEXT.noTerm,
  itemWithoutTerm: '(no term)',
  itemTermColon: FOOTNOTE_TEXT.itemTermColon,
  alreadyInOrder: 'The notes are already numbered in order of appearance',
  noFootnotes: 'The document has no note markers or explanation items: nothing to renumber',
  itemsReordered: 'explanation items put in the order of their numbers',
  moreMoved: (count) => ` and more, ${count} notes in all`,
};

function textsOf(language: Language): FootnoteTexts {
  return language === 'en' ? FOOTNOTE_TEXT_EN : FOOTNOTE_TEXT;
}

/** Completion is offered after these brackets; the editor sends them as trigger characters. */
export const FOOTNOTE_TRIGGER_CHARACTERS: readonly string[] = TYPED_MARKER_BRACKETS.map((bracket) => bracket.open);

/** An explanation shown in a hover is cut here (UTF-16 code units of the explanation itself, after trimming). */
export const MAX_EXPLANATION = 600;

/** How many characters before a typed bracket are compared with an unused item's term (to preselect it). */
const PRECEDING_WORDS = 40;
/** Digits already typed after the bracket that completion replaces (completion asked for again, or typing on). */
const MAX_TYPED_DIGITS = 3;
const TYPED_DIGIT = new RegExp(DIGIT);

// ---- lookups ----

/**
 * The marker at `offset`. `touching`: a cursor right after the marker's closing bracket counts (definition,
 * references); hover asks for the character under the mouse and does not.
 */
export function markerAt(report: Report, offset: number, touching: boolean): FootnoteMarker | undefined {
  // The last marker that starts at or before the offset (markers are in document order and do not overlap).
  const markers = report.markers;
  const marker = markers[lastIndexAtOrBefore(markers, offset, (m) => m.span.offset)];
  return marker && covers(marker.span, offset, touching) ? marker : undefined;
}

/** The explanation item whose label is at `offset` (`touching` as for `markerAt`). */
export function itemLabelAt(report: Report, offset: number, touching: boolean): FootnoteItem | undefined {
  // Items are in document order, one label per line.
  const items = report.notes?.items ?? [];
  const item = items[lastIndexAtOrBefore(items, offset, (i) => i.label.offset)];
  return item && covers(item.label, offset, touching) ? item : undefined;
}

function covers(span: Span, offset: number, touching: boolean): boolean {
  const end = span.offset + span.length;
  return offset >= span.offset && (touching ? offset <= end : offset < end);
}

/** The item that explains footnote `number` (the first, when a number is used twice). */
export function itemFor(report: Report, number: number): FootnoteItem | undefined {
  return report.notes?.items.find((item) => item.number === number);
}

/** Every marker of footnote `number`, in document order. */
export function markersOf(report: Report, number: number): FootnoteMarker[] {
  return report.markers.filter((marker) => marker.number === number);
}

/** The highest footnote number in use, by a marker or an item (a loop: a spread overflows on huge drafts). */
export function highestNumber(report: Report): number {
  let highest = 0;
  for (const marker of report.markers) if (marker.number > highest) highest = marker.number;
  for (const item of report.notes?.items ?? []) if (item.number > highest) highest = item.number;
  return highest;
}

// ---- definition and references ----

/** The marker at (or right before) `offset` and the item that explains it; undefined when either is missing. */
export function definitionAt(report: Report, offset: number): { marker: FootnoteMarker; item: FootnoteItem } | undefined {
  const marker = markerAt(report, offset, true);
  const item = marker && itemFor(report, marker.number);
  return marker && item ? { marker, item } : undefined;
}

/**
 * From a marker or an item label at `offset`: the spans of every marker with that number, after the labels of its
 * items when the declaration is asked for too. Undefined when no footnote is there.
 */
export function referenceSpans(report: Report, offset: number, includeDeclaration: boolean): Span[] | undefined {
  const number = markerAt(report, offset, true)?.number ?? itemLabelAt(report, offset, true)?.number;
  if (number === undefined) return undefined;
  const spans: Span[] = [];
  if (includeDeclaration) {
    for (const item of report.notes?.items ?? []) if (item.number === number) spans.push(item.label);
  }
  for (const marker of markersOf(report, number)) spans.push(marker.span);
  return spans;
}

// ---- explanations ----

/** What the editor shows about a footnote: a title (its label or marker and its term, as written) and plain text. */
export interface FootnoteDescription {
  title: string;
  paragraphs: string[];
}

export interface MarkerExplanation extends FootnoteDescription {
  status: 'explained' | 'missing-item' | 'missing-section';
  item?: FootnoteItem;
}

/** A marker's explanation: its item's title and text, or that the item (or the whole section) is missing. */
export function explainMarker(report: Report, marker: FootnoteMarker, language: Language = 'zh'): MarkerExplanation {
  const FOOTNOTE_TEXT = textsOf(language);
  const item = itemFor(report, marker.number);
  if (!item) {
    const term = withoutEmphasis(report.source.textOf(marker.term).trim());
    const title = `${report.source.textOf(marker.span)}${term ? ` ${term}` : ''}`;
    return report.notes
      ? { status: 'missing-item', title, paragraphs: [FOOTNOTE_TEXT.missingItem] }
      : { status: 'missing-section', title, paragraphs: [FOOTNOTE_TEXT.missingSection] };
  }
  const explanation = explanationOf(report, item);
  return { status: 'explained', item, title: itemTitle(report, item), paragraphs: explanation.length > 0 ? explanation : [FOOTNOTE_TEXT.termOnly] };
}

export interface ItemUse extends FootnoteDescription {
  /** The markers that use the item, in document order. */
  markers: FootnoteMarker[];
}

/** An item as seen from its label: how many markers use it, and where the first one is. */
export function describeItemUse(report: Report, item: FootnoteItem, language: Language = 'zh'): ItemUse {
  const FOOTNOTE_TEXT = textsOf(language);
  const markers = markersOf(report, item.number);
  const title = itemTitle(report, item);
  const first = markers[0];
  if (!first) return { markers, title, paragraphs: [FOOTNOTE_TEXT.unused] };
  const term = withoutEmphasis(report.source.textOf(first.term).trim());
  return { markers, title, paragraphs: [FOOTNOTE_TEXT.used(markers.length, first.line, term ? quoted(term) : undefined)] };
}

/** `［1］两新`: the label and the term as written, without Markdown emphasis. */
function itemTitle(report: Report, item: FootnoteItem): string {
  return `${report.source.textOf(item.label)}${withoutEmphasis(report.source.textOf(item.term).trim())}`;
}

/**
 * The explanation's paragraphs: the first line after the term and its colon, then each continuation line, trimmed and
 * without Markdown emphasis; cut with … after MAX_EXPLANATION code units (a whole section pasted into one item).
 */
export function explanationOf(report: Report, item: FootnoteItem): string[] {
  const { text, lines } = report;
  const paragraphs: string[] = [];
  let left = MAX_EXPLANATION;
  const take = (from: number, to: number): boolean => {
    const trimmed = withoutEmphasis(report.source.textOf({ offset: from, length: to - from })).trim();
    if (trimmed.length === 0) return true;
    if (trimmed.length > left) {
      paragraphs.push(`${trimmed.slice(0, Math.max(0, left))}…`);
      return false;
    }
    paragraphs.push(trimmed);
    left -= trimmed.length;
    return true;
  };
  const first = lines[item.firstLine]!;
  let start = item.term.offset + item.term.length;
  while (start < first.end && (TERM_COLON.test(text[start]!) || /\s/.test(text[start]!))) start++;
  if (!take(start, first.end)) return paragraphs;
  for (let index = item.firstLine + 1; index <= item.lastLine; index++) {
    const line = lines[index];
    if (!line || !take(line.contentStart, line.end)) break;
  }
  return paragraphs;
}

/** A term in quotes, unless it is quoted already (“两新” as marked in the body). */
function quoted(term: string): string {
  return TERM_QUOTES[term.charAt(0)] !== undefined ? term : `“${term}”`;
}

/** Markdown drafts: drop the emphasis marks around a term (`**两新**`). */
function withoutEmphasis(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

// ---- completion ----

export type FootnoteCandidateKind =
  /** The next free marker number, in the body. */
  | 'next-marker'
  /** The next item number, in the explanation section. */
  | 'next-item'
  /** In the section: the number of a marker that has no item yet, with the marker's term. */
  | 'marker-without-item'
  /** In the body: the number of an item that no marker uses yet. */
  | 'unused-item';

export interface FootnoteCandidate {
  number: number;
  form: FootnoteForm;
  /** The number in the form being typed, as the list shows it: ［3］, ^[3], （3）. */
  label: string;
  /** What replaces the completion's span: the label, and for a missing item the marker's term and a colon. */
  text: string;
  kind: FootnoteCandidateKind;
  /** The term of the marker or item the number belongs to (absent for the next number). */
  term?: string;
  /** The line the editor shows beside the candidate. */
  detail: string;
  /** The one the words before the bracket name: an unused item whose term they end with. */
  preselect: boolean;
}

export interface FootnoteCompletion {
  /** What a candidate replaces: the typed bracket (with its caret and digits) and a closing bracket the editor added. */
  span: Span;
  /** In the order offered. */
  candidates: FootnoteCandidate[];
}

/**
 * After an opening bracket typed right after a term in the body: the next free marker number (one more than any
 * marker or item number) in the form being typed, then the numbers of explanations no marker uses yet. At the start
 * of a line in the explanation section: the numbers of markers that have no item, then the next item number. Round
 * brackets are offered only in a report that already has footnotes: （ and ( after a word are far more often an
 * ordinary parenthesis. `lineIndex` is the cursor's line (by default the line that holds `offset`).
 */
export function footnoteCompletionAt(
  report: Report,
  offset: number,
  lineIndex = report.source.lineAt(offset).index,
  language: Language = 'zh',
): FootnoteCompletion | undefined {
  const FOOTNOTE_TEXT = textsOf(language);
  const { text } = report;
  const line = report.lines[lineIndex];
  if (!line || offset < line.start || offset > line.end) return undefined;
  let digits = offset;
  while (digits > line.start && offset - digits < MAX_TYPED_DIGITS && TYPED_DIGIT.test(text[digits - 1]!)) digits--;
  const bracketAt = digits - 1;
  if (bracketAt < line.start) return undefined;
  const bracket = TYPED_MARKER_BRACKETS.find((b) => b.open === text[bracketAt]);
  if (!bracket) return undefined;
  let start = bracketAt;
  let form = bracket.form;
  if (bracket.withCaret && bracketAt - 1 >= line.start && text[bracketAt - 1] === MARKER_CARET) {
    start = bracketAt - 1;
    form = bracket.withCaret;
  }
  const end = text[offset] === bracket.close ? offset + 1 : offset;
  const span: Span = { offset: start, length: end - start };
  /** A candidate whose text is its label (all but a missing item's, which adds the term). */
  const candidate = (number: number, kind: FootnoteCandidateKind, detail: string, term?: string): FootnoteCandidate => {
    const label = formatFootnote(form, number);
    return { number, form, label, text: label, kind, term, detail, preselect: false };
  };

  const notes = report.notes;
  const notesEnd = notes ? (report.lines[notes.lastLine]?.end ?? text.length) : -1;
  if (notes && offset >= notes.title.offset && offset <= notesEnd) {
    // Items: only at the start of a line, never with a caret.
    if (form === 'caret' || report.source.textOf({ offset: line.start, length: start - line.start }).trim().length > 0) return undefined;
    const candidates: FootnoteCandidate[] = [];
    const explained = new Set(notes.items.map((item) => item.number));
    const seen = new Set<number>();
    for (const marker of report.markers) {
      if (explained.has(marker.number) || seen.has(marker.number)) continue;
      seen.add(marker.number);
      const term = report.source.textOf(marker.term).trim();
      const missing = candidate(marker.number, 'marker-without-item', FOOTNOTE_TEXT.markerWithoutItem(quoted(term || FOOTNOTE_TEXT.noTerm)), term);
      missing.text = `${missing.label}${term}${FOOTNOTE_TEXT.itemTermColon}`;
      candidates.push(missing);
    }
    const next = highestNumber(report) + 1;
    if (!seen.has(next)) candidates.push(candidate(next, 'next-item', FOOTNOTE_TEXT.nextItem));
    return { span, candidates };
  }

  // Body: right after a term, not at a clause start.
  const before = start > line.start ? text[start - 1]! : '';
  if (!TERM_END.test(before)) return undefined;
  const items = notes?.items ?? [];
  if (ROUND_OPEN.includes(bracket.open) && report.markers.length === 0 && items.length === 0) return undefined;
  const used = new Set(report.markers.map((marker) => marker.number));
  const candidates: FootnoteCandidate[] = [candidate(highestNumber(report) + 1, 'next-marker', FOOTNOTE_TEXT.nextMarker)];
  const precedingFrom = Math.max(line.start, start - PRECEDING_WORDS);
  const preceding = report.source.textOf({ offset: precedingFrom, length: start - precedingFrom });
  const offered = new Set<number>();
  for (const item of items) {
    if (used.has(item.number) || offered.has(item.number)) continue;
    offered.add(item.number);
    const term = withoutEmphasis(report.source.textOf(item.term)).trim();
    const unused = candidate(item.number, 'unused-item', term || FOOTNOTE_TEXT.itemWithoutTerm, term);
    // “两重”［ with an unused item ［2］两重：… — that is the one meant.
    if (term && endsWithTerm(preceding, term)) unused.preselect = true;
    candidates.push(unused);
  }
  return { span, candidates };
}

/** Whether the words before the bracket end with the term (compared without quotes, brackets, spaces, emphasis). */
function endsWithTerm(preceding: string, term: string): boolean {
  const wanted = normalizeTerm(term);
  return wanted.length > 0 && normalizeTerm(preceding).endsWith(wanted);
}

// ---- 重新编号注释 ----

/** `2→1（“两重”）、1→2（“两新”）等 5 个注释`, or what else changes. */
export function describePlan(plan: RenumberPlan, language: Language = 'zh'): string {
  const FOOTNOTE_TEXT = textsOf(language);
  const moved = plan.mapping.filter((m) => m.from !== m.to);
  if (moved.length === 0) return FOOTNOTE_TEXT.itemsReordered;
  const shown = moved.slice(0, 4).map((m) => `${m.from}→${m.to}${m.term ? `（${m.term.trim()}）` : ''}`);
  return `${shown.join(language === 'en' ? ', ' : '、')}${moved.length > shown.length ? FOOTNOTE_TEXT.moreMoved(moved.length) : ''}`;
}

/** The message when there is nothing to renumber: no footnotes at all, or numbers already in order. */
export function nothingToRenumber(report: Report, language: Language = 'zh'): string {
  const FOOTNOTE_TEXT = textsOf(language);
  return report.markers.length === 0 && (report.notes?.items.length ?? 0) === 0 ? FOOTNOTE_TEXT.noFootnotes : FOOTNOTE_TEXT.alreadyInOrder;
}
