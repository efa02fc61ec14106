/**
 * The 预期目标 view's content, as plain data: `govreport/targets` result → labelled tree nodes. No `vscode` import,
 * so the unit tests (test/unit/targetsModel.test.ts) run it under plain Node; targetsView.ts turns the nodes into
 * TreeItems. The request's types come from server/src/protocol.ts as types only (erased from the bundle).
 */
import type { TargetsRange, TargetsResult } from '../../server/src/protocol';

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

export const AGREES = '一致';
export const DISAGREES = '不一致';

function lineOf(range: TargetsRange): string {
  return `第${range.start.line + 1}行`;
}

/** The tree: one node per target, in the paragraph's order; its children are the later statements. */
export function toTreeNodes(result: TargetsResult | null | undefined): TargetNode[] {
  const targets = Array.isArray(result?.targets) ? result.targets : [];
  return targets.map((target, i) => {
    const mentions = Array.isArray(target.mentions) ? target.mentions : [];
    const children = mentions.map((mention, j): TargetNode => ({
      kind: 'mention',
      id: `target/${i}/${target.indicator}/${j}`,
      label: typeof mention.valueText === 'string' && mention.valueText ? mention.valueText : mention.text,
      description: `${mention.agrees ? AGREES : DISAGREES} · ${lineOf(mention.range)}`,
      tooltip: mention.agrees
        ? `${AGREES}：与主要预期目标“${target.text}”相同（${lineOf(mention.range)}）`
        : `${DISAGREES}：此处为“${mention.text}”，目标为“${target.text}”（${lineOf(mention.range)}）`,
      icon: mention.agrees ? 'pass' : 'error',
      range: mention.range,
      children: [],
    }));
    const contradicting = mentions.filter((m) => !m.agrees).length;
    let summary: string;
    if (mentions.length === 0) summary = '后文未写到';
    else if (contradicting === 0) summary = mentions.length === 1 ? '1处一致' : `${mentions.length}处均一致`;
    else if (contradicting === mentions.length) summary = contradicting === 1 ? '1处不一致' : `${contradicting}处均不一致`;
    else summary = `${contradicting}处不一致，共${mentions.length}处`;
    return {
      kind: 'target',
      id: `target/${i}/${target.indicator}`,
      label: target.text,
      description: summary,
      tooltip: `主要预期目标：${target.text}（${lineOf(target.range)}）\n后文：${summary}`,
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
