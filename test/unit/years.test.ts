/**
 * The calendar tables of issue 14 (server/src/core/vocabulary/years.ts): consistent in themselves (periods contiguous,
 * phases within a period, plenums in the order held, every entry sourced) and borne out by the published reports.
 * Against the corpus, every sentence that says of a year (今年 / 去年 / 刚刚过去的一年 / 2025年 … 是) that it is a phase
 * of a named plan (“十四五”规划收官之年) or an anniversary (新中国成立75周年) must agree with the tables, given the report
 * year. The report year is the corpus label (the file name's year), checked against the header line (——2026年1月27日在…)
 * or the title (2026年…政府工作报告) wherever the report has one. The sentences are found here with the test's own
 * patterns, not the linter's, and printed as evidence.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNIVERSARIES, PLAN_PERIODS, PLAN_PHASES, PLENUMS } from '../../server/src/core/vocabulary/years';
import { corpusDir, corpusMoreDir } from '../support/paths';

const VERBOSE = process.env.YEARS_EVIDENCE === '1';

describe('years: the tables', () => {
  it('plan periods are five years each, contiguous, in order, named 十N五', () => {
    assert.ok(PLAN_PERIODS.length >= 6);
    PLAN_PERIODS.forEach((period, i) => {
      assert.equal(period.last - period.first, 4, period.name);
      assert.match(period.name, /^十[一二三四五六七八九]五$/, period.name);
      if (i > 0) assert.equal(period.first, PLAN_PERIODS[i - 1]!.last + 1, `${PLAN_PERIODS[i - 1]!.name} → ${period.name}`);
    });
    const byName = new Map(PLAN_PERIODS.map((p) => [p.name, p]));
    assert.deepEqual([byName.get('十三五')?.first, byName.get('十四五')?.first, byName.get('十五五')?.first, byName.get('十六五')?.last], [2016, 2021, 2026, 2035]);
    assert.equal(byName.get('十一五')?.first, 2006);
  });

  it('phases name a year 1..5 of a period, once each word', () => {
    for (const phase of PLAN_PHASES) assert.ok(Number.isInteger(phase.yearOfPeriod) && phase.yearOfPeriod >= 1 && phase.yearOfPeriod <= 5, phase.word);
    assert.equal(new Set(PLAN_PHASES.map((p) => p.word)).size, PLAN_PHASES.length);
    const year = (word: string) => PLAN_PHASES.find((p) => p.word === word)?.yearOfPeriod;
    assert.deepEqual([year('开局之年'), year('起步之年'), year('收官之年')], [1, 1, 5]);
    // Used loosely in the reports (years.ts says where): not in the table.
    for (const loose of ['承上启下之年', '承前启后之年', '关键之年', '攻坚之年', '攻坚突破之年']) assert.equal(year(loose), undefined, loose);
  });

  it('anniversaries: founding years in the past, no word in two entries', () => {
    const seen = new Map<string, number>();
    for (const a of ANNIVERSARIES) {
      assert.ok(a.words.length > 0 && a.founded > 1800 && a.founded <= 2025, a.words.join('/'));
      for (const word of a.words) {
        assert.ok(!seen.has(word), `${word} in two entries`);
        seen.set(word, a.founded);
      }
    }
    assert.deepEqual(['建党', '中国共产党成立', '新中国成立', '中华人民共和国成立', '改革开放', '海南建省'].map((w) => seen.get(w)), [1921, 1921, 1949, 1949, 1978, 1988]);
  });

  it('plenums: 十八大 … 二十届四中全会, in the order held, each congress from 0 up without a gap', () => {
    for (const p of PLENUMS) assert.match(p.held, /^\d{4}-\d{2}-\d{2}$/, `${p.congress}/${p.plenum}`);
    PLENUMS.forEach((p, i) => {
      if (i === 0) return;
      const before = PLENUMS[i - 1]!;
      assert.ok(p.held > before.held, `${before.congress}/${before.plenum} ${before.held} → ${p.congress}/${p.plenum} ${p.held}`);
      if (p.congress === before.congress) assert.equal(p.plenum, before.plenum + 1);
      else assert.deepEqual([p.congress, p.plenum], [before.congress + 1, 0]);
    });
    const at = (congress: number, plenum: number) => PLENUMS.find((p) => p.congress === congress && p.plenum === plenum)?.held;
    assert.equal(PLENUMS[0]!.congress, 18);
    assert.deepEqual([at(20, 0), at(20, 3), at(20, 4)], ['2022-10-22', '2024-07-18', '2025-10-23']);
  });

  it('every entry names its source', () => {
    const entries: [string, string][] = [
      ...PLAN_PERIODS.map((p): [string, string] => [p.name, p.source]),
      ...PLAN_PHASES.map((p): [string, string] => [p.word, p.source]),
      ...ANNIVERSARIES.map((a): [string, string] => [a.words[0]!, a.source]),
      ...PLENUMS.map((p): [string, string] => [`${p.congress}/${p.plenum}`, p.source]),
    ];
    for (const [name, source] of entries) assert.ok(source.trim().length >= 10, `${name}: no source`);
  });
});

// ---- The corpus: phrases tied to a year --------------------------------------------------------------------------

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇〇三 → 2003 (digit by digit). */
const cnYear = (text: string) => Number([...text].map((c) => CN_DIGIT[c] ?? '').join(''));

/** 一百 → 100, 七十五 → 75, 十 → 10, 六十 → 60 (up to 百). */
function cnNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百') (total += (digit || 1) * 100), (digit = 0);
    else if (c === '十') (total += (digit || 1) * 10), (digit = 0);
    else digit = CN_DIGIT[c] ?? 0;
  }
  return total + digit;
}

/** The text as the test reads it: NFKC (full-width digits), no spaces inside lines (1 9 9 8 年, 刚 刚过去). */
const flat = (text: string) => text.normalize('NFKC').replace(/[ \t\u3000]+/g, '');

/** The year the header line or the title names, with the line: ——2026年1月27日在…; 二〇〇三年一月十日; 2026年…政府工作报告. */
function headerYear(lines: string[]): { year: number; line: string } | undefined {
  for (const line of lines.slice(0, 40)) {
    const date = line.match(/((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/) ?? line.match(/([二一][〇零一二三四五六七八九]{3})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/);
    if (date) return { year: /^\d/.test(date[1]!) ? Number(date[1]) : cnYear(date[1]!), line };
  }
  for (const line of lines.slice(0, 10)) {
    const title = line.match(/^[^，。]{0,12}?((?:19|20)\d{2})年[^，。]{0,12}政府工作报告$/);
    if (title) return { year: Number(title[1]), line };
  }
  return undefined;
}

/** Who the sentence speaks of, before 是: 今年 / 明年 / 去年 / (刚刚)过去(的)一年 / 2025年 / 刚刚过去的2025年. */
const SUBJECT = /(今年|明年|去年|上一年|(?:刚刚)?过去(?:的)?一年|(?:19|20)\d{2}年)[，,]?(?:既|也|更|还)?是/g;

function spokenYear(subject: string, reportYear: number): number {
  if (subject.startsWith('今年')) return reportYear;
  if (subject.startsWith('明年')) return reportYear + 1;
  const explicit = subject.match(/^(\d{4})年/);
  if (explicit) return Number(explicit[1]);
  return reportYear - 1;
}

interface Evidence {
  file: string;
  text: string;
  said: number;
  expected: number;
}

/** The sentences of a report (split at 。！？； and line ends), flattened. */
const sentencesOf = (text: string) => flat(text).split(/[。！？；!?;\n]/).filter((s) => s.length > 0);

const PLAN_NAME = new RegExp(`[“"‘]?(${PLAN_PERIODS.map((p) => p.name).join('|')})[”"’]?`, 'g');
const PHASE = new RegExp([...PLAN_PHASES].sort((a, b) => b.word.length - a.word.length).map((p) => p.word).join('|'), 'g');
const ANNIVERSARY_WORDS = ANNIVERSARIES.flatMap((a) => a.words.map((word) => ({ word, founded: a.founded }))).sort((a, b) => b.word.length - a.word.length);
const ANNIVERSARY = new RegExp(`(${ANNIVERSARY_WORDS.map((a) => a.word).join('|')})(\\d{1,3}|[一二三四五六七八九十百]{1,4})周年`, 'g');

/** The last subject before `index` in the sentence, if any. */
function subjectBefore(sentence: string, index: number): string | undefined {
  let found: string | undefined;
  for (const m of sentence.matchAll(SUBJECT)) if (m.index! < index) found = m[1];
  return found;
}

function phaseEvidence(file: string, sentence: string, reportYear: number, out: Evidence[], skipped: string[]) {
  for (const m of sentence.matchAll(PHASE)) {
    const at = m.index!;
    // The plan the phase belongs to: the nearest plan name before it in the same clause (between commas).
    const clauseStart = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf(',', at)) + 1;
    const clause = sentence.slice(clauseStart, at);
    const plans = [...clause.matchAll(PLAN_NAME)];
    const subject = subjectBefore(sentence, at);
    if (plans.length === 0 || !subject) {
      skipped.push(`${file}: ${sentence.slice(Math.max(0, at - 30), at + m[0].length)} (${plans.length === 0 ? 'no plan named' : 'no year said'})`);
      continue;
    }
    const period = PLAN_PERIODS.find((p) => p.name === plans[plans.length - 1]![1])!;
    const phase = PLAN_PHASES.find((p) => p.word === m[0])!;
    out.push({ file, text: sentence.slice(Math.max(0, sentence.lastIndexOf(subject, at)), at + m[0].length), said: spokenYear(subject, reportYear), expected: period.first + phase.yearOfPeriod - 1 });
  }
}

function anniversaryEvidence(file: string, sentence: string, reportYear: number, out: Evidence[], skipped: string[]) {
  for (const m of sentence.matchAll(ANNIVERSARY)) {
    const at = m.index!;
    const word = ANNIVERSARY_WORDS.find((a) => a.word === m[1])!;
    const subject = subjectBefore(sentence, at);
    // Only a sentence that says its year IS the anniversary (今年是新中国成立75周年); 庆祝建党100周年 in a plan
    // part, or a speech given at a celebration, ties no year.
    const between = subject ? sentence.slice(sentence.lastIndexOf(subject, at) + subject.length, at) : '';
    if (!subject || /庆祝|纪念|迎接|举办|完成|讲话|大会/.test(between)) {
      skipped.push(`${file}: ${sentence.slice(Math.max(0, at - 20), at + m[0].length)} (${subject ? 'an event, not the year' : 'no year said'})`);
      continue;
    }
    out.push({ file, text: sentence.slice(sentence.lastIndexOf(subject, at), at + m[0].length), said: spokenYear(subject, reportYear), expected: word.founded + cnNumber(m[2]!) });
  }
}

describe('years: the corpus agrees with the tables', function () {
  this.timeout(20000);
  const reports = [corpusDir(), corpusMoreDir()].filter(existsSync).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /^\d+_.+_\d{4}\.txt$/.test(name))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
  const labelled = (name: string) => Number(name.match(/_(\d{4})\.txt$/)![1]);

  it('finds the reports', () => assert.ok(reports.length >= 60, `corpus not found beside the repository (${reports.length})`));

  it('the header or title year is the report year wherever a report names one', () => {
    const named: string[] = [];
    const unnamed: string[] = [];
    for (const { name, text } of reports) {
      const header = headerYear(flat(text).split('\n'));
      if (!header) unnamed.push(name);
      else {
        assert.equal(header.year, labelled(name), `${name}: ${header.line.slice(0, 60)}`);
        named.push(`${name}: ${header.year}`);
      }
    }
    assert.ok(named.length >= 45, `only ${named.length} headers`);
    if (VERBOSE) console.log(`      header year in ${named.length} reports; none in: ${unnamed.join(', ')}`);
  });

  it('every 今年是…“十N五”…开局之年 / 收官之年 / 第一年 fits the plan periods', () => {
    const evidence: Evidence[] = [];
    const skipped: string[] = [];
    for (const { name, text } of reports) for (const sentence of sentencesOf(text)) phaseEvidence(name, sentence, labelled(name), evidence, skipped);
    const wrong = evidence.filter((e) => e.said !== e.expected);
    if (VERBOSE || wrong.length > 0) {
      for (const e of evidence) console.log(`      ${e.said === e.expected ? 'ok ' : 'BAD'} ${e.file}: ${e.text} → ${e.said} (tables: ${e.expected})`);
      for (const s of skipped) console.log(`      --  ${s}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(evidence.length >= 40, `only ${evidence.length} phrases read`);
    // Each certain phase the corpus uses with a plan is borne out at least once.
    for (const word of ['开局之年', '起步之年', '收官之年', '第一年']) assert.ok(evidence.some((e) => e.text.endsWith(word)), word);
  });

  it('every 今年是…成立N周年 fits the founding years', () => {
    const evidence: Evidence[] = [];
    const skipped: string[] = [];
    for (const { name, text } of reports) for (const sentence of sentencesOf(text)) anniversaryEvidence(name, sentence, labelled(name), evidence, skipped);
    const wrong = evidence.filter((e) => e.said !== e.expected);
    if (VERBOSE || wrong.length > 0) {
      for (const e of evidence) console.log(`      ${e.said === e.expected ? 'ok ' : 'BAD'} ${e.file}: ${e.text} → ${e.said} (tables: ${e.expected})`);
      for (const s of skipped) console.log(`      --  ${s}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(evidence.length >= 12, `only ${evidence.length} anniversaries read`);
  });
});
