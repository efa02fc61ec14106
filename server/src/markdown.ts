/**
 * Markdown for hovers: a draft's own text shown inside a MarkupContent must read as written.
 */

/** Backslash-escapes Markdown's ASCII punctuation, so a draft's `*`, `[1]` or `<` show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
