/**
 * What a rule module exports, and the context it reports through. Rules never parse: they read the
 * report model and report problems with a message id and data; the context formats the Chinese message.
 */
import type { Report } from './model/report';
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
  problem(init: ProblemInit<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** Replaces `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function createContext<M extends string>(rule: Rule<M>, report: Report, severity: ReportedSeverity, out: Problem[]): RuleContext<M> {
  return {
    report,
    problem(init) {
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
    },
  };
}

/** Lets a rule file declare its messages once and still have them type-checked. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
