// Single source of the TextMate patterns for 政府工作报告 drafts.
//
// `build.mjs` (next to this file) turns `buildGrammars()` into the two committed files:
//   syntaxes/govreport.tmLanguage.json                  scopeName text.govreport (language `govreport`)
//   syntaxes/govreport-markdown.injection.tmLanguage.json scopeName markdown.govreport.injection
// Edit this file, then run `node syntaxes/src/build.mjs`; `--check` verifies the committed JSON.
//
// Regexes are Oniguruma (vscode-oniguruma 1.7, the engine VS Code and vscode-tmgrammar-test use).
// Every `match` stays within one line and avoids nested quantifiers, because report lines often run
// past 1,000 characters (the only multi-line rule is the explanation section, a begin/end with a
// `^`-anchored end). Variable-length look-behinds are bounded ({0,20}), never `*`, which is quadratic.
//
// Domain background: ../shared/guides/domain.md from the project root, §1 (heading ladder 一、（一）1.（1）①, ROC 壹、),
// §2 (quotes, range connectors), §3 (figures, units), §4 (note markers, 名词解释 sections), §5 (targets).

/** Scope names, exported so tests and docs can refer to them. Standard roots so any theme colours them. */
export const SCOPES = {
  heading: (level) => `markup.heading.${level}.govreport`,
  headingPunctuation: 'punctuation.definition.heading.govreport',
  ordinal: 'constant.numeric.ordinal.govreport',
  headingTitle: 'entity.name.section.govreport',
  headingTerminator: 'punctuation.terminator.heading.govreport',
  documentTitle: 'markup.heading.title.govreport',
  notesTitle: 'markup.heading.section.notes.govreport',
  appendixTitle: 'markup.heading.section.appendix.govreport',
  appendixKeyword: 'keyword.other.appendix.govreport',
  target: 'markup.heading.section.target.govreport',
  address: 'keyword.other.address.govreport',
  enumerator: 'keyword.other.enumerator.govreport',
  footnote: 'markup.other.footnote.govreport',
  footnoteNumber: 'constant.numeric.footnote.govreport',
  footnotePunctuation: 'punctuation.definition.footnote.govreport',
  footnoteDefinition: 'markup.other.footnote.definition.govreport',
  notesSection: 'meta.section.notes.govreport',
  term: 'entity.name.type.term.govreport',
  termSeparator: 'punctuation.separator.key-value.govreport',
  number: 'constant.numeric.govreport',
  unit: 'keyword.other.unit.govreport',
  range: 'punctuation.separator.range.govreport',
  qualifier: 'keyword.operator.qualifier.govreport',
  stringDouble: 'string.quoted.double.govreport',
  stringSingle: 'string.quoted.single.govreport',
  stringBegin: 'punctuation.definition.string.begin.govreport',
  stringEnd: 'punctuation.definition.string.end.govreport',
};

// ---------------------------------------------------------------------------------------------
// Building blocks (regex source strings)
// ---------------------------------------------------------------------------------------------

/** Indentation allowed before a line-start construct: spaces, tabs, U+3000 (ideographic space). */
const INDENT = String.raw`[ \t\x{3000}]`;
/**
 * Zero-width "at line start, after optional indentation". The first, fixed-length look-behind is a
 * cheap filter (line start or right after a space); the bounded variable-length one is exact. Without
 * the filter Oniguruma tries the variable look-behind at every position of a long line (about 9x slower).
 */
const LINE_START_PLAIN = String.raw`(?<=^|[ \t\x{3000}])(?<=^${INDENT}{0,20})`;
/** Zero-width "right after a markdown ATX heading marker (`## `) or a blockquote marker (`> `)". */
const LINE_START_MD_HEADING = String.raw`(?<=[ \t>])(?<=^[ ]{0,3}#{1,6}[ \t]{1,8}|^[ ]{0,3}>[ ]?)`;
/** Zero-width "only whitespace up to the end of the line". */
const TO_EOL = String.raw`(?=${INDENT}*$)`;

const CN_DIGIT = '[一二三四五六七八九十]';
const CN_ORDINAL = `${CN_DIGIT}{1,3}`;
const ROC_ORDINAL = '[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}';
const DIGITS = '[0-9０-９]';
const CIRCLED = String.raw`[\x{2460}-\x{2473}\x{3251}-\x{325F}\x{32B1}-\x{32BF}\x{2776}-\x{277F}]`; // ①-⑳ ㉑-㊿ ❶-❿
const PAREN_DIGIT = String.raw`[\x{2474}-\x{2487}]`; // ⑴-⒇
const DIGIT_STOP = String.raw`[\x{2488}-\x{249B}]`; // ⒈-⒛
const SUPERSCRIPT_DIGIT = String.raw`[\x{2070}\x{00B9}\x{00B2}\x{00B3}\x{2074}-\x{2079}]`; // ⁰¹²³⁴-⁹
const OPEN_PAREN = '[（(]';
const CLOSE_PAREN = '[）)]';

/**
 * A clause boundary before an enumerator: line start, one of 。；：，、！？） (full or half width),
 * whitespace, or markdown emphasis (`**一是**`). Not 统一要求, 唯一是, 第一产业.
 */
const CLAUSE_START = String.raw`(?<=^${INDENT}{0,20}|[。；：，、！？）;:,!?)*_\s])`;
/** What may directly precede a footnote marker written with parentheses: a term or a closing quote. */
const AFTER_TERM = String.raw`(?<=[\p{Han}A-Za-z”’」』》"'])`;

const NUMBER = String.raw`${DIGITS}+(?:[.．]${DIGITS}+)?`;
const MAGNITUDE = '(?:万亿|萬億|亿|億|万|萬)';
const APPROX = '(?:多|余|餘)';
const RANGE = String.raw`[-－—～~〜至]`;
const QUALIFIER = '(?:左右|以上|以内|以內|以下)';

/** The rest of an attachment line after its indentation: 附件, 附件1, 附件2：标题. 1: 附件N, 2: title. */
const APPENDIX_LINE = String.raw`(附件(?:${DIGITS}{1,2}|${CN_DIGIT}{1,2})?)(?:(?:${INDENT}+|[:：]${INDENT}*)([^\s。；]{1,40}))?${TO_EOL}`;

/** Units and measure words that may follow a figure (longest first, so the alternation is longest-match). */
const UNITS = [
  '%', '％', '‰',
  '个百分点', '個百分點', '百分点', '百分點',
  '微克/立方米', '微克每立方米', '毫克/立方米', '立方米', '平方米', '平方公里', '平方千米', '平米',
  '公里', '千米', '公顷', '亩', '畝', '米',
  '千瓦时', '千瓦', '兆瓦', '吉瓦', '万千瓦', '千伏',
  '吨标准煤', '标准煤', '吨', '噸', '公斤', '千克', '斤', '克',
  '美元', '港元', '欧元', '元',
  '人次', '人', '户', '戶', '家', '个', '個', '件', '项', '項', '所', '座', '条', '條', '套', '台', '臺',
  '辆', '輛', '艘', '架次', '张', '張', '间', '間', '处', '處', '位', '名', '批次', '批', '次', '倍',
  '岁', '歲', '天', '小时', '小時', '分钟', '分鐘', '周年', '週年', '季度', '年', '月', '日',
  '场', '場', '部', '头', '頭', '只', '株', '棵', '床', '册', '起', '宗', '标箱', '标准箱', '度',
  'kWh', 'kW', 'MW', 'GW', 'km²', 'km', 'kg', 'm²', 'm³',
];

function escapeRegex(s) {
  return s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
}

/** Longest-first alternation; ties broken by code point so the output is deterministic. */
function alternation(words) {
  const unique = [...new Set(words)];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

const UNIT = alternation(UNITS);

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/**
 * The repository shared by both grammars. What differs:
 * - lineStart: zero-width regex for "a line-start construct may begin here";
 * - extraTitlePatterns: extra patterns inside heading titles (markdown's own inline rules).
 */
function makeRules({ lineStart, extraTitlePatterns = [] }) {
  const inline = { include: '#inline' };
  const titlePatterns = [...extraTitlePatterns, inline];

  /**
   * One heading level: ordinal marker + title (up to the first sentence end, or the whole line).
   * `marker` contains `numerals` capturing groups, each of which captures the numeral itself.
   */
  function heading(level, marker, numerals, comment) {
    const captures = { 1: { name: SCOPES.headingPunctuation } };
    for (let i = 0; i < numerals; i++) captures[2 + i] = { name: SCOPES.ordinal };
    captures[2 + numerals] = { name: SCOPES.headingTitle, patterns: titlePatterns };
    captures[3 + numerals] = { name: SCOPES.headingTerminator };
    return {
      comment,
      match: `${lineStart}(${marker})${INDENT}*([^。！？!?]*)([。！？!?])?`,
      name: SCOPES.heading(level),
      captures,
    };
  }

  const headings = [
    heading(0, `(${ROC_ORDINAL})[、．.]`, 1, 'ROC top level 壹、 (Taiwan ladder 壹、→一、→(一)→1、→(1)).'),
    heading(1, `(${CN_ORDINAL})[、．.]`, 1, 'Level 1: 一、 (一． and 一. are wrong but still headings; the linter reports them).'),
    heading(2, `${OPEN_PAREN}(${CN_ORDINAL})${CLOSE_PAREN}`, 1, 'Level 2: （一） or (一).'),
    heading(
      3,
      `(${DIGITS}{1,3})[.．、](?!${DIGITS})|(${DIGIT_STOP})`,
      2,
      'Level 3: 1. 1． 1、 (1、 is the ROC form) or ⒈. Not 2.5 or 1、2月 (a digit follows).',
    ),
    heading(4, `${OPEN_PAREN}(${DIGITS}{1,3})${CLOSE_PAREN}|(${PAREN_DIGIT})`, 2, 'Level 4: （1） or (1) or ⑴.'),
    heading(5, `(${CIRCLED})`, 1, 'Level 5: ① (circled numbers).'),
  ];

  const documentTitle = {
    comment: 'The report title on a line of its own: 政府工作报告, optionally with a year or place before it.',
    match: `${lineStart}((?:${DIGITS}{4}年)?\\p{Han}{0,12}?政府工作[报報]告)${TO_EOL}`,
    name: SCOPES.documentTitle,
    captures: { 1: { name: SCOPES.headingTitle } },
  };

  const NOTES_WORDS = alternation([
    '名词解释', '名词注释', '名詞解釋', '名詞註釋', '注释', '註釋', '注解', '附注', '附註', '注', '註',
  ]);
  const notesTitleRegex =
    `(?:(附件${DIGITS}*)${INDENT}*)?` + // 1: 附件2
    `(?:(附[:：])${INDENT}*)?` + // 2: 附：
    `([※＊*]*${INDENT}*(?:《政府工作[报報]告》(?:有关|相关|有關|相關)?(?:内容|內容)?名[词詞](?:注释|解释|註釋|解釋)|${NOTES_WORDS})${INDENT}*[※＊*]*)` + // 3: title
    `([:：])?`; // 4

  const notesTitleCaptures = {
    1: { name: SCOPES.appendixKeyword },
    2: { name: SCOPES.appendixKeyword },
    3: { name: SCOPES.headingTitle },
    4: { name: SCOPES.termSeparator },
  };

  const notesTitle = {
    comment: 'Title of the explanation section: 名词解释, 注释, ※名词解释※, 附件2 名词解释, 附：名词解释, 《政府工作报告》有关内容名词注释.',
    match: `${lineStart}(?:${notesTitleRegex})${TO_EOL}`,
    name: SCOPES.notesTitle,
    captures: notesTitleCaptures,
  };

  const appendix = {
    comment: 'An attachment line: 附件, 附件1, 附件2：标题 (short line only).',
    match: `${lineStart}${APPENDIX_LINE}`,
    name: SCOPES.appendixTitle,
    captures: { 1: { name: SCOPES.appendixKeyword }, 2: { name: SCOPES.headingTitle, patterns: [inline] } },
  };

  const address = {
    comment: 'The address to the deputies: 各位代表： at the start, 各位代表！ before the closing.',
    match: `${lineStart}各位代表(?=[：:！!，,、])`,
    name: SCOPES.address,
  };

  const target = {
    comment: 'The goal sentence: 主要预期目标是： / 主要预期目标建议为： / 主要目标是：',
    match: '主要(?:[预預]期)?目[标標](?:是|建[议議][为為]|[为為])?(?=[：:])',
    name: SCOPES.target,
  };

  // A footnote label at the start of an explanation item: ［1］ [1] ^[1], then an optional term up to ：.
  const TERM = String.raw`(?:(\[)([^\]0-9][^\]]{0,29})(\])|(【)([^】]{1,30})(】)|([^：:。；，,\s][^：:。；，,]{0,39}?)([：:]))`;
  const termCaptures = (first) => ({
    [first]: { name: SCOPES.footnotePunctuation },
    [first + 1]: { name: SCOPES.term, patterns: [{ include: '#quotes' }] },
    [first + 2]: { name: SCOPES.footnotePunctuation },
    [first + 3]: { name: SCOPES.footnotePunctuation },
    [first + 4]: { name: SCOPES.term, patterns: [{ include: '#quotes' }] },
    [first + 5]: { name: SCOPES.footnotePunctuation },
    [first + 6]: { name: SCOPES.term, patterns: [{ include: '#quotes' }] },
    [first + 7]: { name: SCOPES.termSeparator },
  });

  const bracketLabel = String.raw`(\^?[\[［])(${DIGITS}{1,3})([\]］])`;
  const footnoteDefinition = {
    comment: 'An explanation item that starts with a bracketed number: ［1］一降三减： / [1]“三步走”战略目标：',
    match: `${lineStart}(${bracketLabel})${INDENT}*${TERM}?`,
    captures: {
      1: { name: SCOPES.footnoteDefinition },
      2: { name: SCOPES.footnotePunctuation },
      3: { name: SCOPES.footnoteNumber },
      4: { name: SCOPES.footnotePunctuation },
      ...termCaptures(5),
    },
  };

  const noteItemNumbered = {
    comment: 'Inside the explanation section: 1.“四上”企业： / 3．… / 1.[三个收官]即… / （1）… / ①…',
    match:
      `${lineStart}((?:(${DIGITS}{1,3})([.．、]))|(?:(${OPEN_PAREN})(${DIGITS}{1,3})(${CLOSE_PAREN}))|(${CIRCLED}))` +
      `${INDENT}*${TERM}?`,
    captures: {
      1: { name: SCOPES.footnoteDefinition },
      2: { name: SCOPES.footnoteNumber },
      3: { name: SCOPES.footnotePunctuation },
      4: { name: SCOPES.footnotePunctuation },
      5: { name: SCOPES.footnoteNumber },
      6: { name: SCOPES.footnotePunctuation },
      7: { name: SCOPES.footnoteNumber },
      ...termCaptures(8),
    },
  };

  // Opening punctuation, number, closing punctuation: the shape of every inline marker.
  const markerCaptures = {
    1: { name: SCOPES.footnotePunctuation },
    2: { name: SCOPES.footnoteNumber },
    3: { name: SCOPES.footnotePunctuation },
  };
  const footnoteMarkers = [
    {
      comment: 'Full-width ［1］, half-width [1], web residue ^[1], markdown [^1].',
      match: String.raw`(\^?\[\^?|［)(${DIGITS}{1,3})(\]|］)`,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
    {
      comment: '(15) or （15） directly after a term or a closing quote; at a clause start it is an enumeration instead.',
      match: `(?=${OPEN_PAREN})${AFTER_TERM}(${OPEN_PAREN})(${DIGITS}{1,3})(${CLOSE_PAREN})`,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
    {
      comment: 'Superscript markers: ¹²³, ⁽¹²⁾ (not the ² of m² or an exponent after a digit).',
      match: String.raw`(?<![mM0-9])(\x{207D})?(${SUPERSCRIPT_DIGIT}{1,3})(\x{207E})?`,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
  ];

  const enumerators = {
    comment: 'Run-in enumerators at a clause start: 一是 二要 三则, 第一，, 其一，, 首先，, （1）, (一), ①, ⑴.',
    match:
      `${CLAUSE_START}(?:` +
      [
        `${CN_ORDINAL}(?:是|要|则|則|来|來)`,
        '(?:另)?一方面',
        `第${CN_ORDINAL}(?=[，,])`,
        `其${CN_DIGIT}{1,2}(?=[，,])`,
        '(?:首先|其次|再次|最后|最後)(?=[，,])',
        `${OPEN_PAREN}(?:${DIGITS}{1,2}|${CN_ORDINAL})${CLOSE_PAREN}`,
        PAREN_DIGIT,
      ].join('|') +
      `)|${CIRCLED}`,
    name: SCOPES.enumerator,
  };

  const quotes = {
    patterns: [
      {
        comment: 'Curly double quotes “…” (one line).',
        match: '(“)([^“”]*)(”)',
        name: SCOPES.stringDouble,
        captures: { 1: { name: SCOPES.stringBegin }, 3: { name: SCOPES.stringEnd } },
      },
      {
        comment: 'Corner brackets 「…」 and 『…』.',
        match: '(「)([^「」]*)(」)|(『)([^『』]*)(』)',
        name: SCOPES.stringDouble,
        captures: {
          1: { name: SCOPES.stringBegin },
          3: { name: SCOPES.stringEnd },
          4: { name: SCOPES.stringBegin },
          6: { name: SCOPES.stringEnd },
        },
      },
      {
        comment: 'Curly single quotes ‘…’.',
        match: '(‘)([^‘’]*)(’)',
        name: SCOPES.stringSingle,
        captures: { 1: { name: SCOPES.stringBegin }, 3: { name: SCOPES.stringEnd } },
      },
      {
        comment: 'Straight quotes "…" as left by older web copies; short slogans only, so a stray quote does not colour a line.',
        match: '(")([^"\\n]{1,30})(")',
        name: SCOPES.stringDouble,
        captures: { 1: { name: SCOPES.stringBegin }, 3: { name: SCOPES.stringEnd } },
      },
    ],
  };

  const figures = {
    comment:
      'A figure: number, optional 万/亿, optional unit, optional range to a second figure, then a qualifier. ' +
      '8% 8％ 5.5% 1.4万亿斤 1200万人 5%-5.5% 4.5%—5% 6%－6.5% 29微克/立方米 6.8‰ 3个百分点 5.5%左右',
    match:
      `(?<![A-Za-z0-9０-９.．])(` +
      `${NUMBER}${MAGNITUDE}?${APPROX}?(${UNIT})?` +
      `(?:(${RANGE})${NUMBER}${MAGNITUDE}?${APPROX}?(${UNIT})?)?` +
      `)(${QUALIFIER})?`,
    captures: {
      1: { name: SCOPES.number },
      2: { name: SCOPES.unit },
      3: { name: SCOPES.range },
      4: { name: SCOPES.unit },
      5: { name: SCOPES.qualifier },
    },
  };

  const repository = {
    headings: { patterns: headings },
    'headings-upper': { comment: 'Levels 0-2, used inside the explanation section.', patterns: headings.slice(0, 3) },
    'document-title': documentTitle,
    'notes-title': notesTitle,
    appendix,
    address,
    'footnote-definition': footnoteDefinition,
    'note-item': noteItemNumbered,
    'line-start': {
      patterns: [
        { include: '#document-title' },
        { include: '#notes-title' },
        { include: '#appendix' },
        { include: '#address' },
        { include: '#headings' },
        { include: '#footnote-definition' },
      ],
    },
    inline: {
      patterns: [
        { include: '#footnote-markers' },
        { include: '#enumerators' },
        { include: '#quotes' },
        { include: '#target' },
        { include: '#figures' },
      ],
    },
    'footnote-markers': { patterns: footnoteMarkers },
    enumerators,
    quotes,
    target,
    figures,
  };

  return { repository, notesTitleRegex, notesTitleCaptures };
}

// ---------------------------------------------------------------------------------------------
// The two grammars
// ---------------------------------------------------------------------------------------------

function plainGrammar() {
  const { repository, notesTitleRegex, notesTitleCaptures } = makeRules({ lineStart: LINE_START_PLAIN });
  repository['notes-section'] = {
    comment:
      'From the explanation-section title to the end of the document (or to the next 附件 line). ' +
      'Inside it, numbered lines are explanation items rather than level-3/4 headings.',
    name: SCOPES.notesSection,
    begin: `${LINE_START_PLAIN}(?:${notesTitleRegex})${TO_EOL}`,
    beginCaptures: { 0: { name: SCOPES.notesTitle }, ...notesTitleCaptures },
    end: `(?=^${INDENT}*${APPENDIX_LINE})`,
    patterns: [
      { include: '#footnote-definition' },
      { include: '#note-item' },
      { include: '#headings-upper' },
      { include: '#address' },
      { include: '#inline' },
    ],
  };
  return {
    name: 'Government Work Report (政府工作报告)',
    scopeName: 'text.govreport',
    comment: 'GENERATED by syntaxes/src/build.mjs from syntaxes/src/govreport.grammar.mjs. Do not edit by hand.',
    patterns: [{ include: '#notes-section' }, { include: '#line-start' }, { include: '#inline' }],
    repository: sortKeys(repository),
  };
}

/**
 * In markdown the injection is active at the document root too (`L:` wins ties at the same position).
 * If one of our patterns matched at the very start of an ordinary line, it would pre-empt markdown's
 * paragraph rule and the rest of the line would lose bold, links and so on. So every top-level
 * pattern is prefixed with this guard: it matches at `\G` (right after markdown's paragraph/list
 * `begin`, i.e. inside the paragraph) or anywhere that is not the indentation prefix of a line.
 * Lines indented with U+3000 are never markdown paragraphs; there the guard lets us match at root.
 */
const MD_GUARD = String.raw`(?:\G|(?<!^[ ]{0,3}))`;

function guardRule(rule) {
  if (rule.include) return rule;
  const out = { ...rule };
  if (out.match) out.match = MD_GUARD + out.match;
  if (out.begin) out.begin = MD_GUARD + out.begin;
  if (out.patterns) out.patterns = out.patterns.map(guardRule);
  return out;
}

function injectionGrammar() {
  const lineStart = `(?:${LINE_START_PLAIN}|${LINE_START_MD_HEADING})`;
  const { repository } = makeRules({
    lineStart,
    // Keep markdown's own inline markup (bold, links, code spans) working inside our heading titles.
    extraTitlePatterns: [{ include: 'text.html.markdown#inline' }],
  });
  // Every top-level rule gets the guard. Rules used only inside captures are guarded too; that is
  // harmless there because captures never start at the indentation prefix of a markdown line.
  const guarded = {};
  for (const [key, rule] of Object.entries(repository)) guarded[key] = guardRule(rule);
  return {
    name: 'Government Work Report patterns in Markdown',
    scopeName: 'markdown.govreport.injection',
    comment: 'GENERATED by syntaxes/src/build.mjs from syntaxes/src/govreport.grammar.mjs. Do not edit by hand.',
    injectionSelector:
      'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -comment -meta.embedded -meta.tag -markup.underline.link',
    patterns: [{ include: '#line-start' }, { include: '#inline' }],
    repository: sortKeys(guarded),
  };
}

function sortKeys(obj) {
  return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
}

/** Both grammars as plain objects. Deterministic: same input, same output. */
export function buildGrammars() {
  return {
    'govreport.tmLanguage.json': plainGrammar(),
    'govreport-markdown.injection.tmLanguage.json': injectionGrammar(),
  };
}

/** The exact text written to disk for a grammar object. */
export function serialize(grammar) {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
