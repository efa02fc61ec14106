/**
 * Word drafts in the editor: the read-only 校对视图 of a .docx, and its commented copy.
 *
 * The client reads the .docx (through VS Code's file systems) and sends its bytes; the server renders them with the
 * reader (docx/read.ts) into the text the view shows, `govreport/renderDocx`. The view is a virtual document of
 * the scheme `govreport-docx`, whose query is the .docx's own URI: its settings and `.govreport.jsonc` are the
 * .docx's (`settingsScope`), so the view and the commented copy are linted alike. The text is read-only: no code
 * actions or completion are offered on it, and each diagnostic writes its fix out instead (diagnostics.ts
 * `fixInMessage`). `govreport/commentDocx` lints the rendered text and returns the copy with one comment per
 * finding (docx/comments.ts); the client saves it. Neither request keeps anything: each reads the bytes it is given.
 */
import { Buffer } from 'node:buffer';
import { lint, localizeProblem, type Language, type LintConfig } from './core/index';
import { commentsFor, DocxError, readDocx, writeComments } from './docx/index';
import type { CommentDocxMethod, CommentDocxParams, CommentDocxResult, RenderDocxMethod, RenderDocxParams, RenderDocxResult, WordViewScheme } from './protocol';

export const WORD_VIEW_SCHEME: WordViewScheme = 'govreport-docx';
export const RENDER_DOCX_METHOD: RenderDocxMethod = 'govreport/renderDocx';
export const COMMENT_DOCX_METHOD: CommentDocxMethod = 'govreport/commentDocx';

/** A document of the 校对视图: read-only, its fixes written out. */
export function isWordView(uri: string): boolean {
  return uri.startsWith(`${WORD_VIEW_SCHEME}:`);
}

/** The URI whose settings and configuration file apply: a view's .docx, any other document itself. */
export function settingsScope(uri: string): string {
  if (!isWordView(uri)) return uri;
  const query = uri.indexOf('?');
  if (query < 0) return uri;
  const fragment = uri.indexOf('#', query);
  try {
    const source = decodeURIComponent(uri.slice(query + 1, fragment < 0 ? undefined : fragment));
    return /^[a-z][\w+.-]*:/i.test(source) ? source : uri;
  } catch {
    return uri; // a malformed escape: the view's own (workspace) settings
  }
}

function bytesOf(data: unknown): Uint8Array | undefined {
  return typeof data === 'string' ? Buffer.from(data, 'base64') : undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function renderDocx(params: RenderDocxParams | undefined): RenderDocxResult {
  const bytes = bytesOf(params?.data);
  if (!bytes) return { error: 'govreport/renderDocx: params.data (base64) missing' };
  try {
    return { text: readDocx(bytes).text };
  } catch (error) {
    if (error instanceof DocxError) return { error: error.message };
    throw error;
  }
}

/** The commented copy of the .docx, its findings linted with `config` and written in `language`. */
export function commentDocx(params: CommentDocxParams | undefined, config: LintConfig, language: Language): CommentDocxResult {
  const bytes = bytesOf(params?.data);
  if (!bytes) return { error: 'govreport/commentDocx: params.data (base64) missing' };
  try {
    // Positions: where each paragraph and run stands in document.xml, for the comments.
    const docx = readDocx(bytes, { positions: true });
    const problems = lint(docx.text, { config, markdown: false }).problems.map((p) => localizeProblem(p, language));
    const copy = writeComments(bytes, docx, commentsFor(problems, language));
    return { data: Buffer.from(copy).toString('base64'), comments: problems.length };
  } catch (error) {
    if (error instanceof DocxError) return { error: message(error) };
    throw error;
  }
}
