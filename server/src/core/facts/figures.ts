/**
 * Target figures: the 主要预期目标 paragraph (“地区生产总值增长8%左右，城镇新增就业1万人…”) and every later statement
 * of the same indicators in the plan part. Each figure is read into indicator, direction (增长/下降/控制在…), value
 * or range, unit and qualifier (左右/以上/以内/以下), so a restatement can be compared with its target.
 *
 * Time frames: the review part (工作回顾, 过去一年) holds last year's actuals; a sentence about several years
 * (“十五五”时期, 到2027年, 年均, 五年) or about the past (去年, 预计, 一年来) is another frame. Neither is compared.
 */
import { isHan } from '../source/normalize';
import { INDICATORS, type IndicatorDefinition } from '../vocabulary/indicators';
import {
  BARE_NAME_LEAD_IN,
  COMPONENT_CUE,
  DISTRIBUTIVE,
  DISTRIBUTIVE_CLAUSE_STOPS,
  DISTRIBUTIVE_JOINERS,
  DISTRIBUTIVE_VALUE,
  DISTRIBUTIVE_WORD,
  BOUND_VERBS,
  DOWN_WORDS,
  FIGURE_VALUE,
  MAX_DISTRIBUTIVE_SUBJECT,
  MAX_DISTRIBUTIVE_VALUES,
  OTHER_FRAME_CUES,
  SECTOR_DEFAULT_NOUN,
  SECTOR_WORD,
  SECTORS,
  UNIT_SCALE,
  UP_WORDS,
  type Direction,
  type Qualifier,
} from '../vocabulary/figures';
import { hasDigit } from '../vocabulary/numerals';
import { CLAUSE_ENDS, SENTENCE_ENDS, SENTENCE_OR_SEMICOLON } from '../vocabulary/marks';
import { GOAL_CUE, GOAL_PREFILTER, type PartKind } from '../vocabulary/titles';
import { firstAtOrAfter, firstIndexAtOrAfter, lastAtOrBefore } from '../source/search';
import type { Line } from '../source/lines';
import type { Source, View } from '../source/source';
import type { Span } from '../types';

export type { Direction, Qualifier };

export interface FigureValue {
  direction: Direction;
  low: number;
  high: number;
  unit: string;
  qualifier?: Qualifier;
}

/** Whether two values are statements of the same kind (both rates, both amounts of money, …). */
export function comparable(a: FigureValue, b: FigureValue): boolean {
  return UNIT_SCALE[a.unit]?.kind === UNIT_SCALE[b.unit]?.kind;
}

/** Whether two values say the same: direction, value or range (1万人 = 10000人), unit, qualifier. */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  const sa = UNIT_SCALE[a.unit];
  const sb = UNIT_SCALE[b.unit];
  if (!sa || !sb || sa.kind !== sb.kind) return false;
  // Rates do not convert: 3% and 3个百分点 say different things.
  if (sa.kind === 'rate' && a.unit !== b.unit) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.direction === b.direction && close(a.low * sa.scale, b.low * sb.scale) && close(a.high * sa.scale, b.high * sb.scale) && a.qualifier === b.qualifier;
}

export interface Figure {
  /** Canonical indicator name (vocabulary/indicators.ts, or a name from the settings). */
  indicator: string;
  /** The indicator as written. */
  name: Span;
  value: FigureValue;
  /** From the verb (or the number) to the end of the qualifier: what a fix replaces. */
  valueSpan: Span;
  /**
   * How the value is said, verb included: the text of `valueSpan`, or for a distributive target the shared verb
   * and its own value (分别增长4.5%、5.5%左右 → 增长4.5%左右).
   */
  wording: string;
  /** One of several targets sharing a verb (分别增长…): its value span holds only its number. */
  distributive: boolean;
  line: number;
  /** The kind of part the figure stands in (the review holds last year's actuals), if it stands under a part title. */
  part?: PartKind;
  /**
   * The cue that sets the figure in another time frame than the year, from the start of its sentence to the end of
   * its clause (“十五五”, 年均, 到2027年, 去年, 预计 …), if any. A cue later in the sentence does not reach back:
   * 确保增长7%左右，到2027年年均增长6.5% still states this year's 7%.
   */
  otherFrame?: string;
  /** Said of a component of the total: its clause follows 其中. */
  component: boolean;
}

export interface Targets {
  /** The goal sentence's cue (主要预期目标是：). */
  cue: Span;
  firstLine: number;
  lastLine: number;
  figures: Figure[];
}

export interface Figures {
  /** This year's targets: the first goal paragraph outside the review, the government and the notes. */
  targets?: Targets;
  /**
   * The figures of indicators stated on a line of the body outside the goal paragraph, in any part and frame (each
   * says which): the rules decide which to compare. A line is read on first use.
   */
  statementsOn(line: number): readonly Figure[];
  /** Every such figure of the body, in document order (reads every line). */
  readonly statements: readonly Figure[];
}

/**
 * Finds indicator names in a line: at each position the longest name that starts there (so 城镇居民人均可支配收入 is
 * never read as 居民人均可支配收入). The names are a character trie, so the cost per position is the length of the
 * longest name that matches there, however many names a setting adds (one regex of 20,000 alternatives took a
 * second per lint).
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The name that ends here, as written. */
  name?: string;
}

class IndicatorMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly nameOf = new Map<string, string>();

  constructor(extra: Record<string, string[]>) {
    const all: IndicatorDefinition[] = [...INDICATORS, ...Object.entries(extra).map(([name, synonyms]) => ({ name, synonyms: [name, ...synonyms] }))];
    for (const def of all) {
      for (const synonym of def.synonyms) {
        if (synonym.length === 0 || this.nameOf.has(synonym)) continue;
        this.nameOf.set(synonym, def.name);
        let node = this.root;
        // UTF-16 code units, as `next` reads the text.
        for (let k = 0; k < synonym.length; k++) {
          const c = synonym[k]!;
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map() }));
          node = child;
        }
        node.name = synonym;
      }
    }
    // Names of one character match on their first; the others need their first two (一般… against 一是, 全县… against
    // 全面): most candidates are passed over on a table lookup and one Set lookup, not a walk of the trie.
    for (const synonym of this.nameOf.keys()) {
      this.firsts[synonym.charCodeAt(0)] = 1;
      if (synonym.length === 1) this.singles[synonym.charCodeAt(0)] = 1;
      else this.pairs.add(synonym.charCodeAt(0) * 0x10000 + synonym.charCodeAt(1));
    }
  }

  /** The code units names start with; names of one code unit; the first two code units of the longer ones. */
  private readonly firsts = new Uint8Array(0x10000);
  private readonly singles = new Uint8Array(0x10000);
  private readonly pairs = new Set<number>();

  /** The next position in [from, to) where a name may start. */
  private nextStart(text: string, from: number, to: number): number {
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (this.firsts[code] === 0) continue;
      if (this.singles[code] === 1 || (i + 1 < text.length && this.pairs.has(code * 0x10000 + text.charCodeAt(i + 1)))) return i;
    }
    return -1;
  }

  /** The first name at or after `from` (and starting before `to`): its position and the name as written. */
  next(text: string, from: number, to: number): { index: number; name: string } | undefined {
    for (let i = this.nextStart(text, from, to); i >= 0; i = this.nextStart(text, i + 1, to)) {
      let node = this.root.next.get(text[i]!);
      let found: string | undefined;
      for (let j = i + 1; node; j++) {
        if (node.name !== undefined) found = node.name;
        node = j < text.length ? node.next.get(text[j]!) : undefined;
      }
      if (found !== undefined) return { index: i, name: found };
    }
    return undefined;
  }
}

/** The matcher for the settings' extra names: rebuilt only when they change (settings objects are reused). */
let cachedMatcher: { extra: Record<string, string[]>; key: string; matcher: IndicatorMatcher } | undefined;
function matcherFor(extra: Record<string, string[]>): IndicatorMatcher {
  if (cachedMatcher?.extra === extra) return cachedMatcher.matcher;
  const key = JSON.stringify(extra);
  if (cachedMatcher?.key !== key) cachedMatcher = { extra, key, matcher: new IndicatorMatcher(extra) };
  else cachedMatcher.extra = extra;
  return cachedMatcher.matcher;
}

const BARE_NAMES = new Set(INDICATORS.flatMap((d) => d.bare ?? []));

/** Whether a bare name at `at` starts a figure of its own: not the tail of a longer noun (海洋生产总值, 人均GDP). */
function opensFigure(text: string, at: number): boolean {
  return at === 0 || !isHan(text.charCodeAt(at - 1)) || BARE_NAME_LEAD_IN.test(text.slice(Math.max(0, at - 8), at));
}

function directionOf(verb: string): Direction {
  return DOWN_WORDS.test(verb) ? 'down' : UP_WORDS.test(verb) ? 'up' : 'level';
}

/** Reads the figures in `view.text[from, to)`: each indicator name followed by a value with a unit. */
function readLineFigures(view: View, from: number, to: number, line: number, extra: Record<string, string[]>): Figure[] {
  const matcher = matcherFor(extra);
  const text = view.text;
  const figures: Figure[] = [];
  // A name that is not followed by a value is skipped whole, as a global regex would (居民人均可支配收入 is not
  // looked for inside 城镇居民人均可支配收入); after a figure the search goes on past its value.
  let resume = from;
  for (let m = matcher.next(text, resume, to); m; m = matcher.next(text, resume, to)) {
    const nameEnd = m.index + m.name.length;
    resume = nameEnd;
    if (BARE_NAMES.has(m.name) && !opensFigure(text, m.index)) continue;
    FIGURE_VALUE.lastIndex = nameEnd;
    const v = FIGURE_VALUE.exec(text);
    if (!v || v.index !== nameEnd || (v[3] === undefined && v[6] === undefined) || FIGURE_VALUE.lastIndex > to) continue;
    const verb = v[1] ?? '';
    const low = Number(v[2]);
    const high = v[5] !== undefined ? Number(v[5]) : low;
    const unit = v[3] ?? v[6]!;
    const valueStart = nameEnd + v[0].indexOf(verb || v[2]!);
    figures.push({
      indicator: matcher.nameOf.get(m.name)!,
      name: view.span(m.index, nameEnd),
      value: {
        direction: DOWN_WORDS.test(verb) ? 'down' : UP_WORDS.test(verb) || UP_WORDS.test(m.name) ? 'up' : 'level',
        low,
        high,
        unit,
        qualifier: (v[7] as Qualifier | undefined) ?? BOUND_VERBS[verb],
      },
      valueSpan: view.span(valueStart, FIGURE_VALUE.lastIndex),
      wording: text.slice(valueStart, FIGURE_VALUE.lastIndex),
      distributive: false,
      line,
      component: false,
    });
    resume = FIGURE_VALUE.lastIndex;
  }
  return figures;
}

function isIndicator(name: string): boolean {
  return INDICATORS.some((d) => d.synonyms.includes(name));
}

/**
 * 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右 → two targets. The subject stands in the clause before 分别
 * (no clause mark inside it), so the pattern is tried only on that clause, once per 分别: a line of thousands of
 * items separated by 、 costs no more than its length (an unanchored search backtracked over every item).
 */
function readDistributive(view: View, from: number, to: number, line: number, known: Set<string>): Figure[] {
  const text = view.text;
  const figures: Figure[] = [];
  const word = DISTRIBUTIVE_WORD.length;
  for (let at = text.indexOf(DISTRIBUTIVE_WORD, from); at >= 0 && at < to; at = text.indexOf(DISTRIBUTIVE_WORD, at + word)) {
    // The clause that ends at 分别, at most MAX_DISTRIBUTIVE_SUBJECT long; the subject is the leftmost match within it.
    let clauseStart = at;
    while (clauseStart > from && at - clauseStart < MAX_DISTRIBUTIVE_SUBJECT && !DISTRIBUTIVE_CLAUSE_STOPS.includes(text[clauseStart - 1]!)) clauseStart--;
    const windowEnd = Math.min(to, text.length, at + word + MAX_DISTRIBUTIVE_VALUES);
    const window = text.slice(clauseStart, windowEnd);
    let m: RegExpExecArray | null = null;
    for (let start = 0; start < at - clauseStart && !m; start++) {
      DISTRIBUTIVE.lastIndex = start;
      const candidate = DISTRIBUTIVE.exec(window);
      if (candidate && start + candidate[1]!.length + (candidate[2]?.length ?? 0) === at - clauseStart) m = candidate;
    }
    if (!m) continue;
    const matchStart = clauseStart + m.index;
    const subject = m[1]! + (m[2] ?? '');
    let names: string[];
    const sectors = SECTORS.exec(subject);
    if (sectors) {
      // 一二三产增加值 → 一产增加值, 二产增加值, 三产增加值.
      const noun = subject.slice(sectors[0].length) || SECTOR_DEFAULT_NOUN;
      names = [...sectors[0].slice(0, -SECTOR_WORD.length)].map((d) => `${d}${SECTOR_WORD}${noun}`);
    } else {
      // 城镇、农村居民人均可支配收入: the first part borrows the last one's words; 城镇调查失业率和登记失业率: the
      // last part borrows the first one's opening words.
      const parts = [...subject].reduce<string[]>((all, c) => (DISTRIBUTIVE_JOINERS.includes(c) ? all.push('') : (all[all.length - 1] += c), all), ['']).filter(Boolean);
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      names = parts.map((p) => {
        if (isIndicator(p)) return p;
        const borrowed = p + last.slice(p.length);
        if (isIndicator(borrowed)) return borrowed;
        for (let k = 1; k <= 4; k++) if (isIndicator(first.slice(0, k) + p)) return first.slice(0, k) + p;
        return p;
      });
    }
    const values = [...m[4]!.matchAll(DISTRIBUTIVE_VALUE)];
    if (values.length !== names.length) continue;
    const verb = m[3]!;
    const shared = values[values.length - 1]![2] as Qualifier | undefined;
    const valuesStart = matchStart + m[0].length - m[4]!.length;
    names.forEach((name, i) => {
      const indicator = INDICATORS.find((d) => d.synonyms.includes(name))?.name;
      if (!indicator || known.has(indicator)) return;
      const value = values[i]!;
      const valueAt = valuesStart + value.index!;
      figures.push({
        indicator,
        name: view.span(matchStart, matchStart + subject.length),
        value: { direction: directionOf(verb), low: Number(value[1]), high: Number(value[1]), unit: '%', qualifier: (value[2] as Qualifier | undefined) ?? shared },
        valueSpan: view.span(valueAt, valueAt + value[0].length),
        wording: verb + value[1] + '%' + ((value[2] as string | undefined) ?? shared ?? ''),
        distributive: true,
        line,
        component: false,
      });
    });
    at = matchStart + m[0].length - word;
  }
  return figures;
}

export interface FigureContext {
  source: Source;
  /** The lines where figures may stand: the body (not the explanation section, not Markdown code or tables). */
  body: readonly Line[];
  /** The kind of part a line stands in, if any. */
  partOf: (line: number) => PartKind | undefined;
  /** Extra indicator names from settings: canonical name → other ways of writing it. */
  indicators?: Record<string, string[]>;
  /** The span of years the sections above a line are about, from their titles (“十五”期间…), if any. */
  frameOf?: (line: number) => string | undefined;
}

/** Parts whose goal paragraph is not this year's: the review (actuals), the government's own work, the notes. */
const NOT_THIS_YEARS_GOALS: readonly (PartKind | undefined)[] = ['review', 'government', 'notes'];
/** Marks that end a sentence, and a clause, for the reach of a time-frame cue. */
const FRAME_SENTENCE_ENDS = SENTENCE_OR_SEMICOLON;
const FRAME_CLAUSE_ENDS = CLAUSE_ENDS;

/** The targets, now; the statements of a line, when first asked for. */
export function readFigures(context: FigureContext): Figures {
  const targets = readTargets(context);
  const byLine = new Map<number, Figure[]>();
  const statementsOn = (index: number): Figure[] => {
    let figures = byLine.get(index);
    if (!figures) {
      const candidate = context.body[firstIndexAtOrAfter(context.body, index, (line) => line.index)];
      const line = candidate?.index === index ? candidate : undefined;
      const inGoal = targets !== undefined && index >= targets.firstLine && index <= targets.lastLine;
      figures = line && !inGoal ? readStatements(context, line) : [];
      byLine.set(index, figures);
    }
    return figures;
  };
  let all: Figure[] | undefined;
  return {
    targets,
    statementsOn,
    get statements() {
      all ??= context.body.flatMap((line) => statementsOn(line.index));
      return all;
    },
  };
}

function readTargets(context: FigureContext): Targets | undefined {
  const { source, body } = context;
  const extra = context.indicators ?? {};
  for (let index = 0; index < body.length; index++) {
    const line = body[index]!;
    if (line.end - line.contentStart < 6 || NOT_THIS_YEARS_GOALS.includes(context.partOf(line.index))) continue;
    const head = source.text.slice(line.contentStart, line.end);
    // A cheap test on the original line before its view is made (glosses may split 預(yù)期: then 主要 must be there).
    if (!GOAL_PREFILTER.goal.test(head) || !GOAL_PREFILTER.before.some((word) => head.includes(word))) continue;
    const view = source.view(line);
    const cue = GOAL_CUE.exec(view.text);
    if (!cue) continue;
    // “十五五”时期主要目标是：… is a five-year frame, not this year's targets.
    const sentenceStart = Math.max(lastSentenceEnd(view.text, cue.index), 0);
    if (OTHER_FRAME_CUES.test(view.text.slice(sentenceStart, cue.index))) continue;
    let figures = readTargetText(view, cue.index + cue[0].length, line.index, extra);
    let lastLine = line.index;
    // The list may follow on the next lines (03: after blank lines; 07: 主要预期目标 / 是：…).
    for (let k = index + 1; figures.length === 0 && k < body.length && k <= index + 3; k++) {
      const next = body[k]!;
      figures = readTargetText(source.view(next), 0, next.index, extra);
      lastLine = next.index;
    }
    if (figures.length === 0) continue;
    return { cue: view.span(cue.index, cue.index + cue[0].trimEnd().length), firstLine: line.index, lastLine, figures };
  }
  return undefined;
}

function lastSentenceEnd(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && !SENTENCE_ENDS.includes(text[i]!)) i--;
  return i;
}

function readTargetText(view: View, from: number, line: number, extra: Record<string, string[]>): Figure[] {
  const plain = readLineFigures(view, from, view.text.length, line, extra);
  const known = new Set(plain.map((f) => f.indicator));
  return [...plain, ...readDistributive(view, from, view.text.length, line, known)].sort((a, b) => a.name.offset - b.name.offset);
}

/** The figures of indicators stated on one body line, with the part, frame and component each stands in. */
function readStatements(context: FigureContext, line: Line): Figure[] {
  const { source } = context;
  if (!hasDigit(source.text, line.contentStart, line.end)) return [];
  const view = source.view(line);
  const figures = readLineFigures(view, 0, view.text.length, line.index, context.indicators ?? {});
  if (figures.length === 0) return figures;
  const frames = new Frames(view.text);
  const part = context.partOf(line.index);
  const sectionFrame = context.frameOf?.(line.index);
  for (const figure of figures) {
    const at = view.indexAt(figure.name.offset);
    figure.part = part;
    figure.otherFrame = frames.otherFrame(at) ?? sectionFrame;
    figure.component = frames.component(at);
  }
  return figures;
}

/**
 * Where a line's sentences and clauses end and where its time-frame cues and 其中 stand, found in one pass, so
 * that each figure of a line holding thousands of them is judged by binary searches instead of a rescan.
 */
class Frames {
  private readonly sentenceEnds: number[] = [];
  private readonly clauseEnds: number[] = [];
  private readonly commas: number[] = [];
  /** Start and end of each cue of another frame (overlapping matches included). */
  private readonly cues: [number, number][] = [];
  private readonly components: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (FRAME_SENTENCE_ENDS.includes(c)) this.sentenceEnds.push(i);
      if (FRAME_CLAUSE_ENDS.includes(c)) this.clauseEnds.push(i);
      if (c === '，' || c === ',') this.commas.push(i);
    }
    const cue = new RegExp(OTHER_FRAME_CUES.source, 'g');
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      this.cues.push([m.index, m.index + m[0].length]);
      cue.lastIndex = m.index + 1;
    }
    for (let i = text.indexOf(COMPONENT_CUE); i >= 0; i = text.indexOf(COMPONENT_CUE, i + 1)) this.components.push(i);
  }

  /** The cue of another frame from the start of the sentence at `at` to the end of its clause, if any. */
  otherFrame(at: number): string | undefined {
    const sentenceStart = (lastAtOrBefore(this.sentenceEnds, at - 1) ?? -1) + 1;
    const clauseEnd = firstAtOrAfter(this.clauseEnds, at) ?? this.text.length;
    // The first cue that starts in the sentence: inside when it also ends before the clause does.
    for (let k = firstIndexAtOrAfter(this.cues, sentenceStart, (c) => c[0]); k < this.cues.length && this.cues[k]![0] < clauseEnd; k++) {
      const [start, end] = this.cues[k]!;
      if (end <= clauseEnd) return this.text.slice(start, end);
    }
    return undefined;
  }

  /** Whether the figure at `at` stands in a clause opened by 其中 (before it). */
  component(at: number): boolean {
    const sentenceStart = (lastAtOrBefore(this.sentenceEnds, at - 1) ?? -1) + 1;
    const clauseStart = Math.max(lastAtOrBefore(this.commas, at - 1) ?? -1, sentenceStart - 1) + 1;
    const component = firstAtOrAfter(this.components, clauseStart);
    return component !== undefined && component + COMPONENT_CUE.length <= at;
  }
}
