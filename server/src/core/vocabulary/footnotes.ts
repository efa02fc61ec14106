/**
 * Footnotes (domain.md §4): how markers are written in the body (“一降三减”［1］, 三个圆满收官[1], 战略目标^[1], 治理六乱
 * (15), 建设¹⁷) and how items are numbered in the explanation section (［1］, [1], 1., 1．, 1、, （1）, ①). Read on the
 * original text: the form is what footnote-style compares, so both widths are listed.
 */
import { SUPERSCRIPT_DIGITS } from './numerals';

/** How a marker or an item number is written. */
export type FootnoteForm =
  | 'fullwidth-square' // ［1］
  | 'square' // [1]
  | 'caret' // ^[1] (a web superscript's residue) or [^1] (Markdown)
  | 'paren' // (1)
  | 'fullwidth-paren' // （1）
  | 'superscript' // ¹ ⁽¹⁾
  | 'circled' // ①
  | 'dot' // 1.
  | 'fullwidth-dot' // 1．
  | 'comma'; // 1、

/** The square-bracket forms: body and notes should agree on one of them. */
export const SQUARE_FORMS: readonly FootnoteForm[] = ['fullwidth-square', 'square', 'caret'];

/** A number in each form (`［3］`, `[3]`, `3.`, …); circled numbers stop at ⑳. */
export function formatFootnote(form: FootnoteForm, number: number): string {
  switch (form) {
    case 'fullwidth-square':
      return `［${number}］`;
    case 'square':
      return `[${number}]`;
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
  }
}

const SUPERSCRIPT = `[${SUPERSCRIPT_DIGITS}]`;
/**
 * A marker in the body. Groups: 1 digits of ［n］ (a space may stand inside); 2 ^ and 3 ^ of ^[n] / [^n], 4 their
 * digits; 5 open, 6 digits, 7 close of (n) / （n）; 8 superscript digits; 9 those of ⁽ⁿ⁾.
 */
export const MARKER = new RegExp(
  `［\\s?([0-9０-９]{1,3})\\s?］|(\\^?)\\[(\\^?)([0-9]{1,3})\\]|([（(])([0-9０-９]{1,2})([）)])|(${SUPERSCRIPT}{1,3})(?!${SUPERSCRIPT})|⁽(${SUPERSCRIPT}{1,3})⁾`,
  'g',
);
/** What may stand right before a marker written with round brackets or as a superscript: the end of a term. */
export const TERM_END = /[\u3400-\u9fff\uf900-\ufaff”’」』》】A-Za-z0-9%％]/;
/** Marks that end the search for a term backwards from its marker. */
export const TERM_START = /[，,。；;：:、！？!?\s\u3000（(“「『]/;
/** The longest term read before a marker (its quotation aside). */
export const MAX_TERM = 24;
/** The longest quotation taken for a marker's term (“两个基地、两个枢纽、两个网络”［10］). */
export const MAX_QUOTED_TERM = 40;

/**
 * An item number at the start of a line of the explanation section (sticky). Groups: 1 ［n］; 2 [n]; 3 digits and
 * 4 mark of n. / n． / n、; 5 open and 6 digits of （n） / (n); 7 circled.
 */
export const ITEM_LABEL = /［\s?([0-9０-９]{1,3})\s?］|\[([0-9]{1,3})\]|([0-9０-９]{1,3})([.．、])|([（(])([0-9０-９]{1,3})[）)]|([\u2460-\u2473])/y;
/** A term named in brackets right after an item's number (24: 1.[三个收官]即…). */
export const BRACKETED_TERM = /^[\[【［]([^\]】］]{1,30})[\]】］]/;
/** The colon between an item's term and its explanation. */
export const TERM_COLON = /[：:]/;
/** The longest term read before an item's colon. */
export const MAX_ITEM_TERM = 40;
/** Characters dropped when two terms are compared: quotes, brackets, spaces, colons, list commas, emphasis. */
export const TERM_NOISE = /[“”"‘’'「」『』《》〈〉【】[\]［］()（）\s\u3000：:、，,*_]/g;
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
