/**
 * Positions in a .docx. A .docx has no lines: a finding is placed by its paragraph, counted 1-based over the body's
 * paragraphs as the reader renders them (table cells row by row; a paragraph joined to the next by a deleted mark
 * counts once), `段落N`; in the notes section the reader builds from Word's footnotes, by the note, `脚注N`
 * (`尾注N` for an endnote). The words around the finding go with it, the finding itself in 「」.
 */
import type { DocxPart, DocxText } from '../../server/src/docx/index';

export interface DocxLocation {
  /** `段落12`, `脚注3`, `尾注1`, or the notes title `名词解释`. */
  label: string;
  /** 1-based paragraph of the body, when the finding is in it. */
  paragraph?: number;
  /** The note's number, when the finding is in a footnote or endnote. */
  note?: number;
  part: DocxPart;
  /** The XML paragraph (n-th `w:p` of the part, 0-based) and run (n-th `w:r` of it) it starts in. */
  xmlParagraph?: number;
  run?: number;
  offsetInRun: number;
  /** The words around it: `…加力推进「“两新”」政策…`. */
  context: string;
}

/** Characters of context on each side, and of the finding itself before it is cut with an ellipsis. */
const AROUND = 12;
const HIT = 24;

export function docxLocation(docx: DocxText, offset: number, length: number): DocxLocation {
  const position = docx.map(offset);
  const paragraph = docx.paragraphs[position.paragraph]!;
  let label: string;
  if (paragraph.part === 'document' && paragraph.number > 0) label = `段落${paragraph.number}`;
  else if (paragraph.note) label = `${paragraph.part === 'endnotes' ? '尾注' : '脚注'}${paragraph.note}`;
  else label = docx.text.slice(paragraph.start, paragraph.end);
  const text = docx.text;
  const end = Math.min(offset + length, paragraph.end);
  const from = Math.max(paragraph.start, offset - AROUND);
  const to = Math.min(paragraph.end, end + AROUND);
  let hit = text.slice(offset, Math.max(offset, end));
  if (hit.length > HIT) hit = `${hit.slice(0, HIT)}…`;
  const context = `${from > paragraph.start ? '…' : ''}${text.slice(from, offset)}「${hit}」${text.slice(Math.max(offset, end), to)}${to < paragraph.end ? '…' : ''}`;
  return {
    label,
    ...(paragraph.part === 'document' && paragraph.number > 0 ? { paragraph: paragraph.number } : {}),
    ...(paragraph.note ? { note: paragraph.note } : {}),
    part: paragraph.part,
    ...(position.xmlParagraph !== undefined ? { xmlParagraph: position.xmlParagraph } : {}),
    ...(position.run !== undefined ? { run: position.run } : {}),
    offsetInRun: position.offsetInRun,
    context: context.replace(/\r\n|[\r\n\t]/g, ' '),
  };
}

/** Names the reader opens as Word documents (.doc and .wps are refused with a message when they are OLE files). */
export function isWordName(name: string): boolean {
  return /\.(docx|docm|dotx|dotm|doc|wps)$/i.test(name);
}
