/**
 * Mutation tests for number-range over the corpus and the samples: the % or the magnitude (万, 亿) of a range's
 * first term is dropped, and number-range must report the range at its first number (≥95%).
 *
 * Two kinds, both found by this file's own patterns over the raw lines, never by the linter's reader:
 * - real ranges written in full (4.5%—5%, 6%－6.5%, 10%~20%): the first term's mark is deleted;
 * - figures with a % or a magnitude (增长5%, 1200万人, 2亿元): up to six a report, spread over it, become a range
 *   whose first term lacks the mark (5% → 5-6%, 1200万人 → 1200—1201万人), the connector cycling through
 *   - — － ～ ~ 至 到.
 * Skipped: lines from an explanation section's title on (名词解释 and its variants), figures that are part of a
 * range, a code or a list of digits already (a digit, a letter, a connector or a point next to them).
 */
import { lint } from '../../server/src/core/index';
import { corpusAndSampleDocuments, newTally, rawLines, record, splice, checkCaught, type Tally } from '../support/mutations';

/** A range written in full: number, mark, connector, number, the same mark. */
const FULL_RANGE = /(?<![\d.A-Za-z\/_-])(\d+(?:\.\d+)?)(%|％|‰|万亿|万|亿)([-—－～~至到]{1,2})(\d+(?:\.\d+)?)\2/g;
/** A figure with a % or a magnitude, standing alone. */
const FIGURE = /(?<![\d０-９.．,A-Za-z\/_:：\-—－～~至到])([\d０-９]+(?:[.．][\d０-９]+)?)(%|％|万亿|万|亿)(?![\d０-９\-—－～~至到])/g;
/** The title of an explanation section (its items follow; nothing after it is mutated). */
const NOTES_TITLE = /^[ \t\u3000※*【\[]*(?:附件?[一二三四五六七八九十0-9０-９]*[:：][ \t]*)?(?:名\s*词\s*解\s*释|名词注释|注释|附注|注解|短语说明)[ \t\u3000※：:】\]]*$/;
const CONNECTORS = ['-', '—', '－', '～', '~', '至', '到'];
const PER_REPORT = 6;

function caughtAt(text: string, offset: number): boolean {
  return lint(text).problems.some((p) => p.ruleId === 'number-range' && p.offset === offset);
}

function bump(number: string): string {
  const ascii = number.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const [whole, fraction] = ascii.split('.');
  return String(Number(whole) + 1) + (fraction ? `.${fraction}` : '');
}

describe('mutations: number-range', function () {
  this.timeout(60000);
  const real: Tally = newTally();
  const injected: Tally = newTally();
  let reports = 0;

  before(() => {
    let turn = 0;
    for (const doc of corpusAndSampleDocuments()) {
      const candidates: { offset: number; number: string; mark: string }[] = [];
      let mutatedThisReport = false;
      for (const line of rawLines(doc.text)) {
        if (NOTES_TITLE.test(line.text)) break;
        for (const m of line.text.matchAll(FULL_RANGE)) {
          const at = line.start + m.index!;
          const mutated = splice(doc.text, at + m[1]!.length, m[2]!.length, '');
          record(real, caughtAt(mutated, at), `${doc.key}:${line.index + 1} ${m[0]}`);
          mutatedThisReport = true;
        }
        for (const m of line.text.matchAll(FIGURE)) candidates.push({ offset: line.start + m.index!, number: m[1]!, mark: m[2]! });
      }
      const step = Math.max(1, Math.floor(candidates.length / PER_REPORT));
      for (let i = 0; i < candidates.length && i / step < PER_REPORT; i += step) {
        const c = candidates[i]!;
        const connector = CONNECTORS[turn++ % CONNECTORS.length]!;
        const mutated = splice(doc.text, c.offset, c.number.length + c.mark.length, `${c.number}${connector}${bump(c.number)}${c.mark}`);
        record(injected, caughtAt(mutated, c.offset), `${doc.key} ${c.number}${c.mark} → ${c.number}${connector}${bump(c.number)}${c.mark}`);
        mutatedThisReport = true;
      }
      if (mutatedThisReport) reports++;
    }
  });

  it('a real range whose first term loses its mark is reported at the range (≥95%)', () => {
    checkCaught('real ranges', real, 5, 0.95);
  });

  it('a figure made into a range without the first term’s mark is reported at the range (≥95%, every report)', () => {
    console.log(`      ${reports} reports mutated`);
    checkCaught('injected ranges', injected, 300, 0.95);
  });
});
