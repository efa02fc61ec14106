/**
 * The outputs CI systems read besides SARIF:
 * - `--format github`: GitHub Actions workflow commands, one line per problem, which become annotations on the
 *   file and line: `::error file=F,line=L,col=C,endLine=L,endColumn=E,title=rule-id::message` (`warning` for
 *   warnings, `notice` for info and hints). Lines and columns are 1-based, columns in UTF-16 code units without a
 *   BOM; `endColumn` is the last character's column (GitHub's end column is inclusive); a problem over several lines
 *   has no columns (GitHub accepts them on one line only). Data escape `%` `\r` `\n`; properties also `:` and `,`.
 * - `--format junit`: JUnit XML, one `<testsuite>` per file (named by its path) and one `<testcase>` per problem
 *   (`rule-id line:col`, with a `<failure>` whose message is the problem's and whose type is its severity); a clean
 *   file has one passing testcase, so that every file shows up; an unreadable file is a testcase with an `<error>`.
 *   One testcase per problem is what Jenkins, GitLab and Azure DevOps list one by one, as ESLint's JUnit output does.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ReportedSeverity } from '../../server/src/core/index';
import { docxLocation } from './docx';
import { LineIndex, regionOf } from './positions';
import type { Checked, Unreadable } from './sarif';

const COMMAND: Record<ReportedSeverity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function toGithub(results: readonly Checked[], cwd = process.cwd()): string[] {
  return results.flatMap((r) => {
    const index = new LineIndex(r.text);
    const file = repoPath(r.file, cwd);
    const docx = r.docx;
    return r.problems.map((p) => {
      if (docx) {
        // A .docx has no lines to annotate: the annotation names the file, the message the paragraph.
        const where = docxLocation(docx, p.offset, p.length);
        return `::${COMMAND[p.severity]} file=${escapeProperty(file)},title=${escapeProperty(p.ruleId)}::${escapeData(`${where.label}：${p.message}（原文：${where.context}）`)}`;
      }
      const region = regionOf(index, r.text, p.offset, p.length);
      const properties: [string, string | number][] = [['file', file], ['line', region.startLine]];
      if (region.endLine === region.startLine) {
        properties.push(['col', region.startColumn], ['endLine', region.endLine], ['endColumn', Math.max(region.startColumn, region.endColumn - 1)]);
      } else {
        properties.push(['endLine', region.endLine]);
      }
      properties.push(['title', p.ruleId]);
      return `::${COMMAND[p.severity]} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(p.message)}`;
    });
  });
}

/** As @actions/core escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The path relative to the working directory (the repository in a workflow), with `/`; absolute when outside it. */
function repoPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

export function toJunit(results: readonly Checked[], unreadable: readonly Unreadable[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const index = new LineIndex(r.text);
    const cases = r.problems.map((p) => {
      const { line, character } = index.positionAt(p.offset);
      const where = r.docx ? docxLocation(r.docx, p.offset, p.length).label : `${line + 1}:${character + 1}`;
      const body = `${r.file}:${where} ${p.severity} ${p.ruleId} ${p.message}`;
      return (
        `    <testcase classname="${attr(r.file)}" name="${attr(`${p.ruleId} ${where}`)}" file="${attr(r.file)}"${r.docx ? '' : ` line="${line + 1}"`} time="0">\n` +
        `      <failure message="${attr(p.message)}" type="${p.severity}">${text(body)}</failure>\n` +
        `    </testcase>`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${attr(r.file)}" name="govreport-lint" file="${attr(r.file)}" time="0"/>`);
    tests += cases.length;
    failures += r.problems.length;
    suites.push(suite(r.file, cases.length, r.problems.length, 0, cases));
  }
  for (const u of unreadable) {
    tests++;
    const cases = [`    <testcase classname="${attr(u.file)}" name="govreport-lint" file="${attr(u.file)}" time="0">\n      <error message="${attr(u.message)}" type="unreadable">${text(u.message)}</error>\n    </testcase>`];
    suites.push(suite(u.file, 1, 0, 1, cases));
  }
  out.push(`<testsuites name="govreport-lint" tests="${tests}" failures="${failures}" errors="${unreadable.length}" time="0">`);
  out.push(...suites, '</testsuites>');
  return out.join('\n') + '\n';
}

function suite(name: string, tests: number, failures: number, errors: number, cases: string[]): string {
  return [`  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">`, ...cases, '  </testsuite>'].join('\n');
}

/**
 * XML 1.0 text: `&` `<` `>` escaped; characters XML cannot carry (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
function text(s: string): string {
  return legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and line breaks and tabs as references (attribute normalisation would lose them). */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function legal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
