/** Problems → the text and JSON outputs. */
import type { Problem, ReportedSeverity } from '../../server/src/core/index';
import type { DocxText } from '../../server/src/docx/index';
import { docxLocation, type DocxLocation } from './docx';
import { LineIndex, type Range } from './positions';

export interface FileResult {
  /** The path as given on the command line. */
  file: string;
  text: string;
  problems: Problem[];
  docx?: DocxText;
}

export interface JsonProblem {
  ruleId: string;
  severity: ReportedSeverity;
  message: string;
  /** In the text read (for a .docx, the text rendered from it: its lines are the rendered paragraphs). */
  range: Range;
  /** A .docx: the paragraph (段落N) or note, the run, and the words around the finding. */
  docx?: DocxLocation;
  related: { message: string; range: Range; docx?: DocxLocation }[];
}

export function toJson(results: readonly FileResult[]): { file: string; problems: JsonProblem[] }[] {
  return results.map(({ file, text, problems, docx }) => {
    const index = new LineIndex(text);
    const where = (offset: number, length: number) => (docx ? { docx: docxLocation(docx, offset, length) } : {});
    return {
      file,
      problems: problems.map((p) => ({
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        range: index.rangeOf(p.offset, p.length),
        ...where(p.offset, p.length),
        related: (p.related ?? []).map((r) => ({ message: r.message, range: index.rangeOf(r.offset, r.length), ...where(r.offset, r.length) })),
      })),
    };
  });
}

/**
 * `file:line:col severity rule-id message`, 1-based line and column (UTF-16 code units); for a .docx
 * `file:段落N severity rule-id message（原文：…words around「the finding」…）`.
 */
export function toTextLines(result: FileResult): string[] {
  const docx = result.docx;
  if (docx) {
    return result.problems.map((p) => {
      const where = docxLocation(docx, p.offset, p.length);
      return `${result.file}:${where.label} ${p.severity} ${p.ruleId} ${oneLine(p.message)}（原文：${where.context}）`;
    });
  }
  const index = new LineIndex(result.text);
  return result.problems.map((p) => {
    const { line, character } = index.positionAt(p.offset);
    return `${result.file}:${line + 1}:${character + 1} ${p.severity} ${p.ruleId} ${oneLine(p.message)}`;
  });
}

const SEVERITY_NAMES: [ReportedSeverity, string][] = [
  ['error', '错误'],
  ['warning', '警告'],
  ['info', '信息'],
  ['hint', '提示'],
];

/** `3 个问题（1 个错误，2 个警告）`. */
export function summary(problems: readonly Problem[]): string {
  if (problems.length === 0) return '0 个问题';
  const parts = SEVERITY_NAMES.map(([severity, name]) => [problems.filter((p) => p.severity === severity).length, name] as const)
    .filter(([count]) => count > 0)
    .map(([count, name]) => `${count} 个${name}`);
  return `${problems.length} 个问题（${parts.join('，')}）`;
}

function oneLine(message: string): string {
  return message.replace(/\r\n|[\r\n]/g, ' ');
}
