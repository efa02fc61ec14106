/**
 * The ordinal forms of headings and run-in enumerations, and the ladder they stand on (GB/T 9704 §7.3.3, GB/T 15834
 * B.3.8): 一、 > （一） > 1. > （1） > ①, and the ROC top level 壹、 above 一、 (Taiwan: 壹、一、(一) 1、(1)).
 */
import { CAPITAL_ORDINAL, CHINESE_ORDINAL, CIRCLED, DIGIT, ORDINAL_DIGITS, PARENTHESIZED_NUMBERS } from './numerals';

/** ⑴ … ⒇ as a character class. */
const PARENTHESIZED = `[\\u${PARENTHESIZED_NUMBERS[0].toString(16)}-\\u${PARENTHESIZED_NUMBERS[1].toString(16)}]`;

/** How an ordinal is written. Its rank on the ladder follows from it (see `RANK`). */
export type OrdinalStyle = 'capital' | 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** GB/T 15834 B.3.8: 一、 > （一） > 1. > （1） > ①; the ROC ladder puts 壹、 above 一、. */
export const RANK: Readonly<Record<OrdinalStyle, number>> = {
  capital: 0,
  chinese: 1,
  'chinese-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
};

/** The style of each rank, and how a heading of that rank is written in the mainland ladder (for messages). */
export const LADDER: readonly { style: OrdinalStyle; example: string }[] = [
  { style: 'capital', example: '壹、' },
  { style: 'chinese', example: '一、' },
  { style: 'chinese-paren', example: '（一）' },
  { style: 'arabic', example: '1.' },
  { style: 'arabic-paren', example: '（1）' },
  { style: 'circled', example: '①' },
];

/** The mark after an unbracketed ordinal, as the standard wants it: 一、 (B.3.2), 1. (B.3.3); ROC writes 1、. */
export const ORDINAL_MARK = { chinese: '、', capital: '、', arabic: '.', rocArabic: '、' } as const;
/** Every mark an ROC-style Arabic ordinal may take (1、 1. 1．). */
export const ROC_ARABIC_MARKS = ['、', '.', '．'];
/** The brackets a bracketed ordinal is written with in the mainland ladder: full width (B.3, N5). */
export const FULL_WIDTH_BRACKETS = ['（', '）'] as const;
export const HALF_WIDTH_BRACKETS = ['(', ')'] as const;

/**
 * An ordinal at the start of a line (sticky). Groups: capital and its mark; Chinese and its mark; bracketed Chinese
 * (open, numeral, close); Arabic and its mark; bracketed Arabic (open, numeral, close); circled. A space may stand
 * inside the brackets ((一 ) is a copy's damage); 2.5 and 1．5 are numbers, not ordinals.
 */
export const HEADING_ORDINAL = new RegExp(
  `(${CAPITAL_ORDINAL})([、，,．.])` +
    `|(${CHINESE_ORDINAL})([、，,．]|\\.(?![0-9]))` +
    `|([（(])[ \\u3000]?(${CHINESE_ORDINAL})[ \\u3000]?([）)])` +
    `|(${DIGIT}{1,2})(\\.(?![0-9])|．(?![0-9０-９])|、)` +
    `|([（(])[ \\u3000]?(${DIGIT}{1,2})[ \\u3000]?([）)])` +
    `|(${CIRCLED})`,
  'y',
);

/**
 * The rest of a bracketed ordinal whose opening bracket a copy left alone on the line above (33: 「（」 / 「三）改革开放…」),
 * sticky. Groups: Chinese numeral, Arabic numeral, closing bracket.
 */
export const BRACKETED_ORDINAL_REST = new RegExp(`[ \\u3000]?(?:(${CHINESE_ORDINAL})|(${DIGIT}{1,2}))[ \\u3000]?([）)])`, 'y');
/** The opening brackets of a bracketed ordinal, both widths. */
export const ORDINAL_OPENING_BRACKETS = '（(';
/**
 * An Arabic ordinal whose title opens with digits (58: 「21.123制造业体系：…」 after 「20.…」), sticky: read as an ordinal
 * only where it continues the list above. Groups: numeral, mark.
 */
export const ORDINAL_BEFORE_DIGITS = new RegExp(`(${DIGIT}{1,2})([.．])(?=${DIGIT})`, 'y');
/**
 * What after those digits makes them a figure, not a title (2.5万人次, 2.5%, 2.5亿元): a unit, a magnitude, a decimal
 * point or a further digit group.
 */
export const FIGURE_AFTER_DIGITS = '%％‰.．万亿千百元个倍';

/**
 * A paragraph that announces the list below it (今年要重点做好以下八个方面工作。, 主要做了以下工作。): a heading numbered 1
 * after it opens a second list under the same parent, as after a colon. Matched on the normalised view of the
 * paragraph's last sentence.
 */
export const LIST_ANNOUNCEMENT = /以下|如下|[0-9一二三四五六七八九十两]{1,2}个?方面/;

/** Wrong punctuation that may follow a bracketed ordinal (B.3.4: nothing may), sticky. */
export const AFTER_BRACKETED_ORDINAL = /[、，,．.：:]/y;
/** What may not open a heading's title: a unit sign (8%) makes `1、8%` a figure. */
export const NOT_A_TITLE_START = '%％';

/**
 * Run-in enumerators: 一是/一要 (numeral + 是|要), 第一 before a comma, （1）, ①, ⑴. Groups: numeral, 是|要; numeral;
 * digits; circled; parenthesized (⑴ … ⒇, one character). A copy's stray space may stand inside one (42: 「三 是」,
 * 「第 二，」).
 */
export const RUN_IN_ENUMERATOR = new RegExp(
  `(${CHINESE_ORDINAL})[ \u3000]?([是要])|第[ \u3000]?(${CHINESE_ORDINAL})(?=[，,、：:；])|[（(](${DIGIT}{1,2})[）)]|(${CIRCLED})|(${PARENTHESIZED})`,
  'g',
);
/** 是 (一是…) and 要 (一要…): the two run-in kinds of numeral + word. */
export const RUN_IN_SHI = '是';
/**
 * What may stand before a run-in enumerator: clause punctuation, a closing bracket, an ideographic space or Markdown
 * emphasis, or nothing (paragraph start). Not a plain space: `(23) (21)` is a flattened table row.
 */
export const ENUMERATOR_BOUNDARY = '。；;：:，,、！？!?）)】」』\u3000*';

/** A table caption (表1、…, 表 2 …) after which PDF copies flatten table rows into numbered-looking lines. */
export const TABLE_CAPTION = new RegExp(`^表\\s*[0-9０-９${ORDINAL_DIGITS}]+\\s*[、.．:：\\s]`);

/**
 * The marks after an unbracketed ordinal that make a line a heading in the grammar (syntaxes/src/govreport.grammar.mjs):
 * 一、 壹、 1、 and the points of 1. 1． (一． and 一. are wrong, but still headings; heading-punctuation reports them).
 * HEADING_ORDINAL also reads ， and , after a numeral, to report them; the grammar does not colour 一，… as a heading.
 */
export const HEADING_MARKS = '、．.';
/**
 * The words after a numeral that make a run-in enumerator the grammar colours: 一是, 二要, 三则, 一来 … The linter
 * counts 是 and 要 (RUN_IN_ENUMERATOR, RUN_IN_SHI).
 */
export const RUN_IN_WORDS = ['是', '要', '则', '来'];
/** 一方面 … 另一方面 …: the two halves of a two-sided enumeration, coloured as enumerators by the grammar. */
export const ASPECT_ENUMERATORS = ['一方面', '另一方面'];
/** 首先，其次，再次，最后，: words that enumerate before a comma, coloured as enumerators by the grammar. */
export const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后'];
/** 第 before a Chinese ordinal (第一，第二，): a run-in enumerator before a comma. */
export const ORDINAL_PREFIX = '第';
/** 其 before a numeral (其一，其二，): a run-in enumerator before a comma, coloured by the grammar. */
export const QI_PREFIX = '其';
