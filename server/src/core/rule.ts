/**
 * What a rule module exports, and the context it reports through. Rules never parse: they read the
 * report model and report problems with a message id and data; the context formats the Chinese message.
 */
import type { Report } from './facts/report';
import { COMMON_MESSAGES, formatMessage } from './messages';
import type { Fix, MessageData, Problem, ReportedSeverity, RuleMeta, TextEdit } from './types';

export type { MessageData } from './types';
export { formatMessage } from './messages';

/** A fix as a rule writes it: the id of its title template (`RuleMeta.fixes`) with the placeholders, and the edits. */
export interface FixInit<F extends string = string> {
  titleId: F;
  titleData?: MessageData;
  edits: TextEdit[];
}

export interface ProblemInit<M extends string, F extends string = never> {
  messageId: M;
  data?: MessageData;
  offset: number;
  length: number;
  fix?: FixInit<F>;
  suggestions?: FixInit<F>[];
  related?: { offset: number; length: number; messageId: M; data?: MessageData }[];
  /** A lesser form the rule also names (number-range: a span of years with a hyphen): reported as a hint whatever the rule's severity. */
  hint?: boolean;
}

export interface RuleContext<M extends string, F extends string = never> {
  report: Report;
  /** Reports a problem; returns false once the rule has reported `MAX_PROBLEMS_PER_RULE` (stop looking). */
  problem(init: ProblemInit<M, F>): boolean;
}

/**
 * A draft pasted with thousands of identical ordinals must not freeze the editor: past this many problems a rule
 * stops, and one more problem says so (never a silent cap).
 */
export const MAX_PROBLEMS_PER_RULE = 500;

export interface Rule<M extends string = string, F extends string = string> {
  meta: RuleMeta<M, F>;
  check(context: RuleContext<M, F>): void;
}


/**
 * The context a rule reports through. `limit` caps its problems (`MAX_PROBLEMS_PER_RULE` in the editor); fix-all
 * lints without a cap, so that one pass fixes everything a rule finds.
 */
export function createContext<M extends string, F extends string>(
  rule: Rule<M, F>,
  report: Report,
  severity: ReportedSeverity,
  out: Problem[],
  limit = MAX_PROBLEMS_PER_RULE,
): RuleContext<M, F> {
  let count = 0;
  const fix = (init: FixInit<F>): Fix => ({
    title: formatMessage(rule.meta.fixes[init.titleId], init.titleData),
    titleId: init.titleId,
    titleData: init.titleData,
    edits: init.edits,
  });
  return {
    report,
    problem(init) {
      if (count === limit) {
        count++;
        out.push({
          ruleId: rule.meta.id,
          messageId: 'tooMany',
          message: formatMessage(COMMON_MESSAGES.zh.tooMany, { rule: rule.meta.id, max: MAX_PROBLEMS_PER_RULE }),
          data: { rule: rule.meta.id, max: MAX_PROBLEMS_PER_RULE },
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
        data: init.data,
        severity: init.hint ? 'hint' : severity,
        offset: init.offset,
        length: init.length,
        fix: init.fix && fix(init.fix),
        suggestions: init.suggestions?.map(fix),
        related: init.related?.map((r) => ({
          offset: r.offset,
          length: r.length,
          message: formatMessage(rule.meta.messages[r.messageId], r.data),
          messageId: r.messageId,
          data: r.data,
        })),
      });
      return true;
    },
  };
}

/** Lets a rule file declare its messages and fix titles once and still have them type-checked. */
export function defineRule<M extends string, F extends string = never>(rule: Rule<M, F>): Rule<M, F> {
  return rule;
}
