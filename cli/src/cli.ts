/**
 * `govreport-lint [--format text|json] [--config FILE] [--fix] [--quiet] FILE...`
 * Exit status: 0 no error-severity problem, 1 some, 2 usage error or unreadable input.
 */
import { writeFileSync } from 'node:fs';
import { fixAll, lint, localizeProblem, type LintConfig } from '../../server/src/core/index';
import { parseArgs, USAGE } from './args';
import { encodeText } from './encoding';
import { loadConfig } from './config';
import { internalErrorMessage, UsageError, UserError } from './errors';
import { summary, toJson, toTextLines, type FileResult } from './format';
import { describeFsError, readDraft } from './read';
import { VERSION } from './version';

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const config: LintConfig | undefined = options.config !== undefined ? loadConfig(options.config) : undefined;

  const results: FileResult[] = [];
  let failed = false;
  for (const file of options.files) {
    try {
      results.push(check(file, config, options.fix));
    } catch (error) {
      // One bad file does not stop the others; the exit status says 2.
      const message = error instanceof UserError ? error.message : internalErrorMessage(error, file);
      process.stderr.write(`govreport-lint: ${message}\n`);
      failed = true;
    }
  }
  if (options.quiet) for (const result of results) result.problems = result.problems.filter((p) => p.severity === 'error');
  // Messages, related messages and fix titles in the language asked for (--lang; the engine writes Chinese).
  for (const result of results) result.problems = result.problems.map((p) => localizeProblem(p, options.lang));

  if (options.format === 'json') {
    process.stdout.write(JSON.stringify(toJson(results)) + '\n');
  } else {
    const lines = results.flatMap(toTextLines);
    if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
    if (!options.quiet && results.length > 0) process.stderr.write(summary(results.flatMap((r) => r.problems)) + '\n');
  }
  if (failed) return 2;
  return results.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
}

function check(file: string, config: LintConfig | undefined, fix: boolean): FileResult {
  const draft = readDraft(file);
  let text = draft.text;
  if (fix) {
    const fixed = fixAll(text, { config, markdown: draft.markdown });
    if (fixed !== text) {
      if (hasLoneSurrogate(fixed)) throw new Error('修复产生了孤立的代理项，文件未写回 (a fix produced a lone surrogate; the file was not written)');
      const bytes = encodeText(file, draft.bytes, text, fixed, draft.encoding);
      try {
        writeFileSync(file, bytes);
      } catch (error) {
        throw new UserError(`无法写入：${file}：${describeFsError(error)}`);
      }
      text = fixed;
    }
  }
  return { file, text, problems: lint(text, { config, markdown: draft.markdown }).problems };
}

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

// A closed pipe (`govreport-lint … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof UserError ? error.message : internalErrorMessage(error);
  process.stderr.write(`govreport-lint: ${message}\n`);
  if (error instanceof UsageError) process.stderr.write('运行 govreport-lint --help 查看用法 (run govreport-lint --help for usage)\n');
  process.exitCode = 2;
}
