/**
 * The CLI in CI, run as a user would through the bundle and without a shell (so a glob reaches the CLI unexpanded, as
 * a quoted pattern does): directories, globs, standard input, the sarif/github/junit formats read back by the tools
 * that consume them (SARIF validated against the official 2.1.0 schema with ajv, GitHub workflow commands parsed and
 * unescaped, JUnit parsed by a strict XML parser), --max-warnings, the --fix log and the --fix-dry-run diff.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { applyPatch } from 'diff';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseString } from 'xml2js';
import type * as Sarif from 'sarif';
import { applyEdits, fixAll, fixAllCounted, lint, RULE_IDS, RULE_METAS, type Problem, type ReportedSeverity } from '../../server/src/core/index';
import { DOCS_BASE } from '../../server/src/diagnostics';
import { escapeData, escapeProperty, toGithub, toJunit } from '../../cli/src/ci';
import { assertNoStack, ensureBundle, ROOT, runCli, type Run } from '../support/cli';
import { fixturesDir } from '../support/paths';

const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
const CLEAN = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n';
const WARNING_ONLY = '一、过去一年工作回顾\n二，今年工作安排\n';
/** Two warnings (a comma after 二 and after 三), no error. */
const TWO_WARNINGS = '一、过去一年工作回顾\n二，今年工作安排\n三，明年\n';
/** BOM, CRLF, a lone CR, U+3000 indents and characters outside the BMP before the problems. */
const AWKWARD = '\ufeff一、𠀀过去一年\r\n\u3000\u3000（一）经济𠀀运行。一是扩大消费；𠀀二是扩大投资；四是稳定外需。\r（三）改革。\n（四），民生𠀁。\r\n二，今年\n';
/** A BOM and a surrogate pair before an enumeration slip on line 1 (四是 at offset 27). */
const BOM_LINE_1 = '\ufeff（一）扩大𠀀有效需求。一是扩大消费；二是扩大投资；四是稳定外需。\n';
const MARKDOWN = '## （一）经济运行\n## （三）改革开放\n';
/** “一、总体要求\n（一）稳增长。\n（三）促改革。\n” in GBK (GB18030), by hand: Node has no GB18030 encoder. */
const GBK = Uint8Array.from([
  0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3, 0x0a,
  0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xce, 0xc8, 0xd4, 0xf6, 0xb3, 0xa4, 0xa1, 0xa3, 0x0a,
  0xa3, 0xa8, 0xc8, 0xfd, 0xa3, 0xa9, 0xb4, 0xd9, 0xb8, 0xc4, 0xb8, 0xef, 0xa1, 0xa3, 0x0a,
]);

let dir: string;

function run(args: string[], input?: string | Uint8Array, cwd = dir): Run {
  return runCli(args, cwd, input);
}

function write(name: string, content: string | Uint8Array): string {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), content);
  return name;
}

interface JsonOutput {
  file: string;
  problems: { ruleId: string; severity: string; message: string }[];
}

/** The files a run reported on, in order (the JSON output lists clean files too). */
function filesOf(r: Run): string[] {
  assert.ok(r.stdout.startsWith('['), r.stderr);
  return (JSON.parse(r.stdout) as JsonOutput[]).map((f) => f.file);
}

// ── SARIF: the official schema, read with ajv ───────────────────────────────────────────────────────────────────

/**
 * The OASIS SARIF 2.1.0 schema (errata 01), vendored unchanged (test/fixtures/sarif/SOURCE.md). It is written in
 * draft-04 but uses only keywords that mean the same in draft-07, Ajv's default; its draft-04 `id` becomes `$id`.
 */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(fixturesDir('sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
  assert.equal(schema.id, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  const { $schema: _draft, id, ...rest } = schema;
  // Strict (unknown keywords and formats fail), except for two lints of schema style the official schema does not follow.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  // The formats the schema names, checked as RFC 3986 and RFC 3339 say (Ajv knows none of them by itself).
  const uriReference = (s: string) => /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(s);
  ajv.addFormat('uri', (s: string) => uriReference(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', uriReference);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  return ajv.compile({ ...rest, $id: id });
}

let validateSarif: ValidateFunction;

function assertValidSarif(log: unknown): asserts log is Sarif.Log {
  const valid = validateSarif(log);
  assert.ok(valid, JSON.stringify(validateSarif.errors, null, 2));
}

/** 1-based SARIF line/column of an offset, from TextDocument (UTF-16), without the BOM on line 1. */
function sarifPosition(doc: TextDocument, text: string, offset: number): { line: number; column: number } {
  const p = doc.positionAt(offset);
  const bom = text.startsWith('\ufeff') && p.line === 0 && p.character > 0 ? 1 : 0;
  return { line: p.line + 1, column: p.character + 1 - bom };
}

function offsetOf(doc: TextDocument, text: string, line: number, column: number): number {
  const bom = text.startsWith('\ufeff') && line === 1 ? 1 : 0;
  return doc.offsetAt({ line: line - 1, character: column - 1 + bom });
}

const LEVEL: Record<ReportedSeverity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

// ── GitHub workflow commands, read back as the runner reads them ────────────────────────────────────────────────

interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommand(line: string): Annotation {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=');
    assert.ok(eq > 0, pair);
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  assert.doesNotMatch(m[3]!, /[\r\n]/);
  return { command: m[1]!, properties, message: unescape(m[3]!) };
}

// ── JUnit, read back by a strict XML parser ─────────────────────────────────────────────────────────────────────

interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

function parseXml(xml: string): XmlNode {
  let parsed: unknown;
  let failure: Error | null = null;
  parseString(xml, { strict: true, explicitArray: true }, (error, result) => {
    failure = error;
    parsed = result;
  });
  assert.equal(failure, null, `not well-formed XML: ${failure}\n${xml}`);
  return parsed as XmlNode;
}

function children(node: XmlNode, name: string): XmlNode[] {
  return (node[name] as XmlNode[] | undefined) ?? [];
}

describe('govreport-lint CLI for CI', function () {
  this.timeout(120_000);

  before(() => {
    ensureBundle();
    validateSarif = sarifValidator();
    dir = mkdtempSync(join(tmpdir(), 'govreport-ci-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('inputs: directories', () => {
    it('recurses into .txt, .md, .markdown, .govreport (and .docx, below) files, sorted, skipping node_modules, dot-folders and dot-files', () => {
      const root = 'tree';
      for (const name of ['b.txt', 'a.md', 'sub/c.markdown', 'sub/deeper/d.TXT', 'sub/e.govreport', 'z/报告.txt']) write(`${root}/${name}`, SLIP);
      for (const name of ['node_modules/pkg/x.txt', 'sub/node_modules/y.md', '.git/z.txt', 'sub/.cache/w.txt', '.hidden.txt', 'image.png', 'notes.doc', '~$报告.docx', 'sub/readme']) {
        write(`${root}/${name}`, SLIP);
      }
      const expected = ['a.md', 'b.txt', 'sub/c.markdown', 'sub/deeper/d.TXT', 'sub/e.govreport', 'z/报告.txt'].map((n) => join(root, n));
      const r = run(['--format', 'json', root]);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(filesOf(r), expected);
      // The same with a trailing slash, and with ./ in front.
      assert.deepEqual(filesOf(run(['--format', 'json', `${root}/`])), expected);
      assert.deepEqual(filesOf(run(['--format', 'json', `./${root}`])), expected);
      // .md files found in a directory are read as Markdown.
      write('mdtree/x.md', MARKDOWN);
      write('mdtree/x.txt', MARKDOWN);
      const md = JSON.parse(run(['--format', 'json', 'mdtree']).stdout) as JsonOutput[];
      assert.deepEqual(md.map((f) => [f.file, f.problems.length]), [[join('mdtree', 'x.md'), 1], [join('mdtree', 'x.txt'), 0]]);
    });

    it('a directory without drafts: exit 2 with a message, the other operands still checked', () => {
      write('nodrafts/image.png', 'x');
      write('nodrafts/node_modules/a.txt', SLIP);
      const r = run(['nodrafts', write('warn.txt', WARNING_ONLY)]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /目录 nodrafts 中没有 \.txt\/\.md\/\.markdown\/\.govreport\/\.docx 文件 \(no draft files in the directory\)/);
      assert.match(r.stdout, /^warn\.txt:2:2 warning heading-punctuation /);
      assertNoStack(r);
    });

    it('a file named explicitly is read whatever its extension; each file once, in the order given', () => {
      write('order/notes.draft', SLIP);
      write('order/a.txt', SLIP);
      const r = run(['--format', 'json', 'order/notes.draft', 'order', 'order/a.txt', './order/a.txt']);
      assert.deepEqual(filesOf(r), ['order/notes.draft', join('order', 'a.txt')]);
    });
  });

  describe('inputs: globs expanded by the CLI (no shell)', () => {
    before(() => {
      for (const name of ['g/2024.txt', 'g/2025.txt', 'g/2025.md', 'g/sub/2026.txt', 'g/node_modules/m.txt', 'g/.drafts/h.txt', 'g/.h.txt', 'g/[1].txt', 'g/x,y.txt']) write(name, SLIP);
    });

    const cases: [string, string[]][] = [
      ['g/*.txt', ['g/2024.txt', 'g/2025.txt', 'g/[1].txt', 'g/x,y.txt']],
      ['g/**/*.txt', ['g/2024.txt', 'g/2025.txt', 'g/[1].txt', 'g/sub/2026.txt', 'g/x,y.txt']],
      ['g/{2024,2026}.*', ['g/2024.txt']],
      ['g/2025.{md,txt}', ['g/2025.md', 'g/2025.txt']],
      ['g/202?.txt', ['g/2024.txt', 'g/2025.txt']],
      ['g/20[0-9][5-9].*', ['g/2025.md', 'g/2025.txt']],
      ['g/**/2026.txt', ['g/sub/2026.txt']],
      ['g/node_modules/*.txt', ['g/node_modules/m.txt']],
      ['g/.drafts/*.txt', ['g/.drafts/h.txt']],
      ['g/.*.txt', ['g/.h.txt']],
    ];
    for (const [pattern, expected] of cases) {
      it(`"${pattern}"`, () => {
        const r = run(['--format', 'json', pattern]);
        assert.deepEqual(filesOf(r), expected, r.stderr);
        assert.equal(r.status, 1);
      });
    }

    it('an existing file whose name looks like a glob is read as that file', () => {
      assert.deepEqual(filesOf(run(['--format', 'json', 'g/[1].txt'])), ['g/[1].txt']);
    });

    it('globs relative to the working directory, and absolute ones', () => {
      assert.deepEqual(filesOf(run(['--format', 'json', '*.txt'], undefined, join(dir, 'g'))), ['2024.txt', '2025.txt', '[1].txt', 'x,y.txt']);
      assert.deepEqual(filesOf(run(['--format', 'json', join(dir, 'g', 'sub', '*.txt')])), ['g/sub/2026.txt']);
    });

    it('a glob and a file naming the same draft: checked once', () => {
      assert.deepEqual(filesOf(run(['--format', 'json', 'g/2024.txt', 'g/202*.txt'])), ['g/2024.txt', 'g/2025.txt']);
    });

    it('a glob that matches nothing: exit 2 naming it, the other operands still checked', () => {
      const r = run(['g/*.doc', 'g/2024.txt']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /没有与 g\/\*\.doc 匹配的文件 \(no files match the pattern\)/);
      assert.match(r.stdout, /^g\/2024\.txt:3:1 error heading-sequence /);
      assertNoStack(r);
    });
  });

  describe('inputs: standard input', () => {
    it('- reads standard input, named <stdin>', () => {
      const r = run(['-'], SLIP);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, `<stdin>:3:1 error heading-sequence ${lint(SLIP).problems[0]!.message}\n`);
      assert.equal(r.stderr, '1 个问题（1 个错误）\n');
    });

    it('--stdin-filename names it in the output and decides Markdown', () => {
      const md = run(['--stdin-filename', 'drafts/report.md', '-'], MARKDOWN);
      assert.equal(md.status, 1);
      assert.match(md.stdout, /^drafts\/report\.md:2:4 error heading-sequence /);
      const txt = run(['--stdin-filename=report.txt', '-'], MARKDOWN);
      assert.equal(txt.status, 0);
      assert.equal(txt.stdout, '');
      const json = JSON.parse(run(['--format', 'json', '-', '--stdin-filename', 'x.md'], MARKDOWN).stdout) as JsonOutput[];
      assert.deepEqual(json.map((f) => [f.file, f.problems.length]), [['x.md', 1]]);
    });

    it('with files, in the order given; GBK and UTF-16 on standard input are read as from a file', () => {
      const r = run(['--format', 'json', write('one.txt', SLIP), '-', write('two.txt', WARNING_ONLY)], CLEAN);
      assert.deepEqual(filesOf(r), ['one.txt', '<stdin>', 'two.txt']);
      assert.equal(new TextDecoder('gb18030').decode(GBK), '一、总体要求\n（一）稳增长。\n（三）促改革。\n');
      assert.match(run(['-'], GBK).stdout, /^<stdin>:3:1 error heading-sequence /);
      const utf16 = Uint8Array.from(Buffer.from('\ufeff' + SLIP, 'utf16le'));
      assert.match(run(['-'], utf16).stdout, /^<stdin>:3:1 error heading-sequence /);
    });

    it('empty or undecodable standard input', () => {
      const empty = run(['-'], '');
      assert.equal(empty.status, 0);
      assert.equal(empty.stdout, '');
      const binary = run(['--stdin-filename', 'x.txt', '-'], Uint8Array.from([0x41, 0x00, 0x42]));
      assert.equal(binary.status, 2);
      assert.match(binary.stderr, /无法读取：x\.txt 看起来是二进制文件/);
      assertNoStack(binary);
    });

    it('usage errors: --stdin-filename without -, --fix on standard input', () => {
      for (const [args, message] of [
        [['--stdin-filename', 'x.md', 'a.txt'], /--stdin-filename 只能与 - 一起使用/],
        [['--fix', '-'], /标准输入无法写回；请用 --fix-dry-run/],
        [['--stdin-filename', '', '-'], /--stdin-filename 不能为空/],
      ] as [string[], RegExp][]) {
        const r = run(args, SLIP);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, message);
        assert.match(r.stderr, /--help/);
        assert.equal(r.stdout, '');
      }
    });
  });

  describe('--format sarif', () => {
    /** Every rule's incorrect example, an awkward file, a clean one, a Chinese name with a space, comma and percent. */
    function sarifInputs(): string[] {
      const files = RULE_METAS.map((meta) => write(`sarif/${meta.id}.txt`, meta.examples.incorrect[0]!));
      files.push(write('sarif/awkward.txt', AWKWARD), write('sarif/bom.txt', BOM_LINE_1), write('sarif/clean.txt', CLEAN), write('sarif/报告 草稿,1%.md', MARKDOWN));
      return files;
    }

    it('is valid against the SARIF 2.1.0 schema, with one run describing every rule', () => {
      const files = sarifInputs();
      const r = run(['--format', 'sarif', ...files]);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stderr, '', 'no summary on stderr: stdout is the log');
      const log = JSON.parse(r.stdout) as unknown;
      assertValidSarif(log);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.$schema, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
      assert.equal(log.runs.length, 1);
      const [runLog] = log.runs;
      const driver = runLog!.tool.driver;
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(driver.name, 'govreport-lint');
      assert.equal(driver.version, version);
      assert.equal(driver.informationUri, DOCS_BASE.replace(/\/blob\/.*$/, ''));
      assert.deepEqual(driver.rules!.map((rule) => rule.id), [...RULE_IDS]);
      for (const [i, meta] of RULE_METAS.entries()) {
        const rule = driver.rules![i]!;
        assert.equal(rule.shortDescription!.text, meta.description);
        assert.ok(rule.fullDescription!.text.startsWith(meta.description));
        assert.equal(rule.helpUri, `${DOCS_BASE}#${meta.id}`, 'the same page as the editor links');
        assert.ok(rule.help!.text.includes(meta.description));
        for (const example of [...meta.examples.incorrect, ...meta.examples.correct]) assert.ok(rule.help!.markdown!.includes(example), `${meta.id}: examples in help.markdown`);
        assert.equal(rule.defaultConfiguration!.level, LEVEL[meta.defaultSeverity]);
        assert.deepEqual(rule.properties!.tags, ['govreport', meta.category]);
      }
      assert.equal(runLog!.columnKind, 'utf16CodeUnits');
      assert.deepEqual(runLog!.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
      assert.deepEqual(runLog!.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
      // Artifacts: each file, URI relative to %SRCROOT% and percent-encoded, with its encoding.
      assert.deepEqual(
        runLog!.artifacts!.map((a) => [decodeURIComponent(a.location!.uri!), a.location!.uriBaseId, a.encoding, a.mimeType]),
        files.map((f) => [f, '%SRCROOT%', 'UTF-8', f.endsWith('.md') ? 'text/markdown' : 'text/plain']),
      );
      assert.equal(runLog!.artifacts!.at(-1)!.location!.uri, 'sarif/%E6%8A%A5%E5%91%8A%20%E8%8D%89%E7%A8%BF%2C1%25.md');
    });

    it('results: rule, level, message and regions as TextDocument counts them (1-based, UTF-16, no BOM), related places', () => {
      const files = sarifInputs();
      const log = JSON.parse(run(['--format', 'sarif', ...files]).stdout) as Sarif.Log;
      const results = log.runs[0]!.results!;
      const expected = files.flatMap((file, artifact) => {
        const text = readFileSync(join(dir, file), 'utf8');
        return lint(text, { markdown: file.endsWith('.md') }).problems.map((p) => ({ file, artifact, text, p }));
      });
      assert.equal(results.length, expected.length);
      assert.ok(results.length > RULE_METAS.length);
      for (const [i, { artifact, text, p }] of expected.entries()) {
        const result = results[i]!;
        const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
        assert.equal(result.ruleId, p.ruleId);
        assert.equal(result.ruleIndex, RULE_IDS.indexOf(p.ruleId));
        assert.equal(result.level, LEVEL[p.severity]);
        assert.equal(result.message.text, p.message);
        const location = result.locations![0]!.physicalLocation!;
        assert.equal(location.artifactLocation!.index, artifact);
        const start = sarifPosition(doc, text, p.offset);
        const end = sarifPosition(doc, text, p.offset + p.length);
        assert.deepEqual(location.region, { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
        assert.deepEqual(
          (result.relatedLocations ?? []).map((rel) => [rel.message!.text, rel.physicalLocation!.region!.startLine, rel.physicalLocation!.region!.startColumn]),
          (p.related ?? []).map((rel) => [rel.message, sarifPosition(doc, text, rel.offset).line, sarifPosition(doc, text, rel.offset).column]),
        );
      }
      // A BOM is not a column, a surrogate pair is two: 四是 at offset 27 of '\ufeff（一）扩大𠀀有效需求。一是…' is column 27.
      const bom = results[expected.findIndex((e) => e.file === 'sarif/bom.txt')]!.locations![0]!.physicalLocation!.region!;
      assert.deepEqual(bom, { startLine: 1, startColumn: 27, endLine: 1, endColumn: 29 });
    });

    it('fixes: the rule\'s safe fix, whose replacements applied by line and column give the core\'s fixed text', () => {
      const files = sarifInputs();
      const log = JSON.parse(run(['--format', 'sarif', ...files]).stdout) as Sarif.Log;
      const results = log.runs[0]!.results!;
      const problems: { text: string; p: Problem }[] = files.flatMap((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        return lint(text, { markdown: file.endsWith('.md') }).problems.map((p) => ({ text, p }));
      });
      let withFix = 0;
      for (const [i, { text, p }] of problems.entries()) {
        const result = results[i]!;
        if (!p.fix) {
          assert.equal(result.fixes, undefined);
          continue;
        }
        withFix++;
        const [fix] = result.fixes!;
        assert.equal(result.fixes!.length, 1);
        assert.equal(fix!.description!.text, p.fix.title);
        const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
        const [change] = fix!.artifactChanges;
        assert.equal(change!.artifactLocation.index, result.locations![0]!.physicalLocation!.artifactLocation!.index);
        const edits = change!.replacements.map((rep) => {
          const region = rep.deletedRegion;
          const offset = offsetOf(doc, text, region.startLine!, region.startColumn!);
          return { offset, length: offsetOf(doc, text, region.endLine!, region.endColumn!) - offset, text: rep.insertedContent?.text ?? '' };
        });
        assert.equal(applyEdits(text, edits), applyEdits(text, p.fix.edits), `${p.ruleId}: ${JSON.stringify(change!.replacements)}`);
      }
      assert.ok(withFix >= 5, `fixes seen: ${withFix}`);
    });

    it('a clean run, standard input, a file outside the working directory, an unreadable file: all valid', () => {
      const clean = JSON.parse(run(['--format', 'sarif', write('clean.txt', CLEAN)]).stdout) as unknown;
      assertValidSarif(clean);
      assert.deepEqual(clean.runs[0]!.results, []);

      const stdin = JSON.parse(run(['--format', 'sarif', '--stdin-filename', 'drafts/报告.md', '-'], MARKDOWN).stdout) as unknown;
      assertValidSarif(stdin);
      assert.equal(decodeURIComponent(stdin.runs[0]!.artifacts![0]!.location!.uri!), 'drafts/报告.md');
      assert.equal(stdin.runs[0]!.results!.length, 1);
      const unnamed = JSON.parse(run(['--format', 'sarif', '-'], SLIP).stdout) as unknown;
      assertValidSarif(unnamed);
      assert.equal(unnamed.runs[0]!.artifacts![0]!.location!.uri, '%3Cstdin%3E');

      const inside = join(dir, 'sub-cwd');
      mkdirSync(inside, { recursive: true });
      const outside = JSON.parse(run(['--format', 'sarif', join(dir, 'clean.txt'), '../clean.txt'], undefined, inside).stdout) as unknown;
      assertValidSarif(outside);
      const uri = outside.runs[0]!.artifacts![0]!.location!;
      assert.equal(uri.uriBaseId, undefined);
      assert.equal(fileURLToPath(uri.uri!), join(dir, 'clean.txt'));
      assert.equal(outside.runs[0]!.artifacts!.length, 1, 'the same file by two paths is checked once');

      const broken = run(['--format', 'sarif', write('slip.txt', SLIP), 'missing.txt', 'nothing/*.txt']);
      assert.equal(broken.status, 2);
      const log = JSON.parse(broken.stdout) as unknown;
      assertValidSarif(log);
      const [invocation] = log.runs[0]!.invocations!;
      assert.equal(invocation!.executionSuccessful, false);
      assert.deepEqual(
        invocation!.toolExecutionNotifications!.map((n) => [n.level, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri]),
        [['error', undefined], ['error', 'missing.txt']],
      );
      assert.match(invocation!.toolExecutionNotifications![1]!.message.text!, /missing\.txt.*不存在/);
      assert.equal(log.runs[0]!.results!.length, 1);
    });

    it('the validator is not vacuous: it rejects broken logs', () => {
      const good = JSON.parse(run(['--format', 'sarif', write('slip.txt', SLIP)]).stdout) as Sarif.Log;
      assertValidSarif(good);
      const broken: [string, (log: Sarif.Log) => void][] = [
        ['no version', (log) => delete (log as Partial<Sarif.Log>).version],
        ['line 0', (log) => (log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0)],
        ['a level SARIF does not have', (log) => ((log.runs[0]!.results![0]! as { level: string }).level = 'hint')],
        ['an unknown property', (log) => ((log.runs[0]! as unknown as Record<string, unknown>).columns = 'utf16')],
        ['a URI with a space', (log) => (log.runs[0]!.artifacts![0]!.location!.uri = 'a b.txt')],
      ];
      for (const [what, breakIt] of broken) {
        const log = structuredClone(good);
        breakIt(log);
        assert.equal(validateSarif(log), false, what);
      }
    });
  });

  describe('--format github', () => {
    it('one workflow command per problem, read back to the same file, positions, rule and message', () => {
      const files = [
        ...RULE_METAS.map((meta) => write(`gh/${meta.id}.txt`, meta.examples.incorrect[0]!)),
        write('gh/awkward.txt', AWKWARD),
        write('gh/a,b:c%d.txt', WARNING_ONLY),
        write('gh/clean.txt', CLEAN),
      ];
      const r = run(['--format', 'github', ...files]);
      assert.equal(r.status, 1);
      const expected = files.flatMap((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        return lint(text).problems.map((p) => ({ file, text, p }));
      });
      const lines = r.stdout.split('\n').filter(Boolean);
      assert.equal(lines.length, expected.length);
      const seen = new Set<string>();
      for (const [i, { file, text, p }] of expected.entries()) {
        const a = parseCommand(lines[i]!);
        seen.add(a.command);
        assert.equal(a.command, { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[p.severity]);
        assert.equal(a.message, p.message);
        assert.equal(a.properties.file, file);
        assert.equal(a.properties.title, p.ruleId);
        const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
        const start = sarifPosition(doc, text, p.offset);
        const end = sarifPosition(doc, text, p.offset + p.length);
        assert.equal(a.properties.line, String(start.line));
        assert.equal(a.properties.endLine, String(end.line));
        if (start.line === end.line) {
          assert.equal(a.properties.col, String(start.column));
          // GitHub's end column is the last character's (inclusive).
          assert.equal(a.properties.endColumn, String(Math.max(start.column, end.column - 1)));
        } else {
          assert.equal(a.properties.col, undefined, 'columns only on one line');
          assert.equal(a.properties.endColumn, undefined);
        }
      }
      assert.deepEqual([...seen].sort(), ['error', 'notice', 'warning']);
      // The summary goes to stderr, where the log shows it.
      assert.match(r.stderr, /^\d+ 个问题（/);
      // The file name's comma, colon and percent are escaped; the message's % (target figures) is escaped.
      assert.ok(r.stdout.includes('file=gh/a%2Cb%3Ac%25d.txt,'));
      assert.ok(lines.some((l) => l.includes('%25')) && lines.every((l) => !/%(?![0-9A-F]{2})/.test(l)));
    });

    it('escapes as @actions/core does: data %, CR, LF; properties also : and ,', () => {
      assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
      assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
      const text = '一、回顾\n（一）甲\n（三）乙\n';
      const problem: Problem = { ruleId: 'heading-sequence', messageId: 'gap', message: '第一行\r\n第二行 50%: a,b', severity: 'info', offset: text.indexOf('（三）'), length: 3 };
      const [line] = toGithub([{ file: 'x,y:z.txt', text, problems: [problem], encoding: 'utf-8', markdown: false }], dir);
      assert.equal(line, '::notice file=x%2Cy%3Az.txt,line=3,col=1,endLine=3,endColumn=3,title=heading-sequence::第一行%0D%0A第二行 50%25: a,b');
      assert.equal(parseCommand(line!).message, problem.message);
    });
  });

  describe('--format junit', () => {
    it('well-formed XML: one testsuite per file, one testcase per problem, a passing testcase for a clean file', () => {
      const files = [...RULE_METAS.map((meta) => write(`junit/${meta.id}.txt`, meta.examples.incorrect[0]!)), write("junit/a&b<'c'>.txt", SLIP), write('junit/clean.txt', CLEAN)];
      const r = run(['--format', 'junit', ...files]);
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.ok(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
      const root = parseXml(r.stdout);
      const testsuites = root.testsuites as XmlNode;
      const suites = children(testsuites, 'testsuite');
      assert.equal(suites.length, files.length);
      let total = 0;
      let failures = 0;
      for (const [i, file] of files.entries()) {
        const problems = lint(readFileSync(join(dir, file), 'utf8')).problems;
        const suite = suites[i]!;
        assert.equal(suite.$!.name, file);
        const cases = children(suite, 'testcase');
        assert.equal(Number(suite.$!.tests), cases.length);
        assert.equal(Number(suite.$!.failures), problems.length);
        total += cases.length;
        failures += problems.length;
        if (problems.length === 0) {
          assert.equal(cases.length, 1);
          assert.equal(children(cases[0]!, 'failure').length, 0);
          continue;
        }
        assert.equal(cases.length, problems.length);
        for (const [k, p] of problems.entries()) {
          const testcase = cases[k]!;
          assert.equal(testcase.$!.classname, file);
          assert.match(testcase.$!.name!, new RegExp(`^${p.ruleId} \\d+:\\d+$`));
          const [failure] = children(testcase, 'failure');
          assert.equal(failure!.$!.message, p.message);
          assert.equal(failure!.$!.type, p.severity);
          assert.ok(failure!._!.startsWith(`${file}:`) && failure!._!.endsWith(p.message));
        }
      }
      assert.equal(Number(testsuites.$!.tests), total);
      assert.equal(Number(testsuites.$!.failures), failures);
    });

    it('an unmatched glob or an unreadable file is a testcase with an <error>', () => {
      const r = run(['--format', 'junit', write('slip.txt', SLIP), 'missing.txt', 'none/*.txt']);
      assert.equal(r.status, 2);
      const suites = children(parseXml(r.stdout).testsuites as XmlNode, 'testsuite');
      assert.deepEqual(suites.map((s) => [s.$!.name, s.$!.errors]), [['slip.txt', '0'], ['none/*.txt', '1'], ['missing.txt', '1']]);
      assert.match((children(children(suites[2]!, 'testcase')[0]!, 'error')[0]!.$!.message)!, /不存在/);
    });

    it('escapes markup and drops what XML cannot carry, so a parser reads back the message', () => {
      const nasty = 'a & b < c > d "e" \'f\' ]]> \u0007\u0000 \ud800 \ufffe 𠀀 \t tab\nline';
      const sanitized = nasty.replace(/[\u0007\u0000\ud800\ufffe]/g, '\ufffd');
      const problem: Problem = { ruleId: 'count-mismatch', messageId: 'x', message: nasty, severity: 'hint', offset: 0, length: 1 };
      const xml = toJunit([{ file: 'a&b.txt', text: 'x\n', problems: [problem], encoding: 'utf-8', markdown: false }], []);
      const suite = children(parseXml(xml).testsuites as XmlNode, 'testsuite')[0]!;
      assert.equal(suite.$!.name, 'a&b.txt');
      const failure = children(children(suite, 'testcase')[0]!, 'failure')[0]!;
      assert.equal(failure.$!.message, sanitized);
      assert.equal(failure.$!.type, 'hint');
      assert.ok(failure._!.endsWith(sanitized));
    });
  });

  describe('--max-warnings', () => {
    it('exit 1 when warnings exceed N even without errors; at N or below, 0', () => {
      assert.deepEqual(lint(TWO_WARNINGS).problems.map((p) => p.severity), ['warning', 'warning']);
      const file = write('two.txt', TWO_WARNINGS);
      const statusWith = (n: string, extra: string[] = []) => run(['--max-warnings', n, ...extra, file]);
      assert.equal(run([file]).status, 0, 'no limit: warnings alone exit 0');
      assert.equal(statusWith('2').status, 0);
      assert.equal(statusWith('3').status, 0);
      const over = statusWith('1');
      assert.equal(over.status, 1);
      assert.match(over.stderr, /警告 2 个，超过 --max-warnings 1 \(too many warnings: 2 > 1\)/);
      assert.equal(over.stdout.split('\n').filter(Boolean).length, 2, 'the warnings are still listed');
      assert.equal(statusWith('0').status, 1);
      assert.equal(run(['--max-warnings=1', file]).status, 1);
      // Every format: the same exit status.
      for (const format of ['json', 'sarif', 'github', 'junit']) {
        assert.equal(statusWith('1', ['--format', format]).status, 1, format);
        assert.equal(statusWith('2', ['--format', format]).status, 0, format);
      }
    });

    it('counts warnings over all files; errors still exit 1; info and hints are not warnings; --quiet does not count them', () => {
      const a = write('w1.txt', WARNING_ONLY);
      const b = write('w2.txt', WARNING_ONLY);
      assert.equal(run(['--max-warnings', '1', a, b]).status, 1);
      assert.equal(run(['--max-warnings', '2', a, b]).status, 0);
      assert.equal(run(['--max-warnings', '100', write('slip.txt', SLIP)]).status, 1);
      assert.equal(run(['--max-warnings', '0', write('clean.txt', CLEAN)]).status, 0);
      const info = write('info.json', JSON.stringify({ rules: { 'heading-punctuation': 'info' } }));
      const asInfo = run(['--max-warnings', '0', '--config', info, write('two.txt', TWO_WARNINGS)]);
      assert.equal(asInfo.status, 0);
      assert.match(asInfo.stdout, / info heading-punctuation /);
      assert.equal(run(['--max-warnings', '0', '--quiet', 'two.txt']).status, 0);
    });

    it('with --fix, the warnings that remain', () => {
      const file = write('fixable-warnings.txt', TWO_WARNINGS);
      assert.equal(run(['--max-warnings', '0', '--fix', file]).status, 0);
      assert.equal(lint(readFileSync(join(dir, file), 'utf8')).problems.length, 0);
    });

    it('2 for a value that is not a non-negative integer', () => {
      for (const value of ['-1', 'x', '1.5', '', '1e3']) {
        const r = run(['--max-warnings', value, 'clean.txt']);
        assert.equal(r.status, 2, value);
        assert.match(r.stderr, /--max-warnings 需要一个非负整数/);
      }
      assert.equal(run(['clean.txt', '--max-warnings']).status, 2);
    });
  });

  describe('--fix says what it changed', () => {
    it('per file: how many fixes of which rules, as the core counts them, and each changed line', () => {
      const files = RULE_METAS.filter((m) => m.fixable).map((meta) => write(`fixlog/${meta.id}.txt`, meta.examples.incorrect[0]!));
      const before = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      const r = run(['--fix', ...files]);
      const blocks = r.stderr.split(/\n(?=fixlog\/)/);
      assert.equal(blocks.length, files.length, r.stderr);
      for (const [i, file] of files.entries()) {
        const { text: fixed, applied } = fixAllCounted(before[i]!);
        assert.equal(readFileSync(join(dir, file), 'utf8'), fixed);
        assert.equal(fixed, fixAll(before[i]!));
        const counts = RULE_IDS.filter((id) => applied[id]).map((id) => `${id} ${applied[id]}`);
        const total = Object.values(applied).reduce((s, n) => s + n, 0);
        assert.ok(total > 0, file);
        const lines = blocks[i]!.split('\n');
        assert.equal(lines[0], `${file}：已修复 ${total} 处（${counts.join('，')}） (fixed ${total}: ${counts.join(', ')})`);
        // The changed lines, as they were (-) and are (+), with their line numbers.
        const oldLines = before[i]!.split('\n');
        const newLines = fixed.split('\n');
        const shown = lines.slice(1).filter((l) => /^ +\d+ [-+] /.test(l));
        assert.ok(shown.length >= 2);
        for (const line of shown) {
          const m = /^ +(\d+) ([-+]) (.*)$/.exec(line)!;
          assert.equal(m[3], (m[2] === '-' ? oldLines : newLines)[Number(m[1]) - 1]);
        }
        const changed = oldLines.filter((l, k) => l !== newLines[k]).length;
        assert.equal(shown.length, 2 * changed);
      }
    });

    it('stdout keeps the chosen format (the log is on stderr); --quiet drops the log; nothing to fix, no log', () => {
      const file = write('fx.txt', SLIP + '二，今年工作安排\n');
      const r = run(['--fix', '--format', 'json', file]);
      assert.deepEqual(JSON.parse(r.stdout), [{ file: 'fx.txt', problems: [] }]);
      assert.match(r.stderr, /^fx\.txt：已修复 2 处（heading-sequence 1，heading-punctuation 1）/);
      write('fx.txt', SLIP);
      const quiet = run(['--fix', '--quiet', file]);
      assert.equal(quiet.stderr, '');
      assert.equal(readFileSync(join(dir, file), 'utf8'), CLEAN);
      const clean = run(['--fix', file]);
      assert.equal(clean.stderr, '0 个问题\n');
    });
  });

  describe('--fix-dry-run', () => {
    it('prints a unified diff that patches the file into what --fix writes, and leaves the file untouched', () => {
      const cases: [string, string][] = [
        ['dry/slip.txt', SLIP + '二，今年工作安排\n'],
        ['dry/crlf.txt', SLIP.replace(/\n/g, '\r\n')],
        ['dry/no-final-newline.txt', SLIP.trimEnd()],
        ['dry/awkward.txt', AWKWARD],
        ...RULE_METAS.filter((m) => m.fixable).map((m): [string, string] => [`dry/${m.id}.txt`, m.examples.incorrect[0]!]),
      ];
      for (const [name, text] of cases) {
        const file = write(name, text);
        const mtime = statSync(join(dir, file)).mtimeMs;
        const r = run(['--fix-dry-run', file]);
        assert.equal(readFileSync(join(dir, file), 'utf8'), text, `${name} untouched`);
        assert.equal(statSync(join(dir, file)).mtimeMs, mtime);
        const fixed = fixAll(text);
        assert.notEqual(fixed, text, name);
        assert.ok(r.stdout.startsWith(`--- a/${file}\n+++ b/${file}\n@@ -`), r.stdout);
        assert.equal(applyPatch(text, r.stdout), fixed, `${name}: the diff applies`);
        assert.match(r.stderr, new RegExp(`^${file.replace(/[.]/g, '\\.')}：可修复 \\d+ 处（[^）]+） \\(would fix \\d+: `));
        assert.match(r.stderr, /修复后 \(after the fixes\): \d+ 个问题/);
        // The exit status is the one --fix would give.
        assert.equal(r.status, lint(fixed).problems.some((p) => p.severity === 'error') ? 1 : 0);
      }
    });

    it('one hunk per change with 3 lines of context; a clean file prints nothing', () => {
      const lines = Array.from({ length: 20 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）第${i}行。`);
      const text = `一、回顾\n${lines.slice(0, 10).join('\n')}\n`.replace('（三）第2行', '（五）第2行');
      const r = run(['--fix-dry-run', write('hunks.txt', text)]);
      assert.equal(
        r.stdout,
        ['--- a/hunks.txt', '+++ b/hunks.txt', '@@ -1,7 +1,7 @@', ' 一、回顾', ' （一）第0行。', ' （二）第1行。', '-（五）第2行。', '+（三）第2行。', ' （四）第3行。', ' （五）第4行。', ' （六）第5行。', ''].join('\n'),
      );
      const clean = run(['--fix-dry-run', write('clean.txt', CLEAN)]);
      assert.equal(clean.stdout, '');
      assert.equal(clean.status, 0);
    });

    it('works on standard input, named by --stdin-filename; a GBK file is shown decoded and left as it is', () => {
      const r = run(['--fix-dry-run', '--stdin-filename', 'drafts/x.md', '-'], MARKDOWN);
      assert.ok(r.stdout.startsWith('--- a/drafts/x.md\n+++ b/drafts/x.md\n'));
      assert.equal(applyPatch(MARKDOWN, r.stdout), fixAll(MARKDOWN, { markdown: true }));
      const file = write('gbk.txt', GBK);
      const g = run(['--fix-dry-run', file]);
      assert.match(g.stdout, /^-（三）促改革。$/m);
      assert.match(g.stdout, /^\+（二）促改革。$/m);
      assert.deepEqual([...readFileSync(join(dir, file))], [...GBK]);
    });

    it('usage errors: with --fix, with a --format other than text', () => {
      for (const args of [['--fix', '--fix-dry-run', 'a.txt'], ['--fix-dry-run', '--format', 'sarif', 'a.txt'], ['--fix-dry-run=1', 'a.txt']]) {
        const r = run(args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /--help/);
        assert.equal(r.stdout, '');
      }
    });
  });
});
