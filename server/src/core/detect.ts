/**
 * Does a plain-text file look like a government work report? Decides whether a `.txt` opened in the editor
 * switches to the `govreport` mode. Pure and dependency-free so the client can bundle it.
 */

const TITLE = /政府工作(?:报告|報告)/;
const ADDRESS = /各位代表[：:，,！!]/;
const HEADING_LINE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/gm;

/** Reads at most the first 64 KB: enough for the title, the address and the first headings. */
export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 65536);
  let score = 0;
  if (TITLE.test(head)) score += 2;
  if (ADDRESS.test(head)) score += 2;
  const headings = head.match(HEADING_LINE)?.length ?? 0;
  if (headings >= 3) score += 1;
  if (headings >= 6) score += 1;
  if (/主要预期目标|工作回顾|工作安排|名词解释/.test(head)) score += 1;
  return score >= 3;
}
