/**
 * Public types of the pure analysis core. Everything here is plain data:
 * offsets and lengths are UTF-16 code units into the text given to `lint`
 * (JavaScript string indices, LSP's default position encoding).
 */

/** A stretch of the original text: UTF-16 offset and length. */
export interface Span {
  offset: number;
  length: number;
}

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type ReportedSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Replace `length` code units at `offset` with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The values of a message's `{name}` placeholders. */
export type MessageData = Record<string, string | number>;

/** A named set of edits: a quick fix or a suggestion. */
export interface Fix {
  /** The title in Chinese (the rule's `fixes[titleId]` formatted with `titleData`). */
  title: string;
  /** Which fix title of the rule (`RuleMeta.fixes`): the message catalogue writes it in another language. */
  titleId: string;
  titleData?: MessageData;
  edits: TextEdit[];
}

/** Another place in the document that explains the problem (the sibling, the target, the note). */
export interface RelatedLocation {
  offset: number;
  length: number;
  /** The formatted Chinese message. */
  message: string;
  /** Which message of the rule, and its placeholders (for the catalogue's other languages). */
  messageId: string;
  data?: MessageData;
}

export interface Problem {
  /** The rule id: the public contract (diagnostic code, settings key, docs anchor). */
  ruleId: RuleId;
  /** Which message of the rule; tests assert this, never the text. */
  messageId: string;
  /** The formatted Chinese message. */
  message: string;
  /** The values of the message's placeholders: `localizeProblem` writes the message in another language from them. */
  data?: MessageData;
  severity: ReportedSeverity;
  offset: number;
  length: number;
  /** The safe, preferred fix: "fix all" may apply it without asking. */
  fix?: Fix;
  /** Alternatives offered in the lightbulb only. */
  suggestions?: Fix[];
  related?: RelatedLocation[];
}

export const RULE_IDS = [
  'heading-sequence',
  'heading-level',
  'heading-punctuation',
  'enumeration-sequence',
  'footnote-missing',
  'footnote-unused',
  'footnote-sequence',
  'footnote-term',
  'footnote-style',
  'target-mismatch',
  'count-mismatch',
  'year-mismatch',
  'punctuation-width',
  'paired-marks',
  'number-range',
  'number-form',
  'double-approximation',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type RuleCategory = 'numbering' | 'footnote' | 'figure' | 'usage';

/**
 * Which ordinal ladder the draft follows. `mainland`: GB/T 15834 B.3 (一、（一）1.（1）) with full-width brackets.
 * `roc`: the ladder of Taiwan documents (壹、一、(一) 1、(1)), which accepts `1、` and half-width brackets.
 * `auto`: `roc` when the draft uses 壹、 headings, or is in traditional script and numbers its third level `1、`.
 */
export type NumberingStyle = 'auto' | 'mainland' | 'roc';

export interface LintConfig {
  /** Severity per rule; a missing entry means the rule's default. */
  rules?: Partial<Record<RuleId, Severity>>;
  numberingStyle?: NumberingStyle;
  /** More ways of writing target indicators: canonical name → synonyms (settings `govreport.indicators`). */
  indicators?: Record<string, string[]>;
  /** The year the report plans (settings `govreport.reportYear`): overrides the year read from the draft; null: read it. */
  /**
   * Local anniversaries (settings `govreport.anniversaries`): the words of an event (建市, 海拉尔建区) → its founding
   * year, read like the built-in table (vocabulary/years.ts ANNIVERSARIES).
   */
  anniversaries?: Record<string, number>;
  reportYear?: number | null;
  /**
   * Findings not to report (the configuration file's `suppressions`, already narrowed to this draft): a finding of
   * `rule` whose span lies in an occurrence of `text` in the draft, whitespace ignored on both sides (suppress.ts).
   */
  suppressions?: Suppression[];
}

/** One silenced finding: the rule and the sentence it fired on (any stretch of the draft that holds the finding). */
export interface Suppression {
  rule: RuleId;
  text: string;
}

export interface RuleExample {
  incorrect: string[];
  correct: string[];
}

export interface RuleMeta<M extends string = string, F extends string = string> {
  id: RuleId;
  category: RuleCategory;
  /** One Chinese sentence: shown in settings and the README. */
  description: string;
  defaultSeverity: ReportedSeverity;
  /** Whether the rule offers a safe fix that "fix all" applies. */
  fixable: boolean;
  /** Message templates by message id, with `{name}` placeholders (Chinese; English in core/messages-en.ts). */
  messages: Record<M, string>;
  /** Quick-fix title templates by id, with `{name}` placeholders (Chinese; English in core/messages-en.ts). */
  fixes: Record<F, string>;
  /** Short report text, run as tests: every incorrect example must trigger the rule, no correct one may. */
  examples: RuleExample;
}
