// Demo: drives the real bundled language server (server/dist/server.js --stdio) the way an editor does and prints
// what a drafter would see, with the words around each finding. `npm run demo` builds first.
//
//   node scripts/demo.mjs                 the sample drafts (../shared/samples, else samples/), then one whole
//                                         corpus report as published and as a drafter's copy with planted slips
//                                         and that copy saved from Word (.docx): its 校对视图 and commented copy
//   node scripts/demo.mjs a.txt b.md c.docx   any files (.md is linted in Markdown mode; a Word file is rendered
//                                         by the server, linted as its 校对视图, and its commented copy written)
//
// Findings of one rule with the same message kind are grouped after the first few, so one slip repeated on every
// heading (a web copy's half-width brackets) does not bury the rest.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// vscode-jsonrpc is the JSON-RPC library vscode-languageserver is built on (installed with it).
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverJs = join(root, 'server', 'dist', 'server.js');
const SEVERITY = { 1: '错误', 2: '警告', 3: '信息', 4: '提示' };
/** Findings of one kind shown before the rest are summed up. */
const SHOWN_PER_KIND = 2;
/** Characters of context on each side of a finding. */
const CONTEXT = 18;
const tty = process.stdout.isTTY;
const mark = (text) => (tty ? `\x1b[1;31m${text}\x1b[0m` : `【${text}】`);
const dim = (text) => (tty ? `\x1b[2m${text}\x1b[0m` : text);

/** The corpus report shown whole: it has a 主要预期目标 paragraph, 28 notes and ten （一）…（十） tasks. */
const CORPUS_REPORT = '05_海南省_2026.txt';
/**
 * Slips a drafter's copy of that report might carry, each planted by a plain text replacement (independent of the
 * engine): a part numbered twice, a count left from last year's draft, a target restated with another figure, an
 * explanation deleted, last year's phase of the plan period kept, a half-width comma pasted in.
 */
const SLIPS = [
  { what: '部分编号：“三、”写成了“二、”', from: '\n三、2026年主要工作', to: '\n二、2026年主要工作' },
  { what: '所述数量：沿用上年的“九个方面”', from: '要注重抓好以下工作：', to: '要注重抓好以下九个方面工作：' },
  { what: '预期目标：后文把投资增速写成 8%', from: '擦亮“投资自贸港”品牌', to: '确保全年固定资产投资增长8%左右。擦亮“投资自贸港”品牌' },
  { what: '名词解释：删去了［15］“两新”条目', from: /［15］两新：[^\n]*\n[^\n［]*\n/, to: '' },
  { what: '报告年份：沿用上年的“‘十四五’收官之年”', from: '今年是“十五五”开局之年，也是海南', to: '今年是“十四五”收官之年，也是海南' },
  { what: '标点：粘贴进一个半角逗号', from: '必须迈好第一步、展现新气象。', to: '必须迈好第一步,展现新气象。' },
];

function sampleFiles() {
  const shared = resolve(root, '..', 'shared', 'samples');
  const dir = existsSync(shared) ? shared : join(root, 'samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: join(dir, f) }));
}

function corpusDocuments() {
  const path = resolve(root, '..', 'shared', 'corpus', CORPUS_REPORT);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  let copy = text;
  const planted = [];
  for (const slip of SLIPS) {
    const next = copy.replace(slip.from, slip.to);
    if (next !== copy) planted.push(slip.what);
    copy = next;
  }
  return [
    { path, title: `${CORPUS_REPORT}（发布稿）` },
    { path: path.replace(/\.txt$/, '（模拟改稿）.txt'), text: copy, title: `${CORPUS_REPORT}（模拟改稿，植入 ${planted.length} 处差错）`, planted },
    { path: path.replace(/\.txt$/, '（模拟改稿）.docx'), wordText: copy, title: `${CORPUS_REPORT}（模拟改稿，Word 文档：部分标题为自动编号）`, planted },
  ];
}

const PART_TITLE = /^[一二三四五六七八九十]+、/;

/**
 * The drafter's copy as Word saves it, written with the `docx` library (a development dependency): a paragraph a
 * line; the part titles numbered by Word's list (一、, no tab), except one typed by hand where the typed number is
 * not the one Word would show — the slip a Word draft carries.
 */
async function wordFile(text) {
  const docx = require('docx');
  let next = 0;
  const numbers = '一二三四五六七八九十';
  const paragraphs = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((line) => {
    const typed = PART_TITLE.exec(line)?.[0];
    if (typed && typed === `${numbers[next]}、`) {
      next++;
      return new docx.Paragraph({ children: [new docx.TextRun(line.slice(typed.length))], numbering: { reference: 'parts', level: 0 } });
    }
    if (typed) next++;
    return new docx.Paragraph({ children: [new docx.TextRun(line)] });
  });
  const document = new docx.Document({
    numbering: { config: [{ reference: 'parts', levels: [{ level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1, suffix: docx.LevelSuffix.NOTHING }] }] },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

/** Line and column (1-based, in characters) and the words around a range of `text`. */
function context(text, range) {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines[range.start.line] ?? '';
  const start = range.start.character;
  const end = range.end.line === range.start.line ? range.end.character : line.length;
  const before = line.slice(Math.max(0, start - CONTEXT), start);
  const after = line.slice(end, end + CONTEXT);
  const at = line.slice(start, end) || '¶';
  return `${start > CONTEXT ? '…' : ''}${before}${mark(at)}${after}${end + CONTEXT < line.length ? '…' : ''}`.replace(/\t/g, ' ');
}

function where(range) {
  return `第${range.start.line + 1}行第${range.start.character + 1}字`;
}

async function main() {
  if (!existsSync(serverJs)) {
    console.error(`${serverJs} is missing: run \`npm run build\` (or \`npm run demo\`, which builds first).`);
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const documents = args.length > 0 ? args.map((a) => ({ path: resolve(a) })) : [...sampleFiles(), ...corpusDocuments()];
  if (documents.length === 0) {
    console.error('No drafts found.');
    process.exit(2);
  }

  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null)); // defaults
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();

  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    clientInfo: { name: 'govreport demo' },
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        diagnostic: {},
        publishDiagnostics: { relatedInformation: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  console.log(`${init.serverInfo?.name ?? 'server'} ${init.serverInfo?.version ?? ''}：经语言服务器校对 ${documents.length} 份文稿\n`);

  const perRule = new Map();
  let total = 0;
  for (const document of documents) {
    const word = document.wordText !== undefined || /\.(docx|docm|dotx|dotm|doc|wps)$/i.test(document.path);
    let text = document.text;
    let uri = pathToFileURL(document.path).href;
    let bytes;
    if (word) {
      // As the VS Code client does: the server renders the bytes, and lints the text as the .docx's 校对视图.
      bytes = document.wordText !== undefined ? await wordFile(document.wordText) : readable(document.path);
      if (!bytes) continue;
      const data = Buffer.from(bytes).toString('base64');
      const rendered = await connection.sendRequest('govreport/renderDocx', { data });
      if ('error' in rendered) {
        console.log(`━━ ${document.title ?? basename(document.path)}\n   无法读取：${rendered.error}\n`);
        continue;
      }
      text = rendered.text;
      uri = `govreport-docx:${encodeURI(document.path)}%EF%BC%88%E6%A0%A1%E5%AF%B9%E8%A7%86%E5%9B%BE%EF%BC%89?${encodeURIComponent(uri)}`;
    }
    text ??= readable(document.path)?.toString('utf8');
    if (text === undefined) continue;
    const languageId = extname(document.path).toLowerCase() === '.md' ? 'markdown' : 'govreport';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const started = performance.now();
    const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const ms = performance.now() - started;
    const items = report.kind === 'full' ? report.items : [];
    const targets = await connection.sendRequest('govreport/targets', { textDocument: { uri } });
    const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) ?? [];

    console.log(`━━ ${document.title ?? basename(document.path)}`);
    console.log(dim(`   ${text.length.toLocaleString('en')} 字，${ms.toFixed(0)} 毫秒；${describe(symbols, targets)}`));
    for (const slip of document.planted ?? []) console.log(dim(`   植入：${slip}`));
    if (items.length === 0) console.log('   未发现问题。');

    // Group by rule and message kind (the message without its quoted specifics).
    const groups = new Map();
    for (const d of items) {
      const key = `${d.code}|${d.message.replace(/“[^”]*”/g, '“”')}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(d);
      perRule.set(d.code, (perRule.get(d.code) ?? 0) + 1);
      total++;
    }
    for (const group of groups.values()) {
      for (const d of group.slice(0, SHOWN_PER_KIND)) {
        // (A 校对视图's message carries its fix on a second line: 建议：…)
        console.log(`   ${where(d.range)}  ${SEVERITY[d.severity] ?? '信息'}  ${d.code}  ${d.message.replace(/\n/g, '\n      ')}`);
        console.log(`      ${context(text, d.range)}`);
        const fix = await preferredFix(connection, uri, d);
        if (fix) console.log(dim(`      快速修复：${fix}`));
        for (const r of d.relatedInformation ?? []) console.log(dim(`      ↳ ${where(r.location.range)}：${r.message}`));
      }
      const rest = group.slice(SHOWN_PER_KIND);
      if (rest.length > 0) {
        const lines = [...new Set(rest.map((d) => d.range.start.line + 1))];
        const listed = lines.slice(0, 8).join("、") + (lines.length > 8 ? "等" : "");
        console.log(dim(`   …同类问题另有 ${rest.length} 处（${group[0].code}），在第 ${listed} 行`));
      }
    }
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (bytes) {
      // 导出带批注的副本: one Word comment per finding, on its words.
      const copy = await connection.sendRequest('govreport/commentDocx', { uri: pathToFileURL(document.path).href, data: Buffer.from(bytes).toString('base64') });
      if ('error' in copy) console.log(`   未能写出带批注的副本：${copy.error}`);
      else {
        const out = join(root, 'out', 'demo', `${basename(document.path).replace(/\.[^.]+$/, '')}-批注.docx`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, Buffer.from(copy.data, 'base64'));
        console.log(dim(`   带 ${copy.comments} 条批注的副本：${out}（在 Word、WPS 或 LibreOffice 中打开，审阅窗格逐条查看）`));
      }
    }
    console.log('');
  }

  console.log('各规则发现的问题：');
  for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(24)} ${count}`);
  }
  console.log(`  ${'合计'.padEnd(22)} ${total}`);

  await connection.sendRequest('shutdown', null);
  await connection.sendNotification('exit');
  const code = await exited;
  connection.dispose();
  if (code !== 0) {
    console.error(`The server exited with code ${code}.`);
    process.exitCode = 1;
  }
}

/** The file's bytes, or undefined after saying why it cannot be read. */
function readable(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    console.log(`━━ ${basename(path)}\n   无法读取：${error.code === 'ENOENT' ? '文件不存在' : error.message}\n`);
    return undefined;
  }
}

/** What the server read: headings, targets and how many later statements it compared. */
function describe(symbols, targets) {
  let headings = 0;
  let notes = 0;
  const visit = (list) => {
    for (const s of list) {
      if (s.kind === 22) notes++;
      else headings++;
      visit(s.children ?? []);
    }
  };
  visit(symbols);
  const figures = targets?.targets ?? [];
  const statements = figures.reduce((n, t) => n + t.mentions.length, 0);
  const parts = [`标题 ${headings} 个`];
  if (notes > 0) parts.push(`名词解释 ${notes} 条`);
  if (figures.length > 0) parts.push(`主要预期目标 ${figures.length} 项，后文复述 ${statements} 处`);
  return parts.join('，');
}

/** The title of the preferred quick fix for a diagnostic, or of the first suggestion. */
async function preferredFix(connection, uri, diagnostic) {
  const actions = (await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) ?? [];
  const own = actions.filter((a) => a.diagnostics?.length === 1);
  return (own.find((a) => a.isPreferred) ?? own[0])?.title;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
