// What a .vsix holds. A .vsix is a zip: listVsix reads its central directory (no dependency), and expectedFiles
// says what it must contain — derived from the manifest, so a grammar, snippet file or language configuration
// added to package.json is expected in the package too. Used by scripts/package.mjs and test/e2e/node/vsix.test.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entries of a zip file: name, sizes and a reader for the content. */
export function listVsix(file) {
  const zip = readFileSync(file);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      size,
      compressedSize,
      read() {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressedSize);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Every file the contributions name: grammar and snippet paths, language configurations, icons of commands and
 * views (`./…` or a path ending in an image/JSON extension; `$(codicon)` names are not files).
 */
export function manifestFiles(contributes) {
  const found = [];
  const visit = (value, key) => {
    if (typeof value === 'string') {
      const isPath = value.startsWith('./') || (['path', 'icon', 'light', 'dark', 'configuration'].includes(key) && /\.(json|svg|png|code-snippets)$/.test(value));
      if (isPath && !value.startsWith('$(')) found.push(value.replace(/^\.\//, ''));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(contributes, '');
  return [...new Set(found)];
}

/**
 * Documents shipped for offline reading: the rule reference (each diagnostic's link opens it in the Markdown
 * preview, client/src/ruleDocs.ts) and the README's pictures: the editor, the 校对视图 of a Word draft, a commented
 * Word copy in LibreOffice (README links stay relative: scripts/package.mjs).
 */
export const SHIPPED_DOCS = ['docs/rules.md', 'docs/screenshot.png', 'docs/word-view.png', 'docs/docx-comments.png'];

/**
 * The files the package must hold, as paths inside the .vsix: the bundles, grammar, snippets, language
 * configuration, manifest (+ package.nls*.json), README, CHANGELOG and licence, the icon, the shipped documents,
 * and vsce's two metadata files.
 */
export function expectedFiles(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const contributes = manifest.contributes ?? {};
  const paths = new Set([
    'package.json',
    'readme.md', // vsce writes README.md, CHANGELOG.md and LICENSE under these names
    'changelog.md',
    'LICENSE.txt',
    manifest.main,
    'server/dist/server.js', // the client starts it: context.asAbsolutePath('server/dist/server.js')
    ...readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
    ...(manifest.icon ? [manifest.icon] : []),
    ...SHIPPED_DOCS,
    ...manifestFiles(contributes),
  ]);
  const normal = [...paths].map((p) => `extension/${p.replace(/^\.\//, '')}`);
  return ['[Content_Types].xml', 'extension.vsixmanifest', ...normal].sort();
}
