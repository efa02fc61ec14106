/**
 * The bundled CLI (cli/dist/govreport-lint.js), run as a user would: formats, positions, exit codes,
 * configuration, encodings, --fix byte-exactness. Positions are checked against vscode-languageserver-textdocument.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, RULE_IDS, RULE_METAS, type Problem } from '../../server/src/core/index';
import { assertNoStack, BUNDLE, ensureBundle, ROOT, runCli, type Run } from '../support/cli';
import { corpusDir } from '../support/paths';

/** The running example: （三） follows （一）. heading-sequence, an error, on line 2 (0-based), characters 0–3. */
const SLIP = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
const CLEAN = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（二）改革开放持续深化。\n';
/** Only a warning: a comma after 二. */
const WARNING_ONLY = '一、过去一年工作回顾\n二，今年工作安排\n';

let dir: string;

function run(args: string[], cwd = dir): Run {
  return runCli(args, cwd);
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonOutput {
  file: string;
  problems: { ruleId: string; severity: string; message: string; range: JsonRange; related: { message: string; range: JsonRange }[] }[];
}

/** What the JSON output must be for `text`, computed from the core and TextDocument.positionAt. */
function expectedJson(file: string, text: string, problems: Problem[] = lint(text).problems): JsonOutput {
  const doc = TextDocument.create('file:///draft.txt', 'plaintext', 1, text);
  const range = (offset: number, length: number): JsonRange => ({ start: doc.positionAt(offset), end: doc.positionAt(offset + length) });
  return {
    file,
    problems: problems.map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      range: range(p.offset, p.length),
      related: (p.related ?? []).map((r) => ({ message: r.message, range: range(r.offset, r.length) })),
    })),
  };
}

describe('govreport-lint CLI', function () {
  this.timeout(120_000);

  before(() => {
    ensureBundle();
    dir = mkdtempSync(join(tmpdir(), 'govreport-cli-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('output formats', () => {
    it('text: file:line:col severity rule-id message, 1-based; summary on stderr', () => {
      const file = write('slip.txt', SLIP);
      const r = run([file]);
      const [p] = lint(SLIP).problems;
      assert.equal(lint(SLIP).problems.length, 1);
      assert.equal(p!.ruleId, 'heading-sequence');
      assert.equal(r.stdout, `slip.txt:3:1 error heading-sequence ${p!.message}\n`);
      assert.equal(r.stderr, '1 个问题（1 个错误）\n');
      assert.equal(r.status, 1);
    });

    it('json: the exact structure, 0-based LSP positions, related always present', () => {
      const file = write('slip.txt', SLIP);
      const r = run(['--format', 'json', file]);
      assert.equal(r.status, 1);
      const json = JSON.parse(r.stdout) as JsonOutput[];
      const [p] = lint(SLIP).problems;
      assert.deepEqual(json, [
        {
          file: 'slip.txt',
          problems: [
            {
              ruleId: 'heading-sequence',
              severity: 'error',
              message: p!.message,
              range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
              related: expectedJson('slip.txt', SLIP).problems[0]!.related,
            },
          ],
        },
      ]);
      assert.deepEqual(Object.keys(json[0]!.problems[0]!), ['ruleId', 'severity', 'message', 'range', 'related']);
      assert.ok(Array.isArray(json[0]!.problems[0]!.related));
    });

    it('json: a clean file has an empty problems list; related is [] when the core gives none', () => {
      const file = write('clean.txt', CLEAN);
      const r = run(['--format=json', file]);
      assert.equal(r.status, 0);
      assert.deepEqual(JSON.parse(r.stdout), [{ file: 'clean.txt', problems: [] }]);
      const w = run(['--format', 'json', write('warn.txt', WARNING_ONLY)]);
      for (const problem of (JSON.parse(w.stdout) as JsonOutput[])[0]!.problems) assert.ok(Array.isArray(problem.related));
    });

    it('a clean file prints nothing on stdout and "0 个问题" on stderr', () => {
      const r = run([write('clean.txt', CLEAN)]);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, '0 个问题\n');
      assert.equal(r.status, 0);
    });

    it('--quiet reports errors only and no summary', () => {
      const text = SLIP + '二，今年工作安排\n';
      const file = write('mixed.txt', text);
      const all = run([file]);
      assert.equal(all.stdout.trim().split('\n').length, 2);
      assert.match(all.stderr, /^2 个问题（1 个错误，1 个警告）\n$/);
      const quiet = run(['--quiet', file]);
      assert.equal(quiet.stdout, all.stdout.split('\n').filter((l) => / error /.test(l)).join('\n') + '\n');
      assert.equal(quiet.stderr, '');
      assert.equal(quiet.status, 1);
      const json = JSON.parse(run(['--quiet', '--format', 'json', file]).stdout) as JsonOutput[];
      assert.deepEqual(json[0]!.problems.map((p) => p.severity), ['error']);
    });

    it('multiple files: in the order given, paths as given', () => {
      mkdirSync(join(dir, 'sub'), { recursive: true });
      write('sub/a.txt', SLIP);
      write('b.txt', WARNING_ONLY);
      const r = run(['sub/a.txt', 'b.txt']);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0]!, /^sub\/a\.txt:3:1 error heading-sequence /);
      assert.match(lines[1]!, /^b\.txt:2:2 warning heading-punctuation /);
      assert.equal(r.stderr, '2 个问题（1 个错误，1 个警告）\n');
      assert.equal(r.status, 1);
      const json = JSON.parse(run(['--format', 'json', 'b.txt', 'sub/a.txt']).stdout) as JsonOutput[];
      assert.deepEqual(json, [expectedJson('b.txt', WARNING_ONLY), expectedJson('sub/a.txt', SLIP)]);
    });

    it('reads .md and .markdown as Markdown', () => {
      const text = '## （一）经济运行\n## （三）改革开放\n';
      assert.equal(lint(text, { markdown: true }).problems.length, 1);
      assert.equal(lint(text).problems.length, 0);
      const r = run([write('draft.md', text), write('draft.markdown', text), write('draft.txt', text)]);
      assert.deepEqual(
        r.stdout.trim().split('\n').map((l) => l.split(' ')[0]),
        ['draft.md:2:4', 'draft.markdown:2:4'],
      );
    });
  });

  describe('positions', () => {
    const cases: [string, string][] = [
      ['a surrogate pair before the problem on its line', '（一）扩大有效需求。一是扩大消费𠀀；二是扩大投资；四是稳定外需。\n'],
      ['CRLF line breaks', '一、过去一年工作回顾\r\n（一）经济运行稳中有进。\r\n（三）改革开放持续深化。\r\n'],
      ['lone CR line breaks', '一、过去一年工作回顾\r（一）经济运行稳中有进。\r（三）改革开放持续深化。\r'],
      ['a BOM (character 0 of line 0)', '\ufeff（一）经济运行稳中有进。\n（三）改革开放持续深化。\n'],
      ['all of them', '\ufeff一、𠀀过去一年\r\n\u3000\u3000（一）经济𠀀运行。一是扩大消费；𠀀二是扩大投资；四是稳定外需。\r（三）改革。\n（四），民生𠀁。\r\n二，今年\n'],
    ];
    for (const [name, text] of cases) {
      it(`agree with TextDocument.positionAt: ${name}`, () => {
        const problems = lint(text).problems;
        assert.ok(problems.length > 0, 'the case must produce problems');
        const file = write('pos.txt', text);
        const json = JSON.parse(run(['--format', 'json', file]).stdout) as JsonOutput[];
        assert.deepEqual(json, [expectedJson('pos.txt', text, problems)]);
        const doc = TextDocument.create('file:///pos.txt', 'plaintext', 1, text);
        const lines = run([file]).stdout.trim().split('\n');
        assert.deepEqual(
          lines.map((l) => l.split(' ')[0]),
          problems.map((p) => {
            const { line, character } = doc.positionAt(p.offset);
            return `pos.txt:${line + 1}:${character + 1}`;
          }),
        );
      });
    }

    it('count a surrogate pair as two columns', () => {
      const text = '（一）扩大有效需求。一是扩大消费𠀀；二是扩大投资；四是稳定外需。\n';
      const bmp = text.replace('𠀀', '丁');
      const colOf = (t: string) => Number(run([write('col.txt', t)]).stdout.split(' ')[0]!.split(':')[2]);
      assert.equal(colOf(text), colOf(bmp) + 1);
    });
  });

  describe('exit status', () => {
    it('0 without errors (warnings only), 1 with an error', () => {
      assert.equal(run([write('clean.txt', CLEAN)]).status, 0);
      const warn = run([write('warn.txt', WARNING_ONLY)]);
      assert.equal(warn.status, 0);
      assert.match(warn.stdout, / warning heading-punctuation /);
      assert.equal(run([write('slip.txt', SLIP)]).status, 1);
    });

    it('2 for a missing file, a directory without drafts, a binary file, an undecodable file, without a stack trace', () => {
      mkdirSync(join(dir, 'folder'), { recursive: true });
      const cases: [string, RegExp][] = [
        ['missing.txt', /missing\.txt.*不存在.*no such file/],
        ['folder', /目录 folder 中没有 .*\(no draft files in the directory\)/],
        [write('binary.txt', Uint8Array.from([0xe4, 0xb8, 0x80, 0x00, 0x01, 0x02, 0x0a])), /binary\.txt 看起来是二进制文件/],
        [write('latin.txt', Uint8Array.from([0x41, 0xff, 0xfd, 0x41, 0x0a])), /无法读取：latin\.txt 不是 UTF-8 或 GB18030 编码的文本/],
      ];
      for (const [file, message] of cases) {
        const r = run([file]);
        assert.equal(r.status, 2, file);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
        assertNoStack(r);
      }
    });

    it('2 when one of several files is unreadable; the others are still reported', () => {
      const r = run([write('slip.txt', SLIP), 'missing.txt', write('warn.txt', WARNING_ONLY)]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout.trim().split('\n').length, 2);
      assert.match(r.stderr, /missing\.txt/);
    });

    it('2 for usage errors', () => {
      for (const args of [[], ['--nope', 'a.txt'], ['--format', 'xml', 'a.txt'], ['--format'], ['--config'], ['--fix=yes', 'a.txt']]) {
        const r = run(args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /--help/);
        assert.equal(r.stdout, '');
        assertNoStack(r);
      }
    });
  });

  describe('--config', () => {
    it('turning a rule off or to error changes the problems and the exit status', () => {
      const slip = write('slip.txt', SLIP);
      const warn = write('warn.txt', WARNING_ONLY);
      const off = write('off.json', JSON.stringify({ rules: { 'heading-sequence': 'off' } }));
      const r1 = run(['--config', off, slip]);
      assert.equal(r1.status, 0);
      assert.equal(r1.stdout, '');
      const error = write('error.json', JSON.stringify({ rules: { 'heading-punctuation': 'error' } }));
      const r2 = run(['--config', error, warn]);
      assert.equal(r2.status, 1);
      assert.match(r2.stdout, /^warn\.txt:2:2 error heading-punctuation /);
      const hint = write('hint.json', JSON.stringify({ rules: { 'heading-sequence': 'hint' } }));
      const r3 = run([`--config=${hint}`, slip]);
      assert.equal(r3.status, 0);
      assert.match(r3.stdout, / hint heading-sequence /);
      assert.equal(r3.stderr, '1 个问题（1 个提示）\n');
    });

    it('accepts every rule id, every severity, numberingStyle and a BOM', () => {
      for (const severity of ['off', 'hint', 'info', 'warning', 'error']) {
        const rules = Object.fromEntries(RULE_IDS.map((id) => [id, severity]));
        const config = write('all.json', '\ufeff' + JSON.stringify({ rules, numberingStyle: 'mainland' }));
        const r = run(['--config', config, write('clean.txt', CLEAN)]);
        assert.equal(r.status, 0, r.stderr);
      }
      for (const style of ['auto', 'mainland', 'roc']) assert.equal(run(['--config', write('s.json', JSON.stringify({ numberingStyle: style })), 'clean.txt']).status, 0);
    });

    it('2 with a message naming the problem for a bad config', () => {
      const cases: [string, RegExp][] = [
        ['{"rules": {"heading-sequnce": "off"}}', /未知的规则 "heading-sequnce"/],
        ['{"rules": {"heading-sequence": "fatal"}}', /"heading-sequence".*"fatal".*无效/],
        ['{"rules": {"heading-sequence": 2}}', /"heading-sequence".*2.*无效/],
        ['{"rule": {}}', /未知的键 "rule"/],
        ['{"numberingStyle": "taiwan"}', /numberingStyle.*"taiwan".*无效/],
        ['{"rules": ["heading-sequence"]}', /"rules" 应为对象/],
        ['[]', /顶层应为 JSON 对象/],
        ['{"rules": {', /不是有效的 JSON/],
      ];
      const slip = write('slip.txt', SLIP);
      for (const [source, message] of cases) {
        const r = run(['--config', write('bad.json', source), slip]);
        assert.equal(r.status, 2, source);
        assert.match(r.stderr, message, source);
        assert.match(r.stderr, /bad\.json/);
        assert.equal(r.stdout, '');
        assertNoStack(r);
      }
      const missing = run(['--config', 'nowhere.json', slip]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nowhere\.json.*不存在/);
    });
  });

  describe('encodings', () => {
    /** “一、总体要求\n（一）稳增长。\n（三）促改革。\n” in GBK (GB18030), written out by hand: Node has no GB18030 encoder. */
    const GBK = [
      0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3, 0x0a,
      0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xce, 0xc8, 0xd4, 0xf6, 0xb3, 0xa4, 0xa1, 0xa3, 0x0a,
      0xa3, 0xa8, 0xc8, 0xfd, 0xa3, 0xa9, 0xb4, 0xd9, 0xb8, 0xc4, 0xb8, 0xef, 0xa1, 0xa3, 0x0a,
    ];

    it('reads a GB18030 (GBK) file', () => {
      assert.equal(new TextDecoder('gb18030').decode(Uint8Array.from(GBK)), '一、总体要求\n（一）稳增长。\n（三）促改革。\n');
      const r = run(['--format', 'json', write('gbk.txt', Uint8Array.from(GBK))]);
      assert.equal(r.status, 1);
      const [file] = JSON.parse(r.stdout) as JsonOutput[];
      assert.deepEqual(file!.problems.map((p) => [p.ruleId, p.range.start.line, p.range.start.character, p.range.end.character]), [['heading-sequence', 2, 0, 3]]);
    });

    it('--fix writes a GB18030 file back in GB18030, changing only the fixed bytes', () => {
      const file = write('gbk-fix.txt', Uint8Array.from(GBK));
      const r = run(['--fix', file]);
      assert.equal(r.status, 0, r.stderr);
      const expected = [...GBK];
      expected.splice(30, 2, 0xb6, 0xfe); // 三 (C8 FD) → 二 (B6 FE)
      assert.deepEqual([...readFileSync(join(dir, file))], expected);
    });

    it('names the first bad byte and its line when a file is neither UTF-8 nor GB18030', () => {
      // A UTF-8 draft with one stray byte (0xFF) on its third line, at byte 2 + 3 + 37 of the file.
      const good = Buffer.from('一、总体要求\n（一）稳增长。\n（三）促', 'utf8');
      const bytes = Uint8Array.from([...good, 0xff, ...Buffer.from('改革。\n', 'utf8')]);
      const r = run([write('stray.txt', bytes)]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, new RegExp(`按 UTF-8 读取时，第 3 行（文件第 ${good.length} 字节，十六进制 FF）无效`));
      assert.match(r.stderr, new RegExp(`invalid UTF-8 at byte ${good.length}, line 3`));
      assertNoStack(r);
    });

    for (const [name, endian] of [['UTF-16LE', 'le'], ['UTF-16BE', 'be']] as const) {
      const encode = (text: string) => {
        const le = Buffer.from(text, 'utf16le');
        return Uint8Array.from(endian === 'le' ? le : Buffer.from(le).swap16());
      };
      it(`reads ${name} with a BOM (Notepad's “Unicode”) and --fix writes it back in ${name}`, () => {
        const text = '\ufeff一、总体要求\r\n（一）稳增长。\r\n（三）促改革。𠀀\r\n';
        const file = write(`utf16${endian}.txt`, encode(text));
        const json = JSON.parse(run(['--format', 'json', file]).stdout) as JsonOutput[];
        assert.deepEqual(json, [expectedJson(file, text)]);
        assert.equal(run(['--fix', file]).status, 0);
        assert.deepEqual([...readFileSync(join(dir, file))], [...encode(text.replace('（三）', '（二）'))]);
      });
    }

    it('says where a UTF-16 file breaks (an unpaired surrogate)', () => {
      const bytes = Uint8Array.from([0xff, 0xfe, 0x00, 0x4e, 0x0a, 0x00, 0x00, 0xd8, 0x41, 0x00]);
      const r = run([write('broken16.txt', bytes)]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /第 2 行（文件第 6 字节，十六进制 00 D8）不是有效的 UTF-16/);
    });

    it('keeps a UTF-8 BOM: offsets count it', () => {
      const text = '\ufeff（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
      const json = JSON.parse(run(['--format', 'json', write('bom.txt', text)]).stdout) as JsonOutput[];
      assert.deepEqual(json, [expectedJson('bom.txt', text)]);
      assert.equal(json[0]!.problems[0]!.range.start.line, 1);
    });
  });

  describe('--fix', () => {
    it('rewrites only what the fixes name: BOM, CRLF, U+3000 indents, tabs and surrogate pairs survive', () => {
      const before = '\ufeff一、过去一年工作回顾\r\n\u3000\u3000（一）经济运行稳中有进。𠀀\t说明\r\n\u3000\u3000（三）改革开放持续深化。\r\n\u3000\u3000（四）、民生保障有力𠀁。\r\n二，今年工作安排\r\n\t（一）稳增长。\r\n';
      const after = before.replace('（三）', '（二）').replace('（四）、', '（三）').replace('二，', '二、');
      const file = write('fix.txt', before);
      const r = run(['--fix', file]);
      assert.equal(r.stdout, '');
      // One renumbering fix of the run (（三）（四） → （二）（三）), two punctuation fixes; each changed line as it was and is.
      assert.equal(
        r.stderr,
        [
          'fix.txt：已修复 3 处（heading-sequence 1，heading-punctuation 2） (fixed 3: heading-sequence 1, heading-punctuation 2)',
          '  3 - \u3000\u3000（三）改革开放持续深化。',
          '  3 + \u3000\u3000（二）改革开放持续深化。',
          '  4 - \u3000\u3000（四）、民生保障有力𠀁。',
          '  4 + \u3000\u3000（三）民生保障有力𠀁。',
          '  5 - 二，今年工作安排',
          '  5 + 二、今年工作安排',
          '0 个问题',
          '',
        ].join('\n'),
      );
      assert.equal(r.status, 0);
      const bytes = readFileSync(join(dir, file));
      assert.deepEqual(bytes, Buffer.from(after, 'utf8'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const count = (s: string, what: string) => s.split(what).length - 1;
      const fixed = bytes.toString('utf8');
      for (const what of ['\r\n', '\t', '\u3000', '\ufeff', '𠀀', '𠀁']) assert.equal(count(fixed, what), count(before, what), JSON.stringify(what));
    });

    it('reports what remains after fixing (heading-level has no fix)', () => {
      const text = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n二、今年工作安排\n1.扩大有效需求。\n2、稳定外需。\n';
      const file = write('remain.txt', text);
      const r = run(['--fix', '--format', 'json', file]);
      const fixed = readFileSync(join(dir, file), 'utf8');
      assert.notEqual(fixed, text);
      assert.equal(fixed, text.replace('2、', '2.'));
      assert.deepEqual(JSON.parse(r.stdout), [expectedJson(file, fixed)]);
      assert.ok(lint(fixed).problems.length > 0 && lint(fixed).problems.every((p) => !p.fix));
    });

    it('leaves a file without fixable problems untouched and honours --config', () => {
      const clean = write('clean.txt', CLEAN);
      const mtime = statSync(join(dir, clean)).mtimeMs;
      assert.equal(run(['--fix', clean]).status, 0);
      assert.equal(statSync(join(dir, clean)).mtimeMs, mtime);
      const slip = write('slip.txt', SLIP);
      const off = write('off.json', JSON.stringify({ rules: { 'heading-sequence': 'off' } }));
      assert.equal(run(['--fix', '--config', off, slip]).status, 0);
      assert.equal(readFileSync(join(dir, slip), 'utf8'), SLIP);
    });
  });

  describe('--help and --version', () => {
    it('--help prints the usage and exits 0', () => {
      for (const flag of ['--help', '-h']) {
        const r = run([flag]);
        assert.equal(r.status, 0);
        assert.match(r.stdout, /govreport-lint \[选项\] 文件\|目录\|通配符\|- \.\.\./);
        const options = ['--format FORMAT', '--config FILE', '--fix ', '--fix-dry-run', '--max-warnings N', '--stdin-filename NAME', '--quiet', '--help', '--version', 'UTF-16'];
        for (const option of options) assert.ok(r.stdout.includes(option), option);
        for (const format of ['text', 'json', 'sarif', 'github', 'junit']) assert.match(r.stdout, new RegExp(`^ {28}${format} `, 'm'), format);
        // The exit status table: every code with what it means.
        assert.match(r.stdout, /^ {2}0 {2}.*no errors; warnings within --max-warnings/m);
        assert.match(r.stdout, /^ {2}1 {2}.*errors found, or too many warnings/m);
        assert.match(r.stdout, /^ {2}2 {2}.*usage error, unreadable input, or an operand that matches nothing/m);
        // Every rule, by family: not only the numbering checks.
        for (const meta of RULE_METAS) assert.ok(r.stdout.includes(`${meta.id} `), meta.id);
        for (const family of ['编号 (numbering)', '注释 (footnotes)', '数据 (figures and counts)', '主要预期目标']) assert.ok(r.stdout.includes(family), family);
        // Each rule is listed under its family, with its default severity and whether --fix fixes it.
        const lines = r.stdout.split('\n');
        const familyLine = { numbering: '编号 (numbering)', footnote: '注释 (footnotes)', figure: '数据 (figures and counts)', usage: '标点与数字用法 (punctuation and numbers' } as const;
        for (const meta of RULE_METAS) {
          const at = lines.findIndex((l) => l.trimStart().startsWith(`${meta.id} `));
          const heading = lines.slice(0, at).reverse().find((l) => /^ {2}\S/.test(l) && !/^ {2}(headings|note markers|the )/.test(l));
          assert.ok(heading?.includes(familyLine[meta.category]), `${meta.id} under ${meta.category}: ${heading}`);
          assert.match(lines[at]!, new RegExp(`${meta.id} +${meta.defaultSeverity} +${meta.fixable ? 'fix' : ''}`));
        }
        assert.equal(r.stderr, '');
      }
    });

    it('--version prints the package.json version', () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      for (const flag of ['--version', '-v']) {
        const r = run([flag]);
        assert.equal(r.status, 0);
        assert.equal(r.stdout, `${version}\n`);
      }
    });

    it('the bundle starts with a shebang', () => {
      assert.ok(readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n'));
    });
  });

  describe('large input', () => {
    it('lints a 10 MB draft and prints well-formed output', () => {
      const corpus = corpusDir();
      let files: string[] = [];
      try {
        files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
      } catch {
        // no corpus: synthesize below
      }
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < 10_000_000; i++) {
        const part = files.length > 0 ? readFileSync(join(corpus, files[i % files.length]!), 'utf8') : `${SLIP}${'经济运行稳中有进，'.repeat(2000)}\n`;
        parts.push(part);
        size += part.length;
      }
      const file = write('big.txt', parts.join('\n'));
      const started = Date.now();
      const r = run(['--format', 'json', file]);
      assert.ok(Date.now() - started < 60_000);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const json = JSON.parse(r.stdout) as JsonOutput[];
      assert.equal(json.length, 1);
      const text = run([file]);
      assert.equal(text.stdout.split('\n').filter(Boolean).length, json[0]!.problems.length);
      for (const line of text.stdout.split('\n').filter(Boolean)) assert.match(line, /^big\.txt:\d+:\d+ (error|warning|info|hint) [a-z-]+ \S/);
    });
  });
});
