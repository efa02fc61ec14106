/**
 * Mutation test for number-form over the corpus and the samples: in every report, up to four numbers written in
 * half-width digits (spread over the report) get one digit made full-width (5.4% → 5.４%), one at a time, and
 * number-form must report it at that place: a finding whose span holds the changed digit, or the draft-level finding
 * whose fix-all changes it (≥95%, from at least 200 mutations).
 *
 * The numbers are found by this file's own pattern over the raw lines, not by the rule's scanner: ASCII digits with an
 * optional decimal part, not inside a longer run of letters, digits, points, slashes or hyphens (URLs, codes, dates
 * such as 2026-01-27), followed by a unit a report writes after a figure (% 万 亿 元 个 年 月 人 吨 家 项 公里 亩).
 */
import { lint } from '../../server/src/core/index';
import { checkCaught, corpusAndSampleDocuments, newTally, rawLines, record, splice } from '../support/mutations';

const NUMBER = /(?<![0-9A-Za-z.\/\-:_#])[0-9]+(?:\.[0-9]+)?(?=%|万|亿|元|个|年|月|人|吨|家|项|公里|亩)/g;
const PER_DOCUMENT = 4;

describe('number-form: mutation (a digit made full-width)', () => {
  it('finds at least 95% of the digits made full-width, at their place', () => {
    const tally = newTally();
    for (const doc of corpusAndSampleDocuments()) {
      const candidates: number[] = [];
      for (const line of rawLines(doc.text)) {
        if (line.text.trimStart().startsWith('|')) continue;
        for (const m of line.text.matchAll(NUMBER)) candidates.push(line.start + m.index! + m[0].length - 1);
      }
      if (candidates.length === 0) continue;
      const step = Math.max(1, Math.floor(candidates.length / PER_DOCUMENT));
      for (let k = 0; k < candidates.length && k / step < PER_DOCUMENT; k += step) {
        const at = candidates[k]!;
        const digit = doc.text.charCodeAt(at);
        const mutated = splice(doc.text, at, 1, String.fromCharCode(digit - 0x30 + 0xff10));
        const problems = lint(mutated).problems.filter((p) => p.ruleId === 'number-form');
        const caught = problems.some(
          (p) => (p.offset <= at && at < p.offset + p.length) || (p.messageId === 'fullWidthDraft' && !!p.fix?.edits.some((e) => e.offset === at)),
        );
        record(tally, caught, `${doc.key} @${at} “${mutated.slice(Math.max(0, at - 6), at + 4)}”`);
      }
    }
    checkCaught('digit made full-width', tally, 200, 0.95);
  });
});
