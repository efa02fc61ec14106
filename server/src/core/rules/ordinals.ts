/**
 * Writing ordinals back in the draft's own style, shared by the numbering rules' fixes and messages:
 * a fix keeps Chinese numerals Chinese, capitals capital, full-width digits full-width.
 */
import type { Heading } from '../facts/headings';
import type { EnumerationItem } from '../facts/enumerations';
import type { Report } from '../facts/report';
import type { FixInit } from '../rule';
import type { TextEdit } from '../types';
import { formatArabic, formatCapitalNumeral, formatChineseNumeral, formatCircled, formatParenthesized, isParenthesizedNumber, writesTraditionalCapitals } from '../vocabulary/numeral-values';

type Numbered = Pick<Heading, 'numeral' | 'numeralText' | 'marker'> & { style?: Heading['style']; kind?: EnumerationItem['kind'] };

/**
 * The highest ordinal a heading or enumerator is read with (九十九, 99, 玖拾玖: the model reads at most three Chinese
 * numerals or two digits). A fix never writes a higher one: the result would no longer read as an ordinal, and
 * fix-all would never settle.
 */
export const MAX_ORDINAL = 99;

/** The numeral for `value` in the style of `item`, or undefined when the style cannot write it (㉑ and up, 100 and up). */
export function numeralFor(item: Numbered, value: number): string | undefined {
  if (!(value >= 1 && value <= MAX_ORDINAL)) return undefined;
  const style = item.style ?? item.kind;
  switch (style) {
    case 'capital':
      return formatCapitalNumeral(value, writesTraditionalCapitals(item.numeralText));
    case 'chinese':
    case 'chinese-paren':
    case 'shi':
    case 'yao':
    case 'di':
      return formatChineseNumeral(value);
    case 'arabic':
    case 'arabic-paren':
    case 'paren':
      return isParenthesizedNumber(item.numeralText) ? formatParenthesized(value) : formatArabic(value, item.numeralText);
    case 'circled':
      return formatCircled(value);
    default:
      return undefined;
  }
}

/** The marker as written (`（四）`, `二是`); one a copy split over lines (「（」 / 「三）」) reads as one. */
export function markerText(report: Report, item: Numbered): string {
  return joinLines(report.source.textOf(item.marker));
}

/** The marker as it would read with `value` (`（三）`, `三是`). */
export function markerWith(report: Report, item: Numbered, value: number): string {
  const numeral = numeralFor(item, value) ?? String(value);
  const text = report.source.textOf(item.marker);
  const at = item.numeral.offset - item.marker.offset;
  return joinLines(text.slice(0, at) + numeral + text.slice(at + item.numeral.length));
}

/** Text without its line breaks and the spaces around them. */
function joinLines(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/[ \t\u3000\u00a0]*[\r\n]+[ \t\u3000\u00a0]*/g, '') : text;
}

export function renumberEdit(item: Numbered, value: number): TextEdit | undefined {
  const numeral = numeralFor(item, value);
  return numeral === undefined ? undefined : { offset: item.numeral.offset, length: item.numeral.length, text: numeral };
}

/**
 * A run with more slips than this gets only "change this one" fixes: a "renumber from here" fix per slip would
 * cost slips × run length (a pasted list of 10,000 identical ordinals must not exhaust memory).
 */
export const MAX_SLIPS_WITH_RUN_FIX = 20;

/** The fix titles of `sequenceFixes`: every rule that offers them declares both in its `fixes`. */
export const SEQUENCE_FIXES = {
  thisOnly: '将“{from}”改为“{to}”',
  fromHere: '从“{from}”起依次重新编号（共{count}处）',
} as const;
export type SequenceFix = FixInit<keyof typeof SEQUENCE_FIXES>;

/** "Change this one to X" and "renumber from here", the preferred one first. */
export function sequenceFixes(
  report: Report,
  run: readonly Numbered[],
  index: number,
  expected: number,
  single: boolean,
  withRunFix = true,
): { fix?: SequenceFix; suggestions: SequenceFix[] } {
  const item = run[index]!;
  const one = renumberEdit(item, expected);
  const thisOnly: SequenceFix | undefined = one && { titleId: 'thisOnly', titleData: { from: markerText(report, item), to: markerWith(report, item, expected) }, edits: [one] };
  const edits: TextEdit[] = [];
  for (let i = index; withRunFix && i < run.length; i++) {
    const value = expected + (i - index);
    if (run[i]!.numeralText === numeralFor(run[i]!, value)) continue;
    const edit = renumberEdit(run[i]!, value);
    if (!edit) break;
    edits.push(edit);
  }
  const fromHere: SequenceFix | undefined =
    edits.length > 1 ? { titleId: 'fromHere', titleData: { from: markerText(report, item), count: edits.length }, edits } : undefined;
  const ordered = single ? [thisOnly, fromHere] : [fromHere ?? thisOnly, fromHere ? thisOnly : undefined];
  const [fix, ...rest] = ordered.filter((f): f is SequenceFix => f !== undefined);
  return { fix, suggestions: rest };
}
