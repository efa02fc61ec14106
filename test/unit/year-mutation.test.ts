/**
 * Mutation tests for year-mismatch over the corpus (issue 14 item 4): a report's year is shifted by one in its header
 * and its part titles only, as a draft copied from last year's file would have them, while the phrases tied to the
 * year stay as they were (今年是“十五五”开局之年, 2026年…主要预期目标, 今年是新中国成立77周年, 刚刚过去的一年是“十四五”
 * 收官之年). Each such phrase must be reported on its line (≥95%); the unchanged reports are silent (controls).
 *
 * The header, the titles and the phrases are found by this file's own patterns over the raw lines, never by the
 * linter's reader.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';
import { corpusDocuments, newTally, rawLines, checkCaught, type RawLine } from '../support/mutations';

/** The address that ends the header. */
const ADDRESS = /^\s*各位代表/;
/** A year in the header or a title (ASCII, full-width or Chinese digits), not one end of a span. */
const YEAR = /(?<![\d０-９—\-－~～至到])([12][0-9]{3}|[１２][０-９]{3}|[一二][〇○零一二三四五六七八九]{3})(\s*年)(?![—\-－~～至到以来])/g;
/** A year in the header (——2026年1月27日: a dash may open the line). */
const HEADER_YEAR = /(?<![\d０-９])([12][0-9]{3}|[１２][０-９]{3}|[一二][〇○零一二三四五六七八九]{3})(\s*年)/g;
/** A part title: a short line (maybe numbered 一、) that names a review or a plan, with no sentence mark inside. */
const PART_TITLE = /^[\s\u3000]*(?:[一二三四五六七八九十]+、)?[^。，；！？]{0,30}(?:回顾|工作安排|重点工作|目标任务|主要任务|工作任务|总体要求(?:和政策取向)?|工作的建议|政府工作的建议|工作总体部署|任务目标和重点工作)[\s\u3000]*$/;
/** Phrases tied to the report year: a subject year word, then a phase or an anniversary in the same sentence. */
const PHASE = /(今年|去年|过去的一年|刚刚过去的一年)[，,]?(?:也|又)?是[^。；！？]{0,40}?[“"]?十[一二三四五六]五[”"]?(?:规划)?(?:的)?(?:开局|起步|收官)之年/;
const ANNIVERSARY = /(今年|去年|过去的一年|刚刚过去的一年)[，,]?(?:也|又)?是[^。；！？]{0,40}?(?:新中国|中华人民共和国|中国共产党|建党|改革开放)(?:成立|建党)?\d{1,3}周年/;
/** The goal sentence with a year before its cue. */
const GOAL = /(?<![\d—\-－~～至到])(\d{4})年[^。；，：]{0,24}主要(?:预期)?目标(?:是|为|建议为)?[：:]/;
const NOTES_TITLE = /^[ \t\u3000※*【\[]*(?:附件?[一二三四五六七八九十0-9０-９]*[:：][ \t]*)?(?:名\s*词\s*解\s*释|名词注释|注释|附注|注解|短语说明)[ \t\u3000※：:】\]]*$/;
const HEADER_LINES = 8;

const DIGITS = '0123456789';
const FULL = '０１２３４５６７８９';
const CHINESE = ['〇一二三四五六七八九', '○一二三四五六七八九', '零一二三四五六七八九'];

/** The year written one later, in its own digits. */
function shifted(written: string): string {
  const alphabet = /^\d+$/.test(written) ? DIGITS : /^[０-９]+$/.test(written) ? FULL : CHINESE.find((a) => [...written.slice(1)].every((c) => a.includes(c))) ?? CHINESE[0]!;
  const value = [...written].reduce((v, c) => v * 10 + (alphabet.includes(c) ? alphabet.indexOf(c) : '〇○零'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1), 0);
  return [...String(value + 1)].map((d) => alphabet[Number(d)]).join('');
}

function shiftLine(text: string, header: boolean): string {
  return text.replace(header ? HEADER_YEAR : YEAR, (_m, year: string, tail: string) => shifted(year) + tail);
}

/** The report with its header (and, unless `headerOnly`, its part titles) one year on; how many lines were shifted. */
function shiftYear(text: string, lines: RawLine[], headerOnly = false): { text: string; shifted: number } {
  let out = '';
  let at = 0;
  let count = 0;
  let inHeader = true;
  let seen = 0;
  for (const line of lines) {
    if (NOTES_TITLE.test(line.text)) break;
    if (ADDRESS.test(line.text)) inHeader = false;
    if (line.text.trim() !== '') seen++;
    if (seen > HEADER_LINES) inHeader = false;
    const titleShaped = PART_TITLE.test(line.text) && line.text.trim().length <= 40;
    // A report without a header opens with its first part title: the header has ended.
    if (titleShaped) inHeader = false;
    const isTitle = !headerOnly && titleShaped;
    if (!inHeader && !isTitle) continue;
    const replaced = shiftLine(line.text, inHeader);
    if (replaced === line.text) continue;
    out += text.slice(at, line.start) + replaced;
    at = line.end;
    count++;
  }
  return { text: out + text.slice(at), shifted: count };
}

describe('mutations: year-mismatch', function () {
  this.timeout(60000);
  const tally = newTally();
  const titles = newTally();
  const controls: string[] = [];
  let reports = 0;

  before(() => {
    for (const doc of corpusDocuments()) {
      const own = lint(doc.text).problems.filter((p) => p.ruleId === 'year-mismatch');
      for (const p of own) controls.push(`${doc.key}@${p.offset} ${p.message}`);
      const lines = rawLines(doc.text);
      const mutation = shiftYear(doc.text, lines);
      if (mutation.shifted === 0) continue;
      reports++;
      const found = lint(mutation.text).problems.filter((p) => p.ruleId === 'year-mismatch');
      const mutatedLines = rawLines(mutation.text);
      for (const line of mutatedLines) {
        if (NOTES_TITLE.test(line.text)) break;
        const phrase = PHASE.exec(line.text) ?? ANNIVERSARY.exec(line.text) ?? GOAL.exec(line.text);
        if (!phrase) continue;
        // A goal sentence whose year was shifted with the titles (a title line) is not a phrase left behind.
        if (phrase === GOAL.exec(line.text) && line.text !== lines[line.index]!.text) continue;
        const caught = found.some((p) => p.offset >= line.start && p.offset <= line.end);
        tally.tried++;
        if (caught) tally.caught++;
        else tally.misses.push(`${doc.key}:${line.index + 1} ${phrase[0].slice(0, 40)}`);
      }
      // The header alone moved on (the titles and the phrases kept last year's): every part title with one year, and
      // every phrase above, is left behind.
      const headerOnly = shiftYear(doc.text, lines, true);
      if (headerOnly.shifted === 0) continue;
      const foundHeaderOnly = lint(headerOnly.text).problems.filter((p) => p.ruleId === 'year-mismatch');
      for (const line of rawLines(headerOnly.text)) {
        if (NOTES_TITLE.test(line.text)) break;
        const title = PART_TITLE.test(line.text) && line.text.trim().length <= 40 && [...line.text.matchAll(YEAR)].length === 1;
        const phrase = PHASE.exec(line.text) ?? ANNIVERSARY.exec(line.text) ?? GOAL.exec(line.text);
        if (!title && !phrase) continue;
        titles.tried++;
        if (foundHeaderOnly.some((p) => p.offset >= line.start && p.offset <= line.end)) titles.caught++;
        else titles.misses.push(`${doc.key}:${line.index + 1} ${line.text.trim().slice(0, 40)}`);
      }
    }
  });

  it('the phrases tied to the year that a shifted header and titles leave behind are found (≥95%)', () => {
    console.log(`      reports shifted: ${reports}`);
    checkCaught('phrases left behind', tally, 15, 0.95);
  });

  it('with the header alone shifted, the titles and phrases left behind are found (≥95%)', () => {
    checkCaught('titles and phrases left behind', titles, 50, 0.95);
  });

  it('the unchanged reports are silent (controls)', () => {
    assert.deepEqual(controls, []);
  });
});
