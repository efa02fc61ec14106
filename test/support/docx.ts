/**
 * Writing .docx fixtures in the tests: with the `docx` library (a devDependency made for writing Word documents),
 * or, for what it cannot write (tracked changes, field codes, hand-made numbering), a package assembled by hand
 * with fflate from the XML parts given.
 */
import * as docx from 'docx';
import { strToU8, zipSync } from 'fflate';
import { formatChineseNumeral, NOTES_TITLES } from '../../server/src/core/index';

export { docx };

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal package from its parts: `document` is the body's inner XML; `numbering` and `footnotes` inner XML. */
export function handMadeDocx(parts: { body: string; numbering?: string; footnotes?: string; styles?: string }): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = [
    parts.numbering !== undefined ? rel('rId1', 'numbering', 'numbering.xml') : '',
    parts.footnotes !== undefined ? rel('rId2', 'footnotes', 'footnotes.xml') : '',
    parts.styles !== undefined ? rel('rId3', 'styles', 'styles.xml') : '',
  ].join('');
  const xml = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W_NS}">${inner}</w:${root}>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(xml('document', `<w:body>${parts.body}</w:body>`)),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(xml('numbering', parts.numbering));
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = strToU8(xml('footnotes', parts.footnotes));
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(xml('styles', parts.styles));
  return zipSync(files);
}

export async function pack(document: docx.Document): Promise<Uint8Array> {
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

/** The heading list a drafter would set up in Word: 一、 → （一） → 1. (no tab after the number). */
export const HEADING_LIST = {
  reference: 'headings',
  levels: [
    { level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1, suffix: docx.LevelSuffix.NOTHING },
    { level: 1, format: docx.LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1, suffix: docx.LevelSuffix.NOTHING },
    { level: 2, format: docx.LevelFormat.DECIMAL, text: '%3.', start: 1, suffix: docx.LevelSuffix.NOTHING },
  ],
};

const FULLWIDTH_MARKER = /［([0-9]+)］/g;

/**
 * A draft written as .txt → the same draft as a .docx a drafter would save: one paragraph a line; headings 一、 and
 * （一） as Word's automatic numbering wherever Word would show the same number (a restart at 一 opens a new list
 * instance; a number Word would not produce stays typed); markers ［n］ inside a line as superscript digits (not
 * after a Latin letter or digit, where Word's superscript reads as an exponent, nor right after another marker,
 * which would run into one number).
 */
export function docxFromText(text: string, options: DocxFromTextOptions = {}): docx.Document {
  let lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const footnotes: Record<number, { children: docx.Paragraph[] }> = {};
  if (options.wordNotes) {
    let title = -1;
    lines.forEach((line, i) => {
      if ((NOTES_TITLES as readonly string[]).includes(line.trim())) title = i;
    });
    const section = title < 0 ? [] : lines.slice(title + 1);
    if (!NOTE_ENTRY.test(section.find((l) => l.trim() !== '') ?? '')) throw new Error('wordNotes: the draft has no notes section of entries ［n］…');
    let note: number | undefined;
    for (const line of section) {
      const entry = NOTE_ENTRY.exec(line);
      if (entry) footnotes[(note = Number(entry[1]))] = { children: [] };
      const rest = entry ? line.slice(entry[0].length) : line;
      if (note !== undefined && rest.trim() !== '') footnotes[note]!.children.push(new docx.Paragraph({ children: [new docx.TextRun(rest)] }));
    }
    lines = lines.slice(0, title);
  }
  const notes = new Set(Object.keys(footnotes).map(Number));
  let instance = 0;
  let top = 0;
  let sub = 0;
  const paragraphs = lines.map((line) => {
    const first = `${formatChineseNumeral(1)}、`;
    const nextTop = `${formatChineseNumeral(top + 1)}、`;
    const firstSub = `（${formatChineseNumeral(1)}）`;
    const nextSub = `（${formatChineseNumeral(sub + 1)}）`;
    let numbering: { reference: string; level: number; instance: number } | undefined;
    let rest = line;
    if (instance > 0 && line.startsWith(nextTop) && line.length > nextTop.length) {
      top++;
      sub = 0;
      numbering = { reference: HEADING_LIST.reference, level: 0, instance };
      rest = line.slice(nextTop.length);
    } else if (line.startsWith(first) && line.length > first.length) {
      instance++;
      top = 1;
      sub = 0;
      numbering = { reference: HEADING_LIST.reference, level: 0, instance };
      rest = line.slice(first.length);
    } else if (instance > 0 && top > 0 && line.startsWith(nextSub) && line.length > nextSub.length) {
      sub++;
      numbering = { reference: HEADING_LIST.reference, level: 1, instance };
      rest = line.slice(nextSub.length);
    } else if (line.startsWith(firstSub) && line.length > firstSub.length && instance > 0 && top > 0 && sub === 0) {
      sub = 1;
      numbering = { reference: HEADING_LIST.reference, level: 1, instance };
      rest = line.slice(firstSub.length);
    }
    return new docx.Paragraph({ children: runsOf(rest, numbering === undefined, notes), ...(numbering ? { numbering } : {}) });
  });
  return new docx.Document({ numbering: { config: [HEADING_LIST] }, footnotes, sections: [{ children: paragraphs }] });
}

export interface DocxFromTextOptions {
  /**
   * The draft's notes as Word footnotes: the last notes section (a line that is a notes title, then entries opened by
   * ［n］, each line a paragraph; an error without one) is left out of the body and each entry becomes footnote n;
   * every marker ［n］ of the body with a note becomes its footnote reference. Markers without a note stay as the rule
   * above makes them.
   */
  wordNotes?: boolean;
}

const NOTE_ENTRY = /^\s*［([0-9]+)］/;

function runsOf(text: string, lineStart: boolean, notes: ReadonlySet<number>): docx.ParagraphChild[] {
  const runs: docx.ParagraphChild[] = [];
  let at = 0;
  let previousEnd = -1;
  for (const m of text.matchAll(FULLWIDTH_MARKER)) {
    const start = m.index!;
    if (notes.has(Number(m[1]))) {
      if (start > at) runs.push(new docx.TextRun(text.slice(at, start)));
      runs.push(new docx.FootnoteReferenceRun(Number(m[1])));
      at = start + m[0].length;
      previousEnd = at;
      continue;
    }
    const before = text[start - 1] ?? '';
    const keepTyped = (start === 0 && lineStart) || /[A-Za-z0-9]/.test(before) || start === previousEnd || start === 0;
    const followedByMarker = text.startsWith('［', start + m[0].length) || /^[0-9]/.test(text.slice(start + m[0].length));
    if (keepTyped || followedByMarker) continue;
    if (start > at) runs.push(new docx.TextRun(text.slice(at, start)));
    runs.push(new docx.TextRun({ text: m[1]!, superScript: true }));
    at = start + m[0].length;
    previousEnd = at;
  }
  if (at < text.length || runs.length === 0) runs.push(new docx.TextRun(text.slice(at)));
  return runs;
}

/**
 * The drafts (each as .txt text) repeated until their .docx, as `docxFromText` saves it, is at least `size` bytes:
 * the 1 MB Word draft of the reader's timing test and of `npm run bench`.
 */
export async function docxOfAtLeast(texts: readonly string[], size: number): Promise<Uint8Array> {
  const all = texts.map((t) => t.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')).join('\n');
  let bytes: Uint8Array = new Uint8Array(0);
  for (let copies = 1; bytes.length < size && copies < 20; copies++) bytes = await pack(docxFromText(Array.from({ length: copies }, () => all).join('\n')));
  return bytes;
}
