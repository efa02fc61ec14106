/**
 * The editor side of target figures (主要预期目标), over the cached report of the current version: the hover on a
 * target in the goal paragraph or on a later statement of its indicator (the target as written, and whether the
 * statement agrees), and the `govreport/targets` request (server/src/protocol.ts) behind the 预期目标 view.
 *
 * Targets, their statements and whether each agrees come from the core's one link (`targetLinks`), which the
 * target-mismatch rule reads too: 不一致 here is exactly where that rule reports, whatever its configured severity.
 * This module only shapes it for LSP.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  figureAsWritten,
  figureSpan,
  statementAt,
  targetLinks,
  valueAsWritten,
  type Figure,
  type Language,
  type Report,
  type Span,
  type TargetLinks,
  type TargetStatement,
} from './core/index';
import { toOffset, toRange } from './diagnostics';
import { escapeMarkdown } from './markdown';
import type { TargetInfo, TargetsMethod, TargetsResult, TargetValue } from './protocol';

export const TARGETS_METHOD: TargetsMethod = 'govreport/targets';

/** The hover's sentences, in the findings' language. */
const HOVER_TEXT = {
  zh: {
    line: (n: number) => `第${n}行`,
    target: (figure: string, line: string) => `主要预期目标：${figure}（${line}）`,
    repeated: (line: string, figure: string) => `此指标在目标中已写过（${line}“${figure}”），后文与那一处比较。`,
    noMentions: '后文没有再写到此指标。',
    allAgree: (n: number) => `后文写到此指标 ${n} 处，均与目标一致。`,
    listSeparator: '、',
    andMore: '等',
    someDisagree: (n: number, bad: number, lines: string) => `后文写到此指标 ${n} 处，其中 ${bad} 处与目标不一致（${lines}）。`,
    notCompared: (here: string, wanted: string) => `此处“${here}”与目标“${wanted}”不是同一类数值，不作比较。`,
    agrees: '一致。',
    disagrees: (here: string, wanted: string) => `不一致：此处为“${here}”，目标为“${wanted}”。`,
  },
  en: {
    line: (n: number) => `line ${n}`,
    target: (figure: string, line: string) => `Main expected target: ${figure} (${line})`,
    repeated: (line: string, figure: string) => `This indicator is already among the targets (${line}, “${figure}”); later statements are compared with that one.`,
    noMentions: 'No later statement of this indicator.',
    allAgree: (n: number) => `${n} later statement${n === 1 ? '' : 's'} of this indicator, all agreeing with the target.`,
    listSeparator: ', ',
    andMore: ' …',
    someDisagree: (n: number, bad: number, lines: string) => `${n} later statement${n === 1 ? '' : 's'} of this indicator, ${bad} differing from the target (${lines}).`,
    notCompared: (here: string, wanted: string) => `“${here}” here is not the same kind of figure as the target “${wanted}”: not compared.`,
    agrees: 'Agrees.',
    disagrees: (here: string, wanted: string) => `Differs: here “${here}”, the target is “${wanted}”.`,
  },
} satisfies Record<Language, unknown>;

export const AGREES = HOVER_TEXT.zh.agrees;
export const NO_MENTIONS = HOVER_TEXT.zh.noMentions;
/** At most this many line numbers of contradicting statements are listed in a target's hover. */
const MAX_LINES_LISTED = 5;

/**
 * Where the hover answers: name through value; for a distributive target its value, and the shared subject
 * (which then answers for every target of the sentence).
 */
function hoverSpans(figure: Figure): Span[] {
  return figure.distributive ? [figure.name, figure.valueSpan] : [figureSpan(figure)];
}

function contains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset < span.offset + span.length;
}


// ---- hover ----

/** The hover on a target figure or a later statement of its indicator; null elsewhere (the footnote hover's turn). */
export function targetHover(document: TextDocument, report: Report, position: Position, language: Language = 'zh'): Hover | null {
  const t = HOVER_TEXT[language];
  const targets = report.figures.targets;
  if (!targets) return null;
  const offset = toOffset(document, position);
  const links = targetLinks(report);
  const sections: string[] = [];
  let range: Span | undefined;
  for (const target of targets.figures) {
    const span = hoverSpans(target).find((s) => contains(s, offset));
    if (!span) continue;
    sections.push(targetSection(report, links, target, t));
    // Several targets answer only on a shared subject: the hover then covers that subject.
    range = span;
  }
  // Statements come after the goal paragraph: never on a target.
  const statement = sections.length === 0 ? statementAt(links, offset) : undefined;
  if (statement) {
    sections.push(statementSection(report, statement, t));
    range = figureSpan(statement.figure);
  }
  if (sections.length === 0 || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(document, range.offset, range.length) };
}

type HoverText = (typeof HOVER_TEXT)[Language];

function targetLine(report: Report, target: Figure, t: HoverText): string {
  return t.target(escapeMarkdown(figureAsWritten(report, target)), t.line(target.line + 1));
}

function targetSection(report: Report, links: TargetLinks, target: Figure, t: HoverText): string {
  const heading = `**${escapeMarkdown(target.indicator)}**`;
  const first = links.first.get(target.indicator)!;
  if (first !== target) {
    return `${heading}\n\n${targetLine(report, target, t)}\n\n${t.repeated(t.line(first.line + 1), escapeMarkdown(figureAsWritten(report, first)))}`;
  }
  const statements = links.byTarget.get(target) ?? [];
  let summary: string;
  if (statements.length === 0) {
    summary = t.noMentions;
  } else {
    const contradicting = statements.filter((s) => !s.agrees);
    if (contradicting.length === 0) {
      summary = t.allAgree(statements.length);
    } else {
      const lines = [...new Set(contradicting.map((s) => s.figure.line))];
      const listed = lines.slice(0, MAX_LINES_LISTED).map((line) => t.line(line + 1)).join(t.listSeparator) + (lines.length > MAX_LINES_LISTED ? t.andMore : '');
      summary = t.someDisagree(statements.length, contradicting.length, listed);
    }
  }
  return `${heading}\n\n${targetLine(report, target, t)}\n\n${summary}`;
}

function statementSection(report: Report, statement: TargetStatement, t: HoverText): string {
  const { figure, target } = statement;
  const heading = `**${escapeMarkdown(figure.indicator)}**`;
  const here = escapeMarkdown(report.source.textOf(figure.valueSpan));
  const wanted = escapeMarkdown(valueAsWritten(report, target));
  let verdict: string;
  if (!statement.compared) verdict = t.notCompared(here, wanted);
  else if (statement.agrees) verdict = t.agrees;
  else verdict = t.disagrees(here, wanted);
  return `${heading}\n\n${targetLine(report, target, t)}\n\n${verdict}`;
}

// ---- govreport/targets ----

export function targetsResult(document: TextDocument, report: Report): TargetsResult {
  const links = targetLinks(report);
  const targets: TargetInfo[] = (report.figures.targets?.figures ?? []).map((target) => {
    const span = figureSpan(target);
    return {
      indicator: target.indicator,
      text: figureAsWritten(report, target),
      range: toRange(document, span.offset, span.length),
      value: valueOf(target),
      mentions: (links.byTarget.get(target) ?? []).map((s) => {
        const at = figureSpan(s.figure);
        return { text: figureAsWritten(report, s.figure), valueText: valueAsWritten(report, s.figure), range: toRange(document, at.offset, at.length), agrees: s.agrees };
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
