/**
 * The titles and set phrases that give a report its structure: the document title, the address to the deputies,
 * the titles of parts (review, plan, the government's own work), of appendices and of the explanation section, the
 * goal sentence of the targets. Patterns here are matched on the normalised view (simplified script, no stray
 * spaces inside words, ASCII digits), so each word is written once.
 */
import { alternation, charClass } from './regex';

/** The body of a character class (no brackets) of the characters of a string, escaped. */
const charClassBody = (chars: string) => charClass(chars).slice(1, -1);

/** The report's own title (2026年政府工作报告, 政府工作报告). */
export const DOCUMENT_TITLE = '政府工作报告';
/** The address that opens the speech and its closing (各位代表：… 各位代表！). */
export const ADDRESS = '各位代表';

/**
 * Titles of the explanation section, as printed: 名词解释 in most reports, 注释 (05, 19, 54), 注解, 附注, 名词注释,
 * 名词说明, 短语说明 (58), 字库未存字注释 (28: a digitiser's notes on characters missing from the font), and the bare 注
 * (a one-character title on a line of its own). A title is the notes section only where numbered items follow it
 * (facts/report.ts).
 */
export const NOTES_TITLES = ['名词解释', '名词注释', '注释', '注解', '附注', '名词说明', '短语说明', '字库未存字注释', '注'];
/** 附件 (an appendix, 附件2, 附件一：) and 附： (attached:), which may stand before a notes title. */
export const APPENDIX_WORD = '附件';
export const ATTACHED_WORD = '附';
/** 《政府工作报告》有关内容名词注释 (06): a book title and 有关内容 before the notes word. */
export const NOTES_TITLE_QUALIFIER = '有关内容';
/**
 * Decorations around a notes title, before or after it: ※名词解释※ (19, 20, 22, 23, 54, 57, 70), *名词解释 (53),
 * 【名词解释】 (56), [名词解释], ［名词解释］, 〔名词解释〕, 《名词解释》.
 */
export const TITLE_DECORATIONS = '※*＊【】[]［］〔〕《》';

const DECORATION = `[${charClassBody(TITLE_DECORATIONS)}\\s]*`;
/**
 * The explanation section's title, on the normalised view of a short line (letter-spacing such as 名 词 解 释 is gone
 * there): 附件一：/附件2/附： before it, decorations around it, a colon after it.
 */
export const NOTES_TITLE = new RegExp(
  `^(?:${APPENDIX_WORD}\\s*[0-9${'一二三四五六七八九十'}]*\\s*[:：]?\\s*)?(?:${ATTACHED_WORD}\\s*[:：]\\s*)?${DECORATION}` +
    `(?:《?[^》]{0,12}》?${NOTES_TITLE_QUALIFIER})?${alternation(NOTES_TITLES)}${DECORATION}[:：]?${DECORATION}$`,
);
/** An appendix title: 附件, 附件2, 附件2：…, 附：. */
export const APPENDIX_TITLE = new RegExp(`^${APPENDIX_WORD}\\s*[0-9一二三四五六七八九十]*\\s*(?:[:：]|$)|^${ATTACHED_WORD}\\s*[:：]`);

/**
 * What an unnumbered part title ends with: 2023年工作目标任务, 过去五年工作回顾, 过去五年的回顾 (29), 政府自身建设,
 * 2021年经济社会发展目标任务和重点工作 (58).
 */
export const PART_TITLE_CUES = [
  '工作回顾',
  '的回顾',
  '重点工作',
  '工作安排',
  '工作任务',
  '目标任务',
  '主要任务',
  '政府自身建设',
  '总体要求',
  '工作总结',
  '工作建议',
  '工作的建议',
  '奋斗目标',
];
/** What may open an unnumbered part title: a year (2023年, 二〇二三年), a span of years, 今年, 过去五年, 本届政府 … */
const PART_TITLE_PREFIX = `(?:[〇○零一二三四五六七八九]{4}年|\\d{4}年|今年|明年|去年|上年|过去[一五]年|[一五]年来|本届政府|\\d{4}—\\d{4}年)`;
/** A short line that titles a part without a number (58: “十四五”时期经济社会发展总体思路和目标任务). */
export const UNNUMBERED_PART = new RegExp(`^${PART_TITLE_PREFIX}?[^。，,；]{0,20}${alternation(PART_TITLE_CUES)}[:：]?$`);
/**
 * The shape of a part title that puts a slogan before a colon (67: 站在新起点：2012年工作回顾, 开启新征程：确保五年稳定
 * 脱贫…, 塑造新形象：全面加强政府自身建设): a few words, a colon, a title, no other punctuation. Only the shape: such a
 * line is a part title where another line of the report with this shape is one by its words. Groups: the slogan.
 */
export const SLOGAN_PART = /^([^\s。，,；;：:、！？!?“”"（）()]{2,10})[：:][^\s。，,；;：:！？!?]{4,32}$/;

/**
 * The kinds of parts a report has, and the cues that tell a part title's kind (first match wins, in this order). A
 * plan cue that is only a year (关于2014年政府工作) is `dated`: the part reviews that year when the report plans a later
 * one (64: 关于2014年政府工作 before 2015年经济社会发展的任务目标和重点工作). Results stated as done (持续取得新进展新成效,
 * 取得重大成就) tell a review last, after every plan cue. A title with no cue (36: 一鼓作气勇争先，全力推动“十五五”开好局)
 * is told by the report's structure (facts/report.ts): the part that holds the goal paragraph is the plan.
 */
export type PartKind = 'review' | 'plan' | 'government' | 'appendix' | 'notes' | 'other';
export const PART_KIND_CUES: readonly { kind: PartKind; cue: RegExp; dated?: boolean }[] = [
  { kind: 'review', cue: /回顾|过去[一五]年|[一五]年来|工作总结|取得的(?:主要)?成[绩就]/ },
  { kind: 'government', cue: /自身建设|政府建设|作风建设|服务型政府|政府治理|满意(?:的)?政府/ },
  { kind: 'plan', cue: /安排|今年|明年|总体要求|目标任务|主要任务|重点工作|工作任务|工作建议|工作的建议|奋斗目标|发展目标|主要目标/ },
  { kind: 'plan', cue: /\d{4}年.*(?:工作|任务)/, dated: true },
  { kind: 'review', cue: /取得[^，,；;]{0,8}(?:成就|成绩|成效|进展)$/ },
];

/**
 * The kind of a part from its (simplified) title. `reportYear`: the year the report plans; a title whose only cue
 * is an earlier year reviews it.
 */
export function classifyTitle(title: string, reportYear?: number): PartKind {
  for (const { kind, cue, dated } of PART_KIND_CUES) {
    if (!cue.test(title)) continue;
    if (dated && reportYear !== undefined && (titleYear(title) ?? reportYear) < reportYear) return 'review';
    return kind;
  }
  return 'other';
}

/** A year in a title (2021年), not one end of a span (2021—2025年). Groups: the year. */
export const TITLE_YEAR = /(?<![0-9—\-－~～至到])(\d{4})年(?![—\-－~～至到])/;

/** The year a title names (the first one), if any. */
export function titleYear(title: string): number | undefined {
  const m = TITLE_YEAR.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** Parts whose figures are not this year's targets restated: the review (actuals), 政府自身建设, the notes. */
export const PARTS_WITHOUT_TARGETS: readonly PartKind[] = ['review', 'government', 'notes'];

/**
 * The goal sentence of the targets: 主要预期目标是： / 主要预期目标建议为： / 主要目标是： / 主要预期目标 at the end of
 * a line, and 预期目标是： without 主要 (corpus-more 47, 64: 全县经济社会发展的预期目标是：) — but not a bare 目标：
 * (奋斗目标：, 总体目标： name other frames).
 */
export const GOAL_CUE = /主要(?:预期)?目标(?:是|建议为|为)?[：:]|预期目标(?:是|建议为|为)[：:]|主要预期目标\s*$/;
/**
 * What a line must hold (in either script, before normalising) to be worth reading for the goal cue: 目标 and one
 * of the words before it.
 */
export const GOAL_PREFILTER = { before: ['主要', '预期', '預期'], goal: /目[标標]/ };

/** What opens the closing paragraphs (各位代表！让我们…): a list that ends before it was not cut off. */
export const CLOSING_OPENERS = ['各位代表', '让我们', '同志们', '各位委员'];
export const CLOSING = new RegExp(`^${alternation(CLOSING_OPENERS)}`);

/**
 * First sentences that open ordinary paragraphs, not topics: 一是…, 第一…, a date or figure, 一年来, 今年, 去年,
 * 同时, 此外, 总之, 各位代表.
 */
export const NOT_A_TOPIC = /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]|[0-9０-９]|[一五]年来|今年|去年|同时|此外|总之|各位代表)/;

/** 年 after a year's four digits, which may open the document title (2026年政府工作报告). */
export const YEAR_WORD = '年';
