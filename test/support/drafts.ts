/**
 * Generated report drafts: the tests that do not depend on the reports we have. A generator writes a draft from
 * the forms reports are written in (each axis a list of forms, every combination tried), once clean and once with
 * one injected fault; the clean draft must be silent and the fault found at the line it was put on.
 *
 * The drafts are written here, by hand, from the forms named in corpus/SOURCES.md and corpus-more/SOURCES.md, not
 * from the linter's vocabulary: a form the linter does not know must show up as a failure, not be skipped.
 *
 *   const draft = new Draft();
 *   draft.line('政府工作报告');
 *   draft.line('一、2025年工作回顾', 'review');
 *   lint(draft.text('\r\n'))  →  draft.lineOf('review') is the 0-based line of that heading
 */
import * as assert from 'node:assert/strict';
import { lint, RULE_METAS, type LintConfig, type Problem } from '../../server/src/core/index';
import { lineOf } from './fixtures';

/** Every combination of the values of each axis: `{ a: [1, 2], b: ['x'] }` → `{a:1,b:'x'}`, `{a:2,b:'x'}`. */
export function* combinations<T extends Record<string, readonly unknown[]>>(axes: T): Generator<{ [K in keyof T]: T[K][number] }> {
  const keys = Object.keys(axes) as (keyof T)[];
  const index = keys.map(() => 0);
  if (keys.some((k) => axes[k]!.length === 0)) return;
  for (;;) {
    const combination = {} as { [K in keyof T]: T[K][number] };
    keys.forEach((k, i) => (combination[k] = axes[k]![index[i]!]));
    yield combination;
    let i = keys.length - 1;
    while (i >= 0 && ++index[i]! === axes[keys[i]!]!.length) index[i--] = 0;
    if (i < 0) return;
  }
}

/** A short, readable name of a combination for test titles and failure messages. */
export function describeCombination(combination: Record<string, unknown>): string {
  return Object.entries(combination)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

/** A draft being written line by line, with named lines to point a fault or an expectation at. */
export class Draft {
  private readonly lines: string[] = [];
  private readonly tags = new Map<string, number>();

  /** Appends a line (without its break); `tag` names it. */
  line(text: string, tag?: string): this {
    if (tag !== undefined) {
      assert.ok(!this.tags.has(tag), `tag ${tag} used twice`);
      this.tags.set(tag, this.lines.length);
    }
    this.lines.push(text);
    return this;
  }

  /** Appends several lines. */
  add(...lines: string[]): this {
    for (const l of lines) this.line(l);
    return this;
  }

  /** The 0-based line of a tag. */
  lineOf(tag: string): number {
    const line = this.tags.get(tag);
    assert.ok(line !== undefined, `no line tagged ${tag}`);
    return line;
  }

  /** The text of a tagged line. */
  textOf(tag: string): string {
    return this.lines[this.lineOf(tag)]!;
  }

  /** Replaces a tagged line's text (a fault). */
  replace(tag: string, text: string): this {
    this.lines[this.lineOf(tag)] = text;
    return this;
  }

  /** The draft with `eol` after every line (a report file ends with a break). */
  text(eol: '\n' | '\r\n' = '\n'): string {
    return this.lines.join(eol) + eol;
  }
}

export interface Finding {
  ruleId: string;
  line: number;
  message: string;
}

/**
 * The rules a generated draft is silent on when the caller names none: all but punctuation and number usage, which
 * read marks and numbers, not structure (their own generated drafts test them, test/unit/punctuation-width.test.ts…).
 */
const ALL_RULES = RULE_METAS.map((m) => m.id as string);
const STRUCTURE_RULES = RULE_METAS.filter((m) => m.category !== 'usage').map((m) => m.id as string);

/** Lints a draft and returns the findings of `options.rules` (the structure rules when not given) with 0-based lines. */
export function findings(text: string, options: { config?: LintConfig; markdown?: boolean; rules?: readonly string[] } = {}): Finding[] {
  const rules = options.rules ?? STRUCTURE_RULES;
  return lint(text, { config: options.config, markdown: options.markdown })
    .problems.filter((p) => rules.includes(p.ruleId))
    .map((p: Problem) => ({ ruleId: p.ruleId, line: lineOf(text, p.offset), message: p.message }));
}

/** Shows findings in an assertion message. */
export function show(found: readonly Finding[]): string {
  return found.map((f) => `${f.line + 1}: ${f.ruleId} ${f.message}`).join('\n') || '(none)';
}

/** The clean draft gives no finding of the rules named (all structure rules when none are). */
export function assertSilent(text: string, context: string, rules?: readonly string[], options: { config?: LintConfig; markdown?: boolean } = {}): void {
  const found = findings(text, { ...options, rules: rules ?? STRUCTURE_RULES });
  assert.equal(found.length, 0, `${context}\nexpected no findings, got:\n${show(found)}\n--- draft ---\n${text}`);
}

/** The faulty draft gives a finding of `ruleId` on `line` (and the caller may check that nothing else fired). */
export function assertFoundAt(text: string, ruleId: string, line: number, context: string, options: { config?: LintConfig; markdown?: boolean } = {}): Finding[] {
  const found = findings(text, { ...options, rules: ALL_RULES });
  assert.ok(
    found.some((f) => f.ruleId === ruleId && f.line === line),
    `${context}\nexpected ${ruleId} on line ${line + 1}, got:\n${show(found)}\n--- draft ---\n${text}`,
  );
  return found;
}
