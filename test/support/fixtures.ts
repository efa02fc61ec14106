/**
 * Rule fixtures: report text with the expected problems written on annotation lines, which are stripped
 * before linting so they cannot change what the rules see.
 *
 *   //! config {"rules": {"heading-level": "off"}}       merged into the lint config (anywhere in the file)
 *   //! source: corpus/21_蠡县_2020.txt                   any other //! line is a comment
 *   （三）改革开放持续深化。
 *   //~^ heading-sequence:gap `（三）`                   one problem on the nearest content line above
 *   //~| heading-level:skipped `（三）`                  another problem on the same line as the previous one
 *   //~^^ enumeration-sequence `四是`#2                  two content lines up; the 2nd occurrence of the anchor
 *
 * `rule-id[:messageId]`; without an anchor only the line is compared. Expected and actual sets must be equal.
 */
import type { LintConfig } from '../../server/src/core/index';

export interface Expectation {
  ruleId: string;
  messageId?: string;
  /** 0-based line in the stripped text. */
  line: number;
  /** Offset and length in the stripped text, when the annotation names an anchor. */
  offset?: number;
  length?: number;
  /** The annotation as written, for messages. */
  source: string;
}

export interface Fixture {
  text: string;
  config: LintConfig;
  markdown: boolean;
  expectations: Expectation[];
}

const ANNOTATION = /^\/\/~(\^+|\|)\s+([a-z-]+)(?::([A-Za-z]+))?(?:\s+`([^`]+)`(?:#(\d+))?)?\s*$/;
const CONFIG = /^\/\/!\s*config\s+(.*)$/;

export function parseFixture(raw: string, markdown: boolean): Fixture {
  // Split keeping each line's own break, so CRLF and CR fixtures stay byte-exact.
  const pieces = raw.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  let text = '';
  let config: LintConfig = {};
  const contentLines: { start: number; line: number; body: string }[] = [];
  const expectations: Expectation[] = [];
  let lineNo = 0;
  let previousTarget = -1;
  for (const piece of pieces) {
    const body = piece.replace(/(?:\r\n|\r|\n)$/, '');
    const bare = body.replace(/^\uFEFF/, '');
    if (bare.startsWith('//!')) {
      // `//! config {...}` sets options; any other `//!` line is a comment (where the text comes from).
      const configMatch = CONFIG.exec(bare);
      if (configMatch) config = { ...config, ...(JSON.parse(configMatch[1]!) as LintConfig) };
      continue;
    }
    if (bare.startsWith('//~')) {
      const m = ANNOTATION.exec(bare);
      if (!m) throw new Error(`malformed annotation: ${bare}`);
      let target: number;
      if (m[1] === '|') {
        if (previousTarget < 0) throw new Error(`//~| with no annotation before it: ${bare}`);
        target = previousTarget;
      } else {
        const up = m[1]!.length;
        const entry = contentLines[contentLines.length - up];
        if (!entry) throw new Error(`annotation points above the first line: ${bare}`);
        target = contentLines.length - up;
      }
      previousTarget = target;
      const entry = contentLines[target]!;
      const expectation: Expectation = { ruleId: m[2]!, messageId: m[3], line: entry.line, source: bare };
      if (m[4] !== undefined) {
        const nth = m[5] ? Number(m[5]) : 1;
        let at = -1;
        for (let i = 0; i < nth; i++) {
          at = entry.body.indexOf(m[4], at + 1);
          if (at < 0) throw new Error(`anchor \`${m[4]}\`#${nth} not found on line ${entry.line + 1}: ${bare}`);
        }
        expectation.offset = entry.start + at;
        expectation.length = m[4].length;
      }
      expectations.push(expectation);
      continue;
    }
    contentLines.push({ start: text.length, line: lineNo, body });
    text += piece;
    lineNo++;
  }
  return { text, config, markdown, expectations };
}

/** 0-based line of an offset, counting \r\n, \n and \r as one break each. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
