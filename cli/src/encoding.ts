/**
 * Writing a fixed draft back in the encoding it was read in, byte-exact outside the edited spans.
 * UTF-8 round-trips through TextEncoder unchanged, UTF-16 (BOM included, it is part of the text) through Buffer. GB18030 has no encoder in Node, so only the changed
 * spans are encoded (with a table built by decoding every code sequence once) and spliced into the original
 * bytes; the result is decoded again and compared before anything is written.
 */
import { diffEdits } from '../../server/src/core/index';
import { UserError } from './errors';
import type { Encoding } from './read';

export function encodeText(path: string, original: Uint8Array, before: string, after: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(after);
  if (encoding === 'utf-16le') return Uint8Array.from(Buffer.from(after, 'utf16le'));
  if (encoding === 'utf-16be') return Uint8Array.from(Buffer.from(after, 'utf16le').swap16());
  const edits = diffEdits(before, after);
  const boundaries = byteOffsetsGb18030(original, edits.flatMap((e) => [e.offset, e.offset + e.length]));
  const chunks: Uint8Array[] = [];
  let at = 0;
  edits.forEach((edit, i) => {
    const start = boundaries[2 * i]!;
    const end = boundaries[2 * i + 1]!;
    chunks.push(original.subarray(at, start), encodeGb18030(path, edit.text));
    at = end;
  });
  chunks.push(original.subarray(at));
  const result = concat(chunks);
  if (new TextDecoder('gb18030', { ignoreBOM: true }).decode(result) !== after) {
    throw new UserError(`无法写回：${path} 修复后的文本无法按 GB18030 编码 (cannot encode the fixed text as GB18030)`);
  }
  return result;
}

/** Byte offsets of the given (ascending) UTF-16 offsets in GB18030 bytes known to decode without error. */
function byteOffsetsGb18030(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const result: number[] = [];
  let unit = 0;
  let i = 0;
  for (const wanted of offsets) {
    while (unit < wanted && i < bytes.length) {
      const b = bytes[i]!;
      if (b <= 0x80) {
        i += 1; // ASCII, or 0x80 (€)
        unit += 1;
      } else if (i + 1 < bytes.length && bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39) {
        i += 4; // four-byte sequence: supplementary planes from lead byte 0x90 on
        unit += b >= 0x90 ? 2 : 1;
      } else {
        i += 2;
        unit += 1;
      }
    }
    result.push(i);
  }
  return result;
}

let table: Map<number, number[]> | undefined;

function encodeGb18030(path: string, text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(...fourBytes(((c - 0xd800) << 10) + (low - 0xdc00) + 189000));
        i++;
        continue;
      }
    }
    const bytes = gbTable().get(c);
    if (!bytes) throw new UserError(`无法写回：${path} 修复后的文本含有 GB18030 无法表示的字符 (character not encodable in GB18030)`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

function fourBytes(pointer: number): number[] {
  const b1 = Math.floor(pointer / 12600);
  pointer -= b1 * 12600;
  const b2 = Math.floor(pointer / 1260);
  pointer -= b2 * 1260;
  const b3 = Math.floor(pointer / 10);
  const b4 = pointer - b3 * 10;
  return [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30];
}

/** BMP code unit → its GB18030 bytes (two-byte sequences first, then the BMP four-byte ones). */
function gbTable(): Map<number, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
  const add = (bytes: number[]) => {
    try {
      const s = decoder.decode(Uint8Array.from(bytes));
      if (s.length === 1 && !table!.has(s.charCodeAt(0))) table!.set(s.charCodeAt(0), bytes);
    } catch {
      // unmapped sequence
    }
  };
  add([0x80]);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let pointer = 0; pointer <= 39419; pointer++) add(fourBytes(pointer));
  return table;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
