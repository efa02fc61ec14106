/**
 * Punctuation as reports use it (GB/T 15834): the marks that end sentences and clauses, quotes and brackets, in
 * both widths. The normalised view (source/normalize.ts) already writes full-width digits, ％ and （） as ASCII, so
 * what is read there needs only one form of those; what is read in the original text lists both.
 */

/** Marks that end a sentence. */
export const SENTENCE_ENDS = '。！？!?';
/** Marks that end a sentence or a clause in a run-on list: 。；！？ */
export const SENTENCE_OR_SEMICOLON = '。；;！？!?';
/** Marks that end a clause (comma included). */
export const CLAUSE_ENDS = '。；;！？!?，,';
/** Every mark that separates clauses or list items: ，。；：、！？ in both widths. */
export const CLAUSE_MARKS = '，,。；;：:、！？!?';
export const COLONS = '：:';
/** The enumeration comma of a list: A、B、C. */
export const LIST_COMMA = '、';

/** Quotation marks: the opening one → its closing one. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
export const OPENING_QUOTES = Object.keys(QUOTE_PAIRS).join('');
export const CLOSING_QUOTES = Object.values(QUOTE_PAIRS).join('');
/** Every opening bracket or quote, both widths: “‘「『（(《【〔[ */
export const OPENERS = '“‘「『（(《【〔[［';
/** Every closing bracket or quote, both widths, in the order of OPENERS. */
export const CLOSERS = '”’」』）)》】〕]］';
/** Round brackets, both widths. */
export const ROUND_OPEN = '（(';
export const ROUND_CLOSE = '）)';
/** The brackets that may hold a bracketed term (1.[三个收官]即…): [ 【 ［ and their closers. */
export const TERM_BRACKETS_OPEN = '[【［';
export const TERM_BRACKETS_CLOSE = ']】］';
/** Spaces inside a line: ASCII and ideographic. */
export const SPACES = ' \u3000';
/** Range connectors between two figures: 5%-5.5%, 4.5%—5%, 6%－6.5%, 30～40, 3至5. */
export const RANGE_CONNECTORS = '-—－～~至到';
/** The Markdown emphasis characters that may close a bold heading (**一、…**). */
export const EMPHASIS = '*_';
/** Commas, both widths: what follows 第一 or 首先 when they enumerate. */
export const COMMAS = '，,';
/** The single quotation marks (‘…’, inside “…”): the grammar scopes them as single-quoted strings, the other pairs as double. */
export const SINGLE_QUOTES = '‘’';
/** The marks around a title of a work or document: 《政府工作报告》. */
export const BOOK_TITLE_MARKS = '《》';
