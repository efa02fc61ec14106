/**
 * Safety net, not a benchmark: `lint` never throws and finishes in reasonable time on hostile or huge input,
 * and no offered fix (preferred or suggestion) corrupts surrogate pairs, CRLF, a BOM, tabs or U+3000 indents.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll, lint, type Problem } from '../../server/src/core/index';
import { corpusDir } from '../support/paths';

/** Generous: the budget for a 1 MB draft is 150 ms; this only catches hangs and blow-ups. */
const BOUND_MS = 5000;

function corpusText(): string[] {
  try {
    return readdirSync(corpusDir())
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(corpusDir(), f), 'utf8'));
  } catch {
    return [];
  }
}

/** Corpus reports concatenated up to `size` code units, or a synthetic report when the corpus is absent. */
function bigDraft(size: number): string {
  const corpus = corpusText();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = corpus.length > 0 ? corpus[i % corpus.length]! + '\n' : synthetic(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

function synthetic(seed: number): string {
  const n = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let s = '政府工作报告\n';
  for (let i = 0; i < 10; i++) {
    s += `${n[i]}、第${seed}部分工作\n`;
    for (let j = 0; j < 10; j++) {
      s += `（${n[j]}）推动经济运行稳中有进。一是扩大消费；二是扩大投资；三是稳定外需。\n`;
      for (let k = 1; k <= 5; k++) s += `${k}.全年地区生产总值增长5.${k}%，城镇新增就业${k * 11}万人。[${k}]\n`;
    }
  }
  return s;
}

/** Deterministic pseudo-random bytes (xorshift32). */
function garbage(length: number, seed = 0x9e3779b9): string {
  let x = seed >>> 0;
  let s = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    s += String.fromCharCode(x & 0xff); // latin1
  }
  return s;
}

function lintSafely(text: string, options: { markdown?: boolean } = {}): Problem[] {
  const started = performance.now();
  const { problems } = lint(text, options);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < BOUND_MS, `lint took ${elapsed.toFixed(0)} ms`);
  for (const p of problems) {
    assert.ok(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length, `${p.ruleId} range ${p.offset}+${p.length} outside the text`);
    for (const r of p.related ?? []) assert.ok(r.offset >= 0 && r.length >= 0 && r.offset + r.length <= text.length, `${p.ruleId} related range outside the text`);
    for (const edit of [...(p.fix?.edits ?? []), ...(p.suggestions ?? []).flatMap((s) => s.edits)]) {
      assert.ok(edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= text.length, `${p.ruleId} edit outside the text`);
    }
  }
  return problems;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const HOSTILE: [string, () => string][] = [
  ['the empty string', () => ''],
  ['only a BOM', () => '\ufeff'],
  ['only whitespace and line breaks', () => ' \t\u3000\n\r\n\r\n\n\u00a0\u3000\r'],
  ['random binary garbage decoded as latin1', () => garbage(200_000)],
  ['a single 1 MB line without breaks', () => '（一）经济运行稳中有进，一是扩大消费；二是扩大投资；'.repeat(40_000).slice(0, 1_000_000)],
  ['a 1 MB line of ordinals', () => '一、（一）1.（1）①'.repeat(100_000).slice(0, 1_000_000)],
  ['lone surrogates', () => '\ud800一、过去\udc00一年\n（一）\udbff经济\n（三）\udfff改革\ud840\n\ud840'],
  ['mixed scripts', () => 'Introduction 一、Обзор работы\n（一）مراجعة العمل 经济 Ελληνικά\n（三）שלום 改革 हिन्दी\n1.abc\n3.ЖЗИ\n'],
  ['NUL characters', () => '\0一、\0过去一年\0\n（一）\0\n\0（三）\0\n'.repeat(100)],
  ['lines of only ordinals', () => '一、\n二、\n（一）\n（三）\n1.\n3.\n（1）\n（3）\n①\n③\n一是\n三是\n'],
  ['lines of only punctuation', () => '、\n（\n）\n.\n．\n（）\n()\n【】\n'],
  ['deeply nested headings', () => {
    let s = '';
    for (let i = 0; i < 2000; i++) s += ['一、', '（一）', '1.', '（1）', '①'][i % 5] + '标题\n';
    return s;
  }],
  ['10,000 headings', () => {
    let s = '';
    for (let i = 0; i < 10_000; i++) s += `${NUMERALS[i % 10]}、标题${i}\n（${NUMERALS[(i * 7) % 10]}）内容\n${(i % 9) + 1}.条目\n`;
    return s;
  }],
  ['10,000 enumeration items on one line', () => {
    let s = '（一）扩大需求。';
    for (let i = 0; i < 10_000; i++) s += `${NUMERALS[i % 10]}是措施；`;
    return s;
  }],
  ['CR-only line breaks everywhere', () => synthetic(1).replace(/\n/g, '\r')],
];

describe('robustness: lint never throws and finishes', function () {
  this.timeout(60_000);

  for (const [name, make] of HOSTILE) {
    it(name, () => {
      const text = make();
      lintSafely(text);
      lintSafely(text, { markdown: true });
    });
  }

  it('a 10 MB report', function () {
    this.timeout(120_000);
    const text = bigDraft(10_000_000);
    assert.equal(text.length, 10_000_000);
    lintSafely(text);
  });

  // Regression: readEnumerationItems once searched from each line start to the next match anywhere in the
  // document, so lines without enumerators made linting quadratic (1 MB took ~55 s). It now searches each line alone.
  it('a 1 MB draft of short lines without run-in enumerators is linear', function () {
    this.timeout(120_000);
    const started = Date.now();
    lintSafely('经济运行稳中有进，改革开放持续深化。\n'.repeat(55_000).slice(0, 1_000_000));
    lintSafely('| 指标 | 2024年 | 2025年 |\n'.repeat(45_000).slice(0, 1_000_000));
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  it('fixAll on hostile input terminates and leaves no lone surrogate it did not find', () => {
    for (const [name, make] of HOSTILE) {
      const text = make();
      if (text.length > 100_000) continue;
      const fixed = fixAll(text);
      if (!hasLoneSurrogate(text)) assert.ok(!hasLoneSurrogate(fixed), name);
    }
  });
});

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

function count(text: string, what: string): number {
  return text.split(what).length - 1;
}

/** Drafts with every kind of fixable slip, written with a BOM, CRLF, tabs, U+3000 indents and surrogate pairs. */
const FIXABLE: [string, string][] = [
  [
    'headings',
    '\ufeff一、过去一年工作回顾\r\n\u3000\u3000（一）经济𠀀运行稳中有进。\t𠀁\r\n\u3000\u3000（三）、改革𠀂开放持续深化。\r\n\u3000\u3000(四)民生\t保障有力。\r\n\u3000\u30001，工业𠀃增长。\r\n\u3000\u30003、服务业𠀄增长。\r\n三．今年𠀅工作安排\r\n\t（二）扩大内需。\r\n',
  ],
  [
    'enumerations',
    '\ufeff\u3000\u3000（一）扩大𠀀有效需求。一是扩大消费𠀁；二是\t扩大投资；四是稳定𠀂外需；五是𠀃其他。\r\n\u3000\u3000（二）深化改革。一是𠀄国企；一是民企；三是\t外企。\r\n',
  ],
  [
    'a sample slip at every level',
    '\ufeff壹、总体\r\n一、过去𠀀一年\r\n（一）经济\r\n（一）改革\t𠀁\r\n1.工业\r\n1.农业\r\n（1）粮食\r\n（3）油料𠀂\r\n①小麦\r\n③玉米\r\n三、今年\r\n',
  ],
];

describe('robustness: offered fixes never corrupt the text', () => {
  const texts: [string, string][] = [...FIXABLE];
  const corpus = corpusText();
  if (corpus.length > 0) {
    // A corpus report with its line breaks turned into CRLF, a BOM, U+3000 indents and surrogate pairs added.
    const report = corpus[0]!.slice(0, 20_000);
    texts.push(['a corpus report in CRLF with a BOM', '\ufeff' + report.replace(/\r?\n/g, '𠀀\t\r\n\u3000\u3000').replace(/（三）/, '（四）').replace(/二、/, '三、')]);
  }

  for (const [name, text] of texts) {
    it(`each fix and each suggestion, applied alone: ${name}`, () => {
      const problems = lintSafely(text);
      const fixes = problems.flatMap((p) => [...(p.fix ? [{ title: `fix ${p.ruleId}`, edits: p.fix.edits }] : []), ...(p.suggestions ?? []).map((s) => ({ title: `suggestion ${p.ruleId}: ${s.title}`, edits: s.edits }))]);
      assert.ok(fixes.length > 0, 'the text must offer fixes');
      for (const fix of fixes) {
        const result = applyEdits(text, fix.edits);
        assertIntact(text, result, fix.title);
      }
    });

    it(`fixAll: ${name}`, () => {
      const result = fixAll(text);
      assert.notEqual(result, text);
      assertIntact(text, result, 'fixAll');
      assert.ok(lint(result).problems.every((p) => !p.fix), 'nothing fixable left');
    });
  }
});

function assertIntact(before: string, after: string, what: string): void {
  assert.ok(!hasLoneSurrogate(after), `${what}: lone surrogate`);
  for (const [name, s] of [['CRLF', '\r\n'], ['tab', '\t'], ['U+3000', '\u3000'], ['BOM', '\ufeff'], ['CR', '\r'], ['LF', '\n']] as const) {
    assert.equal(count(after, s), count(before, s), `${what}: count of ${name} changed`);
  }
  assert.ok(after.startsWith('\ufeff') === before.startsWith('\ufeff'), `${what}: BOM moved`);
  assert.equal(surrogatePairs(after), surrogatePairs(before), `${what}: surrogate pairs changed`);
}

function surrogatePairs(text: string): string {
  return (text.match(/[\ud800-\udbff][\udc00-\udfff]/g) ?? []).join('');
}
