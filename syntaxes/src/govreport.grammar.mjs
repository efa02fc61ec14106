// Single source of the TextMate patterns for 政府工作报告 drafts.
//
// `build.mjs` (next to this file) turns `buildGrammars(vocabulary, toSimplified)` into the two committed files:
//   syntaxes/govreport.tmLanguage.json                  scopeName text.govreport (language `govreport`)
//   syntaxes/govreport-markdown.injection.tmLanguage.json scopeName markdown.govreport.injection
// Edit this file, then run `node syntaxes/src/build.mjs`; `--check` verifies the committed JSON.
//
// Every word and character list comes from the linter's vocabulary (server/src/core/vocabulary, loaded by
// vocabulary.mjs): numerals, notes titles, units, qualifiers, range connectors, quotes, footnote forms, enumerator
// words … This file holds only the regex structure around them (anchors, look-behinds, scopes, begin/end), so a word
// added to the vocabulary is coloured by the next build. A list the grammar needs and the linter does not read goes
// into the vocabulary too, saying so. The grammar reads a draft as written, so each word also matches the spellings
// the linter's converter reads as it (報告 for 报告, 註釋 for 注释): see `spellings`.
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
// From the vocabulary to Oniguruma
// ---------------------------------------------------------------------------------------------

/** `\x{2460}`: Oniguruma's escape for a code point, for characters that are hard to tell apart in the JSON. */
function codePoint(code) {
  return `\\x{${code.toString(16).toUpperCase().padStart(4, '0')}}`;
}

/** `[\x{2460}-\x{2473}…]` of code-point ranges (the vocabulary's `CodePointRange`s). */
function rangeClass(ranges) {
  return `[${ranges.map(([first, last]) => `${codePoint(first)}-${codePoint(last)}`).join('')}]`;
}

/**
 * The body of a character class (`[…]` without its brackets), to join classes. Whitespace other than the ASCII
 * space is written as an escape (`\t`, `\x{3000}`), so the JSON shows it.
 */
function classBody(chars, charClass) {
  return charClass(chars)
    .slice(1, -1)
    .replace(/[^\S ]/gu, (c) => (c === '\t' ? '\\t' : codePoint(c.codePointAt(0))));
}

/**
 * For each simplified character, the characters the linter's converter (`toSimplified`) reads as it: 報 → 报,
 * 註 → 注, 內 → 内. Unified ideographs of the BMP only; compatibility ideographs (U+F900…) are duplicates that look
 * the same, and the supplementary planes hold no spelling a report uses.
 */
function spellingsTable(toSimplified) {
  const table = new Map();
  for (const [first, last] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
  ]) {
    for (let code = first; code <= last; code++) {
      const written = String.fromCharCode(code);
      const read = toSimplified(written);
      if (read === written || read.length !== 1) continue;
      table.set(read, (table.get(read) ?? '') + written);
    }
  }
  return table;
}

/**
 * A regex source from the vocabulary (simplified script) rewritten so that each Chinese character also matches the
 * characters the linter reads as it: 政府工作报告 → 政府工作[报報]告, [为] → [为為爲]. Escapes are kept as they are; a
 * character that ends a range inside a class keeps its range alone.
 */
function spellings(source, table) {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      // A class: add each character's spellings inside it.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      let added = '';
      for (let k = 0; k < body.length; k++) {
        if (body[k] === '\\') {
          k++;
          continue;
        }
        const inRange = body[k - 1] === '-' || body[k + 1] === '-';
        for (const variant of (!inRange && table.get(body[k])) || '') if (!body.includes(variant) && !added.includes(variant)) added += variant;
      }
      out += `[${body}${added}]`;
      i = j;
    } else {
      const variants = table.get(c);
      out += variants ? `[${c}${variants}]` : c;
    }
  }
  return out;
}

/**
 * The building blocks of the rules (regex source strings), each from a vocabulary list. `toSimplified` is the
 * linter's traditional → simplified converter; word lists match each spelling it reads as the word.
 */
function buildingBlocks(vocabulary, toSimplified) {
  const v = vocabulary;
  const table = spellingsTable(toSimplified);
  /** A vocabulary pattern that also matches the traditional spellings. */
  const spelled = (source) => spellings(source, table);
  /** One word, or the longest-first alternation of a list, in every spelling. */
  const word = (text) => spelled(v.escapeRegex(text));
  const words = (list) => spelled(v.alternation(list));
  /** A class of the characters of a string (punctuation, numerals: no other spellings). */
  const anyOf = (chars) => `[${classBody(chars, v.charClass)}]`;
  const noneOf = (chars) => `[^${classBody(chars, v.charClass)}]`;
  /** The text before and after the number of a footnote written in `form`: ［ ］, [ ], ^[ ], ( ), '' . … */
  const affixes = (form) => v.formatFootnote(form, 0).split('0');

  const INDENT = anyOf(`\t${v.SPACES}`);
  const anchors = lineAnchors(INDENT);
  const DIGITS = v.DIGIT;
  /** `0-9０-９`: the digits as the body of a class, to join other characters. */
  const DIGIT_RANGES = DIGITS.slice(1, -1);
  const CN_DIGIT = v.ORDINAL_DIGIT;
  const CIRCLED = rangeClass(v.CIRCLED_NUMBERS);
  const COLON = anyOf(v.COLONS);

  // Footnote markers: ［1］, [1], ^[1] (and Markdown's [^1], the caret inside), (1) and （1）, ¹ and ⁽¹⁾.
  const [squareOpen, squareClose] = affixes('square');
  const caret = affixes('caret')[0].replace(squareOpen, '');
  // The other closed brackets a footnote number stands in: ［1］ 【1】 〔1〕 (FOOTNOTE_BRACKETS, not the round ones).
  const closed = v.FOOTNOTE_BRACKETS.filter((b) => !b.round && b.open !== squareOpen);
  const closedOpens = closed.map((b) => b.open).join('');
  const closedCloses = closed.map((b) => b.close).join('');
  const [superscriptOpen, superscriptClose] = [...v.SUPERSCRIPT_BRACKETS];
  // How an explanation item's number ends: 1. 1． 1、
  const itemMarks = ['dot', 'fullwidth-dot', 'comma'].map((form) => affixes(form)[1]).join('');

  return {
    /** Indentation allowed before a line-start construct: spaces, tabs, U+3000 (ideographic space). */
    INDENT,
    ...anchors,
    DIGITS,
    CN_DIGIT,
    CN_ORDINAL: v.CHINESE_ORDINAL,
    ROC_ORDINAL: v.CAPITAL_ORDINAL,
    /** ①-⑳ ㉑-㊿ ❶-❿ */
    CIRCLED,
    /** ⑴-⒇ */
    PAREN_DIGIT: rangeClass([v.PARENTHESIZED_NUMBERS]),
    /** ⒈-⒛ */
    DIGIT_STOP: rangeClass([v.NUMBERS_WITH_STOP]),
    SUPERSCRIPT_DIGIT: anyOf(v.SUPERSCRIPT_DIGITS),
    SUPERSCRIPT_OPEN: v.escapeRegex(superscriptOpen),
    SUPERSCRIPT_CLOSE: v.escapeRegex(superscriptClose),
    OPEN_PAREN: anyOf(v.ROUND_OPEN),
    CLOSE_PAREN: anyOf(v.ROUND_CLOSE),
    COLON,
    COMMA: anyOf(v.COMMAS),
    /** 、．. after 一 壹 1 */
    HEADING_MARK: anyOf(v.HEADING_MARKS),
    /** What ends a heading's title sentence. */
    SENTENCE_END: anyOf(v.SENTENCE_ENDS),
    NOT_SENTENCE_END: noneOf(v.SENTENCE_ENDS),

    /**
     * A clause boundary before an enumerator, as the linter reads it (ENUMERATOR_BOUNDARY): line start, clause
     * punctuation, a closing bracket, U+3000, Markdown emphasis (`**一是**`). Not 统一要求, 唯一是, 第一产业.
     */
    CLAUSE_START: `(?<=^${INDENT}{0,20}|${anyOf(v.ENUMERATOR_BOUNDARY)})`,
    /** What may directly precede a footnote marker written with parentheses: the end of a term (TERM_END). */
    AFTER_TERM: `(?<=${v.TERM_END.source})`,
    RUN_IN: `${v.CHINESE_ORDINAL}${words(v.RUN_IN_WORDS)}`,
    ASPECT: words(v.ASPECT_ENUMERATORS),
    ORDINAL_PREFIX: word(v.ORDINAL_PREFIX),
    QI_PREFIX: word(v.QI_PREFIX),
    SEQUENCE: words(v.SEQUENCE_WORDS),

    /** Markers: ［1］ [1] ^[1] [^1]. 1: opening punctuation, 2: number, 3: closing punctuation. */
    SQUARE_MARKER: `(${v.escapeRegex(caret)}?${v.escapeRegex(squareOpen)}${v.escapeRegex(caret)}?|${anyOf(closedOpens)})(${DIGITS}{1,3})(${anyOf(squareClose + closedCloses)})`,
    /** An explanation item's label: ［1］ [1] ^[1]. */
    SQUARE_LABEL: String.raw`(${v.escapeRegex(caret)}?${anyOf(squareOpen + closedOpens)})(${DIGITS}{1,3})(${anyOf(squareClose + closedCloses)})`,
    ITEM_MARK: anyOf(itemMarks),
    /**
     * Brackets that may hold an item's term (1.[三个收官]即…): what opens it, its first character (not a digit in
     * the brackets that also write markers, [1] ［1］), the rest.
     */
    TERM_BRACKETS: [...v.TERM_BRACKETS_OPEN].map((open, i) => {
      const close = v.TERM_BRACKETS_CLOSE[i];
      const writesMarkers = open === squareOpen || closedOpens.includes(open);
      return {
        open: v.escapeRegex(open),
        close: v.escapeRegex(close),
        first: `[^${classBody(close, v.charClass)}${writesMarkers ? DIGIT_RANGES : ''}]`,
        rest: `${noneOf(close)}{0,${v.MAX_BRACKETED_TERM - 1}}`,
      };
    }),
    /** A term up to its colon: no colon or clause end inside, no space first, at most MAX_ITEM_TERM characters. */
    COLON_TERM: `[^${classBody(v.COLONS + v.CLAUSE_ENDS, v.charClass)}\\s]${noneOf(v.COLONS + v.CLAUSE_ENDS)}{0,${v.MAX_ITEM_TERM - 1}}?`,

    QUOTE_PAIRS: Object.entries(v.QUOTE_PAIRS).map(([open, close]) => ({ open, close, single: v.SINGLE_QUOTES.includes(open) })),

    /** A figure's number, magnitude, approximation, unit, range connector and qualifier. */
    NOT_BEFORE_NUMBER: `(?<![A-Za-z${DIGIT_RANGES}${classBody(v.DECIMAL_POINTS, v.charClass)}])`,
    NUMBER: `${DIGITS}+(?:${anyOf(v.DECIMAL_POINTS)}${DIGITS}+)?`,
    MAGNITUDE: words(Object.keys(v.MAGNITUDES)),
    APPROX: words(v.APPROXIMATORS),
    RANGE: anyOf(v.RANGE_CONNECTORS),
    QUALIFIER: words(v.QUALIFIERS),
    /**
     * Some units hold a magnitude (万元, 万千瓦): after a plain number the rule reads the magnitude first (1200万人 is
     * number 1200万, unit 人); after 多 or 余 the unit holds it (5000多万千瓦).
     */
    UNIT: words([...v.FIGURE_UNITS, ...v.OTHER_UNITS]),

    YEAR: `${DIGITS}{4}${word(v.YEAR_WORD)}`,
    DOCUMENT_TITLE: word(v.DOCUMENT_TITLE),
    ADDRESS: word(v.ADDRESS),
    CLAUSE_MARK: anyOf(v.CLAUSE_MARKS),
    /** The goal sentence's cue as the linter reads it (GOAL_CUE). */
    GOAL_CUE: spelled(`(?:${v.GOAL_CUE.source})`),
    APPENDIX_WORD: word(v.APPENDIX_WORD),
    ATTACHED_WORD: word(v.ATTACHED_WORD),
    /** The rest of an attachment line after its indentation: 附件, 附件1, 附件2：标题. 1: 附件N, 2: title. */
    APPENDIX_LINE:
      `(${word(v.APPENDIX_WORD)}(?:${DIGITS}{1,2}|${CN_DIGIT}{1,2})?)` +
      `(?:(?:${INDENT}+|${COLON}${INDENT}*)([^\\s${classBody(v.SENTENCE_OR_SEMICOLON, v.charClass)}]{1,40}))?${anchors.TO_EOL}`,
    NOTES_WORDS: words(v.NOTES_TITLES),
    /** ※名词解释※, and Markdown's **名词解释**. */
    TITLE_DECORATION: anyOf(v.TITLE_DECORATIONS + v.EMPHASIS),
    /** 《政府工作报告》有关内容 before a notes title. */
    NOTES_QUALIFIER: `${v.escapeRegex(v.BOOK_TITLE_MARKS[0])}${word(v.DOCUMENT_TITLE)}${v.escapeRegex(v.BOOK_TITLE_MARKS[1])}${word(v.NOTES_TITLE_QUALIFIER)}`,
  };
}

/** The line anchors, from the indentation class. */
function lineAnchors(INDENT) {
  return {
    /**
     * Zero-width "at line start, after optional indentation". The first, fixed-length look-behind is a
     * cheap filter (line start or right after a space); the bounded variable-length one is exact. Without
     * the filter Oniguruma tries the variable look-behind at every position of a long line (about 9x slower).
     */
    LINE_START_PLAIN: `(?<=^|${INDENT})(?<=^${INDENT}{0,20})`,
    /** Zero-width "right after a markdown ATX heading marker (`## `) or a blockquote marker (`> `)". */
    LINE_START_MD_HEADING: String.raw`(?<=[ \t>])(?<=^[ ]{0,3}#{1,6}[ \t]{1,8}|^[ ]{0,3}>[ ]?)`,
    /** Zero-width "only whitespace up to the end of the line". */
    TO_EOL: `(?=${INDENT}*$)`,
  };
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/**
 * The repository shared by both grammars. What differs:
 * - lineStart: zero-width regex for "a line-start construct may begin here";
 * - extraTitlePatterns: extra patterns inside heading titles (markdown's own inline rules).
 * `b` holds the building blocks (`buildingBlocks`).
 */
function makeRules(b, { lineStart, extraTitlePatterns = [] }) {
  const { INDENT, TO_EOL, DIGITS, CN_DIGIT, CN_ORDINAL, CIRCLED, OPEN_PAREN, CLOSE_PAREN, COLON } = b;
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
      match: `${lineStart}(${marker})${INDENT}*(${b.NOT_SENTENCE_END}*)(${b.SENTENCE_END})?`,
      name: SCOPES.heading(level),
      captures,
    };
  }

  const headings = [
    heading(0, `(${b.ROC_ORDINAL})${b.HEADING_MARK}`, 1, 'ROC top level 壹、 (Taiwan ladder 壹、→一、→(一)→1、→(1)).'),
    heading(1, `(${CN_ORDINAL})${b.HEADING_MARK}`, 1, 'Level 1: 一、 (一． and 一. are wrong but still headings; the linter reports them).'),
    heading(2, `${OPEN_PAREN}(${CN_ORDINAL})${CLOSE_PAREN}`, 1, 'Level 2: （一） or (一).'),
    heading(
      3,
      `(${DIGITS}{1,3})${b.HEADING_MARK}(?!${DIGITS})|(${b.DIGIT_STOP})`,
      2,
      'Level 3: 1. 1． 1、 (1、 is the ROC form) or ⒈. Not 2.5 or 1、2月 (a digit follows).',
    ),
    heading(4, `${OPEN_PAREN}(${DIGITS}{1,3})${CLOSE_PAREN}|(${b.PAREN_DIGIT})`, 2, 'Level 4: （1） or (1) or ⑴.'),
    heading(5, `(${CIRCLED})`, 1, 'Level 5: ① (circled numbers).'),
  ];

  const documentTitle = {
    comment: 'The report title on a line of its own: 政府工作报告, optionally with a year or place before it.',
    match: `${lineStart}((?:${b.YEAR})?\\p{Han}{0,12}?${b.DOCUMENT_TITLE})${TO_EOL}`,
    name: SCOPES.documentTitle,
    captures: { 1: { name: SCOPES.headingTitle } },
  };

  const notesTitleRegex =
    `(?:(${b.APPENDIX_WORD}${DIGITS}*)${INDENT}*)?` + // 1: 附件2
    `(?:(${b.ATTACHED_WORD}${COLON})${INDENT}*)?` + // 2: 附：
    `(${b.TITLE_DECORATION}*${INDENT}*(?:${b.NOTES_QUALIFIER})?${b.NOTES_WORDS}${INDENT}*${b.TITLE_DECORATION}*)` + // 3: title
    `(${COLON})?`; // 4

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
    match: `${lineStart}${b.APPENDIX_LINE}`,
    name: SCOPES.appendixTitle,
    captures: { 1: { name: SCOPES.appendixKeyword }, 2: { name: SCOPES.headingTitle, patterns: [inline] } },
  };

  const address = {
    comment: 'The address to the deputies: 各位代表： at the start, 各位代表！ before the closing.',
    match: `${lineStart}${b.ADDRESS}(?=${b.CLAUSE_MARK})`,
    name: SCOPES.address,
  };

  const target = {
    comment: 'The goal sentence: 主要预期目标是： / 主要预期目标建议为： / 主要目标是： / 主要预期目标 at the end of a line.',
    match: b.GOAL_CUE,
    name: SCOPES.target,
  };

  // The term after an explanation item's number: in brackets ([三个收官], 【…】, ［…］), or up to a colon.
  const TERM =
    '(?:' +
    [...b.TERM_BRACKETS.map(({ open, close, first, rest }) => `(${open})(${first}${rest})(${close})`), `(${b.COLON_TERM})(${COLON})`].join('|') +
    ')';
  const termCaptures = (first) => {
    const captures = {};
    let group = first;
    for (let i = 0; i < b.TERM_BRACKETS.length; i++) {
      captures[group++] = { name: SCOPES.footnotePunctuation };
      captures[group++] = { name: SCOPES.term, patterns: [{ include: '#quotes' }] };
      captures[group++] = { name: SCOPES.footnotePunctuation };
    }
    captures[group++] = { name: SCOPES.term, patterns: [{ include: '#quotes' }] };
    captures[group++] = { name: SCOPES.termSeparator };
    return captures;
  };

  const footnoteDefinition = {
    comment: 'An explanation item that starts with a bracketed number: ［1］一降三减： / [1]“三步走”战略目标：',
    match: `${lineStart}(${b.SQUARE_LABEL})${INDENT}*${TERM}?`,
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
      `${lineStart}((?:(${DIGITS}{1,3})(${b.ITEM_MARK}))|(?:(${OPEN_PAREN})(${DIGITS}{1,3})(${CLOSE_PAREN}))|(${CIRCLED}))` +
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
      comment: 'Full-width ［1］, half-width [1], web residue ^[1], markdown [^1], lenticular 【1】, tortoise-shell 〔1〕.',
      match: b.SQUARE_MARKER,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
    {
      comment: '(15) or （15） directly after a term or a closing quote; at a clause start it is an enumeration instead.',
      match: `(?=${OPEN_PAREN})${b.AFTER_TERM}(${OPEN_PAREN})(${DIGITS}{1,3})(${CLOSE_PAREN})`,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
    {
      comment: 'Superscript markers: ¹²³, ⁽¹²⁾ (not the ² of m² or an exponent after a digit).',
      match: `(?<![mM0-9])(${b.SUPERSCRIPT_OPEN})?(${b.SUPERSCRIPT_DIGIT}{1,3})(${b.SUPERSCRIPT_CLOSE})?`,
      name: SCOPES.footnote,
      captures: markerCaptures,
    },
  ];

  const enumerators = {
    comment: 'Run-in enumerators at a clause start: 一是 二要 三则, 第一，, 其一，, 首先，, （1）, (一), ①, ⑴.',
    match:
      `${b.CLAUSE_START}(?:` +
      [
        b.RUN_IN,
        b.ASPECT,
        `${b.ORDINAL_PREFIX}${CN_ORDINAL}(?=${b.COMMA})`,
        `${b.QI_PREFIX}${CN_DIGIT}{1,2}(?=${b.COMMA})`,
        `${b.SEQUENCE}(?=${b.COMMA})`,
        `${OPEN_PAREN}(?:${DIGITS}{1,2}|${CN_ORDINAL})${CLOSE_PAREN}`,
        b.PAREN_DIGIT,
      ].join('|') +
      `)|${CIRCLED}`,
    name: SCOPES.enumerator,
  };

  const quotes = {
    patterns: [
      ...b.QUOTE_PAIRS.map(({ open, close, single }) => ({
        comment: `Quotes ${open}…${close} (one line).`,
        match: `(${open})([^${open}${close}]*)(${close})`,
        name: single ? SCOPES.stringSingle : SCOPES.stringDouble,
        captures: { 1: { name: SCOPES.stringBegin }, 3: { name: SCOPES.stringEnd } },
      })),
      {
        comment: 'Straight quotes "…" as left by older web copies; short slogans only, so a stray quote does not colour a line.',
        match: '(")([^"\\n]{1,30})(")',
        name: SCOPES.stringDouble,
        captures: { 1: { name: SCOPES.stringBegin }, 3: { name: SCOPES.stringEnd } },
      },
    ],
  };

  const { NUMBER, MAGNITUDE, APPROX, UNIT, RANGE, QUALIFIER } = b;
  const figures = {
    comment:
      'A figure: number, optional 万/亿, optional unit, optional range to a second figure, then a qualifier. ' +
      '8% 8％ 5.5% 1.4万亿斤 1200万人 5%-5.5% 4.5%—5% 6%－6.5% 29微克/立方米 6.8‰ 3个百分点 5.5%左右',
    match:
      `${b.NOT_BEFORE_NUMBER}(` +
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

function plainGrammar(b) {
  const { LINE_START_PLAIN, TO_EOL } = b;
  const { repository, notesTitleRegex, notesTitleCaptures } = makeRules(b, { lineStart: LINE_START_PLAIN });
  repository['notes-section'] = {
    comment:
      'From the explanation-section title to the end of the document (or to the next 附件 line). ' +
      'Inside it, numbered lines are explanation items rather than level-3/4 headings.',
    name: SCOPES.notesSection,
    begin: `${LINE_START_PLAIN}(?:${notesTitleRegex})${TO_EOL}`,
    beginCaptures: { 0: { name: SCOPES.notesTitle }, ...notesTitleCaptures },
    end: `(?=^${b.INDENT}*${b.APPENDIX_LINE})`,
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

function injectionGrammar(b) {
  const lineStart = `(?:${b.LINE_START_PLAIN}|${b.LINE_START_MD_HEADING})`;
  const { repository } = makeRules(b, {
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

/**
 * Both grammars as plain objects, from the linter's vocabulary and its traditional → simplified converter (both as
 * `loadVocabulary()` in vocabulary.mjs returns them). Deterministic: same input, same output.
 */
export function buildGrammars(vocabulary, toSimplified) {
  const blocks = buildingBlocks(vocabulary, toSimplified);
  return {
    'govreport.tmLanguage.json': plainGrammar(blocks),
    'govreport-markdown.injection.tmLanguage.json': injectionGrammar(blocks),
  };
}

/** The exact text written to disk for a grammar object. */
export function serialize(grammar) {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
