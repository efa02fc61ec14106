/**
 * `--comments OUT.docx`: a copy of the one .docx checked, with one Word comment (批注) per finding on the words it
 * covers, authored 政府工作报告校对; its text is the message and the suggested fix. The original is never written.
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Problem } from '../../server/src/core/index';
import { commentsFor, DocxError, writeComments, type DocxText } from '../../server/src/docx/index';
import { UserError } from './errors';
import { isWordName } from './docx';
import type { Input } from './inputs';
import { describeFsError } from './read';

/** Exit 2 unless the run checks exactly one Word file and OUT is another path. */
export function checkCommentsTarget(out: string, inputs: readonly Input[]): void {
  if (inputs.length !== 1 || inputs[0]!.kind !== 'file' || !isWordName(inputs[0]!.path)) {
    throw new UserError('--comments 只能用于一个 .docx 文件 (--comments takes exactly one .docx file)');
  }
  if (!/\.(docx|docm)$/i.test(out)) throw new UserError(`--comments 的输出文件应以 .docx 结尾：${out} (the copy must be named .docx)`);
  if (samePath(out, inputs[0]!.path)) throw new UserError(`--comments 的输出文件不能是原文件：${out} (the copy cannot overwrite the original)`);
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return existsSync(p) ? realpathSync(p) : resolve(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  };
  return resolve(a) === resolve(b) || real(a) === real(b);
}

/** Writes the commented copy; returns how many comments it holds. */
export function writeCommentedCopy(out: string, bytes: Uint8Array, docx: DocxText, problems: readonly Problem[], lang: 'zh' | 'en'): number {
  let copy: Uint8Array;
  try {
    copy = writeComments(bytes, docx, commentsFor(problems, lang));
  } catch (error) {
    if (error instanceof DocxError) throw new UserError(`无法写入批注：${error.message}`);
    throw error;
  }
  try {
    writeFileSync(out, copy);
  } catch (error) {
    throw new UserError(`无法写入：${out}：${describeFsError(error)}`);
  }
  return problems.length;
}
