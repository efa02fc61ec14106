/**
 * The server's own LSP extensions, as plain types: shared by the server (server/src/targets.ts) and the client
 * (client/src/targetsView.ts), which imports them with `import type` only — no code of the server reaches the
 * client bundle. Keep this file free of runtime code and of imports: it is the documented second exception to
 * "the client never imports server code" (client/src/extension.ts, client/tsconfig.json).
 *
 * Positions and ranges are LSP ones (0-based lines, UTF-16 characters), structurally the same as
 * `vscode-languageserver`'s `Range`.
 */

/** The request method; a literal type, so both sides are checked against the same string. */
export type TargetsMethod = 'govreport/targets';

/** `govreport/targets` params: the document, which must be open (didOpen) and a report or Markdown draft. */
export interface TargetsParams {
  textDocument: { uri: string };
}

export interface TargetsPosition {
  line: number;
  character: number;
}

export interface TargetsRange {
  start: TargetsPosition;
  end: TargetsPosition;
}

/** A figure's value as the engine reads it (增长6%左右 → up, 6, 6, %, 左右). */
export interface TargetValue {
  /** 增长/提高… up, 下降/降低… down, 达到/控制在/a bare number: level. */
  direction: 'up' | 'down' | 'level';
  low: number;
  /** Equals `low` unless a range is given (5%—5.5%). */
  high: number;
  /** As the engine normalises it: %, 个百分点, ‰, 元, 万元, 亿元, 万人, 微克/立方米, … */
  unit: string;
  qualifier?: '左右' | '以上' | '以内' | '以下';
}

/** A later statement of a target's indicator, in the plan part or the appendices. */
export interface TargetMention {
  /** As written: the indicator's name and the value (地区生产总值增长7%左右). */
  text: string;
  /** The value alone, as written (增长7%左右): what the view shows under its target. */
  valueText: string;
  /** From the name to the end of the value. */
  range: TargetsRange;
  /** Same direction, value or range, unit and qualifier as the target: no `target-mismatch` here. */
  agrees: boolean;
}

export interface TargetInfo {
  /** Canonical indicator name (地区生产总值; 城镇居民人均可支配收入 for 城镇、农村居民人均可支配收入分别增长…). */
  indicator: string;
  /** As written in the 主要预期目标 paragraph: name and value (地区生产总值增长6%左右). */
  text: string;
  range: TargetsRange;
  value: TargetValue;
  /**
   * Every later statement that the target-mismatch rule compares with this target, in document order. Statements
   * of another kind (an amount, 达到1000亿元, where the target is a growth rate) are not listed; the hover on them
   * says so.
   */
  mentions: TargetMention[];
}

export interface TargetsResult {
  /** Empty when the draft has no 主要预期目标 paragraph, or the document is not open, not a draft, or linting is off. */
  targets: TargetInfo[];
  /** The document version the result was computed for; absent with an empty result for an unknown document. */
  version?: number;
}

// ---- Word drafts: the read-only 校对视图 of a .docx (server/src/wordView.ts, client/src/wordView.ts) ----

/** The scheme of the view's documents: `govreport-docx:<the .docx's path>（校对视图）?<the .docx's URI>`. */
export type WordViewScheme = 'govreport-docx';
export type RenderDocxMethod = 'govreport/renderDocx';
export type CommentDocxMethod = 'govreport/commentDocx';

/** `govreport/renderDocx` params: the .docx's bytes, base64; the client reads the file (any file system). */
export interface RenderDocxParams {
  data: string;
}

/** The text the engine lints (one line per paragraph, notes last), or why the file cannot be read. */
export type RenderDocxResult = { text: string } | { error: string };

/**
 * `govreport/commentDocx` params: the .docx (its URI names the settings and the `.govreport.jsonc` that apply, as
 * for its view) and its bytes, base64.
 */
export interface CommentDocxParams {
  uri: string;
  data: string;
}

/** The commented copy, base64, and how many comments it holds; or why it could not be written. */
export type CommentDocxResult = { data: string; comments: number } | { error: string };
