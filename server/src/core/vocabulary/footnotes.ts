/**
 * Footnotes (domain.md §4): how markers are written in the body (“一降三减”［1］, 三个圆满收官[1], 战略目标^[1], “两品一标”
 * 【2】, 两不愁三保障〔1〕, 治理六乱(15), 建设¹⁷, the digitiser's 硫＠①) and how items are numbered in the explanation
 * section (［1］, [1], 【1】, 〔1〕, 1., 1．, 1、, （1）, ①, ＠①). Read on the original text: the form is what
 * footnote-style compares, so both widths are listed.
 */
import { charClass } from './regex';
import { CIRCLED, DIGIT, SUPERSCRIPT_DIGITS } from './numerals';

/** How a marker or an item number is written. */
export type FootnoteForm =
  | 'fullwidth-square' // ［1］
  | 'square' // [1]
  | 'lenticular' // 【1】 (49)
  | 'tortoise' // 〔1〕 (51, 52)
  | 'caret' // ^[1] (a web superscript's residue) or [^1] (Markdown)
  | 'paren' // (1)
  | 'fullwidth-paren' // （1）
  | 'superscript' // ¹ ⁽¹⁾
  | 'circled' // ①
  | 'glyph' // ＠① a digitiser's note on a character missing from the font (28, 29), not a glossary entry
  | 'dot' // 1.
  | 'fullwidth-dot' // 1．
  | 'comma'; // 1、

/**
 * The brackets a footnote number stands in, as markers and item labels write them, each pair with its form. Square
 * and the other closed pairs (［］ [] 【】 〔〕) write markers wherever they stand after the first character of a
 * line; round ones (（）()) also write list enumerators, and are read as markers only as a series (facts/footnotes.ts).
 */
export interface FootnoteBracket {
  open: string;
  close: string;
  form: FootnoteForm;
  /** Round brackets: (1) is also a list's enumerator. */
  round: boolean;
}
export const FOOTNOTE_BRACKETS: readonly FootnoteBracket[] = [
  { open: '［', close: '］', form: 'fullwidth-square', round: false },
  { open: '[', close: ']', form: 'square', round: false },
  { open: '【', close: '】', form: 'lenticular', round: false },
  { open: '〔', close: '〕', form: 'tortoise', round: false },
  { open: '（', close: '）', form: 'fullwidth-paren', round: true },
  { open: '(', close: ')', form: 'paren', round: true },
];
/** The bracket a form is written with, by its opening character. */
export const FOOTNOTE_BRACKET_BY_OPEN: ReadonlyMap<string, FootnoteBracket> = new Map(FOOTNOTE_BRACKETS.map((b) => [b.open, b]));

/**
 * The forms written in closed brackets (［n］ [n] ^[n] 【n】 〔n〕): when the body writes one and the notes another
 * (body ［n］, notes [n]: 19, 54), the two should agree.
 */
export const SQUARE_FORMS: readonly FootnoteForm[] = ['fullwidth-square', 'square', 'caret', 'lenticular', 'tortoise'];
/** The forms written in round brackets: also a list's enumerators. */
export const ROUND_FORMS: readonly FootnoteForm[] = ['paren', 'fullwidth-paren'];
/** What stands before a circled number in a digitiser's note on a missing character (＠①原字石右加安). */
export const GLYPH_MARK = '＠';

/** A number in each form (`［3］`, `[3]`, `3.`, …); circled numbers stop at ⑳. */
export function formatFootnote(form: FootnoteForm, number: number): string {
  switch (form) {
    case 'fullwidth-square':
      return `［${number}］`;
    case 'square':
      return `[${number}]`;
    case 'lenticular':
      return `【${number}】`;
    case 'tortoise':
      return `〔${number}〕`;
    case 'caret':
      return `^[${number}]`;
    case 'paren':
      return `(${number})`;
    case 'fullwidth-paren':
      return `（${number}）`;
    case 'superscript':
      return String(number).replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!);
    case 'circled':
      return number >= 1 && number <= 20 ? String.fromCharCode(0x2460 + number - 1) : `(${number})`;
    case 'dot':
      return `${number}.`;
    case 'fullwidth-dot':
      return `${number}．`;
    case 'comma':
      return `${number}、`;
    case 'glyph':
      return number >= 1 && number <= 20 ? GLYPH_MARK + String.fromCharCode(0x2460 + number - 1) : `${GLYPH_MARK}${number}`;
  }
}

const SUPERSCRIPT = `[${SUPERSCRIPT_DIGITS}]`;
const OPENS = charClass(FOOTNOTE_BRACKETS.map((b) => b.open).join(''));
const CLOSES = charClass(FOOTNOTE_BRACKETS.map((b) => b.close).join(''));
/** Spaces a number may have inside its brackets (［ 1 ］, “六稳” ［4］). */
const INNER_SPACE = '[ \\u3000]?';
/**
 * A marker in the body. Groups: 1 a caret before the bracket (^[n]), 2 the opening bracket, 3 a caret inside ([^n]),
 * 4 the digits, 5 the closing bracket (the caller checks that it closes the opening one); 6 superscript digits; 7 those
 * of ⁽ⁿ⁾; 8 the circled number of ＠①.
 */
export const MARKER = new RegExp(
  `(\\^?)(${OPENS})${INNER_SPACE}(\\^?)(${DIGIT}{1,3})${INNER_SPACE}(${CLOSES})` +
    `|(?<![mM0-9０-９])(${SUPERSCRIPT}{1,3})(?!${SUPERSCRIPT})|⁽(${SUPERSCRIPT}{1,3})⁾|${GLYPH_MARK}(${CIRCLED})`,
  'g',
);
/** The most digits a marker in round brackets has: (15) is a marker, (104) a table's figure, (2020) a year. */
export const MAX_ROUND_DIGITS = 2;
/** What may stand right before a marker written with round brackets or as a superscript: the end of a term. */
export const TERM_END = /[\u3400-\u9fff\uf900-\ufaff”’」』》】A-Za-z0-9%％]/;
/** Marks that end the search for a term backwards from its marker. */
export const TERM_START = /[，,。；;：:、！？!?\s\u3000（(“「『]/;
/** The longest term read before a marker (its quotation aside). */
export const MAX_TERM = 24;
/** The longest quotation taken for a marker's term (“两个基地、两个枢纽、两个网络”［10］). */
export const MAX_QUOTED_TERM = 40;

/**
 * An item number at the start of a line of the explanation section (sticky). Groups: 1 opening bracket, 2 digits,
 * 3 closing bracket of ［n］ [n] 【n】 〔n〕 （n） (n); 4 digits and 5 mark of n. / n． / n、 (a digit may follow: 3．10种
 * 有色金属, 21.123制造业体系; the reader tells 2.5亿元 by the number); 6 circled; 7 the circled number of ＠①.
 */
export const ITEM_LABEL = new RegExp(
  `(${OPENS})${INNER_SPACE}(${DIGIT}{1,3})${INNER_SPACE}(${CLOSES})|(${DIGIT}{1,3})([.．、])|(${CIRCLED})|${GLYPH_MARK}(${CIRCLED})`,
  'y',
);
/** A term named in brackets right after an item's number (24: 1.[三个收官]即…). */
export const BRACKETED_TERM = /^[\[【［]([^\]】］]{1,30})[\]】］]/;
/** The colon between an item's term and its explanation. */
export const TERM_COLON = /[：:]/;
/** The longest term read before an item's colon. */
export const MAX_ITEM_TERM = 40;
/** Characters dropped when two terms are compared: quotes, brackets, spaces, colons, list commas, emphasis. */
export const TERM_NOISE = /[“”"‘’'「」『』《》〈〉【】〔〕[\]［］()（）\s\u3000：:、，,*_]/g;
/** Opening quotes of a quoted term (“两新”) and their closers. */
export const TERM_QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' };

/** A bracket a marker number is typed after, the bracket that closes it, and the marker's form. */
export interface TypedMarkerBracket {
  open: string;
  close: string;
  form: FootnoteForm;
  /** The form when a caret stands right before the opening bracket (^[1]). */
  withCaret?: FootnoteForm;
}

/**
 * The brackets a marker is typed with, in the order the editor announces them as completion triggers: ［n］, [n]
 * (^[n] after a caret), (n), （n）. Superscripts and circled numbers are not typed after a bracket.
 */
export const TYPED_MARKER_BRACKETS: readonly TypedMarkerBracket[] = [
  { open: '［', close: '］', form: 'fullwidth-square' },
  { open: '[', close: ']', form: 'square', withCaret: 'caret' },
  { open: '(', close: ')', form: 'paren' },
  { open: '（', close: '）', form: 'fullwidth-paren' },
];
/** What turns a typed [n] into ^[n] (a web superscript's residue). */
export const MARKER_CARET = '^';

/** The superscript brackets of a marker written ⁽¹²⁾. */
export const SUPERSCRIPT_BRACKETS = '⁽⁾';
/** The longest term named in brackets after an item's number, as BRACKETED_TERM reads it (1.[三个收官]即…). */
export const MAX_BRACKETED_TERM = 30;
