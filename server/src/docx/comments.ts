/**
 * A commented copy of a .docx: one Word comment (批注) per finding, anchored on the runs the finding covers.
 *
 * What is written:
 * - `w:commentRangeStart` / `w:commentRangeEnd` around the finding's words, a run holding `w:commentReference` right
 *   after the range. A run the finding covers in part is split where the finding starts and ends (each half keeps the
 *   run's own attributes and `w:rPr`; a `w:t` split in two carries `xml:space="preserve"`, its text kept as written,
 *   entities and all). A superscript run (a note marker, an exponent; raised by its own `w:vertAlign` or by its
 *   character style) is never split: the comment covers it whole.
 * - Words rendered from no run (Word's automatic numbering, alone in the finding): the comment covers the paragraph
 *   (an empty range in a paragraph that holds nothing but its number).
 * - Findings in the notes section (Word footnotes and endnotes): anchored on the note's reference in the body (the
 *   first marker that renders the note's number), not inside footnotes.xml: Word shows comments of the body in
 *   every view, and a comment in a note is easily missed. The notes title, which no XML renders, anchors on the
 *   first marker; with no marker at all, on the body's last paragraph.
 * - `word/comments.xml`, created (with its relationship and its content-type override) or, when the document already
 *   has comments, extended with fresh ids.
 * Nothing else changes: every other part keeps its bytes, and document.xml changes only by the inserted elements and
 * the run splits (the zip is re-stored; a changed part keeps its encoding). Where a paragraph, a run or a `w:t` stands
 * in document.xml is what the reader recorded as it parsed the part (`readDocx(bytes, { positions: true })`, read.ts):
 * the writer has no parser of its own, so it puts a comment on the very runs the reader rendered the words from.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { decodeXml, DocxError, encodeXml, encodingOf, targetsOf } from './package';
import { readDocx, type DocxSource, type DocxText, type RunSource, type TextSource } from './read';

export const COMMENT_AUTHOR = '政府工作报告校对';
export const COMMENT_INITIALS = '校对';

export interface DocxComment {
  /** The finding's range in the rendered text (`DocxText.text`). */
  offset: number;
  length: number;
  /** The comment's paragraphs (the message, then the suggested fix). */
  paragraphs: string[];
}

export interface CommentOptions {
  author?: string;
  initials?: string;
  /** `w:date`; defaults to now. */
  date?: Date;
}

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An element to insert: at run-local offset `at` of a run (`Infinity`: after it), or at an XML position. */
interface Marker {
  xml: string;
  /** Among markers at one place: 0 the end of a non-empty range (and its reference), 1 a start, 2 an empty range's end. */
  order: number;
  seq: number;
}

/**
 * Writes the commented copy; `docx` is `readDocx(bytes, { positions: true })` (read again here when it was read
 * without positions). Throws `DocxError` on a package it cannot rewrite.
 */
export function writeComments(bytes: Uint8Array, docx: DocxText, comments: readonly DocxComment[], options: CommentOptions = {}): Uint8Array {
  if (!docx.source) docx = readDocx(bytes, { positions: true });
  const source = docx.source!;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new DocxError('corrupt', `.docx 文件已损坏，无法解压 (a corrupt .docx: ${error instanceof Error ? error.message : String(error)})`);
  }
  const text = (name: string) => (files[name] ? decodeXml(files[name]) : undefined);
  // A changed part is written back in its own encoding.
  const encode = (name: string, xml: string) => encodeXml(xml, files[name] ? encodingOf(files[name]) : 'utf-8');
  const main = source.part;
  const documentXml = source.xml;
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const relsXml = text(relsName);
  const existingName = relsXml ? targetsOf(relsXml, dir).get('comments')?.[0] : undefined;
  const existingXml = existingName ? text(existingName) : undefined;

  const prefix = rootPrefix(documentXml, 'document');
  const w = (name: string) => `${prefix}${name}`;
  let nextId = Math.max(maxCommentId(documentXml), existingXml ? maxCommentId(existingXml) : -1) + 1;

  const runMarkers = new Map<RunSource, { at: number; marker: Marker }[]>();
  const xmlMarkers: { at: number; marker: Marker }[] = [];
  let seq = 0;
  const commentXml: string[] = [];
  const commentsPrefix = existingXml ? rootPrefix(existingXml, 'comments') : 'w:';
  const cw = (name: string) => `${commentsPrefix}${name}`;
  const date = isoSecond(options.date ?? new Date());
  const author = escapeAttribute(options.author ?? COMMENT_AUTHOR);
  const initials = escapeAttribute(options.initials ?? COMMENT_INITIALS);

  for (const comment of comments) {
    const id = nextId++;
    const anchor = anchorOf(docx, source, comment.offset, comment.length);
    const empty = anchor.empty;
    const start: Marker = { xml: `<${w('commentRangeStart')} ${w('id')}="${id}"/>`, order: 1, seq: seq++ };
    const end: Marker = {
      xml: `<${w('commentRangeEnd')} ${w('id')}="${id}"/><${w('r')}><${w('commentReference')} ${w('id')}="${id}"/></${w('r')}>`,
      order: empty ? 2 : 0,
      seq: seq++,
    };
    const place = (where: Where, marker: Marker) => {
      if (where.kind === 'xml') xmlMarkers.push({ at: where.at, marker });
      else {
        const list = runMarkers.get(where.run) ?? [];
        list.push({ at: where.at, marker });
        runMarkers.set(where.run, list);
      }
    };
    place(anchor.start, start);
    place(anchor.end, end);
    const body = comment.paragraphs
      .map((p, i) => `<${cw('p')}>${i === 0 ? `<${cw('r')}><${cw('annotationRef')}/></${cw('r')}>` : ''}<${cw('r')}><${cw('t')} xml:space="preserve">${escapeText(p)}</${cw('t')}></${cw('r')}></${cw('p')}>`)
      .join('');
    commentXml.push(`<${cw('comment')} ${cw('id')}="${id}" ${cw('author')}="${author}" ${cw('date')}="${date}" ${cw('initials')}="${initials}">${body}</${cw('comment')}>`);
  }

  // The edits to document.xml: each marked run rewritten, each XML marker inserted; applied back to front.
  const edits: { start: number; end: number; text: string; seq: number }[] = [];
  for (const [run, markers] of runMarkers) edits.push({ start: run.start, end: run.end, text: rewriteRun(documentXml, run, markers), seq: -1 });
  for (const { at, marker } of sortMarkers(xmlMarkers)) edits.push({ start: at, end: at, text: marker.xml, seq: edits.length });
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || a.seq - b.seq);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += documentXml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += documentXml.slice(at);

  const replaced: Record<string, Uint8Array> = { [main]: encodeXml(out, source.encoding) };
  if (existingName && existingXml !== undefined) {
    const close = existingXml.lastIndexOf(`</${cw('comments')}>`);
    if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：comments.xml 没有结束标记 (a corrupt .docx: comments.xml has no end tag)');
    replaced[existingName] = encode(existingName, existingXml.slice(0, close) + commentXml.join('') + existingXml.slice(close));
  } else {
    let name = `${dir}comments.xml`;
    for (let n = 1; files[name]; n++) name = `${dir}comments${n}.xml`;
    replaced[name] = encodeXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${commentXml.join('')}</w:comments>`, 'utf-8');
    const relationship = (rid: string) => `<Relationship Id="${rid}" Type="${COMMENTS_TYPE}" Target="${name.slice(dir.length)}"/>`;
    if (relsXml !== undefined) {
      const ids = new Set([...relsXml.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
      let rid = 'rIdComments';
      for (let n = 1; ids.has(rid); n++) rid = `rIdComments${n}`;
      const close = relsXml.lastIndexOf('</Relationships>');
      if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：关系部件没有结束标记 (a corrupt .docx: the relationships part has no end tag)');
      replaced[relsName] = encode(relsName, relsXml.slice(0, close) + relationship(rid) + relsXml.slice(close));
    } else {
      replaced[relsName] = encodeXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1')}</Relationships>`, 'utf-8');
    }
    const types = text('[Content_Types].xml');
    if (types === undefined) throw new DocxError('not-docx', '不是 Word 文档：zip 包中没有 [Content_Types].xml (not a Word document: no content types)');
    const close = types.lastIndexOf('</Types>');
    if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：[Content_Types].xml 没有结束标记 (a corrupt .docx: [Content_Types].xml has no end tag)');
    replaced['[Content_Types].xml'] = encode('[Content_Types].xml', `${types.slice(0, close)}<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/>${types.slice(close)}`);
  }

  // Every entry in its place and order, the changed ones replaced, the new ones last.
  const zippable: Zippable = {};
  for (const name of Object.keys(files)) zippable[name] = replaced[name] ?? files[name]!;
  for (const name of Object.keys(replaced)) if (!(name in files)) zippable[name] = replaced[name]!;
  return zipSync(zippable, { level: 6 });
}

type Where = { kind: 'xml'; at: number } | { kind: 'run'; run: RunSource; at: number };

/**
 * Where the finding starts and ends in document.xml: in the runs of the body text it covers; a marker run whole; else
 * its paragraph; a finding in the notes section on its note's reference in the body.
 */
function anchorOf(docx: DocxText, source: DocxSource, offset: number, length: number): { start: Where; end: Where; empty: boolean } {
  const first = docx.map(offset);
  const paragraph = docx.paragraphs[first.paragraph]!;
  if (paragraph.part !== 'document' || paragraph.xmlParagraph === undefined) return noteAnchor(docx, source, paragraph.note ?? 0);
  const end = offset + length;
  const pieces: { start: Where; end: Where }[] = [];
  for (let i = first.paragraph; i < docx.paragraphs.length; i++) {
    const p = docx.paragraphs[i]!;
    if (i > first.paragraph && p.start >= end) break;
    for (const s of p.segments) {
      const run = s.source;
      if (!run) continue;
      const sEnd = s.start + s.text.length;
      const overlaps = length === 0 ? s.start <= offset && offset < sEnd : s.start < end && offset < sEnd;
      if (!overlaps) continue;
      if (s.kind === 'text' && !run.superscript) {
        const before = s.runOffset ?? 0;
        pieces.push({
          start: { kind: 'run', run, at: before + Math.max(offset, s.start) - s.start },
          end: { kind: 'run', run, at: before + (length === 0 ? offset : Math.min(end, sEnd)) - s.start },
        });
      } else {
        pieces.push({ start: { kind: 'run', run, at: 0 }, end: { kind: 'run', run, at: Infinity } });
      }
    }
  }
  if (pieces.length > 0) return { start: pieces[0]!.start, end: pieces.at(-1)!.end, empty: length === 0 && pieces[0]!.start.at === pieces[0]!.end.at };
  return paragraphAnchor(source, paragraph.xmlParagraph);
}

function paragraphAnchor(source: DocxSource, xmlParagraph: number): { start: Where; end: Where; empty: boolean } {
  let p = source.paragraphs[xmlParagraph];
  if (!p || p.selfClosing) {
    // An empty `<w:p/>`: the comment goes on the last paragraph that can hold one.
    for (let i = source.paragraphs.length - 1; i >= 0 && (!p || p.selfClosing); i--) p = source.paragraphs[i];
    if (!p || p.selfClosing) throw new DocxError('not-docx', '文档中没有可加批注的段落 (no paragraph to hold a comment)');
  }
  // A paragraph with nothing in it (its automatic number alone): the range is empty, its start before its end.
  return { start: { kind: 'xml', at: p.contentStart }, end: { kind: 'xml', at: p.closeStart }, empty: p.contentStart === p.closeStart };
}

/** A finding in the notes section: on the first body marker that renders the note's number (any marker for the title). */
function noteAnchor(docx: DocxText, source: DocxSource, note: number): { start: Where; end: Where; empty: boolean } {
  const label = note > 0 ? docx.paragraphs.find((p) => p.note === note)?.segments.find((s) => s.kind === 'label')?.text : undefined;
  let lastBody: number | undefined;
  for (const p of docx.paragraphs) {
    if (p.part !== 'document' || p.number === 0) continue;
    if (p.xmlParagraph !== undefined) lastBody = p.xmlParagraph;
    for (const s of p.segments) {
      if (s.kind !== 'marker' || !s.source) continue;
      if (label !== undefined && s.text !== label) continue;
      return { start: { kind: 'run', run: s.source, at: 0 }, end: { kind: 'run', run: s.source, at: Infinity }, empty: false };
    }
  }
  return paragraphAnchor(source, lastBody ?? -1);
}

/**
 * A run with its markers: split at each inner offset that has one (each part repeats the run's open tag and its
 * `w:rPr`; a `w:t` cut in two carries `xml:space="preserve"`); markers at 0 before it, at its end after it. A run
 * whose rendered text cannot be placed in its XML to the character (text the reader found elsewhere than in the
 * run's own elements, a `w:t` holding markup) is not split: its markers go around it.
 */
function rewriteRun(xml: string, run: RunSource, markers: readonly { at: number; marker: Marker }[]): string {
  const total = run.length;
  let placed = markers.map(({ at, marker }) => ({ at: Math.max(0, Math.min(at, total)), marker }));
  let cuts = cutsOf(xml, run, placed.map((m) => m.at).filter((k) => k > 0 && k < total));
  if (!cuts) {
    placed = placed.map(({ marker }) => ({ at: marker.order === 1 ? 0 : total, marker }));
    cuts = new Map();
  }
  const markersAt = (k: number) =>
    sortMarkers(placed.filter((m) => m.at === k))
      .map((m) => m.marker.xml)
      .join('');
  if (total === 0) {
    // A run with no text (a note reference): the starts before it, the ends after it.
    const all = sortMarkers(placed);
    const xmlOf = (list: typeof all) => list.map((m) => m.marker.xml).join('');
    return xmlOf(all.filter((m) => m.marker.order === 1)) + xml.slice(run.start, run.end) + xmlOf(all.filter((m) => m.marker.order !== 1));
  }
  const head = xml.slice(run.start, run.openEnd) + xml.slice(run.propertiesStart, run.propertiesEnd);
  const close = xml.slice(xml.lastIndexOf('<', run.end - 1), run.end);
  let out = markersAt(0);
  let copied = run.start;
  for (const k of [...cuts.keys()].sort((a, b) => a - b)) {
    const cut = cuts.get(k)!;
    const text = cut.text;
    if (text) {
      const name = /[^\s/>]+/y;
      name.lastIndex = text.start + 1;
      const t = name.exec(xml)![0];
      // The first cut in this w:t: its open tag becomes a preserving one (a half may end or start with a space).
      out += copied <= text.start ? `${xml.slice(copied, text.start)}<${t} xml:space="preserve">${xml.slice(text.contentStart!, cut.at)}` : xml.slice(copied, cut.at);
      out += `</${t}>${close}${markersAt(k)}${head}<${t} xml:space="preserve">`;
    } else {
      out += `${xml.slice(copied, cut.at)}${close}${markersAt(k)}${head}`;
    }
    copied = cut.at;
  }
  return out + xml.slice(copied, run.end) + markersAt(total);
}

/**
 * Where the run is cut for each offset of its rendered text: before the element that renders it, or inside a
 * `w:t` (`text`); undefined when one cannot be placed.
 */
function cutsOf(xml: string, run: RunSource, offsets: readonly number[]): Map<number, { at: number; text?: TextSource }> | undefined {
  const cuts = new Map<number, { at: number; text?: TextSource }>();
  if (offsets.length === 0) return cuts;
  // The run's elements must render all of its text, one after the other.
  let covered = 0;
  for (const t of run.texts) {
    if (t.at !== covered) return undefined;
    covered += t.length;
  }
  if (covered !== run.length) return undefined;
  for (const k of offsets) {
    if (cuts.has(k)) continue;
    const t = run.texts.find((e) => e.at <= k && k < e.at + e.length)!;
    if (k === t.at) {
      cuts.set(k, { at: t.start });
      continue;
    }
    if (t.contentStart === undefined || t.contentEnd === undefined) return undefined;
    const at = rawIndex(xml, t.contentStart, t.contentEnd, t.length, k - t.at);
    if (at === undefined) return undefined;
    cuts.set(k, { at, text: t });
  }
  return cuts;
}

/**
 * The index in a `w:t`'s raw content [from, to) at which `units` UTF-16 units of its text have gone by (entities
 * and character references decoded, a CR LF read as one line end, as the parser reads them). Undefined when the
 * content does not decode to `length` units (it holds markup: a comment, CDATA) or the offset falls inside a
 * character (a surrogate pair, an astral reference).
 */
function rawIndex(xml: string, from: number, to: number, length: number, units: number): number | undefined {
  const unpaired = (i: number) => {
    const c = xml.charCodeAt(i - 1);
    return c >= 0xd800 && c <= 0xdbff;
  };
  if (to - from === length) return unpaired(from + units) ? undefined : from + units;
  let at: number | undefined;
  let seen = 0;
  for (let i = from; i < to; ) {
    if (seen === units) at = i;
    const c = xml.charCodeAt(i);
    if (c === 0x3c) return undefined;
    let raw = 1;
    let decoded = 1;
    if (c === 0x26) {
      const semi = xml.indexOf(';', i);
      if (semi < 0 || semi >= to) return undefined;
      const entity = xml.slice(i + 1, semi);
      raw = semi - i + 1;
      if (entity.startsWith('#')) {
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        decoded = code > 0xffff ? 2 : 1;
      }
    } else if (c === 0x0d && xml.charCodeAt(i + 1) === 0x0a) {
      raw = 2;
    }
    if (decoded === 2 && seen + 1 === units) return undefined;
    seen += decoded;
    i += raw;
  }
  if (seen !== length) return undefined;
  if (at === undefined || unpaired(at)) return undefined;
  return at;
}

function sortMarkers<T extends { at: number; marker: Marker }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.at - b.at || a.marker.order - b.marker.order || a.marker.seq - b.marker.seq);
}

/** The namespace prefix of the part's root element (`w:`), or '' when it uses the default namespace. */
function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** The highest comment id the part uses (comments, range marks, references), or -1. */
function maxCommentId(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(?:comment|commentRangeStart|commentRangeEnd|commentReference)\s[^>]*?\bid\s*=\s*["'](-?\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

function isoSecond(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

