/**
 * A .docx → the draft's text as a drafter would have typed it, with a map from every offset back to its paragraph and
 * run. Not part of the pure core (it unzips and parses XML); the CLI and the server use it, then lint the text.
 *
 * What is rendered:
 * - Paragraphs in document order, one per line: the body, tables cell by cell and row by row, content controls.
 * - Word's automatic numbering in front of a paragraph, from its `w:numPr` or its style's (numbering.ts).
 * - Word footnotes and endnotes: the reference renders as a marker (［n］) where it stands, numbered by order of first
 *   reference (footnotes and endnotes in one series), and the notes follow the body as a notes section under
 *   the usual title, each note's first paragraph labelled with its marker.
 * - Superscript runs of digits (w:vertAlign superscript, directly or through a character style) render as a marker in
 *   the draft's own bracket form: the closed bracket its typed markers use most, else ［n］. Superscript digits right
 *   after a Latin letter or digit (m2, 10⁴) are an exponent: the digits are kept as they are.
 * - Tracked changes read as accepted: insertions kept, deletions (w:del, w:moveFrom) dropped, a deleted paragraph
 *   mark joins the paragraph to the next one.
 * - Field codes skipped (w:instrText, and a complex field from begin to separate); the field's result is kept.
 * - Hidden text (w:vanish), drawings, pictures, embedded objects and the alternate-content fallbacks are skipped;
 *   so are headers, footers and comments. w:tab renders a tab, w:br and w:cr a line break (a page or column break
 *   nothing).
 *
 * Read with `positions`, it also records, as it parses, where each of the body's paragraphs, runs and `w:t` stands in
 * document.xml (`DocxText.source`, `DocxSegment.source`): the commented copy (comments.ts) is written from them.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { FOOTNOTE_BRACKETS, NOTES_TITLES, formatFootnote, type FootnoteForm } from '../core/index';
import { badXml, DocxError, localName, openPackage, type XmlEncoding } from './package';
import { emptyLevel, NumberingState, type AbstractNum, type Level, type NumberingDefinitions, type StyleNumbering } from './numbering';

export { DocxError, MAX_RATIO, MAX_UNCOMPRESSED, type DocxErrorReason, type XmlEncoding } from './package';

export type DocxPart = 'document' | 'footnotes' | 'endnotes';

/** What a stretch of the rendered text comes from. */
export type SegmentKind = 'text' | 'numbering' | 'marker' | 'label' | 'title';

export interface DocxSegment {
  /** Offset in the rendered text. */
  start: number;
  text: string;
  kind: SegmentKind;
  /** The XML paragraph it comes from (the n-th `w:p` of its part, 0-based, nested ones counted), if any. */
  xmlParagraph?: number;
  /** The run it comes from (the n-th `w:r` of that paragraph, 0-based, deleted and field runs counted), if any. */
  run?: number;
  /** A text segment: where it starts in its run's rendered text (a run may render in several, around a note reference). */
  runOffset?: number;
  /** Read with `positions`, in the body: where its run stands in document.xml. */
  source?: RunSource;
}

/**
 * Where the body's paragraphs and runs stand in document.xml, recorded as the reader parses it (`positions`), for
 * writing into it (comments.ts). Offsets index `xml`, the part as decoded: UTF-16 code units, not characters.
 */
export interface DocxSource {
  /** The main document part's name in the package (`word/document.xml`). */
  part: string;
  xml: string;
  /** How the part was encoded, to write it back the same way. */
  encoding: XmlEncoding;
  /** By XML paragraph (`xmlParagraph`): each `w:p` the reader reads (none for one inside a deletion or a text box). */
  paragraphs: (ParagraphSource | undefined)[];
}

export interface ParagraphSource {
  /** Just after its open tag, or after its `w:pPr` when it has one. */
  contentStart: number;
  /** Where its close tag starts; the end of a self-closing `<w:p/>`. */
  closeStart: number;
  selfClosing: boolean;
}

export interface RunSource {
  /** Where its open tag starts and ends. */
  start: number;
  openEnd: number;
  /** Its own `w:rPr` (both `openEnd` when it has none): what each part of a split run repeats. */
  propertiesStart: number;
  propertiesEnd: number;
  /** Just after its close tag (or its `/>`). */
  end: number;
  /** Raised by its own `w:vertAlign` or by its character style (a note marker, an exponent): never to be split. */
  superscript: boolean;
  /** The length of the text it renders (what `runOffset` counts in). */
  length: number;
  /**
   * What renders that text, in order: the run's own `w:t`, `w:tab`, `w:br`, `w:cr`, `w:noBreakHyphen` that render any
   * (when they do not add up to `length`, some of it came from elements nested deeper: the run cannot be cut exactly).
   */
  texts: TextSource[];
}

export interface TextSource {
  /** Offset in the run's rendered text, and how much of it the element renders. */
  at: number;
  length: number;
  /** Where the element starts. */
  start: number;
  /**
   * A `w:t`: its content between its tags, raw (entities and line ends not decoded: when the span is longer than
   * `length`, decode it to find an offset).
   */
  contentStart?: number;
  contentEnd?: number;
}

export interface DocxParagraph {
  /** Offset of its first character in the rendered text; it ends before the next line break. */
  start: number;
  end: number;
  part: DocxPart;
  /** 1-based among the body's paragraphs as rendered (the `段落N` of a position); 0 in the notes. */
  number: number;
  /** In the notes section: the note's number (its marker); 0 for the section's title. */
  note?: number;
  /** The first XML paragraph it renders (a paragraph joined by a deleted mark renders several). */
  xmlParagraph?: number;
  segments: DocxSegment[];
}

export interface DocxPosition {
  /** Index in `paragraphs`. */
  paragraph: number;
  part: DocxPart;
  xmlParagraph?: number;
  /** The run, when the offset falls in text that comes from one (not numbering nor a generated label). */
  run?: number;
  offsetInRun: number;
}

export interface DocxText {
  text: string;
  paragraphs: DocxParagraph[];
  /** Where an offset of `text` comes from; an offset on a line break belongs to the paragraph it ends. */
  map(offset: number): DocxPosition;
  /** The bracket form the markers were written in. */
  markerForm: FootnoteForm;
  /** Read with `positions`: where the body stands in document.xml. */
  source?: DocxSource;
}

export interface ReadOptions {
  /** Record where the body's paragraphs and runs stand in document.xml (`source`), for writing into it. */
  positions?: boolean;
}

/** Reads a .docx; throws only `DocxError`. */
export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): DocxText {
  try {
    return render(bytes, options);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    // A bug here, or input no check foresaw: still a message, never a crash of the caller.
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxError('corrupt', `无法读取 .docx (cannot read the .docx: ${detail})`);
  }
}

interface Piece {
  kind: 'text' | 'numbering' | 'super' | 'note';
  text: string;
  xmlParagraph: number;
  run?: number;
  runOffset?: number;
  source?: RunSource;
  /** `note`: footnote or endnote id, as `f:3` / `e:1`. */
  noteKey?: string;
}

interface RawParagraph {
  part: DocxPart;
  xmlParagraph: number;
  pieces: Piece[];
  /** Footnotes and endnotes: the note it belongs to (`f:3`). */
  noteKey?: string;
}

function render(bytes: Uint8Array, options: ReadOptions): DocxText {
  const parts = openPackage(bytes);
  const styles = parts.styles ? readStyles(parts.styles) : { paragraph: new Map<string, StyleNumbering>(), superscript: new Set<string>(), defaultParagraph: undefined };
  const defs = parts.numbering ? readNumbering(parts.numbering) : { abstracts: new Map(), nums: new Map() };
  const styleNumIds = new Map<string, string>();
  for (const [id, style] of styles.paragraph) if (style.numId) styleNumIds.set(id, style.numId);
  const numbering = new NumberingState(defs, styleNumIds);
  const levelStyles = levelsByStyle(defs);
  const context: WalkContext = { styles, numbering, levelStyles };

  const source: DocxSource | undefined = options.positions ? { part: parts.documentName, xml: parts.document, encoding: parts.documentEncoding, paragraphs: [] } : undefined;
  const body = walk(parts.document, 'document', context, undefined, source?.paragraphs);
  const notes = new Map<string, RawParagraph[]>();
  for (const [xml, prefix, part] of [[parts.footnotes, 'f', 'footnotes'], [parts.endnotes, 'e', 'endnotes']] as const) {
    if (!xml) continue;
    for (const p of walk(xml, part, context, prefix)) {
      const list = notes.get(p.noteKey!) ?? [];
      list.push(p);
      notes.set(p.noteKey!, list);
    }
  }

  // Notes are numbered in order of first reference.
  const noteNumbers = new Map<string, number>();
  for (const p of body) for (const piece of p.pieces) if (piece.kind === 'note' && notes.has(piece.noteKey!) && !noteNumbers.has(piece.noteKey!)) noteNumbers.set(piece.noteKey!, noteNumbers.size + 1);

  const form = markerFormOf(body);
  const paragraphs: DocxParagraph[] = [];
  let text = '';
  const emit = (part: DocxPart, number: number, segments: Omit<DocxSegment, 'start'>[], xmlParagraph?: number, note?: number) => {
    if (paragraphs.length > 0) text += '\n';
    const start = text.length;
    const placed: DocxSegment[] = [];
    for (const s of segments) {
      if (s.text === '') continue;
      placed.push({ ...s, start: text.length });
      text += s.text;
    }
    paragraphs.push({ start, end: text.length, part, number, note, xmlParagraph, segments: placed });
  };
  let number = 0;
  for (const p of body) emit('document', ++number, segmentsOf(p.pieces, form, noteNumbers), p.xmlParagraph);
  if (noteNumbers.size > 0) {
    emit('document', 0, [{ text: NOTES_TITLES[0]!, kind: 'title' }], undefined, 0);
    const ordered = [...noteNumbers].sort((a, b) => a[1] - b[1]);
    for (const [key, n] of ordered) {
      const part: DocxPart = key.startsWith('f:') ? 'footnotes' : 'endnotes';
      notes.get(key)!.forEach((p, i) => {
        const segments = segmentsOf(p.pieces, form, noteNumbers);
        if (i === 0) {
          // The note's own text usually starts with the space after Word's number.
          const first = segments[0];
          if (first && first.kind === 'text') {
            const trimmed = first.text.replace(/^\s+/, '');
            if (first.runOffset !== undefined) first.runOffset += first.text.length - trimmed.length;
            first.text = trimmed;
          }
          segments.unshift({ text: formatFootnote(form, n), kind: 'label' });
        }
        emit(part, 0, segments, p.xmlParagraph, n);
      });
    }
  }
  // Every paragraph's segments, flattened, for the map.
  const flat: { segment: DocxSegment; paragraph: number }[] = [];
  paragraphs.forEach((p, i) => p.segments.forEach((segment) => flat.push({ segment, paragraph: i })));
  const paragraphStarts = paragraphs.map((p) => p.start);
  const map = (offset: number): DocxPosition => {
    const i = Math.max(0, lastAtOrBefore(paragraphStarts, offset));
    const paragraph = paragraphs[i]!;
    const position: DocxPosition = { paragraph: i, part: paragraph.part, xmlParagraph: paragraph.xmlParagraph, offsetInRun: 0 };
    const segments = paragraph.segments;
    for (let k = segments.length - 1; k >= 0; k--) {
      const s = segments[k]!;
      if (s.start > offset) continue;
      if (s.xmlParagraph !== undefined) position.xmlParagraph = s.xmlParagraph;
      if (s.run !== undefined) {
        position.run = s.run;
        position.offsetInRun = s.kind === 'text' ? (s.runOffset ?? 0) + Math.min(offset - s.start, s.text.length) : 0;
      }
      break;
    }
    return position;
  };
  return source ? { text, paragraphs, map, markerForm: form, source } : { text, paragraphs, map, markerForm: form };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Pieces → segments: superscript digits become markers (or stay digits after a Latin letter or digit). */
function segmentsOf(pieces: readonly Piece[], form: FootnoteForm, noteNumbers: ReadonlyMap<string, number>): Omit<DocxSegment, 'start'>[] {
  const out: Omit<DocxSegment, 'start'>[] = [];
  let before = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'note') {
      const n = noteNumbers.get(piece.noteKey!);
      if (n !== undefined) out.push({ text: formatFootnote(form, n), kind: 'marker', xmlParagraph: piece.xmlParagraph, run: piece.run, source: piece.source });
      continue;
    }
    if (piece.kind === 'super') {
      // Consecutive superscript runs of digits are one number.
      let digits = piece.text;
      while (pieces[i + 1]?.kind === 'super') digits += pieces[++i]!.text;
      if (/[A-Za-z0-9]$/.test(before)) {
        out.push({ text: digits, kind: 'text', xmlParagraph: piece.xmlParagraph, run: piece.run, runOffset: 0, source: piece.source });
        before = digits;
      } else {
        out.push({ text: formatFootnote(form, Number(digits)), kind: 'marker', xmlParagraph: piece.xmlParagraph, run: piece.run, source: piece.source });
        before = '';
      }
      continue;
    }
    out.push({ text: piece.text, kind: piece.kind, xmlParagraph: piece.xmlParagraph, run: piece.run, runOffset: piece.runOffset, source: piece.source });
    if (piece.text !== '') before = piece.text;
  }
  return out;
}

/** The closed bracket the draft's typed markers use most (not at a paragraph's start: that is a note's label). */
function markerFormOf(body: readonly RawParagraph[]): FootnoteForm {
  const counts = new Map<FootnoteForm, number>();
  const closed = FOOTNOTE_BRACKETS.filter((b) => !b.round);
  for (const p of body) {
    const text = p.pieces.map((piece) => (piece.kind === 'text' ? piece.text : '\u0000')).join('');
    for (const bracket of closed) {
      let at = text.indexOf(bracket.open, 1);
      while (at > 0) {
        let end = at + bracket.open.length;
        while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
        if (end > at + bracket.open.length && text.startsWith(bracket.close, end)) counts.set(bracket.form, (counts.get(bracket.form) ?? 0) + 1);
        at = text.indexOf(bracket.open, at + 1);
      }
    }
  }
  let best: FootnoteForm = 'fullwidth-square';
  let most = 0;
  for (const [form, count] of counts) if (count > most) [best, most] = [form, count];
  return best;
}

interface Styles {
  paragraph: Map<string, StyleNumbering>;
  /** Character styles that raise their text (w:vertAlign superscript), through w:basedOn. */
  superscript: Set<string>;
  defaultParagraph?: string;
}

interface WalkContext {
  styles: Styles;
  numbering: NumberingState;
  /** Paragraph style → the list level linked to it (w:lvl/w:pStyle). */
  levelStyles: Map<string, { abstractId: string; ilvl: number }>;
}

/** Elements whose whole content is skipped. */
const SKIPPED: ReadonlySet<string> = new Set(['del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'drawing', 'pict', 'object', 'Fallback', 'sdtPr', 'footnotePr', 'endnotePr', 'sectPr', 'commentReference', 'annotationRef', 'footnoteRef', 'endnoteRef', 'separator', 'continuationSeparator', 'sdtEndPr',
  // A tracked change of formatting holds the old properties (an old numbering, say): not the document as it stands.
  'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange']);

/**
 * One pass over a part's XML: its paragraphs with their pieces. In footnotes.xml and endnotes.xml, `notePrefix`
 * (`f`, `e`) names each paragraph's note. With `sources`, it records where each paragraph and run stands in `xml`
 * (the paragraphs in `sources` by XML paragraph, the runs on their pieces).
 */
function walk(xml: string, part: DocxPart, context: WalkContext, notePrefix?: string, sources?: (ParagraphSource | undefined)[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  const parser = new SaxesParser();
  const stack: string[] = [];
  let skipping = 0;
  let skippedParagraphs = 0;
  let xmlParagraphs = 0;
  interface Open {
    xmlParagraph: number;
    runs: number;
    pieces: Piece[];
    numId?: string;
    ilvl?: number;
    style?: string;
    markDeleted: boolean;
    source?: ParagraphSource;
  }
  const paragraphs: Open[] = [];
  /** The run being read: `text` is what it rendered since `flushed` characters went into pieces. */
  let run: { index: number; superscript: boolean; hidden: boolean; text: string; flushed: number; pieces: Piece[]; source?: RunSource } | undefined;
  /** With `sources`: the run's `w:t` being read (-1: none), where it starts in the run's text and in `xml`. */
  let textAt = -1;
  let textStart = 0;
  let textContentStart = 0;
  // Complex fields: true while in the instructions (begin … separate), false in the result.
  const fields: boolean[] = [];
  let noteKey: string | undefined;
  let noteSkipped = false;
  let pendingJoin: Piece[] | undefined;

  const visible = () => skipping === 0 && !noteSkipped && !fields.some((instructions) => instructions) && run !== undefined && !run.hidden;
  const flushRunText = () => {
    if (!run || run.text === '') return;
    run.pieces.push({ kind: 'text', text: run.text, xmlParagraph: paragraphs.at(-1)!.xmlParagraph, run: run.index, runOffset: run.flushed, source: run.source });
    run.flushed += run.text.length;
    run.text = '';
  };
  /** A character rendered by an element of the run (w:tab, w:br…); recorded when it is the run's own child. */
  const renderOne = (character: string, parent: string | undefined) => {
    if (run!.source && parent === 'r') run!.source.texts.push({ at: run!.flushed + run!.text.length, length: 1, start: tagStart() });
    run!.text += character;
  };
  // The tag just read: it ends at the parser's position and starts at the last `<` (never inside an attribute value).
  const tagStart = () => xml.lastIndexOf('<', parser.position - 1);

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const parent = stack.at(-1);
    stack.push(name);
    if (skipping > 0) {
      skipping++;
      // Positions stay XML positions: paragraphs and runs inside skipped content are counted all the same.
      if (name === 'p') {
        xmlParagraphs++;
        skippedParagraphs++;
      } else if (name === 'r' && skippedParagraphs === 0 && paragraphs.length > 0) {
        paragraphs.at(-1)!.runs++;
      }
      return;
    }
    const attributes = tag.attributes as Record<string, string>;
    const val = attributes['w:val'] ?? valOf(attributes);
    switch (name) {
      case 'footnote':
      case 'endnote': {
        const type = attributes['w:type'];
        noteSkipped = type !== undefined && type !== 'normal';
        noteKey = `${notePrefix}:${attributes['w:id']}`;
        return;
      }
      case 'p': {
        const open: Open = { xmlParagraph: xmlParagraphs++, runs: 0, pieces: [], markDeleted: false };
        if (sources) {
          const at = parser.position;
          open.source = { contentStart: at, closeStart: at, selfClosing: tag.isSelfClosing };
          sources[open.xmlParagraph] = open.source;
        }
        paragraphs.push(open);
        return;
      }
      case 'pStyle':
        if (parent === 'pPr' && paragraphs.length > 0) paragraphs.at(-1)!.style = val;
        return;
      case 'numId':
        if (stack.at(-3) === 'pPr' && paragraphs.length > 0) paragraphs.at(-1)!.numId = val;
        return;
      case 'ilvl':
        if (stack.at(-3) === 'pPr' && paragraphs.length > 0) paragraphs.at(-1)!.ilvl = Number(val);
        return;
      case 'r': {
        const p = paragraphs.at(-1);
        if (!p) return;
        run = { index: p.runs++, superscript: false, hidden: false, text: '', flushed: 0, pieces: [] };
        if (sources) {
          const at = parser.position;
          run.source = { start: tagStart(), openEnd: at, propertiesStart: at, propertiesEnd: at, end: at, superscript: false, length: 0, texts: [] };
        }
        return;
      }
      case 'rPr':
        if (parent === 'r' && run?.source) run.source.propertiesStart = tagStart();
        return;
      case 't':
        if (parent === 'r' && run?.source && !tag.isSelfClosing) {
          textAt = run.flushed + run.text.length;
          textStart = tagStart();
          textContentStart = parser.position;
        }
        return;
      case 'vertAlign':
        if (parent === 'rPr' && stack.at(-3) === 'r' && run) run.superscript = val === 'superscript';
        return;
      case 'rStyle':
        if (parent === 'rPr' && stack.at(-3) === 'r' && run && val && context.styles.superscript.has(val)) run.superscript = true;
        return;
      case 'vanish':
        if (parent === 'rPr' && stack.at(-3) === 'r' && run) run.hidden = val !== 'false' && val !== '0';
        return;
      case 'fldChar': {
        const type = attributes['w:fldCharType'];
        if (type === 'begin') fields.push(true);
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
        else if (type === 'end') fields.pop();
        return;
      }
      case 'tab':
        if (parent === 'r' && visible()) renderOne('\t', parent);
        return;
      case 'br':
        if (visible() && attributes['w:type'] !== 'page' && attributes['w:type'] !== 'column') renderOne('\n', parent);
        return;
      case 'cr':
        if (visible()) renderOne('\n', parent);
        return;
      case 'noBreakHyphen':
        if (visible()) renderOne('-', parent);
        return;
      case 'footnoteReference':
      case 'endnoteReference':
        if (visible()) {
          flushRunText();
          run!.pieces.push({ kind: 'note', text: '', xmlParagraph: paragraphs.at(-1)!.xmlParagraph, run: run!.index, source: run!.source, noteKey: `${name === 'footnoteReference' ? 'f' : 'e'}:${attributes['w:id']}` });
        }
        return;
      case 'del':
        // A deleted paragraph mark: the paragraph runs on into the next one.
        if (parent === 'rPr' && stack.at(-3) === 'pPr' && paragraphs.length > 0) {
          paragraphs.at(-1)!.markDeleted = true;
          skipping = 1;
          return;
        }
        break;
    }
    if (SKIPPED.has(name)) skipping = 1;
  });

  parser.on('text', (text: string) => {
    if (stack.at(-1) === 't' && visible()) run!.text += text;
  });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    stack.pop();
    if (skipping > 0) {
      skipping--;
      if (name === 'p') skippedParagraphs--;
      return;
    }
    if (name === 'r' && run) {
      const p = paragraphs.at(-1)!;
      if (run.source) {
        run.source.end = parser.position;
        run.source.superscript = run.superscript;
        run.source.length = run.flushed + run.text.length;
      }
      if (run.superscript && /^\s*[0-9]+\s*$/.test(run.text)) {
        p.pieces.push(...run.pieces, { kind: 'super', text: run.text.trim(), xmlParagraph: p.xmlParagraph, run: run.index, source: run.source });
      } else {
        flushRunText();
        p.pieces.push(...run.pieces);
      }
      run = undefined;
    } else if (name === 'p') {
      const p = paragraphs.pop()!;
      if (p.source && !p.source.selfClosing) p.source.closeStart = tagStart();
      if (noteSkipped) return;
      const pieces = pendingJoin ? [...pendingJoin, ...p.pieces] : p.pieces;
      if (p.markDeleted) {
        pendingJoin = pieces;
        return;
      }
      pendingJoin = undefined;
      const number = numberOf(p, context);
      out.push({ part, xmlParagraph: p.xmlParagraph, pieces: number ? [{ kind: 'numbering', text: number, xmlParagraph: p.xmlParagraph }, ...pieces] : pieces, noteKey });
    } else if (name === 't') {
      if (textAt >= 0 && run?.source && stack.at(-1) === 'r') {
        const length = run.flushed + run.text.length - textAt;
        if (length > 0) run.source.texts.push({ at: textAt, length, start: textStart, contentStart: textContentStart, contentEnd: tagStart() });
      }
      textAt = -1;
    } else if (name === 'rPr') {
      if (stack.at(-1) === 'r' && run?.source) run.source.propertiesEnd = parser.position;
    } else if (name === 'pPr') {
      const source = stack.at(-1) === 'p' ? paragraphs.at(-1)?.source : undefined;
      if (source) source.contentStart = parser.position;
    } else if (name === 'footnote' || name === 'endnote') {
      noteKey = undefined;
      noteSkipped = false;
    }
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    throw badXml(part === 'document' ? 'document.xml' : `${part}.xml`, error);
  }
  // A deleted mark on the last paragraph: its text still belongs to the document.
  if (pendingJoin) out.push({ part, xmlParagraph: xmlParagraphs - 1, pieces: pendingJoin, noteKey });
  return out;
}

/** The number Word shows for a paragraph: its own w:numPr, else its style's (through w:basedOn). */
function numberOf(p: { numId?: string; ilvl?: number; style?: string }, context: WalkContext): string {
  let numId = p.numId;
  let ilvl = p.ilvl;
  const styleId = p.style ?? context.styles.defaultParagraph;
  if (styleId !== undefined && (numId === undefined || ilvl === undefined)) {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = context.styles.paragraph.get(id)?.basedOn) {
      seen.add(id);
      const style = context.styles.paragraph.get(id);
      if (numId === undefined && style?.numId !== undefined) numId = style.numId;
      if (ilvl === undefined && style?.ilvl !== undefined) ilvl = style.ilvl;
    }
    if (numId !== undefined && ilvl === undefined) ilvl = context.levelStyles.get(styleId)?.ilvl;
  }
  if (numId === undefined) return '';
  return context.numbering.next(numId, ilvl ?? 0);
}

function valOf(attributes: Record<string, string>): string | undefined {
  for (const key in attributes) if (localName(key) === 'val') return attributes[key];
  return undefined;
}

function levelsByStyle(defs: NumberingDefinitions): Map<string, { abstractId: string; ilvl: number }> {
  const out = new Map<string, { abstractId: string; ilvl: number }>();
  for (const [abstractId, abstract] of defs.abstracts) {
    abstract.levels.forEach((level, ilvl) => {
      if (level?.pStyle) out.set(level.pStyle, { abstractId, ilvl });
    });
  }
  return out;
}

/** word/numbering.xml → the abstract definitions and the lists. */
function readNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  const parser = new SaxesParser();
  let abstract: AbstractNum | undefined;
  let num: { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> } | undefined;
  let override: { ilvl: number; entry: { start?: number; level?: Level } } | undefined;
  let level: Level | undefined;
  let levelIndex = 0;
  const stack: string[] = [];
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const parent = stack.at(-1);
    stack.push(name);
    const attributes = tag.attributes as Record<string, string>;
    const val = attributes['w:val'] ?? valOf(attributes);
    switch (name) {
      case 'abstractNum':
        abstract = { levels: [] };
        abstracts.set(attributes['w:abstractNumId'] ?? '', abstract);
        return;
      case 'num':
        num = { abstractId: '', overrides: new Map() };
        nums.set(attributes['w:numId'] ?? '', num);
        return;
      case 'abstractNumId':
        if (num) num.abstractId = val ?? '';
        return;
      case 'numStyleLink':
        if (abstract && val) abstract.numStyleLink = val;
        return;
      case 'lvlOverride':
        if (num) {
          override = { ilvl: Number(attributes['w:ilvl'] ?? 0), entry: {} };
          num.overrides.set(override.ilvl, override.entry);
        }
        return;
      case 'startOverride':
        if (override && val !== undefined) override.entry.start = Number(val);
        return;
      case 'lvl':
        level = emptyLevel();
        levelIndex = Number(attributes['w:ilvl'] ?? 0);
        if (override) override.entry.level = level;
        else if (abstract) abstract.levels[levelIndex] = level;
        return;
    }
    if (!level || parent !== 'lvl') return;
    switch (name) {
      case 'start':
        level.start = Number(val ?? 1);
        return;
      case 'numFmt':
        level.numFmt = val ?? 'decimal';
        return;
      case 'lvlText':
        level.lvlText = val ?? '';
        return;
      case 'lvlRestart':
        level.restart = Number(val ?? 0);
        return;
      case 'isLgl':
        level.legal = val !== 'false' && val !== '0';
        return;
      case 'suff':
        level.suff = val === 'space' ? 'space' : val === 'nothing' ? 'nothing' : 'tab';
        return;
      case 'pStyle':
        level.pStyle = val;
        return;
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    stack.pop();
    switch (localName(tag.name)) {
      case 'abstractNum':
        abstract = undefined;
        return;
      case 'num':
        num = undefined;
        return;
      case 'lvlOverride':
        // An override level without a start: Word starts it at the overriding level's own start.
        if (override?.entry.level && override.entry.start === undefined) override.entry.start = override.entry.level.start;
        override = undefined;
        return;
      case 'lvl':
        level = undefined;
        return;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw badXml('numbering.xml', error);
  }
  return { abstracts, nums };
}

/** word/styles.xml → paragraph styles' numbering, superscript character styles, the default paragraph style. */
function readStyles(xml: string): Styles {
  const paragraph = new Map<string, StyleNumbering>();
  const characters = new Map<string, { basedOn?: string; superscript?: boolean }>();
  let defaultParagraph: string | undefined;
  const parser = new SaxesParser();
  const stack: string[] = [];
  let style: { id: string; type: string; numbering: StyleNumbering; character: { basedOn?: string; superscript?: boolean } } | undefined;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    stack.push(name);
    const attributes = tag.attributes as Record<string, string>;
    const val = attributes['w:val'] ?? valOf(attributes);
    if (name === 'style') {
      style = { id: attributes['w:styleId'] ?? '', type: attributes['w:type'] ?? 'paragraph', numbering: {}, character: {} };
      if (style.type === 'paragraph') {
        paragraph.set(style.id, style.numbering);
        if (attributes['w:default'] === '1' || attributes['w:default'] === 'true') defaultParagraph = style.id;
      } else if (style.type === 'character') {
        characters.set(style.id, style.character);
      }
      return;
    }
    if (!style) return;
    if (name === 'basedOn') {
      style.numbering.basedOn = val;
      style.character.basedOn = val;
    } else if (name === 'numId' && stack.at(-3) === 'pPr') {
      style.numbering.numId = val;
    } else if (name === 'ilvl' && stack.at(-3) === 'pPr') {
      style.numbering.ilvl = Number(val);
    } else if (name === 'vertAlign' && stack.at(-2) === 'rPr' && stack.at(-3) === 'style') {
      style.character.superscript = val === 'superscript';
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    stack.pop();
    if (localName(tag.name) === 'style') style = undefined;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw badXml('styles.xml', error);
  }
  const superscript = new Set<string>();
  for (const id of characters.keys()) {
    const seen = new Set<string>();
    for (let s: string | undefined = id; s !== undefined && !seen.has(s); s = characters.get(s)?.basedOn) {
      seen.add(s);
      const value = characters.get(s)?.superscript;
      if (value !== undefined) {
        if (value) superscript.add(id);
        break;
      }
    }
  }
  return { paragraph, superscript, defaultParagraph };
}
