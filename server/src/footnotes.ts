/**
 * The editor side of footnotes (注释), over the cached report of the current version: hover on a marker (its
 * explanation) or on an item label (how many markers use it), go to definition (marker → item), references
 * (every marker of a number), completion of the next marker number after an opening bracket, and the
 * WorkspaceEdit of the 重新编号注释 command (`renumberFootnotes` from the core).
 *
 * Markers and items come from the model (`report.markers`, `report.notes.items`); nothing here reads the text
 * for footnotes itself except the few characters around the cursor that completion needs.
 */
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Location,
  type LocationLink,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, diffEdits, renumberFootnotes, type FootnoteItem, type FootnoteMarker, type RenumberPlan, type Report } from './core/index';
import { workspaceEdit, type EditOptions } from './codeActions';
import { toOffset, toRange } from './diagnostics';

export const ALREADY_IN_ORDER = '注释编号已按出现顺序排列';
export const NO_FOOTNOTES = '文档中没有注释标记或名词解释条目，无需重新编号';

export const MISSING_ITEM = '此注释在名词解释部分没有对应条目';
export const MISSING_SECTION = '文末缺少名词解释（注释）部分，此注释没有解释';

/** Completion is offered after these; VS Code sends them as trigger characters. */
export const TRIGGER_CHARACTERS = ['［', '[', '(', '（'];

/** Hover text of an explanation is cut here (UTF-16 code units of the explanation itself). */
const MAX_EXPLANATION = 600;

// ---- lookups ----

/**
 * The marker at `offset`. `touching`: a cursor right after the marker's closing bracket counts (definition,
 * references); hover asks for the character under the mouse and does not.
 */
export function markerAt(report: Report, offset: number, touching: boolean): FootnoteMarker | undefined {
  const markers = report.markers;
  // The last marker that starts at or before the offset (markers are in document order).
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid]!.span.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  const marker = markers[lo - 1];
  return marker && contains(marker.span, offset, touching) ? marker : undefined;
}

/** The explanation item whose label is at `offset`. */
export function itemLabelAt(report: Report, offset: number, touching: boolean): FootnoteItem | undefined {
  return report.notes?.items.find((item) => contains(item.label, offset, touching));
}

function contains(span: { offset: number; length: number }, offset: number, touching: boolean): boolean {
  const end = span.offset + span.length;
  return offset >= span.offset && (touching ? offset <= end : offset < end);
}

/** The item that explains footnote `number` (the first, when a number is used twice). */
function itemFor(report: Report, number: number): FootnoteItem | undefined {
  return report.notes?.items.find((item) => item.number === number);
}

function slice(report: Report, span: { offset: number; length: number }): string {
  return report.text.slice(span.offset, span.offset + span.length);
}

// ---- hover ----

export function footnoteHover(document: TextDocument, report: Report, position: Position): Hover | null {
  const offset = toOffset(document, position);
  const marker = markerAt(report, offset, false);
  if (marker) {
    return { contents: { kind: MarkupKind.Markdown, value: markerHover(report, marker) }, range: toRange(document, marker.span.offset, marker.span.length) };
  }
  const item = itemLabelAt(report, offset, false);
  if (item) {
    return { contents: { kind: MarkupKind.Markdown, value: itemHover(report, item) }, range: toRange(document, item.label.offset, item.label.length) };
  }
  return null;
}

function markerHover(report: Report, marker: FootnoteMarker): string {
  const item = itemFor(report, marker.number);
  if (!item) {
    const term = slice(report, marker.term).trim();
    return `**${escapeMarkdown(slice(report, marker.span))}${term ? ` ${escapeMarkdown(plain(term))}` : ''}**\n\n${report.notes ? MISSING_ITEM : MISSING_SECTION}。`;
  }
  const heading = `**${escapeMarkdown(slice(report, item.label))}${escapeMarkdown(plain(slice(report, item.term).trim()))}**`;
  const explanation = explanationOf(report, item);
  return explanation.length > 0 ? `${heading}\n\n${explanation.map(escapeMarkdown).join('\n\n')}` : `${heading}\n\n（条目只有词条，没有解释文字）`;
}

function itemHover(report: Report, item: FootnoteItem): string {
  const users = report.markers.filter((m) => m.number === item.number);
  const heading = `**${escapeMarkdown(slice(report, item.label))}${escapeMarkdown(plain(slice(report, item.term).trim()))}**`;
  if (users.length === 0) return `${heading}\n\n正文中没有注释标记引用此条目。`;
  const first = users[0]!;
  const term = plain(slice(report, first.term).trim());
  return `${heading}\n\n正文中有 ${users.length} 处注释标记引用此条目（首次在第 ${first.line + 1} 行${term ? `${escapeMarkdown(quoted(term))}之后` : ''}）。`;
}

/** The explanation's paragraphs: the first line after the term and its colon, then each continuation line. */
function explanationOf(report: Report, item: FootnoteItem): string[] {
  const { text, lines } = report;
  const paragraphs: string[] = [];
  let left = MAX_EXPLANATION;
  const take = (raw: string): boolean => {
    const trimmed = plain(raw).trim();
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
  while (start < first.end && /[：:\s\u3000]/.test(text[start]!)) start++;
  if (!take(text.slice(start, first.end))) return paragraphs;
  for (let index = item.firstLine + 1; index <= item.lastLine; index++) {
    const line = lines[index];
    if (!line || !take(text.slice(line.contentStart, line.end))) break;
  }
  return paragraphs;
}

/** A term in quotes, unless it is quoted already (“两新” as marked in the body). */
function quoted(term: string): string {
  return /^[“「『"]/.test(term) ? term : `“${term}”`;
}

/** Markdown drafts: drop emphasis marks around the term (`**两新**`) before escaping. */
function plain(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

/** Backslash-escapes Markdown's ASCII punctuation, so a draft's `*`, `[1]` or `<` show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

// ---- definition and references ----

/** Marker → the explanation item's label (a LocationLink whose origin is the whole marker). */
export function footnoteDefinition(document: TextDocument, report: Report, position: Position, linkSupport: boolean): LocationLink[] | Location[] | null {
  const marker = markerAt(report, toOffset(document, position), true);
  if (!marker) return null;
  const item = itemFor(report, marker.number);
  if (!item) return null;
  const label = toRange(document, item.label.offset, item.label.length);
  if (!linkSupport) return [{ uri: document.uri, range: label }];
  return [
    {
      originSelectionRange: toRange(document, marker.span.offset, marker.span.length),
      targetUri: document.uri,
      targetRange: toRange(document, item.span.offset, item.span.length),
      targetSelectionRange: label,
    },
  ];
}

/** From an item label or a marker: every marker with that number, and the item itself when asked for. */
export function footnoteReferences(document: TextDocument, report: Report, position: Position, includeDeclaration: boolean): Location[] | null {
  const offset = toOffset(document, position);
  const number = markerAt(report, offset, true)?.number ?? itemLabelAt(report, offset, true)?.number;
  if (number === undefined) return null;
  const locations: Location[] = [];
  if (includeDeclaration) {
    for (const item of report.notes?.items ?? []) {
      if (item.number === number) locations.push({ uri: document.uri, range: toRange(document, item.label.offset, item.label.length) });
    }
  }
  for (const marker of report.markers) {
    if (marker.number === number) locations.push({ uri: document.uri, range: toRange(document, marker.span.offset, marker.span.length) });
  }
  return locations;
}

// ---- completion ----

interface Opening {
  open: string;
  close: string;
}

const OPENINGS: Record<string, Opening> = {
  '［': { open: '［', close: '］' },
  '[': { open: '[', close: ']' },
  '(': { open: '(', close: ')' },
  '（': { open: '（', close: '）' },
};

/** What a marker may follow: the end of a term (as the core's marker reader requires for parentheses). */
const TERM_END = /[\u3400-\u9fff\uf900-\ufaff”’」』》】A-Za-z0-9%％]/;
const DIGIT = /[0-9０-９]/;

/**
 * After an opening bracket typed right after a term in the body: the next free marker number (one more than
 * any marker or item number) in the form being typed, then the numbers of explanations no marker uses yet.
 * The edit replaces the typed bracket (and any digits) together with a closing bracket the editor auto-closed.
 * At the start of a line in the explanation section: the numbers of markers that have no item, then the next
 * item number. Round brackets are offered only in a report that already has footnotes: （ and ( after a word
 * are far more often an ordinary parenthesis.
 */
export function footnoteCompletion(document: TextDocument, report: Report, position: Position): CompletionList | null {
  const { text } = report;
  const offset = toOffset(document, position);
  const line = report.lines[position.line];
  if (!line || offset < line.start || offset > line.end) return null;
  // Digits typed after the bracket (completion asked for again, by hand or by typing on).
  let digits = offset;
  while (digits > line.start && offset - digits < 3 && DIGIT.test(text[digits - 1]!)) digits--;
  const bracketAt = digits - 1;
  if (bracketAt < line.start) return null;
  const opening = OPENINGS[text[bracketAt]!];
  if (!opening) return null;
  let start = bracketAt;
  let open = opening.open;
  if (open === '[' && text[bracketAt - 1] === '^' && bracketAt - 1 >= line.start) {
    start = bracketAt - 1;
    open = '^[';
  }
  const end = text[offset] === opening.close ? offset + 1 : offset;
  const range = toRange(document, start, end - start);
  const format = (n: number) => `${open}${n}${opening.close}`;
  const round = opening.open === '(' || opening.open === '（';

  const notes = report.notes;
  const notesEnd = notes ? (report.lines[notes.lastLine]?.end ?? text.length) : -1;
  if (notes && offset >= notes.title.offset && offset <= notesEnd) {
    // Items: only at the start of a line, never with a caret.
    if (open === '^[' || text.slice(line.start, start).trim().length > 0) return null;
    const items: CompletionItem[] = [];
    const explained = new Set(notes.items.map((i) => i.number));
    const seen = new Set<number>();
    for (const marker of report.markers) {
      if (explained.has(marker.number) || seen.has(marker.number)) continue;
      seen.add(marker.number);
      const term = slice(report, marker.term).trim();
      items.push(item(format(marker.number), `${format(marker.number)}${term}：`, `正文${quoted(term || '—')}的注释，尚无解释`, range, items.length, CompletionItemKind.Reference));
    }
    const next = highestNumber(report) + 1;
    if (!seen.has(next)) items.push(item(format(next), format(next), '下一个条目编号', range, items.length, CompletionItemKind.Value));
    return { isIncomplete: false, items };
  }

  // Body: right after a term, not at a clause start.
  const before = start > line.start ? text[start - 1]! : '';
  if (!TERM_END.test(before)) return null;
  const items = notes?.items ?? [];
  if (round && report.markers.length === 0 && items.length === 0) return null;
  const used = new Set(report.markers.map((m) => m.number));
  const next = highestNumber(report) + 1;
  const result: CompletionItem[] = [item(format(next), format(next), '下一个注释编号', range, 0, CompletionItemKind.Value)];
  const preceding = text.slice(Math.max(line.start, start - 40), start);
  const offered = new Set<number>();
  for (const explanation of items) {
    if (used.has(explanation.number) || offered.has(explanation.number)) continue;
    offered.add(explanation.number);
    const term = plain(slice(report, explanation.term)).trim();
    const completion = item(format(explanation.number), format(explanation.number), term || '（无词条）', range, result.length, CompletionItemKind.Reference);
    // “两重”［ with an unused item ［2］两重：… — that is the one meant.
    if (term && endsWithTerm(preceding, term)) {
      completion.preselect = true;
      completion.sortText = '0000';
    }
    result.push(completion);
  }
  return { isIncomplete: false, items: result };
}

/** The highest footnote number in use, by a marker or an item (a loop: a spread overflows on huge drafts). */
function highestNumber(report: Report): number {
  let highest = 0;
  for (const marker of report.markers) if (marker.number > highest) highest = marker.number;
  for (const explanation of report.notes?.items ?? []) if (explanation.number > highest) highest = explanation.number;
  return highest;
}

function item(label: string, newText: string, detail: string, range: Range, rank: number, kind: CompletionItemKind): CompletionItem {
  return {
    label,
    kind,
    detail,
    filterText: label,
    sortText: String(rank + 1).padStart(4, '0'),
    textEdit: { range, newText },
  };
}

/** A term for comparison: no quotes, brackets, spaces, colons or emphasis. */
function bare(text: string): string {
  return text.replace(/[“”"‘’'「」『』《》〈〉【】[\]［］()（）\s\u3000：:、*_]/g, '');
}

function endsWithTerm(preceding: string, term: string): boolean {
  const wanted = bare(term);
  return wanted.length > 0 && bare(preceding).endsWith(wanted);
}

// ---- 重新编号注释 ----

/**
 * The renumbering as one WorkspaceEdit, or undefined when the numbers are already in order. It is applied at once
 * (one undo step), not behind a confirmation: VS Code's refactor preview shows edits that need confirmation
 * unchecked, and its Apply then changes nothing. The edits are the smallest per changed line (`diffEdits`), so the
 * 名词解释 part reads as its items' new numbers, not as one struck-through block.
 */
export function renumberEdit(document: TextDocument, report: Report, options: EditOptions, plan: RenumberPlan = renumberFootnotes(report)): WorkspaceEdit | undefined {
  if (plan.edits.length === 0) return undefined;
  const after = applyEdits(report.text, plan.edits);
  const edits = diffEdits(report.text, after);
  return edits.length > 0 ? workspaceEdit(document, edits, options) : undefined;
}

/** What the renumbering did, for the message after it: `已重新编号注释：3→1（“两重”）、1→2（“两新”）`. */
export function renumberedMessage(plan: RenumberPlan): string {
  return `已重新编号注释：${describePlan(plan)}。可按 Ctrl+Z 撤销。`;
}

/** `2→1（“两重”）、1→2（“两新”）等 5 个注释`, or what else changes. */
export function describePlan(plan: RenumberPlan): string {
  const moved = plan.mapping.filter((m) => m.from !== m.to);
  if (moved.length === 0) return '按编号重排名词解释条目';
  const shown = moved.slice(0, 4).map((m) => `${m.from}→${m.to}${m.term ? `（${m.term.trim()}）` : ''}`);
  return `${shown.join('、')}${moved.length > shown.length ? `等 ${moved.length} 个注释` : ''}`;
}

/** The information message when there is nothing to renumber. */
export function nothingToRenumber(report: Report): string {
  return report.markers.length === 0 && (report.notes?.items.length ?? 0) === 0 ? NO_FOOTNOTES : ALREADY_IN_ORDER;
}
