/**
 * `govreport-lint [--format text|json|sarif|github|junit] [--config FILE] [--fix | --fix-dry-run] [--max-warnings N]
 * [--stdin-filename NAME] [--quiet] FILE|DIR|GLOB|- ...`
 * Each draft is checked with `--config FILE`, or else with the nearest `.govreport.jsonc` in its folder or above
 * (config.ts); a draft the file's `ignore` names is skipped.
 * Exit status: 0 no error-severity problem and warnings within --max-warnings, 1 otherwise,
 * 2 usage error, malformed configuration, unreadable input or an operand that matches nothing.
 * stdout carries only the chosen format (or the diff of --fix-dry-run); the summary, the fix log and errors go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { fixAllCounted, lint, localizeProblem, type LintConfig, type RuleId } from '../../server/src/core/index';
import { parseArgs, USAGE, type Options } from './args';
import { toGithub, toJunit } from './ci';
import { checkCommentsTarget, writeCommentedCopy } from './comments';
import { DraftConfigs } from './config';
import { unifiedDiff } from './diff';
import { encodeText } from './encoding';
import { internalErrorMessage, UsageError, UserError } from './errors';
import { fixLog } from './fix';
import { summary, toJson, toTextLines } from './format';
import { expandOperands, type Input } from './inputs';
import { describeFsError, readDraft, readStdin, type Draft } from './read';
import { toSarif, type Checked, type Unreadable } from './sarif';
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
  const configs = new DraftConfigs(options.config);

  const { inputs, problems: unmatched } = expandOperands(options.files, options.stdinFilename);
  // Every configuration is read before any draft: a malformed one stops the run (exit 2) with nothing written.
  const drafts = inputs.map((input) => ({ input, ...configs.for(input.kind === 'stdin' ? input.name : input.path) })).filter((draft) => !draft.ignored);
  // --comments: one Word file in, a copy with a comment per finding out (the original is never written).
  if (options.comments !== undefined && unmatched.length === 0) checkCommentsTarget(options.comments, drafts.map((d) => d.input));
  const unreadable: Unreadable[] = [];
  for (const { operand, message } of unmatched) {
    process.stderr.write(`govreport-lint: ${message}\n`);
    unreadable.push({ file: operand, message, operand: true });
  }
  const results: Checked[] = [];
  const diffs: string[] = [];
  for (const { input, config } of drafts) {
    const name = input.kind === 'stdin' ? input.name : input.path;
    try {
      results.push(check(input, config, options, diffs));
    } catch (error) {
      // One bad file does not stop the others; the exit status says 2.
      const message = error instanceof UserError ? error.message : internalErrorMessage(error, name);
      process.stderr.write(`govreport-lint: ${message}\n`);
      unreadable.push({ file: name, message });
    }
  }
  if (options.quiet) for (const result of results) result.problems = result.problems.filter((p) => p.severity === 'error');
  // Messages, related messages and fix titles in the language asked for (--lang; the engine writes Chinese).
  for (const result of results) result.problems = result.problems.map((p) => localizeProblem(p, options.lang));
  if (options.comments !== undefined && results.length === 1 && unreadable.length === 0) {
    const result = results[0]!;
    if (!result.docx) throw new UserError('--comments 只能用于一个 .docx 文件 (--comments takes exactly one .docx file)');
    const n = writeCommentedCopy(options.comments, draftBytes.get(result)!, result.docx, result.problems, options.lang);
    process.stderr.write(`govreport-lint: 已写入带 ${n} 条批注的副本：${options.comments} (wrote a copy with ${n} comments)\n`);
  }

  write(options, results, unreadable, diffs);
  const all = results.flatMap((r) => r.problems);
  if (!options.quiet && (options.format === 'text' || options.format === 'github') && results.length > 0) {
    process.stderr.write(`${options.fixDryRun ? '修复后 (after the fixes): ' : ''}${summary(all)}\n`);
  }

  const warnings = all.filter((p) => p.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) process.stderr.write(`govreport-lint: 警告 ${warnings} 个，超过 --max-warnings ${options.maxWarnings} (too many warnings: ${warnings} > ${options.maxWarnings})\n`);
  if (unreadable.length > 0) return 2;
  return all.some((p) => p.severity === 'error') || tooManyWarnings ? 1 : 0;
}

function write(options: Options, results: readonly Checked[], unreadable: readonly Unreadable[], diffs: readonly string[]): void {
  if (options.fixDryRun) {
    process.stdout.write(diffs.join(''));
    return;
  }
  switch (options.format) {
    case 'json':
      process.stdout.write(JSON.stringify(toJson(results)) + '\n');
      return;
    case 'sarif':
      process.stdout.write(JSON.stringify(toSarif(results, unreadable), null, 2) + '\n');
      return;
    case 'junit':
      process.stdout.write(toJunit(results, unreadable));
      return;
    case 'github':
    case 'text': {
      const lines = options.format === 'github' ? toGithub(results) : results.flatMap(toTextLines);
      if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
      return;
    }
  }
}

/** The bytes each checked draft was read from (the commented copy is made from them). */
const draftBytes = new WeakMap<Checked, Uint8Array>();

function check(input: Input, config: LintConfig | undefined, options: Options, diffs: string[]): Checked {
  const draft = input.kind === 'stdin' ? readStdin(input.name) : readDraft(input.path, options.comments !== undefined);
  let text = draft.text;
  if (draft.docx && (options.fix || options.fixDryRun)) {
    // A .docx is never written: its findings are reported, its text is left as it is.
    if (!options.quiet) process.stderr.write(`govreport-lint: ${draft.path}：.docx 不自动修复，只报告问题 (a .docx is not fixed, only checked)\n`);
  } else if (options.fix || options.fixDryRun) {
    const { text: fixed, applied } = fixAllCounted(text, { config, markdown: draft.markdown });
    if (fixed !== text) {
      if (hasLoneSurrogate(fixed)) throw new Error('修复产生了孤立的代理项，文件未写回 (a fix produced a lone surrogate; the file was not written)');
      if (options.fix) writeBack(draft, text, fixed);
      else diffs.push(unifiedDiff(draft.path, text, fixed));
      if (!options.quiet) process.stderr.write(fixLog(draft.path, text, fixed, applied as Partial<Record<RuleId, number>>, options.fixDryRun) + '\n');
      text = fixed;
    }
  }
  const checked: Checked = {
    file: draft.path,
    text,
    problems: lint(text, { config, markdown: draft.markdown }).problems,
    encoding: draft.encoding,
    markdown: draft.markdown,
    ...(draft.docx ? { docx: draft.docx } : {}),
  };
  draftBytes.set(checked, draft.bytes);
  return checked;
}

function writeBack(draft: Draft, before: string, after: string): void {
  const bytes = encodeText(draft.path, draft.bytes, before, after, draft.encoding);
  try {
    writeFileSync(draft.path, bytes);
  } catch (error) {
    throw new UserError(`无法写入：${draft.path}：${describeFsError(error)}`);
  }
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
