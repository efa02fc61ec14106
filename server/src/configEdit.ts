/**
 * Writing into a configuration file while keeping its comments and layout: jsonc-parser's `modify` computes the
 * smallest edits (offset, length, text) that add a suppression or a rule level for one draft. The server turns them
 * into a WorkspaceEdit (codeActions.ts), so the editor applies them, can undo them and saves the file.
 */
import { applyEdits, modify, parse, type Edit, type FormattingOptions } from 'jsonc-parser';
import type { FileSuppression, RuleId, Severity } from './core/index';

/** What a configuration file created by the server (to hold its first suppression) opens with. */
export const NEW_CONFIG_HEADER =
  '// 政府工作报告校对的配置文件：对本文件夹及其子文件夹中的草稿生效（离草稿最近的一个配置文件生效）。\n' +
  '// 这里的值优先于 VS Code 设置 govreport.*；命令行 govreport-lint 也读取它。输入时有补全和校验。\n' +
  '{\n}\n';

function formatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Indent as the file does (its first indented line), two spaces otherwise.
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol };
}

/** The edits that append `suppression` to `suppressions` (created if missing). Empty when it is already there. */
export function addSuppressionEdits(text: string, suppression: FileSuppression): Edit[] {
  const current = safeParse(text);
  const existing = Array.isArray(current?.suppressions) ? (current.suppressions as unknown[]) : [];
  if (existing.some((s) => isSame(s, suppression))) return [];
  const value: Record<string, string> = { rule: suppression.rule, text: suppression.text };
  if (suppression.file !== undefined) value.file = suppression.file;
  if (current?.suppressions !== undefined && !Array.isArray(current.suppressions)) {
    return modify(text, ['suppressions'], [value], { formattingOptions: formatting(text) });
  }
  return modify(text, ['suppressions', -1], value, { formattingOptions: formatting(text), isArrayInsertion: true });
}

/** The edits that set `files.<file>.rules.<rule>` to `severity`. */
export function setFileRuleEdits(text: string, file: string, rule: RuleId, severity: Severity): Edit[] {
  return modify(text, ['files', file, 'rules', rule], severity, { formattingOptions: formatting(text) });
}

/** A new configuration file holding what `edits` (computed on `NEW_CONFIG_HEADER`) write. */
export function newConfigText(make: (text: string) => Edit[]): string {
  return applyEdits(NEW_CONFIG_HEADER, make(NEW_CONFIG_HEADER));
}

function safeParse(text: string): Record<string, unknown> | undefined {
  const value: unknown = parse(text, [], { allowTrailingComma: true });
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function isSame(entry: unknown, suppression: FileSuppression): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const { rule, text, file } = entry as Record<string, unknown>;
  return rule === suppression.rule && text === suppression.text && file === suppression.file;
}
