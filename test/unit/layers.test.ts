/**
 * The layering the core is built on (DEVELOPING.md, "Architecture"): source → vocabulary → facts → features and
 * rules → LSP / CLI. These tests read the source files, so a shortcut shows up as a failure, not as a review comment.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../support/paths';

const root = repoRoot();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The product's code (not its tests): the server with its core, the CLI and the client. */
const PRODUCT = ['server/src', 'cli/src', 'client/src'].flatMap((dir) => filesUnder(join(root, dir)));
const VOCABULARY_DIR = join(root, 'server', 'src', 'core', 'vocabulary') + sep;
const SOURCE_DIR = join(root, 'server', 'src', 'core', 'source') + sep;
const at = (file: string, index: number) => `${relative(root, file)}:${index + 1}`;

/** The code of a file with its comments blanked (line numbers kept); strings and regexes stay. */
function code(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  // A `//` comment, not the `//` of a URL in a string or of a regex: only when it follows code-ish characters.
  return text.split('\n').map((line) => line.replace(/(^|[\s;,){}])\/\/.*$/, '$1'));
}

/** Regex literals and `new RegExp(…)` arguments on a line of code. */
function regexesOn(line: string): string[] {
  const literals = [...line.matchAll(/(?:^|[(,=:[!&|?{};]|return)\s*(\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgimsuy]*)/g)].map((m) => m[1]!);
  const constructed = [...line.matchAll(/new RegExp\((.*)$/g)].map((m) => m[1]!);
  return [...literals, ...constructed];
}

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Regexes with Chinese characters outside the vocabulary that are not domain words, each with the reason. Empty
 * today; an entry needs one.
 */
const CJK_REGEX_ALLOWED = new Map<string, string>([]);

describe('layers', () => {
  it('no regex outside core/vocabulary holds a Chinese character (the words are data in one place)', () => {
    const offenders: string[] = [];
    for (const file of PRODUCT) {
      if (file.startsWith(VOCABULARY_DIR)) continue;
      code(file).forEach((line, i) => {
        for (const regex of regexesOn(line)) {
          if (IDEOGRAPH.test(regex) && !CJK_REGEX_ALLOWED.has(`${relative(root, file)}:${regex}`)) offenders.push(`${at(file, i)}: ${regex.slice(0, 100)}`);
        }
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('the test above finds what it looks for (a Chinese word in a regex literal, in new RegExp, next to a comment)', () => {
    const samples = ["const X = /名词解释/;", "if (/[貳參]/.test(t)) return;", "const Y = new RegExp(`^${A}工作安排`);", "f(a, /附注$/g); // 注"];
    for (const sample of samples) assert.ok(regexesOn(sample).some((r) => IDEOGRAPH.test(r)), sample);
    assert.deepEqual(regexesOn("const s = '名词解释'; // /注/"), []);
  });

  it('the Chinese numeral class and the digit class are written once, in the vocabulary', () => {
    const offenders: string[] = [];
    for (const file of PRODUCT) {
      if (file.startsWith(VOCABULARY_DIR)) continue;
      code(file).forEach((line, i) => {
        if (/一二三四五六七八九|[0０]-[9９]\uff10|０-９/.test(line)) offenders.push(`${at(file, i)}: ${line.trim().slice(0, 100)}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('text is normalised only by core/source (full-width digits, glosses, traditional script)', () => {
    const offenders: string[] = [];
    for (const file of PRODUCT) {
      if (file.startsWith(SOURCE_DIR) || file.startsWith(VOCABULARY_DIR)) continue;
      code(file).forEach((line, i) => {
        // Shifting a full-width character to ASCII, a pinyin gloss, or a second converter.
        if (/0xfee0|65248|[āáǎàōóǒòēéěèīíǐìūúǔù]|opencc|\.normalize\(\s*['"]NFK/i.test(line)) offenders.push(`${at(file, i)}: ${line.trim().slice(0, 100)}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('the server and the CLI reach the core only through core/index (the core is its own package)', () => {
    const offenders: string[] = [];
    const outside = PRODUCT.filter((f) => !f.includes(`${sep}core${sep}`) && !f.includes(`${sep}client${sep}`));
    for (const file of outside) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]*\/core\/[^'"]*)['"]/g)) {
        if (!/\/core\/index$/.test(m[1]!)) offenders.push(`${relative(root, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the client bundles only the core’s dependency-free detection (no engine, no nzh)', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(join(root, 'client', 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]*\/core\/[^'"]*)['"]/g)) {
        if (!/\/core\/detect$/.test(m[1]!)) offenders.push(`${relative(root, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
    const detection = join(root, 'server', 'src', 'core');
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        assert.ok(m[1]!.startsWith('.'), `${relative(root, file)} imports ${m[1]}: the client would bundle it`);
        visit(join(file, '..', `${m[1]}.ts`));
      }
    };
    visit(join(detection, 'detect.ts'));
  });

  it('facts do not import rules or features; the vocabulary imports no other layer', () => {
    const offenders: string[] = [];
    const core = join(root, 'server', 'src', 'core');
    const layerOf = (file: string) => relative(core, file).split(sep)[0]!;
    const forbidden: Record<string, RegExp> = {
      vocabulary: /^\.\.\//,
      source: /^\.\.\/(?!vocabulary\/|types$)/,
      facts: /^\.\.\/(rules|features)\//,
    };
    for (const file of filesUnder(core)) {
      const rule = forbidden[layerOf(file)];
      if (!rule) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        if (rule.test(m[1]!)) offenders.push(`${relative(root, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
