/**
 * Generated drafts for paired-marks: a quotation broken over lines the way web copies break it (inside the quote, at a
 * hyperlink: 做到“ / 两个维护 / ”，…; or mid-sentence outside it), or not broken, × blank lines between the broken
 * lines (corpus 14) or none × LF and CRLF × plain text and Markdown (## headings, blank lines between paragraphs) ×
 * the quote in a body paragraph under a heading or in a 名词解释 item × a heading without closing punctuation right
 * above it or a sentence. Each draft is linted clean (silent) and with one fault: the closing ” deleted (found at the
 * opener's line) or the opening “ deleted (found at the closer's line), by paired-marks or, for the quote of an
 * explanation item's term, by footnote-term: by exactly one of them.
 *
 * Written by hand from corpus/SOURCES.md and corpus-more/SOURCES.md (43, 14, 08, 54), not from the linter's vocabulary.
 * Markdown has no blank lines inside a broken paragraph: a blank line ends a Markdown paragraph.
 */
import * as assert from 'node:assert/strict';
import { combinations, describeCombination, Draft, assertSilent, findings, show } from '../support/drafts';

const AXES = {
  brk: ['none', 'inside', 'outside'] as const,
  blank: [false, true] as const,
  eol: ['\n', '\r\n'] as const,
  markdown: [false, true] as const,
  where: ['body', 'notes'] as const,
  above: ['heading', 'sentence'] as const,
};

type Combination = { [K in keyof typeof AXES]: (typeof AXES)[K][number] };
type Fault = 'none' | 'noClose' | 'noOpen';

/** The quoted sentence as lines, with the opener's and the closer's line tagged. */
function quoteLines(c: Combination, fault: Fault, head: string, term: string, tail: string): { text: string; tag?: 'open' | 'close' }[] {
  const open = fault === 'noOpen' ? '' : '“';
  const close = fault === 'noClose' ? '' : '”';
  if (c.brk === 'inside') {
    return [
      { text: head + open, tag: 'open' },
      { text: term },
      { text: close + tail, tag: 'close' },
    ];
  }
  if (c.brk === 'outside') {
    // A break mid-sentence after the quote: 做到“两个维护”， / 坚决拥护核心…
    const comma = tail.indexOf('，');
    return [
      { text: head + open + term + close + tail.slice(0, comma + 1), tag: 'open' },
      { text: tail.slice(comma + 1) },
    ];
  }
  return [{ text: head + open + term + close + tail, tag: 'open' }];
}

function build(c: Combination, fault: Fault): { text: string; line: number } {
  const d = new Draft();
  const md = c.markdown;
  const para = (...lines: string[]) => {
    for (const l of lines) d.line(l);
    if (md) d.line('');
  };
  para(md ? '# 政府工作报告' : '政府工作报告');
  para('各位代表：');
  para(md ? '## 一、2025年工作回顾' : '一、2025年工作回顾');
  if (c.above === 'heading') para(md ? '### （一）坚持党的领导' : '（一）坚持党的领导');
  else para('过去一年，我们坚持稳中求进工作总基调，经济运行稳中有进。');
  const put = (parts: { text: string; tag?: 'open' | 'close' }[]) => {
    parts.forEach((p, i) => {
      if (i > 0 && c.blank && !md) d.line('');
      d.line(p.text, p.tag === 'open' ? 'open' : p.tag === 'close' ? 'close' : undefined);
    });
    if (md) d.line('');
  };
  if (c.where === 'body') put(quoteLines(c, fault, '我们自觉增强“四个意识”，坚定“四个自信”，做到', '两个维护', '，坚决拥护核心、跟随核心、捍卫核心。'));
  else para('全面推进“两重”［1］建设，落实“两新”［2］政策。');
  para('我们也清醒看到，发展不平衡不充分问题仍然突出（部分地区财政收支矛盾加大）。');
  para(md ? '## 名词解释' : '名词解释');
  if (c.where === 'notes') {
    put(quoteLines(c, fault, '［1］', '两重', '：国家重大战略实施，和重点领域安全能力建设。'));
  } else {
    para('［1］“两重”：国家重大战略实施和重点领域安全能力建设。');
  }
  para('［2］“两新”：新一轮大规模设备更新和消费品以旧换新。');
  const text = d.text(c.eol);
  const tag = fault === 'noOpen' && c.brk === 'inside' ? 'close' : 'open';
  return { text, line: d.lineOf(tag) };
}

describe('generated drafts: paired-marks', () => {
  it('quotes broken over lines by a copy: silent when paired, found when a half is deleted', () => {
    let tried = 0;
    for (const c of combinations(AXES)) {
      if (c.markdown && c.blank) continue;
      const options = { markdown: c.markdown };
      const name = describeCombination(c);
      assertSilent(build(c, 'none').text, `clean: ${name}`, ['paired-marks'], options);
      for (const fault of ['noClose', 'noOpen'] as const) {
        const { text, line } = build(c, fault);
        // In an explanation item's term footnote-term reports the quote; either rule, never both.
        const pairing = findings(text, { ...options, rules: ['paired-marks', 'footnote-term'] }).filter((f) => f.ruleId === 'paired-marks' || (f.ruleId === 'footnote-term' && /引号/.test(f.message)));
        assert.ok(
          pairing.length === 1 && pairing[0]!.line === line,
          `${fault}: ${name}\nexpected one pairing finding on line ${line + 1}, got:\n${show(pairing)}\n--- draft ---\n${text}`,
        );
        tried++;
      }
    }
    if (tried < 100) throw new Error(`only ${tried} faulty drafts`);
  });
});
