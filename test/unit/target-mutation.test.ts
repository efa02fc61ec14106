/**
 * Target mutations over every corpus report and sample with a 主要预期目标 paragraph: insert, on its own line right
 * after that paragraph, a restatement of one target that contradicts it (the number + 1, another qualifier, or
 * 个百分点 for %) — target-mismatch must report the inserted line (≥95%, from at least 100); one that agrees — no
 * new target-mismatch (≤2%, from at least 50); and a different "actual" right after the review part's title — no
 * new target-mismatch (≤2%, from at least 50).
 *
 * The targets are found by this file's own patterns over the raw lines, never by the linter's parser:
 * - the targets paragraph is the first line holding 主要预期目标 (then 是 / 为 / 建议为) and a colon or the end of
 *   the line, or, in a report with no such line, 主要目标 or 预期目标是 so (corpus/15, 19, 23, corpus-more/47, 64; the
 *   five-year plan's 主要目标 come earlier); from the keyword on; when no figure follows it on that line
 *   (corpus/03, 07), the next non-blank line;
 * - a target is one of the INDICATORS below, after a mark or a word such as 全县 / 全社会 / 地方 (not inside a
 *   longer name), then a few words without punctuation, brackets or digits (增长, 控制在, 比上年增长), then a
 *   figure: a number (or a range), a unit and an optional qualifier. Its first occurrence in the paragraph is used;
 *   an indicator the paragraph does not follow with a figure so (21: 一般公共预算收入在去年市核任务（5.55亿元）的
 *   基础上…) is skipped, and so is one whose words say 分别 (城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右:
 *   which figure is whose is not certain);
 * - the review part's title is the first line before the targets that starts 一、 and names 回顾 within its first
 *   20 characters, or a short line (no 。) naming 回顾; a document without one gets no review insert.
 * Sample 004 writes pinyin glosses inside words (經(jīng)濟(jì)) and traditional characters: the glosses are
 * removed and the characters of the indicator names mapped to simplified ones to find the targets; the inserted
 * restatement is written in the document's own characters (without glosses).
 */
import { lint } from '../../server/src/core/index';
import { lineOf } from '../support/fixtures';
import { checkCaught, checkFlagged, corpusAndSampleDocuments, lineBreakOf, newFlagTally, newTally, rawLines, record, recordFlag, type RawLine } from '../support/mutations';

/** Indicator names as reports write them; longer names first, so 地区生产总值 is not read as 生产总值. */
const INDICATORS = [
  '单位国内生产总值能耗',
  '单位地区生产总值能耗',
  '城乡居民人均可支配收入',
  '城镇居民人均可支配收入',
  '农村居民人均可支配收入',
  '居民人均可支配收入',
  '农民人均纯收入',
  '社会消费品零售总额',
  '规模以上工业增加值',
  '规上工业增加值',
  '地方一般公共预算收入',
  '一般公共预算收入',
  '公共财政预算收入',
  '居民消费价格指数涨幅',
  '居民消费价格涨幅',
  '居民消费价格',
  '细颗粒物（PM2.5）浓度',
  '细颗粒物年均浓度',
  '常住人口城镇化率',
  '城镇调查失业率',
  '城镇登记失业率',
  '全员劳动生产率',
  '人口自然增长率',
  '国内生产总值',
  '地区生产总值',
  '城镇新增就业',
  '固定资产投资',
  '服务业增加值',
  '实际利用外资',
  '进出口总额',
  '进出口总值',
  '外贸进出口',
  '生产总值',
  '财政收入',
  '粮食总产量',
  '粮食产量',
];

const NUMBER = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`;
const UNIT = String.raw`(?:[%％‰]|个百分点|個百分點|万亿斤|亿斤|万吨|万人|亿元|万元|微克\/立方米)`;
const QUALIFIER = String.raw`(?:左右|以上|以内|以內|以下)`;
/** A figure: 5.5%左右, 1200万人以上, 6%－6.5%, 4.5%—5%, 5%-5.5%. */
const FIGURE = String.raw`${NUMBER}${UNIT}?(?:[-－—～~至]${NUMBER})?${UNIT}${QUALIFIER}?`;
/** An indicator, the words between it and its figure, the figure. */
/**
 * What may stand right before an indicator: a mark, the start, or 全县 / 全社会 / 地方 / 其中…. Anything else may
 * make it the end of a longer name (城镇常住居民人均可支配收入, 城镇固定资产投资, 一般公共财政预算收入), which is
 * another indicator.
 */
const BEFORE_INDICATOR = String.raw`(?<=^|[：:，,；;。、\s\u3000]|全县|全市|全省|全区|全社会|全部|全体|全年|县域|地方|其中)`;
const TARGET = new RegExp(String.raw`${BEFORE_INDICATOR}(?<indicator>${INDICATORS.map((name) => name.replace(/[.()]/g, '\\$&')).join('|')})(?<words>[^，,；;。：:、（）()0-9０-９%％]{0,8}?)(?<figure>${FIGURE})`, 'g');
/** 主要预期目标是：, 主要预期目标建议为：, 主要预期目标：, or 主要预期目标 ending its line (the colon on the next). */
const EXPECTED_TARGETS = /主要预期目标(?:是|为|建议为)?(?:[：:]|$)/;
/**
 * 主要目标是： (corpus/15, 19, 23) or 预期目标是： (corpus-more/47, 64), only when no line has 主要预期目标 (the
 * five-year plan's 主要目标 come first).
 */
const TARGETS = /主要目标(?:是|为)?(?:[：:]|$)|预期目标(?:是|为)[：:]/;
const HAS_FIGURE = new RegExp(FIGURE);
const REVIEW_TITLE = /^[ \t\u3000]*一、.{0,20}?回[顾顧]|^[^。]{0,30}回[顾顧][^。]{0,20}$/;

/** Pinyin glosses written after characters in sample 004 (經(jīng)). */
const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;
/** Traditional characters of the indicator names and the targets wording, mapped one to one to simplified. */
const TO_SIMPLIFIED = new Map([...'產产總总長长規规業业經经濟济預预資资會会價价漲涨鎮镇調调糧粮進进額额際际鄉乡員员勞劳動动務务細细顆颗濃浓單单財财徑径標标內内億亿萬万個个點点實实農农費费噸吨記记數数純纯'].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!] as [string, string]] : [])));
const simplified = (text: string) => [...text].map((c) => TO_SIMPLIFIED.get(c) ?? c).join('');

interface Target {
  /** As the document writes them (glosses removed): `国内生产总值`, `增长5%左右`. */
  indicator: string;
  wording: string;
}

interface TargetsParagraph {
  /** The line the restatements go after. */
  line: RawLine;
  targets: Target[];
  traditional: boolean;
}

function findTargets(lines: RawLine[]): TargetsParagraph | undefined {
  const plainLines = lines.map((l) => simplified(l.text.replace(GLOSS, '')));
  let keyIndex = plainLines.findIndex((l) => EXPECTED_TARGETS.test(l));
  if (keyIndex < 0) keyIndex = plainLines.findIndex((l) => TARGETS.test(l));
  if (keyIndex < 0) return undefined;
  const keyword = (EXPECTED_TARGETS.exec(plainLines[keyIndex]!) ?? TARGETS.exec(plainLines[keyIndex]!))!;
  let line = lines[keyIndex]!;
  let text = line.text.replace(GLOSS, '').slice(keyword.index);
  if (!HAS_FIGURE.test(text)) {
    const next = lines.slice(keyIndex + 1).find((l) => l.text.trim() !== '');
    if (!next) return undefined;
    line = next;
    text = next.text.replace(GLOSS, '');
  }
  const targets: Target[] = [];
  for (const m of simplified(text).matchAll(TARGET)) {
    const { indicator, words, figure } = m.groups!;
    // 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右: which figure is whose is not certain.
    if (words!.includes('分别') || targets.some((t) => simplified(t.indicator) === indicator)) continue;
    const at = m.index! + indicator!.length;
    targets.push({ indicator: text.slice(m.index!, at), wording: text.slice(at, at + words!.length + figure!.length) });
  }
  return { line, targets, traditional: simplified(text) !== text };
}

function insertAfterLine(text: string, line: RawLine, sentence: string): string {
  return text.slice(0, line.end) + lineBreakOf(text) + sentence + text.slice(line.end);
}

/** Three contradictions per target: the number + 1, another qualifier, another unit where one makes sense. */
function contradictions(value: string): string[] {
  const out: string[] = [];
  out.push(value.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/, (n) => String(Number(n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.')) + 1)));
  if (/左右/.test(value)) out.push(value.replace('左右', '以上'));
  else if (/以上|以[内內]|以下/.test(value)) out.push(value.replace(/以上|以[内內]|以下/, '左右'));
  else out.push(`${value}左右`);
  if (/[%％]/.test(value) && !/[-－—～~]/.test(value)) out.push(value.replace(/[%％]/, '个百分点'));
  return out;
}

const mismatches = (text: string) => lint(text).problems.filter((p) => p.ruleId === 'target-mismatch');

describe('target mutations over the corpus and samples', function () {
  this.timeout(300000);
  const contradicting = newTally();
  const agreeing = newFlagTally();
  const review = newFlagTally();

  before(() => {
    for (const { key, text } of corpusAndSampleDocuments()) {
      const lines = rawLines(text);
      const paragraph = findTargets(lines);
      if (!paragraph) continue;
      const before = mismatches(text).length;
      const reviewTitle = lines.slice(0, paragraph.line.index).find((l) => REVIEW_TITLE.test(l.text));
      for (const { indicator, wording } of paragraph.targets) {
        // The restatement goes on its own line right after the targets paragraph, in the plan part.
        for (const contradiction of contradictions(wording)) {
          const changed = insertAfterLine(text, paragraph.line, `全年${indicator}${contradiction}。`);
          const found = mismatches(changed).some((p) => lineOf(changed, p.offset) === paragraph.line.index + 1);
          record(contradicting, found, `${key}: ${indicator}${wording} → ${contradiction}`);
        }
        {
          const changed = insertAfterLine(text, paragraph.line, `全年${indicator}${wording}。`);
          recordFlag(agreeing, mismatches(changed).length > before, `${key}: ${indicator}${wording}`);
        }
        if (reviewTitle) {
          const actual = contradictions(wording)[0]!;
          const changed = insertAfterLine(text, reviewTitle, `${paragraph.traditional ? '過去一年' : '过去一年'}，${indicator}${actual}。`);
          recordFlag(review, mismatches(changed).length > before, `${key}:${reviewTitle.index + 2} ${indicator}${actual}`);
        }
      }
    }
  });

  it('contradicting restatements are reported (≥95%)', () => checkCaught('contradicting', contradicting, 100, 0.95));
  it('agreeing restatements are not reported (≤2%)', () => checkFlagged('agreeing', agreeing, 50, 0.02));
  it('a different actual in the review part is never reported (≤2%)', () => checkFlagged('review-part actuals', review, 50, 0.02));
});
