/**
 * Reading a draft: bytes → exact text (a BOM is kept, line breaks are kept). A UTF-16 BOM (what Notepad saves as
 * “Unicode”) selects UTF-16; otherwise UTF-8 first, then GB18030 (many drafts are saved as GBK). Failures are
 * `UserError`s with a Chinese and English message; an undecodable file names the first bad byte and its line.
 */
import { readFileSync, statSync } from 'node:fs';
import { readDocx, DocxError, type DocxText } from '../../server/src/docx/index';
import { isWordName } from './docx';
import { UserError } from './errors';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'docx';

export interface Draft {
  /** The path as given on the command line. */
  path: string;
  bytes: Uint8Array;
  text: string;
  encoding: Encoding;
  markdown: boolean;
  /** A Word document: the text rendered from it and the map back to its paragraphs and runs. */
  docx?: DocxText;
}

/** Bytes inspected for a NUL when deciding whether a file is binary. */
const BINARY_SNIFF_BYTES = 8192;

/** `positions`: a Word file is read with where its body stands in document.xml (to write comments into it). */
export function readDraft(path: string, positions = false): Draft {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new UserError(`无法读取：${path} 是目录，不是文件 (is a directory, not a file)`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`无法读取：${path}：${describeFsError(error)}`);
  }
  if (isWordName(path)) return wordDraft(path, bytes, positions);
  const { text, encoding } = decode(path, bytes);
  return { path, bytes, text, encoding, markdown: isMarkdownName(path) };
}

/** A .docx (or a .doc/.wps, which says what it is): its rendered text; any failure is a message. */
export function wordDraft(path: string, bytes: Uint8Array, positions = false): Draft {
  try {
    const docx = readDocx(bytes, { positions });
    return { path, bytes, text: docx.text, encoding: 'docx', markdown: false, docx };
  } catch (error) {
    const message = error instanceof DocxError ? error.message : String(error);
    throw new UserError(`无法读取：${path}：${message}`);
  }
}

/**
 * Standard input (`-`), all of it, decoded as a file is. `name` (`--stdin-filename`, else `<stdin>`) stands for it in
 * messages and outputs, and its extension decides Markdown.
 */
export function readStdin(name: string): Draft {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    throw new UserError(`无法读取标准输入 (cannot read standard input)：${describeFsError(error)}`);
  }
  if (isWordName(name)) return wordDraft(name, bytes);
  const { text, encoding } = decode(name, bytes);
  return { path: name, bytes, text, encoding, markdown: isMarkdownName(name) };
}

/** `.md` and `.markdown` drafts are read as Markdown. */
export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

export function decode(path: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      // ignoreBOM keeps the BOM in the text, as for UTF-8: offsets count it and --fix writes it back.
      return { text: new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes), encoding: utf16 };
    } catch {
      const at = firstInvalidUtf16(bytes, utf16 === 'utf-16le');
      throw new UserError(`无法读取：${path} 以 UTF-16 字节序标记开头，但${where(bytes, at, 2)}不是有效的 UTF-16 (invalid UTF-16 at byte ${at})`);
    }
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new UserError(`无法读取：${path} 看起来是二进制文件 (looks like a binary file)`);
  }
  try {
    // ignoreBOM keeps a BOM in the text: the engine handles it and offsets must count it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GB18030 below
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    // Name the bad byte as read in the encoding that got further: a UTF-8 draft with one stray byte, or a GBK one.
    const utf8 = firstInvalidUtf8(bytes);
    const gb = firstInvalidGb18030(bytes);
    const [name, at] = utf8 >= gb ? ['UTF-8', utf8] : ['GB18030', gb];
    throw new UserError(
      `无法读取：${path} 不是 UTF-8 或 GB18030 编码的文本：按 ${name} 读取时，${where(bytes, at, 1)}无效 (not UTF-8 or GB18030 text: invalid ${name} at byte ${at}, line ${lineOf(bytes, at, 1)})`,
    );
  }
}

/** `第 5 行（文件第 1234 字节，十六进制 FF）`. */
function where(bytes: Uint8Array, at: number, unit: 1 | 2): string {
  const hex = Array.from(bytes.subarray(at, at + Math.max(unit, 1)), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return `第 ${lineOf(bytes, at, unit)} 行（文件第 ${at} 字节，十六进制 ${hex || '—'}）`;
}

/** The 1-based line of byte `at`: line feeds before it (as single bytes, or as UTF-16 code units). */
function lineOf(bytes: Uint8Array, at: number, unit: 1 | 2): number {
  let line = 1;
  if (unit === 1) {
    for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  } else {
    const le = bytes[0] === 0xff;
    for (let i = 2; i + 1 < at && i + 1 < bytes.length; i += 2) if ((le ? bytes[i] : bytes[i + 1]) === 0x0a && (le ? bytes[i + 1] : bytes[i]) === 0) line++;
  }
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or `bytes.length`. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

/** Offset of the first byte that does not begin a well-formed GB18030 sequence, or `bytes.length`. */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b <= 0x80) {
      i++;
      continue;
    }
    if (b === 0xff) return i;
    const second = bytes[i + 1];
    if (second === undefined) return i;
    if (second >= 0x30 && second <= 0x39) {
      const third = bytes[i + 2];
      const fourth = bytes[i + 3];
      if (third === undefined || fourth === undefined || third < 0x81 || third > 0xfe || fourth < 0x30 || fourth > 0x39) return i;
      i += 4;
    } else if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) {
      i += 2;
    } else {
      return i;
    }
  }
  return i;
}

/** Offset of the first unpaired surrogate (or the odd last byte) in UTF-16 bytes, or `bytes.length`. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 0;
  while (i + 1 < bytes.length) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return i;
    } else {
      i += 2;
    }
  }
  return i;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在 (no such file)';
    case 'EACCES':
    case 'EPERM':
      return '没有权限 (permission denied)';
    case 'EISDIR':
      return '是目录，不是文件 (is a directory, not a file)';
    case 'ENOTDIR':
      return '路径中有一段不是目录 (a path component is not a directory)';
    case 'EROFS':
      return '文件系统只读 (read-only file system)';
    default:
      return `${(error as Error | undefined)?.message ?? String(error)}`;
  }
}
