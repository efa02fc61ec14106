/**
 * What a rule module exports, and the context it reports through. Rules never parse: they read the
 * report model and report problems with a message id and data; the context formats the Chinese message.
 */
import type { Report } from './facts/report';
import type { Fix, Problem, ReportedSeverity, RuleMeta } from './types';

export type MessageData = Record<string, string | number>;

export interface ProblemInit<M extends string> {
  messageId: M;
  data?: MessageData;
  offset: number;
  length: number;
  fix?: Fix;
  suggestions?: Fix[];
  related?: { offset: number; length: number; messageId: M; data?: MessageData }[];
}

export interface RuleContext<M extends string> {
  report: Report;
  /** Reports a problem; returns false once the rule has reported `MAX_PROBLEMS_PER_RULE` (stop looking). */
  problem(init: ProblemInit<M>): boolean;
}

/**
 * A draft pasted with thousands of identical ordinals must not freeze the editor: past this many problems a rule
 * stops, and one more problem says so (never a silent cap).
 */
export const MAX_PROBLEMS_PER_RULE = 500;

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** Replaces `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * The context a rule reports through. `limit` caps its problems (`MAX_PROBLEMS_PER_RULE` in the editor); fix-all
 * lints without a cap, so that one pass fixes everything a rule finds.
 */
export function createContext<M extends string>(
  rule: Rule<M>,
  report: Report,
  severity: ReportedSeverity,
  out: Problem[],
  limit = MAX_PROBLEMS_PER_RULE,
): RuleContext<M> {
  let count = 0;
  return {
    report,
    problem(init) {
      if (count === limit) {
        count++;
        out.push({
          ruleId: rule.meta.id,
          messageId: 'tooMany',
          message: `“${rule.meta.id}”发现的问题超过${MAX_PROBLEMS_PER_RULE}个，其余未显示；请先处理已显示的问题。`,
          severity,
          offset: init.offset,
          length: init.length,
        });
      }
      if (count > limit) return false;
      count++;
      out.push({
        ruleId: rule.meta.id,
        messageId: init.messageId,
        message: formatMessage(rule.meta.messages[init.messageId], init.data),
        severity,
        offset: init.offset,
        length: init.length,
        fix: init.fix,
        suggestions: init.suggestions,
        related: init.related?.map((r) => ({
          offset: r.offset,
          length: r.length,
          message: formatMessage(rule.meta.messages[r.messageId], r.data),
        })),
      });
      return true;
    },
  };
}

/** Lets a rule file declare its messages once and still have them type-checked. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
