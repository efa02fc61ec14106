/**
 * Opening a .docx: the zip (fflate), its size limits, and the parts the reader needs, found through the package's
 * relationships (`_rels/.rels` → the main document → `word/_rels/document.xml.rels` → numbering, styles, footnotes,
 * endnotes). Everything that can go wrong is a `DocxError` with a message for the user, never another exception.
 * An XML part is decoded from UTF-8 or UTF-16 (by its byte-order mark) and written back in the encoding it came in.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export type DocxErrorReason = 'ole' | 'not-zip' | 'corrupt' | 'too-large' | 'bomb' | 'not-docx' | 'bad-xml';

/** A .docx that cannot be read, with a message in Chinese and English. */
export class DocxError extends Error {
  constructor(
    readonly reason: DocxErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

/** Uncompressed size of all the package's entries together. */
export const MAX_UNCOMPRESSED = 50 * 1024 * 1024;
/** Uncompressed : compressed, over the whole package, above which it is taken for a zip bomb… */
export const MAX_RATIO = 100;
/** …once it unpacks to more than this (a small file of blanks compresses well and harms nobody). */
const RATIO_FLOOR = 1024 * 1024;

export interface DocxParts {
  document: string;
  /** The main document part's name in the package (`word/document.xml`) and how it was encoded. */
  documentName: string;
  documentEncoding: XmlEncoding;
  numbering?: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export function openPackage(bytes: Uint8Array): DocxParts {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new DocxError(
      'ole',
      '这是 OLE 复合文档：.doc、.wps 或加密（设有打开密码）的 .docx，无法直接读取；请在 Word 或 WPS 中取消密码后另存为 .docx (an OLE compound file: a .doc, a .wps or an encrypted .docx; save it as an unencrypted .docx)',
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new DocxError('not-zip', '不是 .docx 文件：内容不是 zip 包 (not a .docx: the file is not a zip package)');
  }
  const entries = new Map<string, { size: number; originalSize: number }>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, { size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw corrupt(error);
  }
  let total = 0;
  let compressed = 0;
  for (const { size, originalSize } of entries.values()) {
    total += originalSize;
    compressed += size;
    // Deflate never grows data by more than a few bytes a block: a larger stream means a lying header.
    if (size > originalSize * 1.01 + 1024) throw new DocxError('corrupt', '.docx 文件已损坏：zip 条目的大小不一致 (a corrupt .docx: inconsistent entry sizes)');
  }
  if (total > MAX_UNCOMPRESSED) {
    throw new DocxError('too-large', `.docx 解压后超过 ${MAX_UNCOMPRESSED / 1024 / 1024} MB（${(total / 1024 / 1024).toFixed(0)} MB），拒绝读取 (the .docx unpacks to more than ${MAX_UNCOMPRESSED / 1024 / 1024} MB)`);
  }
  if (total > RATIO_FLOOR && total / Math.max(compressed, 1) > MAX_RATIO) {
    throw new DocxError('bomb', `.docx 的压缩比超过 ${MAX_RATIO}:1，疑似 zip 炸弹，拒绝读取 (compression ratio above ${MAX_RATIO}:1, a likely zip bomb)`);
  }

  const encodings = new Map<string, XmlEncoding>();
  const read = (names: readonly string[]): Map<string, string> => {
    const wanted = new Set(names.filter((n) => entries.has(n)));
    if (wanted.size === 0) return new Map();
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
    } catch (error) {
      throw corrupt(error);
    }
    for (const [name, data] of Object.entries(files)) encodings.set(name, encodingOf(data));
    return new Map(Object.entries(files).map(([name, data]) => [name, decodeXml(data)]));
  };

  const rootRels = read(['_rels/.rels']).get('_rels/.rels');
  const main = (rootRels && targetsOf(rootRels, '').get('officeDocument')?.[0]) ?? 'word/document.xml';
  if (!entries.has(main)) {
    throw new DocxError('not-docx', '不是 Word 文档：zip 包中没有 word/document.xml (not a Word document: no main document part)');
  }
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const relsText = read([relsName]).get(relsName);
  const rels = relsText ? targetsOf(relsText, dir) : new Map<string, string[]>();
  const part = (type: string, fallback: string) => rels.get(type)?.[0] ?? (relsText ? undefined : `${dir}${fallback}`);
  const names = {
    numbering: part('numbering', 'numbering.xml'),
    styles: part('styles', 'styles.xml'),
    footnotes: part('footnotes', 'footnotes.xml'),
    endnotes: part('endnotes', 'endnotes.xml'),
  };
  const texts = read([main, ...Object.values(names).filter((n): n is string => n !== undefined)]);
  const get = (name: string | undefined) => (name === undefined ? undefined : texts.get(name));
  return {
    document: texts.get(main) ?? '',
    documentName: main,
    documentEncoding: encodings.get(main) ?? 'utf-8',
    numbering: get(names.numbering),
    styles: get(names.styles),
    footnotes: get(names.footnotes),
    endnotes: get(names.endnotes),
  };
}

function corrupt(error: unknown): DocxError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DocxError('corrupt', `.docx 文件已损坏，无法解压 (a corrupt .docx: ${detail})`);
}

/** How an XML part is encoded: UTF-8 (with or without a byte-order mark), or UTF-16 when it starts with that mark. */
export type XmlEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export function encodingOf(data: Uint8Array): XmlEncoding {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
}

/** An XML part's bytes as text (the byte-order mark dropped). */
export function decodeXml(data: Uint8Array): string {
  const encoding = encodingOf(data);
  return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(data);
}

/** Text → an XML part's bytes, encoded as the part it replaces was (its byte-order mark restored). */
export function encodeXml(text: string, encoding: XmlEncoding): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const body = new TextEncoder().encode(text);
    if (encoding === 'utf-8') return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === 'utf-16le';
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return out;
}

/** Relationship type (its last path segment) → targets, resolved against `base` (the source part's folder). */
export function targetsOf(xml: string, base: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (localName(tag.name) !== 'Relationship') return;
    const attributes = tag.attributes as Record<string, string>;
    if (attributes.TargetMode === 'External' || !attributes.Type || !attributes.Target) return;
    const type = attributes.Type.slice(attributes.Type.lastIndexOf('/') + 1);
    const list = out.get(type) ?? [];
    list.push(resolvePart(base, attributes.Target));
    out.set(type, list);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw badXml('relationships', error);
  }
  return out;
}

export function resolvePart(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function badXml(part: string, error: unknown): DocxError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DocxError('bad-xml', `.docx 文件已损坏：${part} 不是格式正确的 XML (a corrupt .docx: ${part} is not well-formed XML: ${detail})`);
}
