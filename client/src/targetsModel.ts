/**
 * The 预期目标 view's content, as plain data: `govreport/targets` result → labelled tree nodes. No `vscode` import,
 * so the unit tests (test/unit/targetsModel.test.ts) run it under plain Node; targetsView.ts turns the nodes into
 * TreeItems. The request's types come from server/src/protocol.ts as types only (erased from the bundle).
 */
import type { TargetsRange, TargetsResult } from '../../server/src/protocol';
import { TEXTS, type TargetTexts } from './texts';

/** A codicon id; targetsView.ts colours `pass` and `error`. */
export type TargetIcon = 'target' | 'pass' | 'error';

export interface TargetNode {
  kind: 'target' | 'mention';
  /** Unique in the tree and stable across refreshes while the targets stay the same (keeps expansion state). */
  id: string;
  /** Target: the figure as written (地区生产总值增长6%左右); mention: its value (增长7%左右), under its target. */
  label: string;
  /**
   * Mention: 一致 / 不一致 and the line; target: how its statements compare. Short, so that label and description fit
   * the side bar's width; the tooltip says everything.
   */
  description: string;
  tooltip: string;
  icon: TargetIcon;
  /** Where clicking reveals (LSP range: 0-based lines, UTF-16 characters). */
  range: TargetsRange;
  /** A target's later statements, in document order; none for a mention. */
  children: TargetNode[];
}

export const AGREES = TEXTS.zh.targets.agrees;
export const DISAGREES = TEXTS.zh.targets.disagrees;

/**
 * The tree: one node per target, in the paragraph's order; its children are the later statements. `texts`: the
 * findings' language (texts.ts), Chinese by default.
 */
export function toTreeNodes(result: TargetsResult | null | undefined, texts: TargetTexts = TEXTS.zh.targets): TargetNode[] {
  const lineOf = (range: TargetsRange) => texts.line(range.start.line + 1);
  const targets = Array.isArray(result?.targets) ? result.targets : [];
  return targets.map((target, i) => {
    const mentions = Array.isArray(target.mentions) ? target.mentions : [];
    const children = mentions.map((mention, j): TargetNode => ({
      kind: 'mention',
      id: `target/${i}/${target.indicator}/${j}`,
      label: typeof mention.valueText === 'string' && mention.valueText ? mention.valueText : mention.text,
      description: `${mention.agrees ? texts.agrees : texts.disagrees} · ${lineOf(mention.range)}`,
      tooltip: mention.agrees
        ? texts.sameAsTarget(target.text, lineOf(mention.range))
        : texts.differs(mention.text, target.text, lineOf(mention.range)),
      icon: mention.agrees ? 'pass' : 'error',
      range: mention.range,
      children: [],
    }));
    const contradicting = mentions.filter((m) => !m.agrees).length;
    let summary: string;
    if (mentions.length === 0) summary = texts.notRestated;
    else if (contradicting === 0) summary = texts.allAgree(mentions.length);
    else if (contradicting === mentions.length) summary = texts.allDisagree(contradicting);
    else summary = texts.someDisagree(contradicting, mentions.length);
    return {
      kind: 'target',
      id: `target/${i}/${target.indicator}`,
      label: target.text,
      description: summary,
      tooltip: texts.tooltip(target.text, lineOf(target.range), summary),
      icon: contradicting > 0 ? 'error' : 'target',
      range: target.range,
      children,
    };
  });
}

/** Whether the draft has a 主要预期目标 paragraph with at least one figure (the view's context key). */
export function hasTargets(result: TargetsResult | null | undefined): boolean {
  return Array.isArray(result?.targets) && result.targets.length > 0;
}
