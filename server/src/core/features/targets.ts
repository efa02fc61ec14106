/**
 * The link between each target of the 主要预期目标 paragraph and the later statements of its indicator: one
 * implementation, read by the target-mismatch rule, the hover on a figure and the 预期目标 view, so that 不一致 in
 * the editor is exactly where the rule reports.
 *
 * A statement is linked when it stands after the goal paragraph, outside the parts whose figures are not this year's
 * targets restated (the review's actuals, 政府自身建设, the notes), in the year's own frame (not 年均, 到2027年,
 * 去年 …), and not as a component (其中…). It is compared with the first target of its indicator.
 */
import type { Report } from '../facts/report';
import { comparable, sameValue, type Figure } from '../facts/figures';
import { PARTS_WITHOUT_TARGETS } from '../vocabulary/titles';
import { lastIndexAtOrBefore } from '../source/search';
import type { Span } from '../types';

/** A later statement and the target it is compared with. */
export interface TargetStatement {
  figure: Figure;
  target: Figure;
  /** False for another kind of value (an amount against a rate): not compared. */
  compared: boolean;
  agrees: boolean;
}

export interface TargetLinks {
  /** Per target figure (in the paragraph's order): the statements compared with it. */
  byTarget: Map<Figure, TargetStatement[]>;
  /** Every linked statement, compared or not, in document order. */
  statements: TargetStatement[];
  /** Per indicator: the target a statement is compared with (the first one of that indicator). */
  first: Map<string, Figure>;
}

const linksCache = new WeakMap<Report, TargetLinks>();

/** Whether a statement restates this year's target: after the goal paragraph, in the plan's frame, not a component. */
export function restatesTarget(report: Report, figure: Figure): boolean {
  const targets = report.figures.targets;
  if (!targets || figure.line <= targets.lastLine) return false;
  if (figure.part !== undefined && PARTS_WITHOUT_TARGETS.includes(figure.part)) return false;
  return figure.otherFrame === undefined && !figure.component;
}

/** Targets and their statements, linked once per parsed report. */
export function targetLinks(report: Report): TargetLinks {
  const cached = linksCache.get(report);
  if (cached) return cached;
  const byTarget = new Map<Figure, TargetStatement[]>();
  const first = new Map<string, Figure>();
  const statements: TargetStatement[] = [];
  const targets = report.figures.targets?.figures ?? [];
  for (const target of targets) {
    byTarget.set(target, []);
    if (!first.has(target.indicator)) first.set(target.indicator, target);
  }
  const lastLine = report.figures.targets?.lastLine ?? Infinity;
  // Only the lines after the goal paragraph, outside the parts that hold no restatements, are read.
  for (let line = lastLine + 1; line < report.lines.length; line++) {
    const part = report.partOf(line);
    if (part !== undefined && PARTS_WITHOUT_TARGETS.includes(part)) continue;
    for (const figure of report.figures.statementsOn(line)) {
      const target = first.get(figure.indicator);
      if (!target || !restatesTarget(report, figure)) continue;
      const compared = comparable(target.value, figure.value);
      const statement: TargetStatement = { figure, target, compared, agrees: compared && sameValue(target.value, figure.value) };
      statements.push(statement);
      if (compared) byTarget.get(target)!.push(statement);
    }
  }
  const links = { byTarget, statements, first };
  linksCache.set(report, links);
  return links;
}

/**
 * The value as written (增长6%左右). A distributive target (城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右) lends
 * its shared verb and qualifier: its `wording` (增长4.5%左右).
 */
export function valueAsWritten(report: Report, figure: Figure): string {
  return figure.distributive ? figure.wording : report.source.textOf(figure.valueSpan);
}

/** Name and value as written; a distributive target's name is its indicator (the subject is shared). */
export function figureAsWritten(report: Report, figure: Figure): string {
  return `${figure.distributive ? figure.indicator : report.source.textOf(figure.name)}${valueAsWritten(report, figure)}`;
}

/** From the name to the end of the value. */
export function figureSpan(figure: Figure): Span {
  const end = figure.valueSpan.offset + figure.valueSpan.length;
  return { offset: figure.name.offset, length: end - figure.name.offset };
}

/** The linked statement under `offset`, if any (statements are in document order and never overlap). */
export function statementAt(links: TargetLinks, offset: number): TargetStatement | undefined {
  const statement = links.statements[lastIndexAtOrBefore(links.statements, offset, (s) => s.figure.name.offset)];
  if (!statement) return undefined;
  const span = figureSpan(statement.figure);
  return offset >= span.offset && offset < span.offset + span.length ? statement : undefined;
}
