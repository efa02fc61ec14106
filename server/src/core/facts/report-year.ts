/**
 * The report's own year (issue 14): the year the report plans, read from the header (the document title
 * 2026年政府工作报告, else the header's date ——2026年1月27日在…会议上), else the plan part's title (2026年工作安排), else
 * the review part's (2025年工作回顾 → 2026), in that order of trust; a setting overrides all. Each part title's own year
 * is kept too, so that a rule can compare them, and each part knows the years it speaks of. Facts only: no verdicts.
 */
import type { Span } from '../types';
import type { Source } from '../source/source';
import type { PartKind } from '../vocabulary/titles';
import { ADDRESS } from '../vocabulary/titles';
import { ANNIVERSARIES } from '../vocabulary/years';
import {
  FIVE_YEAR_REVIEW,
  HEADER_DATE_YEAR,
  HEADER_TITLE_YEAR,
  YEAR_SPAN_AFTER,
  YEAR_SPAN_BEFORE,
  TITLE_YEAR_ANY,
  PHASE_PHRASE,
  ANNIVERSARY_PHRASE,
  anniversaryPhrase,
  ANNIVERSARY_TAIL,
  YEAR_PHRASE_PREFILTER,
  YEAR_SUBJECTS,
  yearValue,
} from '../vocabulary/year-phrases';
import type { PartTitle } from './headings';

/** Where the report year was read. */
export type YearOrigin = 'setting' | 'title' | 'date' | 'plan-title' | 'review-title';

/** The single year a part title names (2025年工作回顾), not one end of a span (2021—2025年, 2021年以来). */
export interface TitleYear {
  /** Index into `Report.parts`. */
  part: number;
  kind: PartKind;
  year: number;
  /** The year as written (digits only, without 年). */
  span: Span;
  /** A review of several years (过去五年…, “十四五”时期…): its title may name any of them. */
  severalYears: boolean;
}

export interface ReportYear {
  /** The year the report plans (and speaks of as 今年), if it could be read. */
  year?: number;
  origin?: YearOrigin;
  /** Where the year was read (the year as written); none for a setting. */
  span?: Span;
  line?: number;
  /** The part titles that name a single year, in document order. */
  titles: readonly TitleYear[];
}

/** Lines of the header looked at: the lines before the first part title and the address, at most this many non-blank ones. */
const HEADER_LINES = 12;
/** Code units of a header line read (a draft with no line breaks is one line). */
const HEADER_CHARS = 300;
const PLAUSIBLE = (year: number) => year >= 1949 && year <= 2100;

export function readReportYear(source: Source, parts: readonly PartTitle[], setting?: number): ReportYear {
  const titles = readTitleYears(source, parts);
  if (setting !== undefined && Number.isInteger(setting)) return { year: setting, origin: 'setting', titles };
  const header = readHeaderYear(source, parts[0]?.line ?? source.lines.length);
  if (header) return { ...header, titles };
  const plan = titles.find((t) => t.kind === 'plan' && !t.severalYears);
  if (plan) return { year: plan.year, origin: 'plan-title', span: plan.span, line: parts[plan.part]!.line, titles };
  // A 换届 review's single year (2025年和“十四五”时期工作回顾) is the year just past too.
  const review = titles.find((t) => t.kind === 'review');
  if (review) return { year: review.year + 1, origin: 'review-title', span: review.span, line: parts[review.part]!.line, titles };
  return { titles };
}

/** The years a part speaks of: the review the year before (or the five years before in a 换届 report), the plan the report year. */
export function yearsOfPart(source: Source, reportYear: ReportYear, parts: readonly PartTitle[], part: number): { first: number; last: number } | undefined {
  const year = reportYear.year;
  const kind = parts[part]?.kind;
  if (year === undefined || kind === undefined) return undefined;
  if (kind === 'plan') return { first: year, last: year };
  if (kind !== 'review') return undefined;
  const several = reportYear.titles.find((t) => t.part === part)?.severalYears ?? FIVE_YEAR_REVIEW.test(titleText(source, parts[part]!));
  return several ? { first: year - 5, last: year - 1 } : { first: year - 1, last: year - 1 };
}

function readHeaderYear(source: Source, firstPart: number): Omit<ReportYear, 'titles'> | undefined {
  const { lines } = source;
  let date: Omit<ReportYear, 'titles'> | undefined;
  let seen = 0;
  for (let i = 0; i < Math.min(firstPart, lines.length) && seen < HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.contentStart >= line.end || !line.prose) continue;
    seen++;
    const view = source.view(line, line.contentStart, Math.min(line.end, line.contentStart + HEADER_CHARS));
    const address = view.text.indexOf(ADDRESS);
    const text = address >= 0 ? view.text.slice(0, address) : view.text;
    const title = HEADER_TITLE_YEAR.exec(text);
    if (title && PLAUSIBLE(yearValue(title[1]!))) {
      return { year: yearValue(title[1]!), origin: 'title', span: view.span(title.index, title.index + title[1]!.length), line: i };
    }
    const dated = date ? null : HEADER_DATE_YEAR.exec(text);
    if (dated && PLAUSIBLE(yearValue(dated[1]!))) {
      date = { year: yearValue(dated[1]!), origin: 'date', span: view.span(dated.index, dated.index + dated[1]!.length), line: i };
    }
    if (address >= 0) break;
  }
  return date;
}

/** The normalised words of a title's first line. */
function titleText(source: Source, part: PartTitle): string {
  const line = source.lineAt(part.title.offset);
  return source.view(line, part.title.offset, Math.min(line.end, part.title.offset + part.title.length)).text;
}

function readTitleYears(source: Source, parts: readonly PartTitle[]): TitleYear[] {
  const out: TitleYear[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'plan' && part.kind !== 'review') return;
    const line = source.lineAt(part.title.offset);
    const view = source.view(line, part.title.offset, Math.min(line.end, part.title.offset + part.title.length));
    const text = view.text;
    TITLE_YEAR_ANY.lastIndex = 0;
    const years: { year: number; from: number; to: number }[] = [];
    let spanned = false;
    for (let m = TITLE_YEAR_ANY.exec(text); m; m = TITLE_YEAR_ANY.exec(text)) {
      const from = m.index;
      const to = from + m[1]!.length;
      if (YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, from - 2), from)) || YEAR_SPAN_AFTER.test(text.slice(to + 1, to + 3))) {
        spanned = true;
        continue;
      }
      years.push({ year: yearValue(m[1]!), from, to });
    }
    // One year only: a title naming two (2025年和2026年) or a span is not read for the year.
    if (years.length !== 1) return;
    const y = years[0]!;
    if (!PLAUSIBLE(y.year)) return;
    out.push({
      part: index,
      kind: part.kind,
      year: y.year,
      span: view.span(y.from, y.to),
      severalYears: part.kind === 'review' && (spanned || FIVE_YEAR_REVIEW.test(text)),
    });
  });
  return out;
}

/** A sentence that ties a phase or an anniversary to a year: 今年是“十五五”开局之年, 2024年是新中国成立75周年. */
export interface YearPhrase {
  kind: 'phase' | 'anniversary';
  line: number;
  /** The subject (今年, 去年, 2025年) and the year it names relative to the report year, or the explicit year. */
  subject: Span;
  relative?: number;
  explicit?: number;
  /** phase: the period's name (十四五) and the phase word (收官之年); anniversary: the event's words and N. */
  first: Span;
  firstText: string;
  second: Span;
  secondText: string;
}

/**
 * The phase and anniversary sentences of the body (outside the explanation section), where a sentence names its
 * subject year (今年是…, 2025年是…, 去年是…). A line is read only if it holds 之年 or 周年.
 */
export function readYearPhrases(source: Source, inNotes: ((line: number) => boolean) | undefined, local?: Readonly<Record<string, number>>): YearPhrase[] {
  const anniversaries = local && Object.keys(local).length > 0 ? localPhrase(local) : ANNIVERSARY_PHRASE;
  const out: YearPhrase[] = [];
  const { text } = source;
  for (const line of source.lines) {
    if (!line.prose || line.contentStart >= line.end || inNotes?.(line.index)) continue;
    const raw = text.slice(line.contentStart, line.end);
    if (!YEAR_PHRASE_PREFILTER.some((word) => raw.includes(word))) continue;
    const view = source.view(line);
    for (const [kind, pattern] of [['phase', PHASE_PHRASE], ['anniversary', anniversaries]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(view.text); m; m = pattern.exec(view.text)) {
        const subjectText = m[1] ?? `${m[2]}`;
        const firstText = m[3]!;
        const secondText = m[4]!;
        const secondAt = m.index + m[0].length - (kind === 'phase' ? secondText.length : secondText.length + ANNIVERSARY_TAIL.length);
        const firstAt = kind === 'phase' ? m.index + m[0].lastIndexOf(firstText, secondAt - m.index) : secondAt - firstText.length;
        out.push({
          kind,
          line: line.index,
          subject: view.span(m.index, m.index + subjectText.length + (m[1] ? 0 : 1)),
          relative: m[1] !== undefined ? YEAR_SUBJECTS[m[1]] : undefined,
          explicit: m[2] !== undefined ? Number(m[2]) : undefined,
          first: view.span(firstAt, firstAt + firstText.length),
          firstText,
          second: view.span(secondAt, secondAt + secondText.length),
          secondText,
        });
        pattern.lastIndex = m.index + m[0].length;
      }
    }
  }
  return out;
}

/** The anniversary phrase with the local events too, made once per settings object. */
const LOCAL_PHRASES = new WeakMap<Readonly<Record<string, number>>, RegExp>();
function localPhrase(local: Readonly<Record<string, number>>): RegExp {
  let pattern = LOCAL_PHRASES.get(local);
  if (!pattern) LOCAL_PHRASES.set(local, (pattern = anniversaryPhrase([...ANNIVERSARIES.flatMap((a) => a.words), ...Object.keys(local)])));
  return pattern;
}
