/**
 * `--format sarif`: one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format, errata 01) with one run,
 * as GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers read it:
 * - `tool.driver`: name, version, informationUri and every rule (id, short and full description, help as text and
 *   Markdown with the rule's examples, helpUri, default level, family as a tag), in registry order;
 * - `artifacts`: each file read, with its encoding (what a fix's text is to be written in) and MIME type;
 * - `results`: ruleId and ruleIndex, level (error → error, warning → warning, info and hint → note), message, one
 *   physical location, the related places, and the rule's safe fix as `fixes` where it has one;
 * - `columnKind` `utf16CodeUnits`: lines and columns are 1-based, columns count UTF-16 code units (a character
 *   outside the BMP counts 2), `endColumn` is one past the last character, and a BOM is not counted;
 * - URIs: files under the working directory relative to `%SRCROOT%` (the working directory, in
 *   `originalUriBaseIds`), others as absolute `file:` URIs;
 * - `invocations`: whether every input could be read, and a notification for each that could not.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULE_METAS, type Problem, type ReportedSeverity, type RuleMeta } from '../../server/src/core/index';
import type { DocxText } from '../../server/src/docx/index';
import { docxLocation } from './docx';
import type { Encoding } from './read';
import { LineIndex, regionOf } from './positions';
import { HOMEPAGE, RULE_DOCS, VERSION } from './version';

/** A file (or standard input) that was read and linted. */
export interface Checked {
  /** The path as given (or as found in a directory or by a glob), or the standard input's name. */
  file: string;
  text: string;
  problems: Problem[];
  encoding: Encoding;
  markdown: boolean;
  /** A Word document: positions are given by paragraph (docx.ts). */
  docx?: DocxText;
}

/** An input that could not be read, or an operand that matched no file: its name and the message printed for it. */
export interface Unreadable {
  file: string;
  message: string;
  /** A directory or glob that yielded nothing (not a file: SARIF gives it no location). */
  operand?: boolean;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const FAMILY: Record<RuleMeta['category'], string> = {
  numbering: '编号 (numbering)',
  footnote: '注释 (footnotes)',
  figure: '数据 (figures)',
  usage: '标点与数字用法 (punctuation and numbers)',
};

export function sarifLevel(severity: ReportedSeverity): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function toSarif(results: readonly Checked[], unreadable: readonly Unreadable[], cwd = process.cwd()): Sarif.Log {
  const ruleIndex = new Map(RULE_METAS.map((meta, i) => [meta.id as string, i]));
  const artifacts = results.map((r): Sarif.Artifact => ({
    location: artifactLocation(r.file, cwd),
    ...(r.docx
      ? { mimeType: DOCX_MIME }
      : { mimeType: r.markdown ? 'text/markdown' : 'text/plain', encoding: r.encoding.toUpperCase() }),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport-lint',
            fullName: 'Gov Report Lint (政府工作报告校对)',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: RULE_METAS.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((u) => ({
              level: 'error',
              message: { text: u.message },
              ...(u.operand ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.file, cwd) } }] }),
            })),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r, artifact) => {
          const index = new LineIndex(r.text);
          const location = { ...artifactLocation(r.file, cwd), index: artifact };
          const region = (offset: number, length: number, trimEnd = true): Sarif.Region => {
            if (!r.docx) return regionOf(index, r.text, offset, length, trimEnd);
            // A .docx has no lines: the region is the words around the finding; the paragraph is a logical location.
            return { snippet: { text: docxLocation(r.docx, offset, length).context } };
          };
          const logical = (offset: number, length: number) => {
            if (!r.docx) return {};
            const where = docxLocation(r.docx, offset, length);
            return {
              logicalLocations: [{ name: where.label, kind: 'element' }],
              properties: { docx: { paragraph: where.paragraph, note: where.note, part: where.part, xmlParagraph: where.xmlParagraph, run: where.run, offsetInRun: where.offsetInRun } },
            };
          };
          return r.problems.map((p): Sarif.Result => ({
            ruleId: p.ruleId,
            ruleIndex: ruleIndex.get(p.ruleId)!,
            level: sarifLevel(p.severity),
            message: { text: p.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(p.offset, p.length) }, ...logical(p.offset, p.length) }],
            ...(p.related && p.related.length > 0
              ? {
                  relatedLocations: p.related.map((rel, id) => ({
                    id,
                    message: { text: rel.message },
                    physicalLocation: { artifactLocation: location, region: region(rel.offset, rel.length) },
                  })),
                }
              : {}),
            // A fix replaces text in the file: not offered for a .docx, whose bytes are not text.
            ...(p.fix && !r.docx
              ? {
                  fixes: [
                    {
                      description: { text: p.fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: location,
                          replacements: p.fix.edits.map((e) => ({ deletedRegion: region(e.offset, e.length, false), insertedContent: { text: e.text } })),
                        },
                      ],
                    },
                  ],
                }
              : {}),
          }));
        }),
      },
    ],
  };
}

function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const examples = (title: string, texts: readonly string[]) => texts.map((t) => `${title}：\n\n\`\`\`text\n${t}\n\`\`\``).join('\n\n');
  const facts = `类别 (family)：${FAMILY[meta.category]}；默认级别 (default)：${meta.defaultSeverity}；${meta.fixable ? '可自动修复 (fixable)' : '不自动修复 (not fixable)'}。`;
  const link = `${RULE_DOCS}#${meta.id}`;
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} ${facts}` },
    helpUri: link,
    help: {
      text: `${meta.description}\n${facts}\n规则说明 (documentation)：${link}`,
      markdown: [
        meta.description,
        facts,
        examples('错误示例 (incorrect)', meta.examples.incorrect),
        examples('正确示例 (correct)', meta.examples.correct),
        `[规则说明 (documentation)](${link})`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { tags: ['govreport', meta.category] },
  };
}

/** A relative URI under %SRCROOT% for a file below the working directory, else an absolute `file:` URI. */
function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absolute).href };
}

/** `file:///work/repo/`: a base URI ends with a slash (SARIF §3.14.14). */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
