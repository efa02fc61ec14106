/**
 * Does a plain-text file look like a government work report, or a chapter or excerpt of one? Decides whether a
 * `.txt` opened in the editor is checked in the `govreport` mode. Pure and dependency-free so the client can
 * bundle it; its words and patterns are in `vocabulary/prose.ts`.
 *
 * A whole report announces itself (the title 政府工作报告, the address 各位代表, the part titles). An excerpt does
 * not: it is recognised by its prose, which is dense with the words reports are made of (推进, 加快, 高质量发展 …:
 * 55–85 per 1,000 Chinese characters in every report of the corpus, under 5 in a README or a program's messages),
 * together with the shapes of report structure (headings on the ladder, 一是…二是 runs).
 */

import {
  ADDRESS_WITH_MARK as ADDRESS,
  CHINESE_CHARACTER as CJK,
  DOCUMENT_TITLE_BOTH as TITLE,
  HEADING_LINE_START as HEADING_LINE,
  PART_WORDS_BOTH as SECTION_WORDS,
  REPORT_WORDS,
  RUN_IN_START as RUN_IN,
} from './vocabulary/prose';

const REPORT_WORD = new RegExp(REPORT_WORDS.join('|'), 'g');

/** What a text was read as: a whole report, a chapter or excerpt of one, or something else. */
export type DraftKind = 'report' | 'excerpt' | 'none';

export interface DraftSignals {
  /** Chinese characters in the part read. */
  chinese: number;
  /** Report words per 1,000 Chinese characters. */
  density: number;
  headings: number;
  runIn: number;
  /** Title, address, headings and section words (the whole-report score). */
  score: number;
}

/** At most this much is read: enough for the title, the address and the first chapters. */
const PREFIX = 65536;
/** An excerpt needs at least this much Chinese to be judged by its words. */
const MIN_CHINESE = 300;
/** Report prose: at least this many report words per 1,000 Chinese characters (other prose has under 5) … */
const MIN_DENSITY = 20;
/** … or, with two structural cues (headings, 一是…二是), this many. */
const MIN_DENSITY_WITH_STRUCTURE = 12;

export function draftSignals(text: string): DraftSignals {
  const head = text.slice(0, PREFIX);
  let score = 0;
  if (TITLE.test(head)) score += 2;
  if (ADDRESS.test(head)) score += 2;
  const headings = head.match(HEADING_LINE)?.length ?? 0;
  if (headings >= 3) score += 1;
  if (headings >= 6) score += 1;
  if (SECTION_WORDS.test(head)) score += 1;
  const chinese = head.match(CJK)?.length ?? 0;
  const words = head.match(REPORT_WORD)?.length ?? 0;
  const runIn = head.match(RUN_IN)?.length ?? 0;
  return { chinese, density: chinese > 0 ? (1000 * words) / chinese : 0, headings, runIn, score };
}

export function classifyDraft(text: string): DraftKind {
  const s = draftSignals(text);
  if (s.score >= 3) return 'report';
  if (s.chinese < MIN_CHINESE) return 'none';
  if (s.density >= MIN_DENSITY || (s.density >= MIN_DENSITY_WITH_STRUCTURE && s.headings + s.runIn >= 2)) return 'excerpt';
  return 'none';
}

/** A whole report (not an excerpt): kept for callers that only switch whole reports. */
export function looksLikeReport(text: string): boolean {
  return classifyDraft(text) === 'report';
}
