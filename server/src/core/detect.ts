/**
 * Does a plain-text file look like a government work report, or a chapter or excerpt of one? Decides whether a
 * `.txt` opened in the editor is checked in the `govreport` mode. Pure and dependency-free so the client can
 * bundle it.
 *
 * A whole report announces itself (the title 政府工作报告, the address 各位代表, the part titles). An excerpt does
 * not: it is recognised by its prose, which is dense with the words reports are made of (推进, 加快, 高质量发展 …:
 * 55–85 per 1,000 Chinese characters in every report of the corpus, under 5 in a README or a program's messages),
 * together with the shapes of report structure (headings on the ladder, 一是…二是 runs).
 */

const TITLE = /政府工作(?:报告|報告)/;
const ADDRESS = /各位代表[：:，,！!]/;
const HEADING_LINE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/gm;
const SECTION_WORDS = /主要预期目标|工作回顾|工作安排|名词解释|主要預期目標|工作回顧|名詞解釋/;
/** A run-in enumerator at the start of a clause: 一是, 二要 … */
const RUN_IN = /(?:^|[。；;：:，,！？])[ \t\u3000]*[一二三四五六七八九十]{1,2}[是要]/gm;
const CJK = /[\u3400-\u9fff]/g;

/** The words report prose is made of, in both scripts. */
const REPORT_WORDS = [
  '推进', '推進', '加快', '建设', '建設', '发展', '發展', '坚持', '堅持', '实施', '實施', '全面', '深化', '持续', '持續',
  '着力', '著力', '扎实', '紮實', '推动', '推動', '提升', '完善', '加强', '加強', '高质量', '高質量', '统筹', '統籌',
  '落实', '落實', '改革', '创新', '創新', '保障', '服务', '服務', '体系', '體系', '机制', '機制', '工作', '重点', '重點',
  '项目', '項目', '产业', '產業', '经济', '經濟', '民生', '治理', '积极', '積極', '不断', '不斷', '进一步', '進一步',
  '全力', '有效', '社会主义', '社會主義', '人民群众', '人民群眾', '国民经济', '國民經濟', '各级', '各級', '计划', '計劃', '計畫',
  '施政', '辦理', '办理',
];
const REPORT_WORD = new RegExp(REPORT_WORDS.join('|'), 'g');

/** What a text was read as: a whole report, a chapter or excerpt of one, or something else. */
export type DraftKind = 'report' | 'excerpt' | 'none';

export interface DraftSignals {
  /** Chinese characters in the part read. */
  chinese: number;
  /** Report words per 1,000 Chinese characters. */
  density: number;
  headings: number;
  runIn: number;
  /** Title, address, headings and section words (the whole-report score). */
  score: number;
}

/** At most this much is read: enough for the title, the address and the first chapters. */
const PREFIX = 65536;
/** An excerpt needs at least this much Chinese to be judged by its words. */
const MIN_CHINESE = 300;
/** Report prose: at least this many report words per 1,000 Chinese characters (other prose has under 5) … */
const MIN_DENSITY = 20;
/** … or, with two structural cues (headings, 一是…二是), this many. */
const MIN_DENSITY_WITH_STRUCTURE = 12;

export function draftSignals(text: string): DraftSignals {
  const head = text.slice(0, PREFIX);
  let score = 0;
  if (TITLE.test(head)) score += 2;
  if (ADDRESS.test(head)) score += 2;
  const headings = head.match(HEADING_LINE)?.length ?? 0;
  if (headings >= 3) score += 1;
  if (headings >= 6) score += 1;
  if (SECTION_WORDS.test(head)) score += 1;
  const chinese = head.match(CJK)?.length ?? 0;
  const words = head.match(REPORT_WORD)?.length ?? 0;
  const runIn = head.match(RUN_IN)?.length ?? 0;
  return { chinese, density: chinese > 0 ? (1000 * words) / chinese : 0, headings, runIn, score };
}

export function classifyDraft(text: string): DraftKind {
  const s = draftSignals(text);
  if (s.score >= 3) return 'report';
  if (s.chinese < MIN_CHINESE) return 'none';
  if (s.density >= MIN_DENSITY || (s.density >= MIN_DENSITY_WITH_STRUCTURE && s.headings + s.runIn >= 2)) return 'excerpt';
  return 'none';
}

/** A whole report (not an excerpt): kept for callers that only switch whole reports. */
export function looksLikeReport(text: string): boolean {
  return classifyDraft(text) === 'report';
}
