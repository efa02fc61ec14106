/**
 * Findings the drafter has silenced, without touching the report's text:
 *
 * - Suppressions (`LintConfig.suppressions`, from the configuration file): a finding of the rule whose span lies in an
 *   occurrence of the suppression's text. Text and draft are compared with all whitespace left out, so a suppression
 *   survives an edit anywhere outside its sentence, a re-wrapped paragraph and changed indentation, as LTeX's hidden
 *   false positives do; the same sentence written twice is silenced twice. The quick fix records the sentence the
 *   finding is in (`suppressionText`).
 * - Markdown directives, as markdownlint has them, each an HTML comment alone on its line (source/lines.ts marks such
 *   lines): `<!-- govreport-disable-next-line [rule …] -->`, `<!-- govreport-disable-line [rule …] -->` (its own
 *   line), `<!-- govreport-disable [rule …] -->` … `<!-- govreport-enable [rule …] -->`; without a rule id, every
 *   rule. Unknown rule ids are ignored. A finding is placed on the line its span starts on.
 */
import type { Source } from './source/source';
import { lastIndexAtOrBefore } from './source/search';
import { CLAUSE_ENDS, CLOSERS, SENTENCE_ENDS, SENTENCE_OR_SEMICOLON } from './vocabulary/index';
import { RULE_IDS, type Problem, type RuleId, type Suppression } from './types';

/** The longest text the quick fix records: a long sentence is narrowed to its clauses around the finding. */
export const MAX_SENTENCE = 120;
/** The prefix every directive shares: drafts without it skip the line scan. */
export const DIRECTIVE_PREFIX = 'govreport-';

/**
 * The sentence a finding at `[offset, offset + length)` is in, as the quick fix records it: from the previous
 * sentence end (。！？, or the line's start) through the next, whitespace runs written as one space. A sentence longer
 * than `MAX_SENTENCE` is narrowed to the clauses around the finding (；, then ，), then to a window around it.
 */
export function suppressionText(text: string, offset: number, length: number): string {
  const from = Math.max(0, Math.min(offset, text.length));
  const to = Math.max(from, Math.min(offset + length, text.length));
  let span = around(text, from, to, SENTENCE_ENDS);
  if (span.end - span.start > MAX_SENTENCE) span = around(text, from, to, SENTENCE_OR_SEMICOLON);
  if (span.end - span.start > MAX_SENTENCE) span = around(text, from, to, CLAUSE_ENDS);
  if (span.end - span.start > MAX_SENTENCE) {
    const start = Math.max(span.start, from - 20);
    span = { start, end: Math.min(span.end, Math.max(to, start + MAX_SENTENCE)) };
  }
  let result = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // A finding on whitespace alone (a blank line): take the line's neighbourhood rather than nothing.
  if (result === '') result = text.slice(Math.max(0, from - 20), Math.min(text.length, to + 20)).replace(/\s+/g, ' ').trim();
  return result;
}

/** The stretch around `[from, to)` bounded by the marks in `ends` (kept at the end) or line breaks. */
function around(text: string, from: number, to: number, ends: string): { start: number; end: number } {
  let start = from;
  while (start > 0 && !isBreak(text, start - 1, ends)) start--;
  let end = to;
  // A finding that ends on its sentence's mark keeps that sentence only.
  if (end > from && isBreak(text, end - 1, ends)) return { start, end: trimEnd(text, start, end) };
  while (end < text.length && !isBreak(text, end, ends)) end++;
  if (end < text.length && ends.includes(text[end]!)) end++;
  // Closing quotes and brackets after the mark belong to the sentence: 。” 。）
  while (end < text.length && CLOSERS.includes(text[end]!)) end++;
  return { start, end: trimEnd(text, start, end) };
}

function isBreak(text: string, at: number, ends: string): boolean {
  const c = text.charCodeAt(at);
  return c === 10 || c === 13 || ends.includes(text[at]!);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * `problems` without those the suppressions and (in Markdown) the directives silence. Costs nothing for a draft
 * with neither; otherwise one pass over the text per suppression text and one over the lines.
 */
export function unsuppressed(problems: Problem[], source: Source, suppressions: readonly Suppression[] | undefined): Problem[] {
  let kept = problems;
  if (suppressions && suppressions.length > 0 && kept.length > 0) kept = withoutSuppressed(kept, source.text, suppressions);
  if (source.markdown && kept.length > 0 && source.text.includes(DIRECTIVE_PREFIX)) {
    const disabled = directives(source);
    if (disabled) kept = kept.filter((p) => !disabled(p.ruleId, source.lineAt(p.offset).index));
  }
  return kept;
}

function withoutSuppressed(problems: Problem[], text: string, suppressions: readonly Suppression[]): Problem[] {
  const rules = new Set(suppressions.map((s) => s.rule));
  if (!problems.some((p) => rules.has(p.ruleId))) return problems;
  // The draft without whitespace, as runs of other characters: where each run is in the draft and in the compact text.
  const pieces: string[] = [];
  const runStart: number[] = [];
  const compactStart: number[] = [];
  let total = 0;
  for (const m of text.matchAll(/\S+/g)) {
    pieces.push(m[0]);
    runStart.push(m.index);
    compactStart.push(total);
    total += m[0].length;
  }
  const compact = pieces.join('');
  const inDraft = (i: number) => {
    const run = lastIndexAtOrBefore(compactStart, i, (x) => x);
    return runStart[run]! + (i - compactStart[run]!);
  };
  /** Per rule, the stretches of the draft its suppressions cover: [start, end) in the draft. */
  const covered = new Map<RuleId, [number, number][]>();
  const seen = new Set<string>();
  for (const { rule, text: sentence } of suppressions) {
    const needle = sentence.replace(/\s+/g, '');
    const key = `${rule} ${needle}`;
    if (needle === '' || seen.has(key)) continue;
    seen.add(key);
    for (let i = compact.indexOf(needle); i >= 0; i = compact.indexOf(needle, i + 1)) {
      const list = covered.get(rule) ?? [];
      list.push([inDraft(i), inDraft(i + needle.length - 1) + 1]);
      covered.set(rule, list);
    }
  }
  if (covered.size === 0) return problems;
  return problems.filter((p) => {
    const spans = covered.get(p.ruleId);
    if (!spans) return true;
    const end = p.offset + p.length;
    // Overlapping the sentence (an empty finding: inside it or at its edge).
    return !spans.some(([start, stop]) => (p.length === 0 ? p.offset >= start && p.offset <= stop : p.offset < stop && end > start));
  });
}

/** `<!-- govreport-<kind> [rule …] -->`, alone on its line. */
const DIRECTIVE = /^<!--\s*govreport-(disable-next-line|disable-line|disable|enable)((?:[\s,]+[\w-]+)*)[\s,]*-->$/;

/**
 * The Markdown directives of the draft as a test: is `rule` disabled on line `index`? Undefined when the draft
 * has none.
 */
function directives(source: Source): ((rule: RuleId, line: number) => boolean) | undefined {
  /** Per line where the state changes: the rules disabled from there on. */
  const changes: { line: number; disabled: ReadonlySet<RuleId> }[] = [];
  /** Single lines: line → rules disabled on it alone. */
  const single = new Map<number, Set<RuleId>>();
  let state = new Set<RuleId>();
  for (const line of source.lines) {
    if (!line.comment) continue;
    const m = DIRECTIVE.exec(source.text.slice(line.contentStart, line.end).trim());
    if (!m) continue;
    const named = m[2]!.split(/[\s,]+/).filter(Boolean);
    const rules = named.length === 0 ? [...RULE_IDS] : named.filter((id): id is RuleId => (RULE_IDS as readonly string[]).includes(id));
    const kind = m[1]!;
    if (kind === 'disable' || kind === 'enable') {
      state = new Set(state);
      for (const rule of rules) {
        if (kind === 'disable') state.add(rule);
        else state.delete(rule);
      }
      changes.push({ line: line.index, disabled: state });
    } else {
      const target = kind === 'disable-line' ? line.index : line.index + 1;
      const set = single.get(target) ?? new Set<RuleId>();
      for (const rule of rules) set.add(rule);
      single.set(target, set);
    }
  }
  if (changes.length === 0 && single.size === 0) return undefined;
  return (rule, index) => {
    if (single.get(index)?.has(rule)) return true;
    const change = lastIndexAtOrBefore(changes, index, (c) => c.line);
    return change >= 0 && changes[change]!.disabled.has(rule);
  };
}
