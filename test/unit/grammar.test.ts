// TextMate grammar tests: the committed grammars match their generator, every test/grammar/*.test.txt
// passes vscode-tmgrammar-test, the markdown injection works inside a (stub) markdown grammar, a wrong
// assertion really fails, every entry of the vocabulary's lists is coloured and the generator follows the
// vocabulary when a list changes, and long or hostile lines tokenize quickly.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js/cn2t';
import * as vocabulary from '../../server/src/core/vocabulary';

/** The repository root: the nearest ancestor holding package.json and the grammar generator. */
function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'syntaxes', 'src', 'build.mjs'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${start}`);
    dir = parent;
  }
}

const root = findRepoRoot(__dirname);
const grammarDir = path.join(root, 'test', 'grammar');
const mainGrammar = path.join(root, 'syntaxes', 'govreport.tmLanguage.json');
const injectionGrammar = path.join(root, 'syntaxes', 'govreport-markdown.injection.tmLanguage.json');
const toolRequire = createRequire(require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] }));
const generatorUrl = pathToFileURL(path.join(root, 'syntaxes', 'src', 'govreport.grammar.mjs')).href;
const vocabularyLoaderUrl = pathToFileURL(path.join(root, 'syntaxes', 'src', 'vocabulary.mjs')).href;

/** The vscode-tmgrammar-test unit runner, located through its package.json `bin`. */
function tmGrammarTestBin(): string {
  const pkgPath = require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] });
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(pkgPath), pkg.bin['vscode-tmgrammar-test']);
}

interface RunResult {
  status: number | null;
  output: string;
}

function runNode(args: string[], cwd = root): RunResult {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function runGrammarTest(testFile: string): RunResult {
  return runNode([tmGrammarTestBin(), '-g', path.relative(root, mainGrammar), testFile]);
}

/**
 * A minimal stand-in for VS Code's markdown grammar (text.html.markdown): the same rule shapes that
 * matter to the injection (ATX headings tokenized through captures, begin/while paragraphs, numbered
 * lists, blockquotes, fenced and indented code, inline code, bold). VS Code's own markdown grammar is
 * not an npm dependency here, so the injection is tested against this.
 */
const markdownStub = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#block' }],
  repository: {
    block: {
      patterns: [
        { include: '#heading' },
        { include: '#blockquote' },
        { include: '#fenced' },
        { include: '#raw_block' },
        { include: '#list' },
        { include: '#paragraph' },
      ],
    },
    heading: {
      match: '(?:^|\\G)[ ]{0,3}(#{1,6}\\s+(.*?)(\\s+#{1,6})?\\s*)$',
      name: 'markup.heading.markdown',
      captures: {
        1: {
          patterns: [
            {
              match: '(#{1,6})\\s+(.*?)(?:\\s+(#+))?\\s*$',
              captures: {
                1: { name: 'punctuation.definition.heading.markdown' },
                2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] },
                3: { name: 'punctuation.definition.heading.markdown' },
              },
            },
          ],
        },
      },
    },
    blockquote: {
      begin: '(^|\\G)[ ]{0,3}(>) ?',
      while: '(^|\\G)\\s*(>) ?',
      name: 'markup.quote.markdown',
      patterns: [{ include: '#block' }],
    },
    fenced: {
      begin: '(^|\\G)(\\s*)(`{3,}|~{3,})\\s*(?=([^`~]*)?$)',
      end: '(^|\\G)(\\2|\\s{0,3})(\\3)\\s*$',
      name: 'markup.fenced_code.block.markdown',
    },
    raw_block: { begin: '(^|\\G)([ ]{4}|\\t)', while: '(^|\\G)([ ]{4}|\\t)', name: 'markup.raw.block.markdown' },
    list: {
      begin: '(^|\\G)([ ]{0,3})([0-9]+\\.)([ \\t])',
      beginCaptures: { 3: { name: 'punctuation.definition.list.begin.markdown' } },
      name: 'markup.list.numbered.markdown',
      patterns: [{ include: '#list_paragraph' }],
      while: '((^|\\G)([ ]{2,4}|\\t))|(^[ \\t]*$)',
    },
    list_paragraph: {
      begin: '(^|\\G)(?=\\S)(?![*+->]\\s|[0-9]+\\.\\s)',
      name: 'meta.paragraph.markdown',
      patterns: [{ include: '#inline' }],
      while: '(^|\\G)(?!\\s*$|#|[ ]{0,3}[*+->]|[ ]{0,3}[0-9]+\\.)',
    },
    paragraph: {
      begin: '(^|\\G)[ ]{0,3}(?=\\S)',
      name: 'meta.paragraph.markdown',
      patterns: [{ include: '#inline' }],
      while: '(^|\\G)((?=\\s*[-=]{3,}\\s*$)|[ ]{4,}(?=\\S))',
    },
    inline: { patterns: [{ include: '#raw' }, { include: '#bold' }] },
    raw: { match: '(`+)((?:[^`]|(?!(?<!`)\\1(?!`))`)*+)(\\1)', name: 'markup.inline.raw.string.markdown' },
    bold: {
      match: '(\\*\\*)(?=\\S)(.+?)(?<=\\S)(\\*\\*)',
      name: 'markup.bold.markdown',
      captures: {
        1: { name: 'punctuation.definition.bold.markdown' },
        2: { patterns: [{ include: '#inline' }] },
        3: { name: 'punctuation.definition.bold.markdown' },
      },
    },
  },
};

/**
 * A temporary vscode-tmgrammar-test configuration (a package.json with contributes.grammars) holding
 * the markdown stub and, unless `withInjection` is false, the injection grammar with its injectTo.
 */
function markdownConfig(tmp: string, withInjection: boolean): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'md-'));
  fs.writeFileSync(path.join(dir, 'markdown.tmLanguage.json'), JSON.stringify(markdownStub));
  const grammars: object[] = [{ scopeName: 'text.html.markdown', path: './markdown.tmLanguage.json' }];
  if (withInjection) {
    grammars.push({
      scopeName: 'markdown.govreport.injection',
      // loadConfiguration joins this with the config's folder, so it must be relative.
      path: path.relative(dir, injectionGrammar),
      injectTo: ['text.html.markdown'],
    });
  }
  const config = path.join(dir, 'package.json');
  fs.writeFileSync(config, JSON.stringify({ contributes: { grammars } }));
  return config;
}

interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, stack: unknown): { tokens: Token[]; ruleStack: unknown; stoppedEarly: boolean };
}

interface TextMate {
  INITIAL: unknown;
  Registry: new (options: object) => { loadGrammar(scope: string): Promise<Grammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (s: string) => unknown;
}

let onigurumaReady: Promise<Oniguruma> | undefined;

/** vscode-oniguruma with its WebAssembly loaded (once per process). */
function oniguruma(): Promise<Oniguruma> {
  onigurumaReady ??= (async () => {
    const onig = toolRequire('vscode-oniguruma') as Oniguruma;
    const wasmPath = path.join(path.dirname(toolRequire.resolve('vscode-oniguruma')), 'onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return onig;
  })();
  return onigurumaReady;
}

/**
 * text.govreport from its JSON text, loaded in-process with vscode-textmate and vscode-oniguruma, as
 * vscode-tmgrammar-test resolves them.
 */
async function grammarFromJson(json: string, filePath: string): Promise<{ grammar: Grammar; initial: unknown }> {
  const tm = toolRequire('vscode-textmate') as TextMate;
  const onig = await oniguruma();
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === 'text.govreport' ? tm.parseRawGrammar(json, filePath) : null),
  });
  const grammar = await registry.loadGrammar('text.govreport');
  assert.ok(grammar, 'text.govreport did not load');
  return { grammar, initial: tm.INITIAL };
}

let loaded: Promise<{ grammar: Grammar; initial: unknown }> | undefined;

/** The committed text.govreport (syntaxes/govreport.tmLanguage.json). */
function loadGrammar(): Promise<{ grammar: Grammar; initial: unknown }> {
  loaded ??= grammarFromJson(fs.readFileSync(mainGrammar, 'utf8'), mainGrammar);
  return loaded;
}

/** Scopes of the token under the first character of the first occurrence of `needle` in `text`. */
async function scopesAt(text: string, needle: string): Promise<string[]> {
  const { grammar, initial } = await loadGrammar();
  let stack = initial;
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const col = line.indexOf(needle);
    if (col >= 0) return r.tokens.find((t) => t.startIndex <= col && col < t.endIndex)?.scopes ?? [];
  }
  throw new Error(`"${needle}" not found in:\n${text}`);
}

/** A grammar loaded in-process and the state to start a document with. */
interface LoadedGrammar {
  grammar: Grammar;
  initial: unknown;
}

/**
 * The scopes at each UTF-16 offset of the last line of `text`; the lines before it are tokenized first (a notes
 * title before an item opens the explanation section).
 */
function lastLineScopes({ grammar, initial }: LoadedGrammar, text: string): string[][] {
  let stack = initial;
  let scopes: string[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    scopes = Array.from({ length: line.length }, () => [] as string[]);
    for (const token of r.tokens) for (let i = token.startIndex; i < token.endIndex && i < line.length; i++) scopes[i] = token.scopes;
  }
  return scopes;
}

/**
 * Whether every character of `part` (its last occurrence in the last line of `text`) has `scope` and, if given, not
 * `without`. Returns a description of what is wrong, or undefined.
 */
function scopeProblem(g: LoadedGrammar, text: string, part: string, scope: string, without?: string): string | undefined {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  const at = lastLine.lastIndexOf(part);
  if (at < 0) return `"${part}" is not in "${lastLine}"`;
  const scopes = lastLineScopes(g, text);
  for (let i = at; i < at + part.length; i++) {
    if (!scopes[i]!.includes(scope) || (without !== undefined && scopes[i]!.includes(without))) {
      return `"${text.replace(/\n/g, '⏎')}": "${lastLine[i]}" of "${part}" has ${scopes[i]!.join(' ') || 'no scope'}, expected ${scope}${without ? ` without ${without}` : ''}`;
    }
  }
  return undefined;
}

/** Asserts that no case of a list has a problem, naming every one that has (so a drift shows all its words). */
function assertAll(problems: Array<string | undefined>): void {
  const found = problems.filter((p): p is string => p !== undefined);
  assert.deepStrictEqual(found, [], `${found.length} of ${problems.length} cases:\n${found.join('\n')}`);
}

const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

/** A word and the traditional spellings OpenCC writes for it (OpenCC, Taiwan, Hong Kong standards). */
function spellingsOf(word: string): string[] {
  return [...new Set([word, ...toTraditional.map((convert) => convert(word))])];
}

/** A word from a list and every spelling of it. */
function everySpelling(words: readonly string[]): string[] {
  return words.flatMap(spellingsOf);
}

/** The characters of a code-point range. */
function charactersOf([first, last]: readonly [number, number]): string[] {
  return Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i));
}

const SCOPE = {
  notesTitle: 'markup.heading.section.notes.govreport',
  notesSection: 'meta.section.notes.govreport',
  documentTitle: 'markup.heading.title.govreport',
  address: 'keyword.other.address.govreport',
  target: 'markup.heading.section.target.govreport',
  heading: (level: number) => `markup.heading.${level}.govreport`,
  ordinal: 'constant.numeric.ordinal.govreport',
  enumerator: 'keyword.other.enumerator.govreport',
  number: 'constant.numeric.govreport',
  unit: 'keyword.other.unit.govreport',
  range: 'punctuation.separator.range.govreport',
  qualifier: 'keyword.operator.qualifier.govreport',
  stringDouble: 'string.quoted.double.govreport',
  stringSingle: 'string.quoted.single.govreport',
  footnote: 'markup.other.footnote.govreport',
  footnoteNumber: 'constant.numeric.footnote.govreport',
  term: 'entity.name.type.term.govreport',
};

function listTests(ext: string): string[] {
  return fs
    .readdirSync(grammarDir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join('test', 'grammar', f));
}

/** Number of assertion lines (`// ^…` or `// <-…`) in a grammar test file. */
function countAssertions(file: string): number {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const token = text.split(/\r?\n/, 1)[0].split(/\s+/)[0];
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.startsWith(token) && /^\s*(\^|<~*-)/.test(l.slice(token.length))).length;
}

describe('TextMate grammar', function () {
  this.timeout(120000);
  let tmp = '';

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-grammar-'));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('committed grammars equal the output of syntaxes/src/build.mjs', () => {
    const r = runNode([path.join('syntaxes', 'src', 'build.mjs'), '--check']);
    assert.strictEqual(r.status, 0, `regenerate with \`node syntaxes/src/build.mjs\`:\n${r.output}`);
  });

  it('the generator is deterministic', () => {
    const outputs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = runNode([
        '--input-type=module',
        '-e',
        `import { buildGrammars, serialize } from ${JSON.stringify(generatorUrl)};` +
          `import { loadVocabulary } from ${JSON.stringify(vocabularyLoaderUrl)};` +
          'const { vocabulary, toSimplified } = await loadVocabulary();' +
          'for (const g of Object.values(buildGrammars(vocabulary, toSimplified))) process.stdout.write(serialize(g));',
      ]);
      assert.strictEqual(r.status, 0, r.output);
      outputs.push(r.output);
    }
    assert.ok(outputs[0].length > 1000);
    assert.strictEqual(outputs[0], outputs[1]);
  });

  it('both grammars have the scope names the manifest declares', () => {
    const main = JSON.parse(fs.readFileSync(mainGrammar, 'utf8')) as { scopeName: string };
    const injection = JSON.parse(fs.readFileSync(injectionGrammar, 'utf8')) as {
      scopeName: string;
      injectionSelector: string;
    };
    assert.strictEqual(main.scopeName, 'text.govreport');
    assert.strictEqual(injection.scopeName, 'markdown.govreport.injection');
    assert.match(injection.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.match(injection.injectionSelector, /-markup\.fenced_code\b/);
    assert.match(injection.injectionSelector, /-markup\.inline\.raw\b/);
  });

  const textTests = listTests('.test.txt');

  it('there are grammar test files, each with assertions', () => {
    assert.ok(textTests.length >= 5, `found ${textTests.length} test/grammar/*.test.txt files`);
    for (const file of [...textTests, ...listTests('.test.md')]) {
      assert.ok(countAssertions(file) >= 5, `${file} has fewer than 5 assertions`);
    }
  });

  for (const file of textTests) {
    it(`vscode-tmgrammar-test passes: ${file}`, () => {
      const r = runGrammarTest(file);
      assert.strictEqual(r.status, 0, r.output);
      assert.match(r.output, /run successfuly/);
    });
  }

  for (const file of listTests('.test.md')) {
    it(`vscode-tmgrammar-test passes with the markdown injection: ${file}`, () => {
      const r = runNode([tmGrammarTestBin(), '--config', markdownConfig(tmp, true), path.join(root, file)]);
      assert.strictEqual(r.status, 0, r.output);
      assert.match(r.output, /run successfuly/);
    });

    it(`fails without the injection, so it tests the injection: ${file}`, () => {
      const r = runNode([tmGrammarTestBin(), '--config', markdownConfig(tmp, false), path.join(root, file)]);
      assert.notStrictEqual(r.status, 0, r.output);
      assert.match(r.output, /govreport/);
    });
  }

  it('a wrong scope assertion makes vscode-tmgrammar-test fail', () => {
    const wrong = path.join(tmp, 'wrong.test.txt');
    fs.writeFileSync(
      wrong,
      [
        '// SYNTAX TEST "text.govreport" "deliberately wrong"',
        '一、2025年工作回顾',
        '// <- string.quoted.double.govreport',
        '',
      ].join('\n'),
    );
    const r = runGrammarTest(wrong);
    assert.notStrictEqual(r.status, 0, `expected a failure, got:\n${r.output}`);
    assert.match(r.output, /missing required scopes: string\.quoted\.double\.govreport/);

    // The same file with the right scope passes, so the failure above is about the scope.
    fs.writeFileSync(wrong, fs.readFileSync(wrong, 'utf8').replace('string.quoted.double.govreport', 'markup.heading.1.govreport'));
    const ok = runGrammarTest(wrong);
    assert.strictEqual(ok.status, 0, ok.output);
  });

  it('every pattern of both grammars compiles in Oniguruma', async () => {
    const onig = await oniguruma();
    const patterns: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') patterns.push(value);
          else collect(value);
        }
      }
    };
    for (const file of [mainGrammar, injectionGrammar]) collect(JSON.parse(fs.readFileSync(file, 'utf8')));
    assert.ok(patterns.length > 30, `${patterns.length} patterns`);
    for (const pattern of patterns) assert.doesNotThrow(() => new onig.OnigScanner([pattern]), pattern);
  });

  describe('colours every entry of the vocabulary (server/src/core/vocabulary), in each spelling', () => {
    let g: LoadedGrammar;
    before(async () => {
      g = await loadGrammar();
    });

    it('NOTES_TITLES on a line of their own, decorated, after 附件2 / 附： / 《政府工作报告》有关内容', () => {
      const [open, close] = [...vocabulary.BOOK_TITLE_MARKS];
      const forms = (title: string) => [
        title,
        `${vocabulary.TITLE_DECORATIONS}${title}${vocabulary.TITLE_DECORATIONS}`,
        `${vocabulary.APPENDIX_WORD}2 ${title}`,
        `${vocabulary.ATTACHED_WORD}${vocabulary.COLONS[0]}${title}`,
        `${open}${vocabulary.DOCUMENT_TITLE}${close}${vocabulary.NOTES_TITLE_QUALIFIER}${title}`,
      ];
      assertAll(
        everySpelling(vocabulary.NOTES_TITLES).flatMap((title) =>
          forms(title).flatMap((line) => [
            scopeProblem(g, line, line, SCOPE.notesTitle),
            scopeProblem(g, line, line, SCOPE.notesSection),
          ]),
        ),
      );
    });

    it('DOCUMENT_TITLE (with a year before it) and ADDRESS before each clause mark', () => {
      assertAll([
        ...spellingsOf(vocabulary.DOCUMENT_TITLE).flatMap((title) => [
          scopeProblem(g, title, title, SCOPE.documentTitle),
          scopeProblem(g, `2026${vocabulary.YEAR_WORD}${title}`, title, SCOPE.documentTitle),
        ]),
        ...spellingsOf(vocabulary.ADDRESS).flatMap((address) =>
          [...vocabulary.CLAUSE_MARKS].map((mark) => scopeProblem(g, `${address}${mark}`, address, SCOPE.address)),
        ),
      ]);
    });

    it('the goal cue (GOAL_CUE) in its forms', () => {
      assertAll(
        ['今年发展主要预期目标是：国内生产总值增长5%左右', '主要预期目标建议为：', '主要目标为:', '主要預期目標是：', '主要预期目标'].map((line) =>
          scopeProblem(g, line, line.slice(line.indexOf('主要'), line.search(/[：:]|$/)), SCOPE.target),
        ),
      );
    });

    it('ORDINAL_DIGITS, the capitals of CAPITAL_DIGITS, HEADING_MARKS, circled and bracketed numbers as headings', () => {
      const capitals = [...vocabulary.CAPITAL_DIGITS].filter((c) => {
        const value = vocabulary.parseCapitalNumeral(c);
        return value >= 1 && value <= 10;
      });
      assertAll([
        ...[...vocabulary.ORDINAL_DIGITS].flatMap((digit) => [
          scopeProblem(g, `${digit}、推进高质量发展`, digit, SCOPE.ordinal),
          scopeProblem(g, `${digit}、推进高质量发展`, '推进', SCOPE.heading(1)),
          scopeProblem(g, `（${digit}）推进高质量发展`, digit, SCOPE.heading(2)),
          scopeProblem(g, `工作，${digit}是加快`, `${digit}是`, SCOPE.enumerator),
        ]),
        ...capitals.map((capital) => scopeProblem(g, `${capital}、前言`, capital, SCOPE.heading(0))),
        ...[...vocabulary.HEADING_MARKS].flatMap((mark) => [
          scopeProblem(g, `壹${mark}前言`, '前言', SCOPE.heading(0)),
          scopeProblem(g, `一${mark}前言`, '前言', SCOPE.heading(1)),
          scopeProblem(g, `1${mark}前言`, '前言', SCOPE.heading(3)),
        ]),
        ...vocabulary.CIRCLED_NUMBERS.flatMap(charactersOf).map((c) => scopeProblem(g, `${c}加强管控`, c, SCOPE.heading(5))),
        ...charactersOf(vocabulary.PARENTHESIZED_NUMBERS).map((c) => scopeProblem(g, `${c}加强监测`, c, SCOPE.heading(4))),
        ...charactersOf(vocabulary.NUMBERS_WITH_STOP).map((c) => scopeProblem(g, `${c}加强监测`, c, SCOPE.heading(3))),
      ]);
    });

    it('RUN_IN_WORDS, ASPECT_ENUMERATORS, SEQUENCE_WORDS, 第 and 其, after each ENUMERATOR_BOUNDARY', () => {
      assertAll([
        ...everySpelling(vocabulary.RUN_IN_WORDS).map((w) => scopeProblem(g, `工作，三${w}加快`, `三${w}`, SCOPE.enumerator)),
        ...everySpelling(vocabulary.ASPECT_ENUMERATORS).map((w) => scopeProblem(g, `工作，${w}加快`, w, SCOPE.enumerator)),
        ...everySpelling(vocabulary.SEQUENCE_WORDS).map((w) => scopeProblem(g, `工作。${w}，要`, w, SCOPE.enumerator)),
        ...[vocabulary.ORDINAL_PREFIX, vocabulary.QI_PREFIX].map((p) => scopeProblem(g, `原则：${p}二，坚持`, `${p}二`, SCOPE.enumerator)),
        ...[...vocabulary.ENUMERATOR_BOUNDARY].map((b) => scopeProblem(g, `工作${b}一是加快`, '一是', SCOPE.enumerator)),
      ]);
    });

    it('FIGURE_UNITS and OTHER_UNITS after a number (a magnitude in a unit is read as the number\'s)', () => {
      const magnitudes = Object.keys(vocabulary.MAGNITUDES).sort((a, b) => b.length - a.length);
      assertAll(
        everySpelling([...vocabulary.FIGURE_UNITS, ...vocabulary.OTHER_UNITS]).flatMap((unit) => {
          const line = `增长5${unit}`;
          const magnitude = magnitudes.flatMap(spellingsOf).find((m) => unit.startsWith(m)) ?? '';
          return [
            scopeProblem(g, line, unit, SCOPE.number),
            scopeProblem(g, line, unit.slice(magnitude.length), SCOPE.unit),
            magnitude ? scopeProblem(g, line, magnitude, SCOPE.number, SCOPE.unit) : undefined,
          ];
        }),
      );
    });

    it('MAGNITUDES, APPROXIMATORS, RANGE_CONNECTORS and QUALIFIERS in a figure', () => {
      assertAll([
        ...everySpelling(Object.keys(vocabulary.MAGNITUDES)).map((m) => scopeProblem(g, `粮食1.4${m}斤`, m, SCOPE.number, SCOPE.unit)),
        ...everySpelling(vocabulary.APPROXIMATORS).map((a) => scopeProblem(g, `新增300${a}家`, `300${a}`, SCOPE.number, SCOPE.unit)),
        ...[...vocabulary.RANGE_CONNECTORS].map((c) => scopeProblem(g, `增长5%${c}6%`, c, SCOPE.range)),
        ...everySpelling(vocabulary.QUALIFIERS).map((q) => scopeProblem(g, `增长5%${q}`, q, SCOPE.qualifier)),
      ]);
    });

    it('QUOTE_PAIRS (SINGLE_QUOTES as single-quoted strings)', () => {
      assertAll(
        Object.entries(vocabulary.QUOTE_PAIRS).map(([open, close]) =>
          scopeProblem(g, `实施${open}两重${close}政策`, '两重', vocabulary.SINGLE_QUOTES.includes(open) ? SCOPE.stringSingle : SCOPE.stringDouble),
        ),
      );
    });

    it('footnote forms (formatFootnote): markers in the body and item numbers in the explanation section', () => {
      const markerForms: vocabulary.FootnoteForm[] = ['fullwidth-square', 'square', 'caret', 'lenticular', 'tortoise', 'paren', 'fullwidth-paren', 'superscript'];
      const itemForms: vocabulary.FootnoteForm[] = ['fullwidth-square', 'square', 'caret', 'lenticular', 'tortoise', 'dot', 'fullwidth-dot', 'comma', 'paren', 'fullwidth-paren', 'circled'];
      assertAll([
        ...markerForms.map((form) => {
          const marker = vocabulary.formatFootnote(form, 12);
          return scopeProblem(g, `推进“两新”${marker}政策`, marker, SCOPE.footnote);
        }),
        ...[...vocabulary.SUPERSCRIPT_DIGITS].map((d) => scopeProblem(g, `推进“两新”${d}政策`, d, SCOPE.footnoteNumber)),
        ...itemForms.flatMap((form) => {
          const text = `${vocabulary.NOTES_TITLES[0]}\n${vocabulary.formatFootnote(form, 3)}两新：解释`;
          const number = form === 'circled' ? vocabulary.formatFootnote(form, 3) : '3';
          return [scopeProblem(g, text, number, SCOPE.footnoteNumber), scopeProblem(g, text, '两新', SCOPE.term)];
        }),
      ]);
    });
  });

  describe('the generator follows the vocabulary when a list changes', () => {
    type Vocabulary = Record<string, unknown>;
    /** The grammar built from the vocabulary with some of its exports replaced. */
    let build: (changes: Vocabulary) => Promise<LoadedGrammar>;
    before(async () => {
      const generator = (await import(generatorUrl)) as {
        buildGrammars(vocabulary: Vocabulary, toSimplified: (text: string) => string): Record<string, object>;
      };
      const loader = (await import(vocabularyLoaderUrl)) as {
        loadVocabulary(): Promise<{ vocabulary: Vocabulary; toSimplified: (text: string) => string }>;
      };
      const { vocabulary: bundled, toSimplified } = await loader.loadVocabulary();
      build = (changes) =>
        grammarFromJson(JSON.stringify(generator.buildGrammars({ ...bundled, ...changes }, toSimplified)['govreport.tmLanguage.json']), 'changed.json');
    });

    it('NOTES_TITLES: 注解 taken out is no longer a title, 释义 put in is one', async () => {
      const changed = await build({ NOTES_TITLES: [...vocabulary.NOTES_TITLES.filter((t) => t !== '注解'), '释义'] });
      assert.ok(scopeProblem(changed, '注解', '注解', SCOPE.notesTitle), '注解 is still a title');
      assert.ok(scopeProblem(changed, '註解', '註解', SCOPE.notesTitle), '註解 is still a title');
      assert.strictEqual(scopeProblem(changed, '释义', '释义', SCOPE.notesTitle), undefined);
      assert.strictEqual(scopeProblem(changed, '釋義', '釋義', SCOPE.notesTitle), undefined);
    });

    it('units, qualifiers and range connectors', async () => {
      const changed = await build({
        OTHER_UNITS: [...vocabulary.OTHER_UNITS.filter((u) => u !== '家'), '公尺'],
        QUALIFIERS: [...vocabulary.QUALIFIERS.filter((q) => q !== '左右'), '上下'],
        RANGE_CONNECTORS: vocabulary.RANGE_CONNECTORS.replace('至', ''),
      });
      assert.strictEqual(scopeProblem(changed, '增长5公尺', '公尺', SCOPE.unit), undefined);
      assert.ok(scopeProblem(changed, '新增5家', '家', SCOPE.unit), '家 is still a unit');
      assert.strictEqual(scopeProblem(changed, '增长5%上下', '上下', SCOPE.qualifier), undefined);
      assert.ok(scopeProblem(changed, '增长5%左右', '左右', SCOPE.qualifier), '左右 is still a qualifier');
      assert.ok(scopeProblem(changed, '增长5%至6%', '至', SCOPE.range), '至 still joins a range');
    });

    it('the address, the document title and the run-in words', async () => {
      const changed = await build({
        ADDRESS: '各位委员',
        DOCUMENT_TITLE: '施政报告',
        RUN_IN_WORDS: vocabulary.RUN_IN_WORDS.filter((w) => w !== '来'),
      });
      assert.strictEqual(scopeProblem(changed, '各位委员：', '各位委员', SCOPE.address), undefined);
      assert.ok(scopeProblem(changed, '各位代表：', '各位代表', SCOPE.address), '各位代表 is still the address');
      assert.strictEqual(scopeProblem(changed, '2026年施政報告', '施政報告', SCOPE.documentTitle), undefined);
      assert.ok(scopeProblem(changed, '工作，一来加快', '一来', SCOPE.enumerator), '一来 is still an enumerator');
    });
  });

  describe('snippets and language configuration', () => {
    interface Snippet {
      prefix: string | string[];
      body: string | string[];
      description: string;
    }
    const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'govreport.code-snippets'), 'utf8')) as Record<
      string,
      Snippet
    >;
    const byPrefix = new Map<string, Snippet>();
    for (const snippet of Object.values(snippets)) {
      for (const prefix of ([] as string[]).concat(snippet.prefix)) byPrefix.set(prefix, snippet);
    }

    /** The text a snippet inserts when every placeholder keeps its default (first choice). */
    function expand(snippet: Snippet): string {
      return ([] as string[])
        .concat(snippet.body)
        .join('\n')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
    }

    it('every snippet has a unique gr- prefix and a Chinese description', () => {
      const seen = new Set<string>();
      for (const [name, snippet] of Object.entries(snippets)) {
        for (const prefix of ([] as string[]).concat(snippet.prefix)) {
          assert.match(prefix, /^gr-[a-z0-9-]+$/, name);
          assert.ok(!seen.has(prefix), `duplicate prefix ${prefix}`);
          seen.add(prefix);
        }
        assert.match(snippet.description, /\p{Script=Han}/u, `${name} needs a Chinese description`);
      }
      for (const prefix of ['gr-report', 'gr-h1', 'gr-h2', 'gr-h3', 'gr-h4', 'gr-shi', 'gr-target', 'gr-note']) {
        assert.ok(byPrefix.has(prefix), `missing snippet ${prefix}`);
      }
    });

    const expectations: Array<[string, string, string]> = [
      ['gr-h1', '一', 'markup.heading.1.govreport'],
      ['gr-h2', '一', 'markup.heading.2.govreport'],
      ['gr-h2-runin', '一', 'markup.heading.2.govreport'],
      ['gr-h3', '1', 'markup.heading.3.govreport'],
      ['gr-h4', '1', 'markup.heading.4.govreport'],
      ['gr-h5', '①', 'markup.heading.5.govreport'],
      ['gr-shi', '二是', 'keyword.other.enumerator.govreport'],
      ['gr-yao', '二要', 'keyword.other.enumerator.govreport'],
      ['gr-diyi', '第二', 'keyword.other.enumerator.govreport'],
      ['gr-target', '主要预期目标是', 'markup.heading.section.target.govreport'],
      ['gr-target', '左右', 'keyword.operator.qualifier.govreport'],
      ['gr-note', '1', 'markup.other.footnote.definition.govreport'],
      ['gr-notes', '名词解释', 'markup.heading.section.notes.govreport'],
      ['gr-notes', '术语', 'entity.name.type.term.govreport'],
      ['gr-appendix', '附件1', 'markup.heading.section.appendix.govreport'],
      ['gr-report', '政府工作报告', 'markup.heading.title.govreport'],
      ['gr-report', '各位代表', 'keyword.other.address.govreport'],
      ['gr-report', '工作回顾', 'markup.heading.1.govreport'],
      ['gr-report', '主要预期目标是', 'markup.heading.section.target.govreport'],
      ['gr-report', '聚力扩大有效需求', 'markup.heading.2.govreport'],
      ['gr-report', '［', 'markup.other.footnote.govreport'],
      ['gr-report', '两新：', 'entity.name.type.term.govreport'],
      ['gr-report', '两新：', 'meta.section.notes.govreport'],
    ];
    for (const [prefix, needle, scope] of expectations) {
      it(`${prefix} inserts text the grammar scopes: ${needle} → ${scope}`, async () => {
        const snippet = byPrefix.get(prefix);
        assert.ok(snippet, `no snippet ${prefix}`);
        const text = expand(snippet);
        const scopes = await scopesAt(text, needle);
        assert.ok(scopes.includes(scope), `${prefix}: "${needle}" has ${scopes.join(' ')}\n${text}`);
      });
    }

    it('language-configuration.json pairs the Chinese brackets and quotes and has no comment tokens', () => {
      const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as {
        comments?: unknown;
        brackets: Array<[string, string]>;
        autoClosingPairs: Array<{ open: string; close: string }>;
        surroundingPairs: Array<[string, string]>;
        wordPattern: string;
      };
      assert.strictEqual(config.comments, undefined);
      for (const [open, close] of [['（', '）'], ['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['【', '】'], ['［', '］'], ['(', ')'], ['[', ']']]) {
        assert.ok(config.brackets.some(([o, c]) => o === open && c === close), `brackets ${open}${close}`);
        assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close), `autoClosingPairs ${open}${close}`);
        assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close), `surroundingPairs ${open}${close}`);
      }
      const words = '坚持“规划引领”，地区生产总值增长5.5%左右'.match(new RegExp(config.wordPattern, 'gu'));
      assert.deepStrictEqual(words, ['坚持', '规划引领', '地区生产总值增长', '5.5%', '左右']);
    });
  });

  describe('speed', () => {
    let grammar: Grammar;
    let initial: unknown;

    before(async () => {
      ({ grammar, initial } = await loadGrammar());
      grammar.tokenizeLine('warm-up 一、（一）1.“两重”［1］5%左右', initial);
    });

    function timeLine(line: string): number {
      const t0 = process.hrtime.bigint();
      const r = grammar.tokenizeLine(line, initial);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.strictEqual(r.stoppedEarly, false);
      return ms;
    }

    it('tokenizes long and hostile lines quickly', () => {
      const paragraph =
        '（四）抓创建提品质，统筹城乡协调发展。坚持“规划引领、基础先行”的工作思路，一要加快完善规划建设，' +
        '地区生产总值增长5%-5.5%，城镇新增就业1200万人以上，粮食产量1.4万亿斤左右，“一降三减”［1］治理六乱(15)。';
      const cases: Record<string, string> = {
        'report paragraph x40': paragraph.repeat(40),
        'unclosed quotes': '“'.repeat(5000),
        'unclosed corner brackets': '「『'.repeat(3000),
        'digits': '1'.repeat(8000),
        'digits and points': '1.'.repeat(4000),
        'digits and ranges': '5%-'.repeat(3000),
        'open brackets': '（(［['.repeat(2000),
        'ordinals': '一二三'.repeat(3000),
        'indentation': `${'\u3000'.repeat(3000)}一、标题`,
        'spaces then text': `${' '.repeat(5000)}各位代表`,
        'straight quotes': '"'.repeat(5000),
        'colons': '［1］'.concat('：'.repeat(5000)),
      };
      for (const [name, line] of Object.entries(cases)) {
        const ms = timeLine(line);
        assert.ok(ms < 2000, `${name}: ${line.length} characters took ${ms.toFixed(0)} ms`);
      }
    });

    it('tokenizes the shared corpus quickly (skipped when ../shared is absent)', function () {
      const dirs = [path.join(root, '..', 'shared', 'corpus'), path.join(root, '..', 'shared', 'samples')].filter((d) =>
        fs.existsSync(d),
      );
      if (dirs.length === 0) this.skip();
      let total = 0;
      let slowest = { ms: 0, where: '' };
      for (const dir of dirs) {
        for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
          let stack = initial;
          const lines = fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/);
          lines.forEach((line, i) => {
            const t0 = process.hrtime.bigint();
            const r = grammar.tokenizeLine(line, stack);
            const ms = Number(process.hrtime.bigint() - t0) / 1e6;
            assert.strictEqual(r.stoppedEarly, false, `${name}:${i + 1}`);
            stack = r.ruleStack;
            total += ms;
            if (ms > slowest.ms) slowest = { ms, where: `${name}:${i + 1} (${line.length} characters)` };
          });
        }
      }
      assert.ok(slowest.ms < 500, `slowest line ${slowest.where}: ${slowest.ms.toFixed(0)} ms`);
      assert.ok(total < 20000, `whole corpus took ${total.toFixed(0)} ms`);
    });
  });
});
