/**
 * A commented copy of a .docx: one Word comment (批注) per finding, anchored on the runs the finding covers.
 *
 * What is written:
 * - `w:commentRangeStart` / `w:commentRangeEnd` around the finding's words, a run holding `w:commentReference` right
 *   after the range. A run the finding covers in part is split where the finding starts and ends (each half keeps the
 *   run's own attributes and `w:rPr`; a `w:t` split in two carries `xml:space="preserve"`). A superscript run (a note
 *   marker, an exponent) is never split: the comment covers it whole.
 * - Words rendered from no run (Word's automatic numbering, alone in the finding): the comment covers the paragraph.
 * - Findings in the notes section (Word footnotes and endnotes): anchored on the note's reference in the body (the
 *   first marker that renders the note's number), not inside footnotes.xml: Word shows comments of the body in
 *   every view, and a comment in a note is easily missed. The notes title, which no XML renders, anchors on the
 *   first marker; with no marker at all, on the body's last paragraph.
 * - `word/comments.xml`, created (with its relationship and its content-type override) or, when the document already
 *   has comments, extended with fresh ids.
 * Nothing else changes: every other part keeps its bytes, and document.xml changes only by the inserted elements and
 * the run splits (the zip is re-stored). Positions are those of the reader (read.ts): the n-th `w:p` of the part and
 * the n-th `w:r` of that paragraph, counted the way the reader counts them.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError, targetsOf } from './package';
import { SKIPPED, type DocxText } from './read';

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

/** A tag, a comment, a processing instruction, CDATA or a doctype; attribute values may hold `>`. */
const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;

interface RunAt {
  start: number;
  end: number;
  superscript: boolean;
}

interface ParagraphAt {
  /** Just after the open tag, or after `w:pPr` when it has one. */
  contentStart: number;
  /** The start of the close tag. */
  closeStart: number;
  selfClosing: boolean;
}

/** An element to insert: at run-local offset `at` of a run (`Infinity`: after it), or at an XML position. */
interface Marker {
  xml: string;
  /** Among markers at one place: 0 the end of a non-empty range (and its reference), 1 a start, 2 an empty range's end. */
  order: number;
  seq: number;
}

/** Writes the commented copy; `docx` is `readDocx(bytes)`. Throws `DocxError` on a package it cannot rewrite. */
export function writeComments(bytes: Uint8Array, docx: DocxText, comments: readonly DocxComment[], options: CommentOptions = {}): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new DocxError('corrupt', `.docx 文件已损坏，无法解压 (a corrupt .docx: ${error instanceof Error ? error.message : String(error)})`);
  }
  const decoder = new TextDecoder('utf-8');
  const text = (name: string) => (files[name] ? decoder.decode(files[name]) : undefined);
  const rootRels = text('_rels/.rels');
  const main = (rootRels && targetsOf(rootRels, '').get('officeDocument')?.[0]) ?? 'word/document.xml';
  const documentXml = text(main);
  if (documentXml === undefined) throw new DocxError('not-docx', '不是 Word 文档：zip 包中没有 word/document.xml (not a Word document: no main document part)');
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const relsXml = text(relsName);
  const existingName = relsXml ? targetsOf(relsXml, dir).get('comments')?.[0] : undefined;
  const existingXml = existingName ? text(existingName) : undefined;

  const prefix = rootPrefix(documentXml, 'document');
  const w = (name: string) => `${prefix}${name}`;
  let nextId = Math.max(maxCommentId(documentXml), existingXml ? maxCommentId(existingXml) : -1) + 1;

  const scan = scanDocument(documentXml);
  const runMarkers = new Map<string, { at: number; marker: Marker }[]>();
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
    const anchor = anchorOf(docx, comment.offset, comment.length, scan);
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
        const list = runMarkers.get(where.key) ?? [];
        list.push({ at: where.at, marker });
        runMarkers.set(where.key, list);
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
  for (const [key, markers] of runMarkers) {
    const run = scan.runs.get(key)!;
    edits.push({ start: run.start, end: run.end, text: rewriteRun(documentXml.slice(run.start, run.end), markers, w), seq: -1 });
  }
  for (const { at, marker } of sortMarkers(xmlMarkers)) edits.push({ start: at, end: at, text: marker.xml, seq: edits.length });
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || a.seq - b.seq);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += documentXml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += documentXml.slice(at);

  const replaced: Record<string, Uint8Array> = { [main]: strToU8(out) };
  if (existingName && existingXml !== undefined) {
    const close = existingXml.lastIndexOf(`</${cw('comments')}>`);
    if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：comments.xml 没有结束标记 (a corrupt .docx: comments.xml has no end tag)');
    replaced[existingName] = strToU8(existingXml.slice(0, close) + commentXml.join('') + existingXml.slice(close));
  } else {
    let name = `${dir}comments.xml`;
    for (let n = 1; files[name]; n++) name = `${dir}comments${n}.xml`;
    replaced[name] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${commentXml.join('')}</w:comments>`);
    const relationship = (rid: string) => `<Relationship Id="${rid}" Type="${COMMENTS_TYPE}" Target="${name.slice(dir.length)}"/>`;
    if (relsXml !== undefined) {
      const ids = new Set([...relsXml.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
      let rid = 'rIdComments';
      for (let n = 1; ids.has(rid); n++) rid = `rIdComments${n}`;
      const close = relsXml.lastIndexOf('</Relationships>');
      if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：关系部件没有结束标记 (a corrupt .docx: the relationships part has no end tag)');
      replaced[relsName] = strToU8(relsXml.slice(0, close) + relationship(rid) + relsXml.slice(close));
    } else {
      replaced[relsName] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1')}</Relationships>`);
    }
    const types = text('[Content_Types].xml');
    if (types === undefined) throw new DocxError('not-docx', '不是 Word 文档：zip 包中没有 [Content_Types].xml (not a Word document: no content types)');
    const close = types.lastIndexOf('</Types>');
    if (close < 0) throw new DocxError('bad-xml', '.docx 文件已损坏：[Content_Types].xml 没有结束标记 (a corrupt .docx: [Content_Types].xml has no end tag)');
    replaced['[Content_Types].xml'] = strToU8(`${types.slice(0, close)}<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/>${types.slice(close)}`);
  }

  // Every entry in its place and order, the changed ones replaced, the new ones last.
  const zippable: Zippable = {};
  for (const name of Object.keys(files)) zippable[name] = replaced[name] ?? files[name]!;
  for (const name of Object.keys(replaced)) if (!(name in files)) zippable[name] = replaced[name]!;
  return zipSync(zippable, { level: 6 });
}

type Where = { kind: 'xml'; at: number } | { kind: 'run'; key: string; at: number };

interface Scan {
  /** `xmlParagraph:run` → the run's XML. */
  runs: Map<string, RunAt>;
  paragraphs: Map<number, ParagraphAt>;
}

const keyOf = (xmlParagraph: number, run: number) => `${xmlParagraph}:${run}`;

/**
 * Where the finding starts and ends in document.xml: in the runs of the body text it covers; a marker run whole; else
 * its paragraph; a finding in the notes section on its note's reference in the body.
 */
function anchorOf(docx: DocxText, offset: number, length: number, scan: Scan): { start: Where; end: Where; empty: boolean } {
  const first = docx.map(offset);
  const paragraph = docx.paragraphs[first.paragraph]!;
  if (paragraph.part !== 'document' || paragraph.xmlParagraph === undefined) return noteAnchor(docx, paragraph.note ?? 0, scan);
  const end = offset + length;
  // Run-local offsets: a run's text may come in several segments (around a note reference).
  const pieces: { start: Where; end: Where }[] = [];
  const local = new Map<string, number>();
  for (let i = first.paragraph; i < docx.paragraphs.length; i++) {
    const p = docx.paragraphs[i]!;
    if (i > first.paragraph && p.start >= end) break;
    if (p.part !== 'document') continue;
    for (const s of p.segments) {
      if (s.run === undefined || s.xmlParagraph === undefined) continue;
      const key = keyOf(s.xmlParagraph, s.run);
      const run = scan.runs.get(key);
      const before = local.get(key) ?? 0;
      if (s.kind === 'text') local.set(key, before + s.text.length);
      if (!run) continue;
      const sEnd = s.start + s.text.length;
      const overlaps = length === 0 ? s.start <= offset && offset < sEnd : s.start < end && offset < sEnd;
      if (!overlaps) continue;
      if (s.kind === 'text' && !run.superscript) {
        pieces.push({
          start: { kind: 'run', key, at: before + Math.max(offset, s.start) - s.start },
          end: { kind: 'run', key, at: before + (length === 0 ? offset : Math.min(end, sEnd)) - s.start },
        });
      } else {
        pieces.push({ start: { kind: 'run', key, at: 0 }, end: { kind: 'run', key, at: Infinity } });
      }
    }
  }
  if (pieces.length > 0) return { start: pieces[0]!.start, end: pieces.at(-1)!.end, empty: length === 0 && pieces[0]!.start.at === pieces[0]!.end.at };
  return paragraphAnchor(scan, paragraph.xmlParagraph);
}

function paragraphAnchor(scan: Scan, xmlParagraph: number): { start: Where; end: Where; empty: boolean } {
  const p = scan.paragraphs.get(xmlParagraph);
  if (!p || p.selfClosing) {
    // An empty `<w:p/>`: the comment goes on the last paragraph that can hold one.
    const last = [...scan.paragraphs.values()].reverse().find((q) => !q.selfClosing);
    if (!last) throw new DocxError('not-docx', '文档中没有可加批注的段落 (no paragraph to hold a comment)');
    return { start: { kind: 'xml', at: last.contentStart }, end: { kind: 'xml', at: last.closeStart }, empty: false };
  }
  return { start: { kind: 'xml', at: p.contentStart }, end: { kind: 'xml', at: p.closeStart }, empty: false };
}

/** A finding in the notes section: on the first body marker that renders the note's number (any marker for the title). */
function noteAnchor(docx: DocxText, note: number, scan: Scan): { start: Where; end: Where; empty: boolean } {
  const label = note > 0 ? docx.paragraphs.find((p) => p.note === note)?.segments.find((s) => s.kind === 'label')?.text : undefined;
  let lastBody: number | undefined;
  for (const p of docx.paragraphs) {
    if (p.part !== 'document' || p.number === 0) continue;
    if (p.xmlParagraph !== undefined) lastBody = p.xmlParagraph;
    for (const s of p.segments) {
      if (s.kind !== 'marker' || s.run === undefined || s.xmlParagraph === undefined) continue;
      if (label !== undefined && s.text !== label) continue;
      const key = keyOf(s.xmlParagraph, s.run);
      if (scan.runs.has(key)) return { start: { kind: 'run', key, at: 0 }, end: { kind: 'run', key, at: Infinity }, empty: false };
    }
  }
  return paragraphAnchor(scan, lastBody ?? -1);
}

/** One pass over document.xml: the XML of every paragraph and run, counted the way the reader counts them. */
function scanDocument(xml: string): Scan {
  const runs = new Map<string, RunAt>();
  const paragraphs = new Map<number, ParagraphAt>();
  const stack: string[] = [];
  let skipping = 0;
  let skippedParagraphs = 0;
  let xmlParagraphs = 0;
  const open: { index: number; runs: number; at: ParagraphAt }[] = [];
  let run: { key: string; start: number; superscript: boolean } | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue;
    const name = localName(m[2]);
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const tagStart = m.index;
    const tagEnd = m.index + m[0].length;
    if (!closing) {
      const parent = stack.at(-1);
      stack.push(name);
      if (skipping > 0) {
        skipping++;
        if (name === 'p') {
          xmlParagraphs++;
          skippedParagraphs++;
        } else if (name === 'r' && skippedParagraphs === 0 && open.length > 0) {
          open.at(-1)!.runs++;
        }
      } else if (name === 'p') {
        const at: ParagraphAt = { contentStart: tagEnd, closeStart: tagStart, selfClosing };
        paragraphs.set(xmlParagraphs, at);
        open.push({ index: xmlParagraphs++, runs: 0, at });
      } else if (name === 'r' && open.length > 0) {
        const p = open.at(-1)!;
        run = { key: keyOf(p.index, p.runs++), start: tagStart, superscript: false };
      } else if (name === 'vertAlign' && parent === 'rPr' && stack.at(-3) === 'r' && run) {
        run.superscript = /\bval\s*=\s*["']superscript["']/.test(m[3] ?? '');
      } else if (name === 'del' && parent === 'rPr' && stack.at(-3) === 'pPr' && open.length > 0) {
        skipping = 1;
      } else if (SKIPPED.has(name)) {
        skipping = 1;
      }
    }
    if (closing || selfClosing) {
      stack.pop();
      if (skipping > 0) {
        skipping--;
        if (name === 'p') skippedParagraphs--;
        continue;
      }
      if (name === 'r' && run) {
        runs.set(run.key, { start: run.start, end: tagEnd, superscript: run.superscript });
        run = undefined;
      } else if (name === 'p' && open.length > 0) {
        const p = open.pop()!;
        p.at.closeStart = selfClosing ? tagEnd : tagStart;
      } else if (name === 'pPr' && open.length > 0 && stack.at(-1) === 'p') {
        open.at(-1)!.at.contentStart = tagEnd;
      }
    }
  }
  return { runs, paragraphs };
}

/** A run with its markers: split at each inner offset that has one; markers at 0 before it, at its end after it. */
function rewriteRun(runXml: string, markers: readonly { at: number; marker: Marker }[], w: (name: string) => string): string {
  TAG.lastIndex = 0;
  const openTag = TAG.exec(runXml)!;
  const openXml = openTag[0];
  const closeAt = runXml.lastIndexOf('</');
  const inner = runXml.slice(openXml.length, closeAt);
  const closeXml = runXml.slice(closeAt);
  // The run's children at depth 1, each with how many characters it renders.
  const children: { xml: string; length: number; name: string; text?: string; textOpen?: string }[] = [];
  let depth = 0;
  let childStart = 0;
  let rPr = '';
  const innerTag = new RegExp(TAG.source, 'g');
  for (let m = innerTag.exec(inner); m; m = innerTag.exec(inner)) {
    if (m[2] === undefined) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (!closing && depth === 0) childStart = m.index;
    if (!closing && !selfClosing) depth++;
    if (closing) depth--;
    if (depth !== 0) continue;
    const xml = inner.slice(childStart, m.index + m[0].length);
    const name = localName(m[2]);
    if (name === 'rPr') {
      rPr = xml;
      continue;
    }
    if (name === 't' && !selfClosing) {
      const open = /^<[^>]*>/.exec(xml)![0];
      const raw = xml.slice(open.length, xml.lastIndexOf('</'));
      children.push({ xml, length: decodedLength(raw), name, text: raw, textOpen: open });
    } else {
      const attrs = /^<[^>]*>/.exec(xml)![0];
      const length = name === 'tab' || name === 'cr' || name === 'noBreakHyphen' ? 1 : name === 'br' ? (/\btype\s*=\s*["'](page|column)["']/.test(attrs) ? 0 : 1) : 0;
      children.push({ xml, length, name });
    }
  }
  const total = children.reduce((sum, c) => sum + c.length, 0);
  const byAt = new Map<number, Marker[]>();
  for (const { at, marker } of markers) {
    const k = Math.max(0, Math.min(at, total));
    const list = byAt.get(k) ?? [];
    list.push(marker);
    byAt.set(k, list);
  }
  const markersAt = (k: number) => sortMarkers((byAt.get(k) ?? []).map((marker) => ({ at: k, marker }))).map((m) => m.marker.xml).join('');
  if (total === 0) {
    // A run with no text (a note reference): the starts before it, the ends after it.
    const all = sortMarkers(markers.map(({ marker }) => ({ at: 0, marker })));
    const xmlOf = (list: typeof all) => list.map((m) => m.marker.xml).join('');
    return xmlOf(all.filter((m) => m.marker.order === 1)) + runXml + xmlOf(all.filter((m) => m.marker.order !== 1));
  }
  const splits = [...byAt.keys()].filter((k) => k > 0 && k < total).sort((a, b) => a - b);
  const tName = w('t');
  let out = markersAt(0) + openXml + rPr;
  let position = 0;
  let next = 0;
  const split = () => {
    out += closeXml + markersAt(splits[next]!) + openXml + rPr;
    next++;
  };
  for (const child of children) {
    while (next < splits.length && splits[next] === position && child.length > 0) split();
    if (child.text === undefined || child.length === 0) {
      out += child.xml;
      position += child.length;
      continue;
    }
    // A w:t split at the offsets inside it.
    let raw = child.text;
    let rawPosition = position;
    let wrote = false;
    while (next < splits.length && splits[next]! < position + child.length) {
      const cut = rawIndexOf(raw, splits[next]! - rawPosition);
      out += `<${tName} xml:space="preserve">${raw.slice(0, cut)}</${tName}>`;
      raw = raw.slice(cut);
      rawPosition = splits[next]!;
      split();
      wrote = true;
    }
    out += wrote ? `<${tName} xml:space="preserve">${raw}</${tName}>` : child.xml;
    position += child.length;
  }
  while (next < splits.length) split();
  return out + closeXml + markersAt(total);
}

function sortMarkers<T extends { at: number; marker: Marker }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.at - b.at || a.marker.order - b.marker.order || a.marker.seq - b.marker.seq);
}

/** UTF-16 length of a text node's content with its entities decoded. */
function decodedLength(raw: string): number {
  let length = 0;
  for (let i = 0; i < raw.length; ) {
    const step = entityAt(raw, i);
    length += step.units;
    i += step.raw;
  }
  return length;
}

/** The raw index at which `units` decoded UTF-16 units have gone by. */
function rawIndexOf(raw: string, units: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < units) {
    const step = entityAt(raw, i);
    seen += step.units;
    i += step.raw;
  }
  return i;
}

function entityAt(raw: string, i: number): { raw: number; units: number } {
  if (raw[i] !== '&') return { raw: 1, units: 1 };
  const semi = raw.indexOf(';', i);
  if (semi < 0) return { raw: 1, units: 1 };
  const entity = raw.slice(i + 1, semi);
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return { raw: semi - i + 1, units: code > 0xffff ? 2 : 1 };
  }
  return { raw: semi - i + 1, units: 1 };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
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

