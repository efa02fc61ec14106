/**
 * The editor side of target figures (主要预期目标), over the cached report of the current version: the hover on a
 * target in the goal paragraph or on a later statement of its indicator (the target as written, and whether the
 * statement agrees), and the `govreport/targets` request (server/src/protocol.ts) behind the 预期目标 view.
 *
 * Targets and statements come from the model (`report.figures`); agreement is decided as the target-mismatch rule
 * decides it (`comparable`, `sameValue`; each statement is compared with the first target of its indicator), so
 * 不一致 here is exactly where that rule reports, whatever its configured severity.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { comparable, sameValue, type Figure, type Report, type Span } from './core/index';
import { toOffset, toRange } from './diagnostics';
import { escapeMarkdown } from './footnotes';
import type { TargetInfo, TargetsMethod, TargetsResult, TargetValue } from './protocol';

export const TARGETS_METHOD: TargetsMethod = 'govreport/targets';

export const AGREES = '一致。';
export const NO_MENTIONS = '后文没有再写到此指标。';
/** At most this many line numbers of contradicting statements are listed in a target's hover. */
const MAX_LINES_LISTED = 5;

/** A later statement and the target it is compared with. */
interface Statement {
  figure: Figure;
  target: Figure;
  /** False for another kind of value (an amount against a rate): not compared. */
  compared: boolean;
  agrees: boolean;
}

interface TargetLinks {
  /** Per target figure (in the paragraph's order): the statements compared with it. */
  byTarget: Map<Figure, Statement[]>;
  /** Every later statement of a target indicator, compared or not, in document order. */
  statements: Statement[];
  /** Per indicator: the target a statement is compared with (the first one of that indicator). */
  first: Map<string, Figure>;
}

const linksCache = new WeakMap<Report, TargetLinks>();

/** Targets and statements linked as target-mismatch links them; computed once per parsed report. */
export function targetLinks(report: Report): TargetLinks {
  const cached = linksCache.get(report);
  if (cached) return cached;
  const byTarget = new Map<Figure, Statement[]>();
  const first = new Map<string, Figure>();
  const statements: Statement[] = [];
  for (const target of report.figures.targets?.figures ?? []) {
    byTarget.set(target, []);
    if (!first.has(target.indicator)) first.set(target.indicator, target);
  }
  for (const figure of report.figures.mentions) {
    const target = first.get(figure.indicator);
    if (!target) continue;
    const compared = comparable(target.value, figure.value);
    const statement: Statement = { figure, target, compared, agrees: compared && sameValue(target.value, figure.value) };
    statements.push(statement);
    if (compared) byTarget.get(target)!.push(statement);
  }
  const links = { byTarget, statements, first };
  linksCache.set(report, links);
  return links;
}

// ---- text as written ----

function slice(report: Report, span: Span): string {
  return report.text.slice(span.offset, span.offset + span.length);
}

/**
 * The value as written (增长6%左右). A distributive target (城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右) lends
 * its shared verb and qualifier: its `wording` (增长4.5%左右), as the rule's message has it.
 */
function valueText(report: Report, figure: Figure): string {
  return figure.distributive ? figure.wording : slice(report, figure.valueSpan);
}

/** Name and value as written; a distributive target's name is its indicator (the subject is shared). */
function figureText(report: Report, figure: Figure): string {
  return `${figure.distributive ? figure.indicator : slice(report, figure.name)}${valueText(report, figure)}`;
}

/** From the name to the end of the value: what the request's ranges and the view's selection cover. */
function fullSpan(figure: Figure): Span {
  const end = figure.valueSpan.offset + figure.valueSpan.length;
  return { offset: figure.name.offset, length: end - figure.name.offset };
}

/**
 * Where the hover answers: name through value; for a distributive target its value, and the shared subject
 * (which then answers for every target of the sentence).
 */
function hoverSpans(figure: Figure): Span[] {
  return figure.distributive ? [figure.name, figure.valueSpan] : [fullSpan(figure)];
}

function contains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset < span.offset + span.length;
}

function lineLabel(line: number): string {
  return `第${line + 1}行`;
}

// ---- hover ----

/** The hover on a target figure or a later statement of its indicator; null elsewhere (the footnote hover's turn). */
export function targetHover(document: TextDocument, report: Report, position: Position): Hover | null {
  const targets = report.figures.targets;
  if (!targets) return null;
  const offset = toOffset(document, position);
  const links = targetLinks(report);
  const sections: string[] = [];
  let range: Span | undefined;
  for (const target of targets.figures) {
    const span = hoverSpans(target).find((s) => contains(s, offset));
    if (!span) continue;
    sections.push(targetSection(report, links, target));
    // Several targets answer only on a shared subject: the hover then covers that subject.
    range = span;
  }
  // Statements come after the goal paragraph: never on a target.
  const statement = sections.length === 0 ? statementAt(links.statements, offset) : undefined;
  if (statement) {
    sections.push(statementSection(report, statement));
    range = fullSpan(statement.figure);
  }
  if (sections.length === 0 || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(document, range.offset, range.length) };
}

/** The statement under `offset` (statements are in document order and never overlap). */
function statementAt(statements: readonly Statement[], offset: number): Statement | undefined {
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[mid]!.figure.name.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  const statement = statements[lo - 1];
  return statement && contains(fullSpan(statement.figure), offset) ? statement : undefined;
}

function targetLine(report: Report, target: Figure): string {
  return `主要预期目标：${escapeMarkdown(figureText(report, target))}（${lineLabel(target.line)}）`;
}

function targetSection(report: Report, links: TargetLinks, target: Figure): string {
  const heading = `**${escapeMarkdown(target.indicator)}**`;
  const first = links.first.get(target.indicator)!;
  if (first !== target) {
    return `${heading}\n\n${targetLine(report, target)}\n\n此指标在目标中已写过（${lineLabel(first.line)}“${escapeMarkdown(figureText(report, first))}”），后文与那一处比较。`;
  }
  const statements = links.byTarget.get(target) ?? [];
  let summary: string;
  if (statements.length === 0) {
    summary = NO_MENTIONS;
  } else {
    const contradicting = statements.filter((s) => !s.agrees);
    if (contradicting.length === 0) {
      summary = `后文写到此指标 ${statements.length} 处，均与目标一致。`;
    } else {
      const lines = [...new Set(contradicting.map((s) => s.figure.line))];
      const listed = lines.slice(0, MAX_LINES_LISTED).map(lineLabel).join('、') + (lines.length > MAX_LINES_LISTED ? '等' : '');
      summary = `后文写到此指标 ${statements.length} 处，其中 ${contradicting.length} 处与目标不一致（${listed}）。`;
    }
  }
  return `${heading}\n\n${targetLine(report, target)}\n\n${summary}`;
}

function statementSection(report: Report, statement: Statement): string {
  const { figure, target } = statement;
  const heading = `**${escapeMarkdown(figure.indicator)}**`;
  const here = escapeMarkdown(slice(report, figure.valueSpan));
  const wanted = escapeMarkdown(valueText(report, target));
  let verdict: string;
  if (!statement.compared) verdict = `此处“${here}”与目标“${wanted}”不是同一类数值，不作比较。`;
  else if (statement.agrees) verdict = AGREES;
  else verdict = `不一致：此处为“${here}”，目标为“${wanted}”。`;
  return `${heading}\n\n${targetLine(report, target)}\n\n${verdict}`;
}

// ---- govreport/targets ----

export function targetsResult(document: TextDocument, report: Report): TargetsResult {
  const links = targetLinks(report);
  const targets: TargetInfo[] = (report.figures.targets?.figures ?? []).map((target) => {
    const span = fullSpan(target);
    return {
      indicator: target.indicator,
      text: figureText(report, target),
      range: toRange(document, span.offset, span.length),
      value: valueOf(target),
      mentions: (links.byTarget.get(target) ?? []).map((s) => {
        const at = fullSpan(s.figure);
        return { text: figureText(report, s.figure), valueText: valueText(report, s.figure), range: toRange(document, at.offset, at.length), agrees: s.agrees };
      }),
    };
  });
  return { targets, version: document.version };
}

function valueOf(figure: Figure): TargetValue {
  const { direction, low, high, unit, qualifier } = figure.value;
  const value: TargetValue = { direction, low, high, unit };
  if (qualifier !== undefined) value.qualifier = qualifier;
  return value;
}
