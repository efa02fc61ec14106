/**
 * Figures qualified twice: a word before the number and a word after it that say the same (约30%左右, 近百人左右,
 * 超过80%以上, 不超过5%以内), or 多/余 after the number with 左右/上下 (300多人左右). Only the same figure: the lead,
 * the number, its magnitude and unit, and the tail stand together (约占全市30%，增长5%左右 holds two figures).
 *
 * Found from the tails: one scan of the original text for 左右 / 上下 / 以上 / 以下 / 以内, then the text just before
 * each, on the line's normalised view, is read backwards for a figure and its lead. Only the report's prose is read:
 * not Markdown tables or code, not the explanation section.
 */
import { matchesWithLines } from '../source/lines';
import { isHan } from '../source/normalize';
import type { Span } from '../types';
import type { Source } from '../source/source';
import {
  AFTER_SHANGXIA,
  APPROXIMATE_TAILS,
  APPROXIMATE_LEADS,
  LED_FIGURE_BEFORE_QUALIFIER,
  LOWER_BOUND_LEADS,
  LOWER_BOUND_TAILS,
  MAX_FIGURE_BEFORE_QUALIFIER,
  NOT_LEADS,
  QUALIFIER_CANDIDATE,
  SUFFIXED_FIGURE_BEFORE_QUALIFIER,
  UPPER_BOUND_LEADS,
  UPPER_BOUND_TAILS,
} from '../vocabulary/usage';

export type QualifierKind = 'approximate' | 'lower' | 'upper';

export interface DoublyQualifiedFigure {
  line: number;
  kind: QualifierKind;
  /** From the lead (or the number) to the end of the tail. */
  span: Span;
  /** The word before the number (约, 超过), or the suffix after it (多, 余) when there is no such word. */
  first: Span;
  firstText: string;
  /** Whether `first` is a suffix (300多人左右) rather than a lead. */
  suffix: boolean;
  /** The word after the figure (左右, 以上). */
  tail: Span;
  tailText: string;
}

export interface ApproximationSource {
  source: Source;
  inNotes?: (line: number) => boolean;
}

const tailKind = (tail: string): QualifierKind | undefined =>
  APPROXIMATE_TAILS.includes(tail) ? 'approximate' : LOWER_BOUND_TAILS.includes(tail) ? 'lower' : UPPER_BOUND_TAILS.includes(tail) ? 'upper' : undefined;
const leadKind = (lead: string): QualifierKind | undefined =>
  UPPER_BOUND_LEADS.includes(lead) ? 'upper' : LOWER_BOUND_LEADS.includes(lead) ? 'lower' : APPROXIMATE_LEADS.includes(lead) ? 'approximate' : undefined;

export function readDoublyQualified({ source, inNotes }: ApproximationSource): DoublyQualifiedFigure[] {
  const { text, lines } = source;
  const found: DoublyQualifiedFigure[] = [];
  for (const [m, line] of matchesWithLines(text, lines, new RegExp(QUALIFIER_CANDIDATE.source, 'g'))) {
    const at = m.index;
    if (!line.prose || at <= line.contentStart || inNotes?.(line.index)) continue;
    const view = source.view(line);
    const q = view.indexAt(at);
    const tailText = view.text.slice(q, q + 2);
    const kind = tailKind(tailText);
    if (!kind || q === 0) continue;
    // 上下 qualifies a figure only at the end of its phrase: 50岁上下，50岁上下的; not 上下游, 全市上下一心.
    if (tailText === '上下') {
      const next = view.text.charCodeAt(q + 2);
      if (isHan(next) && view.text[q + 2] !== AFTER_SHANGXIA) continue;
    }
    const from = Math.max(0, q - MAX_FIGURE_BEFORE_QUALIFIER);
    const before = view.text.slice(from, q);
    const tail = view.span(q, q + 2);
    const led = LED_FIGURE_BEFORE_QUALIFIER.exec(before);
    if (led) {
      const lead = led[1]!;
      const leadAt = from + led.index;
      if (leadKind(lead) === kind && !isPartOfWord(view.text, leadAt, lead)) {
        found.push({ line: line.index, kind, span: view.span(leadAt, q + 2), first: view.span(leadAt, leadAt + lead.length), firstText: lead, suffix: false, tail, tailText });
        continue;
      }
    }
    if (kind !== 'approximate') continue;
    const suffixed = SUFFIXED_FIGURE_BEFORE_QUALIFIER.exec(before);
    if (suffixed && suffixed[2]) {
      const numberAt = from + suffixed.index;
      const suffixAt = before.indexOf(suffixed[2], suffixed.index + suffixed[1]!.length) + from;
      found.push({ line: line.index, kind, span: view.span(numberAt, q + 2), first: view.span(suffixAt, suffixAt + 1), firstText: suffixed[2], suffix: true, tail, tailText });
    }
  }
  return found;
}

/** Whether the lead at `at` ends a longer word that is not a lead (签约, 节约, 附近, 最近). */
function isPartOfWord(text: string, at: number, lead: string): boolean {
  for (const word of NOT_LEADS) {
    if (!word.endsWith(lead) || word.length <= lead.length) continue;
    const start = at + lead.length - word.length;
    if (start >= 0 && text.startsWith(word, start)) return true;
  }
  return false;
}
