/**
 * The words report prose is made of (推进, 加快, 高质量发展 …): 55–85 of them per 1,000 Chinese characters in every
 * report of the corpus, under 5 in other Chinese text. Detection (detect.ts) reads an excerpt by them. Both scripts:
 * detection reads the text as it is (it runs in the client, before anything is normalised).
 */
import { CHINESE_ORDINAL, ORDINAL_DIGIT } from './numerals';

export const REPORT_WORDS = [
  '推进', '推進', '加快', '建设', '建設', '发展', '發展', '坚持', '堅持', '实施', '實施', '全面', '深化', '持续', '持續',
  '着力', '著力', '扎实', '紮實', '推动', '推動', '提升', '完善', '加强', '加強', '高质量', '高質量', '统筹', '統籌',
  '落实', '落實', '改革', '创新', '創新', '保障', '服务', '服務', '体系', '體系', '机制', '機制', '工作', '重点', '重點',
  '项目', '項目', '产业', '產業', '经济', '經濟', '民生', '治理', '积极', '積極', '不断', '不斷', '进一步', '進一步',
  '全力', '有效', '社会主义', '社會主義', '人民群众', '人民群眾', '国民经济', '國民經濟', '各级', '各級', '计划', '計劃', '計畫',
  '施政', '辦理', '办理',
];
/** The report's title in both scripts (detection reads the original text). */
export const DOCUMENT_TITLE_BOTH = /政府工作(?:报告|報告)/;
/** The address, with the mark that follows it. */
export const ADDRESS_WITH_MARK = /各位代表[：:，,！!]/;
/** Words of a report's parts in both scripts: a cue that the text is a report. */
export const PART_WORDS_BOTH = /主要预期目标|工作回顾|工作安排|名词解释|主要預期目標|工作回顧|名詞解釋/;
/** A line that opens with a first- or second-level ordinal (一、 （一） (一)), for detection. */
export const HEADING_LINE_START = new RegExp(`^[ \\t\\u3000]*(?:${CHINESE_ORDINAL}、|[（(]${CHINESE_ORDINAL}[）)])`, 'gm');
/** A run-in enumerator at the start of a clause: 一是, 二要 … */
export const RUN_IN_START = new RegExp(`(?:^|[。；;：:，,！？])[ \\t\\u3000]*${ORDINAL_DIGIT}{1,2}[是要]`, 'gm');
/** Chinese characters, counted to judge the density of report words. */
export const CHINESE_CHARACTER = /[\u3400-\u9fff]/g;
