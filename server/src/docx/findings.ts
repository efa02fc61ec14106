/**
 * Findings as Word comments (批注): each comment's paragraphs are the message, then the fix written out
 * (建议：…), since a reader of the .docx cannot apply a quick fix. Used by the CLI's `--comments` and the editor's
 * 导出带批注的副本 alike, so both write the same comments.
 */
import { suggestedFixText, type Language, type Problem } from '../core/index';
import type { DocxComment } from './comments';

/** One comment per problem, in order; the problems are in `language` already (`localizeProblem`). */
export function commentsFor(problems: readonly Problem[], language: Language): DocxComment[] {
  return problems.map((problem) => {
    const fix = suggestedFixText(problem, language);
    return { offset: problem.offset, length: problem.length, paragraphs: fix === undefined ? [problem.message] : [problem.message, fix] };
  });
}
