/**
 * Shared by the footnote rules: the notes' lookups, and how a term is quoted in a message.
 */
import type { FootnoteForm, FootnoteItem, FootnoteMarker } from '../facts/footnotes';
import type { Report } from '../facts/report';
export { formatFootnote } from '../vocabulary/footnotes';

/** Items by number (the first item of each number). */
export function itemsByNumber(report: Report): Map<number, FootnoteItem> {
  const map = new Map<number, FootnoteItem>();
  for (const item of report.notes?.items ?? []) if (!map.has(item.number)) map.set(item.number, item);
  return map;
}

/** The first marker of each number, in order of appearance. */
export function firstMarkers(report: Report): Map<number, FootnoteMarker> {
  const map = new Map<number, FootnoteMarker>();
  for (const marker of report.markers) if (!map.has(marker.number)) map.set(marker.number, marker);
  return map;
}

/** The form used most often (ties: the one seen first). */
export function dominantForm(forms: readonly FootnoteForm[]): FootnoteForm | undefined {
  const counts = new Map<FootnoteForm, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  let best: FootnoteForm | undefined;
  for (const [form, count] of counts) if (best === undefined || count > counts.get(best)!) best = form;
  return best;
}

/** The document's own line break, for inserted lines. */
export function lineBreakOf(text: string): string {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  return crlf >= 0 && crlf < lf + 1 ? '\r\n' : '\n';
}

/** A term for a message: as written when it carries its own quotes (“两新”), else in quotes (治理六乱 → “治理六乱”). */
export function quotedTerm(term: string): string {
  const trimmed = term.trim();
  if (trimmed.length === 0) return '—';
  return /^[“「『]/.test(trimmed) && /[”」』]$/.test(trimmed) ? trimmed : `“${trimmed}”`;
}

/** The term without its outer quotes: “两新” → 两新; “1+5”“6+1” stays as written. */
export function unquotedTerm(term: string): string {
  const trimmed = term.trim();
  const m = /^[“「『]([^“”「」『』]*)[”」』]$/.exec(trimmed);
  return m ? m[1]! : trimmed;
}
