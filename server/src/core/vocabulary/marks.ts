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

/**
 * The half-width marks that Chinese text writes full-width (GB/T 15834—2011 5.1.1–5.1.3: each takes one character's
 * place), with the full-width mark a fix writes. Straight quotes have two full-width forms (opening and closing),
 * chosen by their position: `STRAIGHT_QUOTES`.
 */
export const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Straight quotes and the curly pair each becomes in Chinese text: "两重" → “两重”, '两新' → ‘两新’. */
export const STRAIGHT_QUOTES: Readonly<Record<string, readonly [string, string]>> = { '"': ['“', '”'], "'": ['‘', '’'] };
/** Every half-width mark `punctuation-width` reads, as a sticky-free global pattern's class. */
export const HALF_WIDTH_MARKS = ',;:?!()"\'';
/**
 * The families of half-width marks, each with the full-width marks that count as its other form: a draft writes a
 * family one way by habit (a web copy: every comma half-width), or slips once.
 */
export const WIDTH_FAMILIES: readonly { id: 'points' | 'brackets' | 'quotes'; half: string; full: string }[] = [
  { id: 'points', half: ',;:?!', full: '，；：？！' },
  { id: 'brackets', half: '()', full: '（）' },
  { id: 'quotes', half: '"\'', full: '“”‘’' },
];
/**
 * Code units that belong to Chinese text around a mark: CJK punctuation (、。〃〈〉《》「」『』【】〔〕〖〗〘〙〜 and
 * U+3000), full-width forms' punctuation (！＂＃％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～), curly quotes, the
 * dash and ellipsis of Chinese text (— …) and the middle dot. Han characters are tested apart (by code point).
 */
export const CHINESE_PUNCTUATION = '\u3000、。〃〈〉《》「」『』【】〔〕〖〗〘〙〜！＂＃％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｟｠“”‘’—…·';
/** A web address or an e-mail address in running text: its marks (http:, ?q=, (…) in a path) are not Chinese text's. */
export const WEB_ADDRESS = /(?:(?:https?|ftp):\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * Characters of a question (吗, 呢, 怎么, 什么, 为何, 谁, 哪, 难道, 岂): a half-width ? after Chinese text is a question
 * mark when the clause before it asks, or when it ends the line; otherwise it stands for a character a copy could not
 * decode (英利?蠡县).
 */
export const QUESTION_CHARS = '吗嗎呢么麼何谁誰哪怎什难難岂豈';
/** Marks that end a clause, in both widths: where the clause of a question mark starts. */
export const CLAUSE_STARTS_AFTER = '。，；：！？,;:!?、';
/**
 * The paired marks whose pairing `paired-marks` checks (GB/T 15834: quotation marks, brackets, book-title marks):
 * each opener with its closer, and the family both belong to. The half-width ( ) [ ] belong to the families of （）
 * and ［］ so that a pair written in two widths, （一), is read as a pair (its width is punctuation-width's business);
 * a half-width mark alone is never reported.
 */
export const PAIR_FAMILIES: readonly { family: string; open: string; close: string; quote: boolean; ascii?: true }[] = [
  { family: 'double', open: '“', close: '”', quote: true },
  { family: 'single', open: '‘', close: '’', quote: true },
  { family: 'corner', open: '「', close: '」', quote: true },
  { family: 'white-corner', open: '『', close: '』', quote: true },
  { family: 'round', open: '（', close: '）', quote: false },
  { family: 'round', open: '(', close: ')', quote: false, ascii: true },
  { family: 'book', open: '《', close: '》', quote: false },
  { family: 'book-single', open: '〈', close: '〉', quote: false },
  { family: 'tortoise', open: '〔', close: '〕', quote: false },
  { family: 'square', open: '［', close: '］', quote: false },
  { family: 'square', open: '[', close: ']', quote: false, ascii: true },
  { family: 'lenticular', open: '【', close: '】', quote: false },
];
/** Every paired mark of PAIR_FAMILIES: one scan of the text finds them all. */
export const PAIR_MARK = /[“”‘’「」『』（）()《》〈〉〔〕［］[\]【】]/g;
/**
 * What may stand before a closing bracket that closes no opener and is an enumerator, not a slip: 1）2）, a）, 一）,
 * at the start of a line or after a clause mark or a space (：1）…；2）…). Read on the text just before the bracket.
 */
export const ENUMERATOR_BEFORE_CLOSER = /(?:^|[\s\u3000，,、；;：:。！？!?（(）)])(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3}|[①-⑳])$/;
/**
 * Marks that end a paragraph's last line when the paragraph is complete: 。！？；： (both widths), optionally followed
 * by closing quotes or brackets (。” 。）). A line that ends otherwise runs on into the next (a web copy broke it).
 */
export const PARAGRAPH_END_MARKS = '。！？；：!?;:';
export const TRAILING_CLOSERS = '”’」』）)】》〕］]';
