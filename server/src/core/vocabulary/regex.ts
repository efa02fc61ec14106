/**
 * Building regular expressions from word lists. The vocabulary keeps words and characters as data; the patterns the
 * facts readers use are made from them here and in `patterns.ts`, and the grammar generator makes its Oniguruma
 * patterns from the same lists.
 */

/** Escapes the characters that are special in a regular expression (JavaScript and Oniguruma alike). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** `(?:a|b|c)`, longest first so that an alternation picks the longest word at a position; ties by code point. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/**
 * `[abc]` of the characters of a string (each code unit once). `[` is escaped too: JavaScript reads it as itself, but
 * Oniguruma (the grammar's engine) would open a nested class.
 */
export function charClass(chars: string): string {
  return `[${[...new Set(chars)].map((c) => c.replace(/[\\[\]^-]/g, '\\$&')).join('')}]`;
}

/** `[^abc]` of the characters of a string (escaped as in `charClass`). */
export function notCharClass(chars: string): string {
  return `[^${[...new Set(chars)].map((c) => c.replace(/[\\[\]^-]/g, '\\$&')).join('')}]`;
}
