/**
 * Reading a draft: bytes → exact text (a BOM is kept, line breaks are kept), UTF-8 first, then GB18030
 * (many drafts are saved as GBK). Failures are `UserError`s with a Chinese and English message.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors';

export type Encoding = 'utf-8' | 'gb18030';

export interface Draft {
  /** The path as given on the command line. */
  path: string;
  bytes: Uint8Array;
  text: string;
  encoding: Encoding;
  markdown: boolean;
}

/** Bytes inspected for a NUL when deciding whether a file is binary. */
const BINARY_SNIFF_BYTES = 8192;

export function readDraft(path: string): Draft {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new UserError(`无法读取：${path} 是目录，不是文件 (is a directory, not a file)`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`无法读取：${path}：${describeFsError(error)}`);
  }
  const { text, encoding } = decode(path, bytes);
  return { path, bytes, text, encoding, markdown: /\.(md|markdown)$/i.test(path) };
}

export function decode(path: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
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
    throw new UserError(`无法读取：${path} 不是 UTF-8 或 GB18030 编码的文本 (not UTF-8 or GB18030 text)`);
  }
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
