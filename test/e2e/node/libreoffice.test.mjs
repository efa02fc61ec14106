// The commented copy (`govreport-lint draft.docx --comments copy.docx`) opened by another word processor:
// LibreOffice Writer (Debian's libreoffice-writer-nogui, headless). A corpus report saved as a Word draft with Word's
// automatic heading numbering and Word footnotes, with slips of five rules planted in it, goes through the CLI bundle;
// the copy is converted by `soffice --convert-to` twice and the converted files are read:
//   - PDF with comments exported as annotations (ExportNotes): one text annotation per finding, its text the comment
//     (the message, then 建议…), its author 政府工作报告校对, on the page that shows the finding's words;
//   - flat ODF (fodt), where a comment is `<office:annotation office:name=…>…</office:annotation>WORDS
//     <office:annotation-end office:name=…/>`: each comment covers exactly the finding's words (on automatic
//     numbering the paragraph, in a footnote the note's reference, on a superscript marker the marker), and the copy
//     reads the same as the original once the comments are taken out.
// Then a picture for the README (GOVREPORT_DOCX_SCREENSHOT, default out/e2e/docx-comments.png; docs/docx-comments.png
// is a copy of one): the PDF page holding the most comments as pdftoppm renders it (LibreOffice's comment icons stand
// at the end of each comment's words), and beside it each comment's text, read from its PDF annotation, in a margin
// drawn by Chromium, with a line to its icon (LibreOffice 7.4 cannot print comments in the margin itself).
//
// Run by scripts/test-vscode.mjs (mocha, in Node); host.mjs installs LibreOffice and poppler-utils.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { CHROMIUM_FLAGS, ensureHost, loadPlaywright } from '../../vscode-host/host.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const OUT = join(ROOT, 'out', 'e2e');
const SCREENSHOT = resolve(process.env.GOVREPORT_DOCX_SCREENSHOT || join(OUT, 'docx-comments.png'));
/** The converted files, kept for a look after the run. */
const KEEP = join(OUT, 'libreoffice');
const CLI = join(ROOT, 'cli', 'dist', 'govreport-lint.js');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const REPORT = '05_海南省_2026.txt';
const AUTHOR = '政府工作报告校对';
/** soffice's whole run (start, load, convert) for one conversion; it takes 3–5 s. */
const SOFFICE_TIMEOUT = 120_000;
const PDF_FILTER = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

/**
 * The slips a drafter's copy of the report gets, one [from, to] each, and the finding each must give: its rule and
 * where it stands (`anchor`: what the comment covers, see expectedAnchor).
 */
const SLIPS = [
  // Word's list restarted at 一 for the third part (a new list): the number is Word's own, no run holds it.
  { from: '\n三、2026年主要工作', to: '\n一、2026年主要工作', rule: 'heading-sequence', anchor: 'numbering' },
  // A part number typed by hand after the automatic ones.
  { from: '\n四、加强政府自身建设', to: '\n五、加强政府自身建设', rule: 'heading-sequence', anchor: 'text' },
  { from: '为实现上述目标，在做好', to: '为实现上述目标,在做好', rule: 'punctuation-width', anchor: 'text' },
  { from: '要注重抓好以下工作：', to: '要注重抓好以下九个方面工作：', rule: 'count-mismatch', anchor: 'text' },
  { from: '擦亮“投资自贸港”品牌', to: '确保全年固定资产投资增长8%左右。擦亮“投资自贸港”品牌', rule: 'target-mismatch', anchor: 'text' },
  // A superscript marker typed by hand for a note never written (the others are Word footnotes).
  { from: '“三个立法权”［28］', to: '“三个立法权”［28］、“四个重点领域”［29］', rule: 'footnote-missing', anchor: 'marker' },
  // In the text of Word footnote 13.
  { from: '为根本遵循，以《中共中央', to: '为根本遵循,以《中共中央', rule: 'punctuation-width', anchor: 'note' },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------------------
// soffice
// ---------------------------------------------------------------------------------------------------------------

/**
 * Runs soffice headless with its own user profile (`profile`, a fresh folder: concurrent runs and a desktop
 * LibreOffice do not share one), in its own process group, killed whole after SOFFICE_TIMEOUT. Resolves to the time
 * it took once every file of `outputs` exists (soffice exits 0 after a document it could not load, saying so).
 */
function soffice(args, profile, outputs) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`soffice ${args.join(' ')} did not finish within ${SOFFICE_TIMEOUT / 1000} s\n${output}`));
    }, SOFFICE_TIMEOUT);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const missing = outputs.filter((file) => !existsSync(file));
      if (code === 0 && missing.length === 0) resolvePromise({ ms: Date.now() - started, output });
      else if (code === 0) reject(new Error(`soffice ${args.join(' ')} wrote no ${missing.join(', ')}\n${output}`));
      else reject(new Error(`soffice ${args.join(' ')} exited with ${code ?? signal}\n${output}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// PDF: objects, strings, pages, text annotations
// ---------------------------------------------------------------------------------------------------------------

/** Every object of the file by number: plain ones, and those packed in compressed object streams (PDF 1.5). */
function pdfObjects(bytes) {
  const text = bytes.toString('latin1');
  const objects = new Map();
  for (const m of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]);
  for (const body of [...objects.values()]) {
    if (!/\/Type\s*\/ObjStm\b/.test(body)) continue;
    const stream = /stream\r?\n([\s\S]*)endstream/.exec(body);
    assert.ok(stream, 'an object stream without its data');
    let data = Buffer.from(stream[1], 'latin1');
    if (/\/Filter\s*\/FlateDecode/.test(body)) data = inflateSync(data);
    const first = Number(/\/First\s+(\d+)/.exec(body)[1]);
    const header = data.subarray(0, first).toString('latin1').trim().split(/\s+/).map(Number);
    for (let i = 0; i < header.length; i += 2) {
      const end = i + 3 < header.length ? first + header[i + 3] : data.length;
      objects.set(header[i], data.subarray(first + header[i + 1], end).toString('latin1'));
    }
  }
  return objects;
}

/** The string value of `/key` in a dictionary: a literal `(…)` with its escapes or a hex string `<…>`, decoded. */
function pdfString(dictionary, key) {
  const at = new RegExp(`/${key}\\s*([(<])`).exec(dictionary);
  if (!at) return undefined;
  const bytes = [];
  let i = at.index + at[0].length;
  if (at[1] === '<') {
    const end = dictionary.indexOf('>', i);
    const hex = dictionary.slice(i, end).replace(/\s+/g, '');
    for (let j = 0; j < hex.length; j += 2) bytes.push(parseInt(hex.slice(j, j + 2).padEnd(2, '0'), 16));
  } else {
    const escapes = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    for (let depth = 1; i < dictionary.length; i++) {
      const c = dictionary[i];
      if (c === '\\') {
        const next = dictionary[++i];
        if (next in escapes) bytes.push(escapes[next]);
        else if (/[0-7]/.test(next)) {
          const octal = /^[0-7]{1,3}/.exec(dictionary.slice(i))[0];
          bytes.push(parseInt(octal, 8) & 0xff);
          i += octal.length - 1;
        } else if (next === '\r') {
          if (dictionary[i + 1] === '\n') i++;
        } else if (next !== '\n') bytes.push(next.charCodeAt(0));
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      bytes.push(c.charCodeAt(0));
    }
  }
  const buffer = Buffer.from(bytes);
  // A text string is UTF-16BE after a byte order mark, else PDFDocEncoding (Latin-1 for what matters here).
  return buffer[0] === 0xfe && buffer[1] === 0xff ? new TextDecoder('utf-16be').decode(buffer.subarray(2)) : buffer.toString('latin1');
}

const refs = (value) => [...(value ?? '').matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]));

/** The text annotations of each page, in page order: `{ page (1-based), contents, title, rect }`. */
function pdfTextAnnotations(bytes) {
  const objects = pdfObjects(bytes);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  assert.ok(catalog, 'no catalog in the PDF');
  const pages = [];
  const walk = (number, inheritedBox) => {
    const node = objects.get(number);
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(node)?.[1] ?? inheritedBox;
    if (/\/Type\s*\/Pages\b/.test(node)) for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1])) walk(kid, box);
    else pages.push({ node, size: box.trim().split(/\s+/).map(Number).slice(2) });
  };
  walk(refs(/\/Pages\s+(\d+\s+\d+\s+R)/.exec(catalog)[1])[0]);
  const annotations = [];
  pages.forEach(({ node }, index) => {
    const list = /\/Annots\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(node)?.[1];
    if (list === undefined) return;
    const numbers = list?.startsWith('[') ? refs(list) : refs(objects.get(refs(list)[0]));
    for (const number of numbers) {
      const annotation = objects.get(number);
      if (!/\/Subtype\s*\/Text\b/.test(annotation)) continue;
      const rect = /\/Rect\s*\[([^\]]*)\]/.exec(annotation)[1].trim().split(/\s+/).map(Number);
      annotations.push({ page: index + 1, contents: pdfString(annotation, 'Contents'), title: pdfString(annotation, 'T'), rect });
    }
  });
  return { annotations, pageCount: pages.length, pageSize: pages[0].size };
}

// ---------------------------------------------------------------------------------------------------------------
// Flat ODF: the comments and the words each covers
// ---------------------------------------------------------------------------------------------------------------

const decodeXml = (s) => s
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of ODF body XML as a reader sees it: a note as its citation, comments left out, a paragraph a line. */
function odfText(xml) {
  return decodeXml(xml
    .replace(/<office:annotation(?=[\s>])[^>]*>[\s\S]*?<\/office:annotation>/g, '')
    .replace(/<text:note\b[^>]*>[\s\S]*?<text:note-citation[^>]*>([^<]*)<\/text:note-citation>[\s\S]*?<\/text:note>/g, '$1')
    .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_, n) => ' '.repeat(Number(n)))
    .replace(/<text:s\s*\/>/g, ' ')
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<\/text:(p|h)>/g, '\n')
    .replace(/<[^>]+>/g, ''));
}

/** Each comment of the document: its author, its paragraphs, the words it covers (undefined: a point comment). */
function odfComments(fodt) {
  const comments = [];
  for (const m of fodt.matchAll(/<office:annotation(?=[\s>])([^>]*)>([\s\S]*?)<\/office:annotation>/g)) {
    const name = /office:name="([^"]*)"/.exec(m[1])?.[1];
    const author = decodeXml(/<dc:creator>([^<]*)<\/dc:creator>/.exec(m[2])?.[1] ?? '');
    const paragraphs = [...m[2].matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>|<text:p\b[^>]*\/>/g)].map((p) => odfText(p[1] ?? ''));
    let words;
    if (name !== undefined) {
      const end = fodt.indexOf(`<office:annotation-end office:name="${name}"/>`, m.index + m[0].length);
      if (end >= 0) words = odfText(fodt.slice(m.index + m[0].length, end)).replace(/\n$/, '');
    }
    comments.push({ author, paragraphs, words });
  }
  return comments;
}

/** The document's text: office:text without its settings, styles or comments. */
const odfBody = (fodt) => odfText(/<office:text\b[^>]*>([\s\S]*)<\/office:text>/.exec(fodt)[1]);

// ---------------------------------------------------------------------------------------------------------------
// The draft and its findings
// ---------------------------------------------------------------------------------------------------------------

/**
 * What LibreOffice should show a finding's comment covering (comments.ts): the finding's words, with a marker as the
 * digits its run or note reference shows; on automatic numbering alone, the paragraph's own text; in a note, the
 * note's reference in the body (its citation, the note's number).
 */
function expectedAnchor(read, offset, length) {
  const paragraph = read.paragraphs[read.map(offset).paragraph];
  if (paragraph.part !== 'document') return { kind: 'note', words: String(paragraph.note) };
  const end = offset + length;
  const covered = paragraph.segments.filter((s) => s.start < end && s.start + s.text.length > offset);
  const words = covered.map((s) => {
    if (s.kind === 'marker') return s.text.replace(/\D/g, '');
    if (s.kind !== 'text') return '';
    return s.text.slice(Math.max(0, offset - s.start), end - s.start);
  }).join('');
  if (words === '' && covered.some((s) => s.kind === 'numbering')) {
    return { kind: 'numbering', words: paragraph.segments.filter((s) => s.kind === 'text').map((s) => s.text).join('') };
  }
  return { kind: covered.some((s) => s.kind === 'marker') ? 'marker' : 'text', words };
}

/**
 * Text around the place LibreOffice puts the comment's icon, the end of the words it covers (on automatic numbering,
 * of the paragraph; for a note, of its reference in the body): up to 8 characters before it, spaces left out and
 * markers as their digits, completed from the text after it to 8 when the paragraph starts closer. pdftotext shows
 * them on the icon's page.
 */
function textAroundIcon(read, offset, length, anchor) {
  let paragraph = read.paragraphs[read.map(offset).paragraph];
  let end = anchor.kind === 'numbering' ? paragraph.end : offset + length;
  if (anchor.kind === 'note') {
    const digits = (s) => s.text.replace(/\D/g, '');
    const reference = read.paragraphs.flatMap((p) => (p.part === 'document' ? p.segments : [])).find((s) => s.kind === 'marker' && digits(s) === anchor.words);
    paragraph = read.paragraphs[read.map(reference.start).paragraph];
    end = reference.start + reference.text.length;
  }
  const plain = (s) => s.replace(/［(\d+)］/g, '$1').replace(/\s+/g, '');
  const before = plain(read.text.slice(paragraph.start, end)).slice(-8);
  return before + plain(read.text.slice(end, paragraph.end)).slice(0, 8 - before.length);
}

describe('LibreOffice opens the commented copy of a Word draft', function () {
  this.timeout(300_000);
  let dir = '';
  /** The CLI's findings, in its order, each with its comment, the words it should cover and the text around its icon. */
  let findings = [];
  let read;
  let pdf;
  let fodt;
  let originalFodt;
  const timings = {};

  before(async () => {
    ensureHost(); // installs LibreOffice and poppler-utils when they are missing
    for (const tool of ['soffice', 'pdftoppm', 'pdftotext']) assert.equal(spawnSync('which', [tool]).status, 0, `${tool} is not installed`);
    assert.ok(existsSync(CLI), `${CLI} is missing: the build step makes it`);
    const support = join(ROOT, 'out', 'test', 'support', 'docx.js');
    assert.ok(existsSync(support), `${support} is missing: the build step (tsc -b) makes it`);
    const { docxFromText, pack } = require(support);
    const { readDocx } = require(join(ROOT, 'out', 'server', 'src', 'docx', 'index.js'));
    const { strFromU8, unzipSync } = require('fflate');

    dir = mkdtempSync(join(tmpdir(), 'govreport-lo-'));
    let text = readFileSync(join(CORPUS, REPORT), 'utf8');
    for (const slip of SLIPS) {
      assert.ok(text.includes(slip.from), `${REPORT} no longer holds ${slip.from}`);
      text = text.replace(slip.from, slip.to);
    }
    const original = await pack(docxFromText(text, { wordNotes: true }));
    writeFileSync(join(dir, 'report.docx'), original);
    read = readDocx(original);

    let started = Date.now();
    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', 'report.docx', '--comments', 'report-批注.docx'], { cwd: dir, encoding: 'utf8' });
    timings.cli = Date.now() - started;
    assert.equal(cli.status, 1, cli.stderr);
    const problems = JSON.parse(cli.stdout)[0].problems;
    const copy = readFileSync(join(dir, 'report-批注.docx'));
    // Comment i is finding i (the CLI writes them in order): its paragraphs as Word stores them.
    const comments = [...strFromU8(unzipSync(copy)['word/comments.xml']).matchAll(/<w:comment\b[^>]*>([\s\S]*?)<\/w:comment>/g)]
      .map((m) => [...m[1].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => decodeXml([...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))));
    assert.equal(comments.length, problems.length, 'one comment per finding in word/comments.xml');
    const lineStarts = [0];
    for (let i = read.text.indexOf('\n'); i >= 0; i = read.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    findings = problems.map((p, i) => {
      const offset = lineStarts[p.range.start.line] + p.range.start.character;
      const length = lineStarts[p.range.end.line] + p.range.end.character - offset;
      const anchor = expectedAnchor(read, offset, length);
      return { ...p, offset, length, comment: comments[i], anchor, around: textAroundIcon(read, offset, length, anchor) };
    });

    // Two soffice runs at once, each with its own profile: the PDF, and both documents as flat ODF.
    const profile = mkdtempSync(join(tmpdir(), 'govreport-lo-profile-'));
    started = Date.now();
    const [pdfRun, fodtRun] = await Promise.all([
      soffice(['--convert-to', PDF_FILTER, '--outdir', join(dir, 'pdf'), join(dir, 'report-批注.docx')], join(profile, 'pdf'), [join(dir, 'pdf', 'report-批注.pdf')]),
      soffice(['--convert-to', 'fodt', '--outdir', join(dir, 'fodt'), join(dir, 'report.docx'), join(dir, 'report-批注.docx')], join(profile, 'fodt'), [join(dir, 'fodt', 'report.fodt'), join(dir, 'fodt', 'report-批注.fodt')]),
    ]).finally(() => rmSync(profile, { recursive: true, force: true }));
    timings.conversions = Date.now() - started;
    timings.pdf = pdfRun.ms;
    timings.fodt = fodtRun.ms;
    pdf = readFileSync(join(dir, 'pdf', 'report-批注.pdf'));
    fodt = readFileSync(join(dir, 'fodt', 'report-批注.fodt'), 'utf8');
    originalFodt = readFileSync(join(dir, 'fodt', 'report.fodt'), 'utf8');
    rmSync(KEEP, { recursive: true, force: true });
    mkdirSync(KEEP, { recursive: true });
    for (const [from, to] of [['report.docx', 'report.docx'], ['report-批注.docx', 'report-批注.docx'], ['pdf/report-批注.pdf', 'report-批注.pdf'], ['fodt/report-批注.fodt', 'report-批注.fodt']]) {
      writeFileSync(join(KEEP, to), readFileSync(join(dir, from)));
    }
    console.log(`      CLI ${seconds(timings.cli)}; soffice → PDF ${seconds(timings.pdf)}, → fodt (both files) ${seconds(timings.fodt)}, side by side ${seconds(timings.conversions)}; kept in ${KEEP}`);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the draft gives the findings planted in it, each with its comment', () => {
    assert.deepEqual(findings.map((f) => [f.ruleId, f.anchor.kind]).sort(), SLIPS.map((s) => [s.rule, s.anchor]).sort(), JSON.stringify(findings.map((f) => [f.ruleId, f.docx.context])));
    for (const f of findings) assert.equal(f.comment[0], f.message);
  });

  it('PDF: one text annotation per finding, its text the comment, its author 政府工作报告校对, on the page of the words', () => {
    const { annotations, pageCount } = pdfTextAnnotations(pdf);
    assert.ok(pageCount > 5, `${pageCount} pages`);
    assert.equal(annotations.length, findings.length, 'one annotation per finding');
    const key = (page, contents) => `p${page} ${contents}`;
    // The title is the author and the comment's date.
    for (const a of annotations) assert.ok(a.title.startsWith(AUTHOR), `author: ${a.title}`);
    // Each comment stands on the page that shows the end of its words (pdftotext splits pages by form feeds).
    const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', join(KEEP, 'report-批注.pdf'), '-'], { encoding: 'utf8' }).stdout.split('\f').map((p) => p.replace(/\s+/g, ''));
    const expected = findings.map((f) => {
      const on = pages.flatMap((p, i) => (p.includes(f.around) ? [i + 1] : []));
      assert.equal(on.length, 1, `“${f.around}” (${f.ruleId}) should be on one page, is on pages ${on.join(', ') || 'none'}`);
      // LibreOffice joins the comment's paragraphs with a line break.
      return key(on[0], f.comment.join('\n'));
    });
    assert.deepEqual(annotations.map((a) => key(a.page, a.contents)).sort(), expected.sort());
  });

  it('fodt: each comment covers the finding’s words (automatic numbering: the paragraph; a note: its reference)', () => {
    const comments = odfComments(fodt);
    assert.equal(comments.length, findings.length, 'one comment per finding');
    for (const c of comments) {
      assert.equal(c.author, AUTHOR);
      assert.notEqual(c.words, undefined, `a comment without a range: ${c.paragraphs[0]}`);
    }
    const seen = comments.map((c) => JSON.stringify([c.paragraphs, c.words])).sort();
    const expected = findings.map((f) => JSON.stringify([f.comment, f.anchor.words])).sort();
    assert.deepEqual(seen, expected);
  });

  it('the copy reads in LibreOffice as the original does, but for the comments', () => {
    const copy = odfBody(fodt);
    assert.equal(copy, odfBody(originalFodt));
    assert.ok(copy.includes('各位代表') && copy.length > 20_000, `${copy.length} characters`);
    assert.equal(odfComments(originalFodt).length, 0);
  });

  it('a picture of the page with the most comments, for the README', async () => {
    await screenshot(pdf, join(KEEP, 'report-批注.pdf'), SCREENSHOT);
    console.log(`      screenshot: ${SCREENSHOT}`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The picture
// ---------------------------------------------------------------------------------------------------------------

const DPI = 110;
/** The margin of balloons, in CSS pixels. */
const MARGIN = 390;
/** White around the cropped lines, in CSS pixels. */
const PAD = 14;

/**
 * The page with the most comments, rendered by pdftoppm and cropped to whole lines around them, beside a margin of
 * balloons drawn by Chromium: each comment's author and text from its PDF annotation, joined by a dotted line to the
 * place LibreOffice gave the annotation (the end of its words), marked by a bar. poppler's own comment icon, 24 pt
 * square, would hide the words after that place, so the page is rendered without it (-hide-annotations).
 */
async function screenshot(bytes, pdfPath, file) {
  const { annotations, pageSize } = pdfTextAnnotations(bytes);
  const counts = new Map();
  for (const a of annotations) counts.set(a.page, (counts.get(a.page) ?? 0) + 1);
  const page = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const onPage = annotations.filter((a) => a.page === page).sort((a, b) => b.rect[3] - a.rect[3] || a.rect[0] - b.rect[0]);
  const scale = DPI / 72;
  // Lines (pdftotext's word boxes, top-down coordinates): from two lines above the first comment to two below the last.
  const bbox = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdfPath, '-'], { encoding: 'utf8' }).stdout;
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1, 5).map(Number));
  // Lines: word boxes whose tops lie within 3 pt (a superscript sits a little lower), top-down.
  const lines = [];
  for (const [x0, y0, x1, y1] of [...words].sort((a, b) => a[1] - b[1])) {
    const line = lines.at(-1);
    if (line && y0 - line.top < 3) Object.assign(line, { left: Math.min(line.left, x0), right: Math.max(line.right, x1), bottom: Math.max(line.bottom, y1) });
    else lines.push({ top: y0, bottom: y1, left: x0, right: x1 });
  }
  const first = Math.min(...onPage.map((a) => pageSize[1] - a.rect[3]));
  const last = Math.max(...onPage.map((a) => pageSize[1] - a.rect[1]));
  const firstLine = Math.max(0, lines.findLastIndex((l) => l.top <= first + 2) - 2);
  const lastLine = Math.min(lines.length - 1, lines.findIndex((l) => l.bottom >= last - 2) + 1);
  const band = lines.slice(firstLine, lastLine + 1);
  // Cut between lines: from the top of the first line's box to where the next line's box starts.
  const top = band[0].top;
  const bottom = lines[lastLine + 1]?.top ?? band.at(-1).bottom;
  const left = Math.min(...band.map((l) => l.left));
  const right = Math.max(...band.map((l) => l.right));
  const crop = { x: Math.round(left * scale), y: Math.round(top * scale), W: Math.round((right - left) * scale), H: Math.round((bottom - top) * scale) };
  const work = mkdtempSync(join(tmpdir(), 'govreport-lo-shot-'));
  try {
    const render = spawnSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(page), '-l', String(page), '-hide-annotations', '-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.W), '-H', String(crop.H), '-singlefile', pdfPath, join(work, 'page')], { encoding: 'utf8' });
    assert.equal(render.status, 0, render.stderr);
    const png = readFileSync(join(work, 'page.png')).toString('base64');
    const marks = onPage.map((a) => ({
      x: a.rect[0] * scale - crop.x + PAD,
      top: (pageSize[1] - a.rect[3]) * scale - crop.y + PAD,
      bottom: (pageSize[1] - a.rect[1]) * scale - crop.y + PAD,
      author: a.title.split(',')[0],
      paragraphs: a.contents.split('\n'),
    }));
    const { chromium } = loadPlaywright(ensureHost());
    const browser = await chromium.launch({
      executablePath: process.env.GOVREPORT_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
      env: { ...process.env, HOME: work },
    });
    try {
      const view = await browser.newPage({ viewport: { width: crop.W + 2 * PAD + MARGIN + 40, height: crop.H + 2 * PAD + 40 }, deviceScaleFactor: 1 });
      await view.setContent(pictureHtml(png, crop, marks));
      await view.evaluate(() => document.fonts.ready);
      await view.evaluate(layoutBalloons);
      mkdirSync(dirname(file), { recursive: true });
      await view.locator('#sheet').screenshot({ path: file });
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function pictureHtml(png, crop, marks) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const balloons = marks.map((m) => `<div class="balloon" data-mark='${JSON.stringify({ x: m.x, top: m.top, bottom: m.bottom })}'><b>${escape(m.author)}</b>${m.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; font-family: "WenQuanYi Micro Hei", sans-serif; }
    #sheet { position: relative; display: flex; padding: 10px; width: max-content; background: #e6e6e6; }
    #page { display: block; width: ${crop.W}px; height: ${crop.H}px; }
    #paper { position: relative; padding: ${PAD}px; background: #fff; box-shadow: 0 0 3px #999; align-self: flex-start; }
    #margin { position: relative; width: ${MARGIN}px; background: #f3f3f3; box-shadow: 0 0 3px #999; }
    .balloon { position: absolute; left: 16px; width: ${MARGIN - 30}px; box-sizing: border-box; padding: 5px 9px 6px; background: #fff8dc; border: 1px solid #e3b341; border-radius: 4px; font-size: 13px; line-height: 1.5; color: #222; }
    .balloon b { display: block; font-size: 12px; color: #9a6700; margin-bottom: 1px; }
    .balloon p { margin: 0; }
    svg { position: absolute; left: 10px; top: 10px; pointer-events: none; overflow: visible; }
  </style></head><body><div id="sheet"><div id="paper"><img id="page" src="data:image/png;base64,${png}"></div><div id="margin">${balloons}</div><svg id="lines"></svg></div></body></html>`;
}

/** Runs in the page: each balloon at its mark's height, pushed down so none overlaps; the bars and dotted lines. */
function layoutBalloons() {
  const page = document.getElementById('page');
  const margin = document.getElementById('margin');
  const svg = document.getElementById('lines');
  const ns = 'http://www.w3.org/2000/svg';
  const draw = (name, attributes) => {
    const element = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
    svg.appendChild(element);
  };
  const width = page.offsetWidth + 2 * page.offsetLeft;
  let next = 4;
  for (const balloon of margin.querySelectorAll('.balloon')) {
    const mark = JSON.parse(balloon.dataset.mark);
    const y = Math.max(next, mark.top - 8);
    balloon.style.top = `${y}px`;
    next = y + balloon.offsetHeight + 8;
    // The bar where the annotation stands, then along the bottom of its line to the margin and on to the balloon.
    draw('rect', { x: mark.x - 1, y: mark.top, width: 2.5, height: mark.bottom - mark.top, fill: '#d4a017' });
    draw('polyline', { points: `${mark.x},${mark.bottom} ${width},${mark.bottom} ${width + 16},${y + 12}`, fill: 'none', stroke: '#d4a017', 'stroke-width': 1.2, 'stroke-dasharray': '3 2' });
  }
  const height = Math.max(page.offsetHeight + 2 * page.offsetTop, next);
  margin.style.height = `${height}px`;
  svg.setAttribute('width', String(width + margin.offsetWidth));
  svg.setAttribute('height', String(height));
}
