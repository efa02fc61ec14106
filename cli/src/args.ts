/** Command-line arguments → options. Mistakes are `UserError`s (exit 2). */
import { RULE_METAS, type RuleCategory } from '../../server/src/core/index';
import { UsageError } from './errors';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
  format: Format;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** Exit 1 when more problems than this have severity warning; undefined: no limit. */
  maxWarnings?: number;
  stdinFilename?: string;
  quiet: boolean;
  /** The language of the messages (default Chinese). */
  lang: 'zh' | 'en';
  help: boolean;
  version: boolean;
  /** `--comments OUT.docx`: a copy of the one .docx checked, with a Word comment per finding. */
  comments?: string;
  /** Files, directories, globs and `-`, as given. */
  files: string[];
}

/** The rule families as the help lists them, in registry order: what each checks, in a few words. */
const FAMILIES: Record<RuleCategory, string[]> = {
  numbering: [
    '编号 (numbering): 标题层次 一、→（一）→1.→（1） 的顺序、层级与标点，段内“一是……二是……”“第一，第二，”“（1）”“①”等列举',
    '  headings 一、（一）1.（1）: gaps, duplicates, skipped levels, the mark after an ordinal; run-in enumerations',
  ],
  footnote: [
    '注释 (footnotes): 正文注释标记［1］与文末“名词解释”条目：缺解释、未引用、顺序、词条一致、写法统一',
    '  note markers against the explanation section: missing, unused, order, terms, one style',
  ],
  figure: [
    '数据 (figures and counts): 主要预期目标与后文重述的数值；“七个方面工作”等所说数量与其后列举',
    '  the 主要预期目标 figures against later restatements; stated counts against the lists they introduce',
  ],
  usage: [
    '标点与数字用法 (punctuation and numbers, GB/T 15834, GB/T 15835): 中文中的半角标点、不成对的引号括号、数值范围、数字写法',
    '  the marks and numbers of Chinese text: half-width marks, unpaired quotes and brackets, ranges, number forms, doubled approximations',
  ],
};

const LEVEL: Record<string, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

/** One line per rule, grouped by family: `    heading-sequence      error   fix  同一上级标题下的同级标题应…`. */
function ruleList(): string {
  const width = Math.max(...RULE_METAS.map((m) => m.id.length));
  return (Object.keys(FAMILIES) as RuleCategory[])
    .map((category) =>
      [
        ...FAMILIES[category].map((line) => `  ${line}`),
        ...RULE_METAS.filter((m) => m.category === category).map(
          (m) => `    ${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)} ${m.fixable ? 'fix' : '   '}  ${m.description}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

export const USAGE = `用法 (usage): govreport-lint [选项] 文件|目录|通配符|- ...

校对政府工作报告草稿：标题与列举的编号、注释标记与名词解释、主要预期目标与后文数据、所述数量与列举、标点与数字用法。
Proofreads drafts of Chinese government work reports: numbering, footnotes, target figures and stated counts.

规则 (rules)，按类别；列出默认级别 (default severity)，“fix”表示 --fix 可自动修复 (fixable)；
规则说明见 (documentation) docs/rules.md:
${ruleList()}
  级别 (severities): error ${LEVEL.error}, warning ${LEVEL.warning}, info ${LEVEL.info}, hint ${LEVEL.hint}; off 关闭 (--config)

输入 (inputs):
  文件 (file)         按给出的路径读取 (read as given, whatever its extension)
  目录 (directory)    递归检查其中的 .txt .md .markdown .govreport 文件，跳过 node_modules 与以 . 开头的目录和文件
                      (every draft below it; node_modules and dot-folders are skipped)
  通配符 (glob)       由本工具展开，加引号亦可，如 "reports/**/*.txt" "{2024,2025}/*.md"；* 不匹配以 . 开头的名字
                      (expanded by govreport-lint itself, so a quoted pattern works on Windows too)
  -                   读取标准输入 (standard input)

选项 (options):
  --format FORMAT         输出格式 (output format)，默认 text:
                            text    文件:行:列 级别 规则 说明 (file:line:col severity rule-id message)
                            json    [{"file", "problems": [{"ruleId", "severity", "message", "range", "related"}]}]
                            sarif   SARIF 2.1.0，供 GitHub 代码扫描等 (for code scanning)
                            github  GitHub Actions 注释命令 ::error file=…,line=…:: (workflow annotations)
                            junit   JUnit XML，每个文件一个 testsuite，每个问题一个 testcase
  --config FILE           配置文件 (config file, JSON with comments); 不指定时，每个文件使用其所在文件夹
                          或上级文件夹中最近的 .govreport.jsonc（与编辑器相同）
                          (default: each file's nearest .govreport.jsonc, as in the editor):
                            { "rules": { "<规则>": "off|hint|info|warning|error" },
                              "numberingStyle": "auto|mainland|roc",
                              "indicators": { "<指标名>": ["<其他写法>", ...] },
                              "reportYear": 2026 | null,
                              "ignore": ["<通配符>"], "files": { "<通配符>": { "rules": {...} } },
                              "suppressions": [{ "rule": "<规则>", "text": "<句子>", "file": "<路径>" }] }
  --fix                   自动修复可安全修复的问题并写回文件，在标准错误输出中列出每个文件的修复数目（按规则）
                          和改动的行，再报告剩余问题 (apply safe fixes in place; stderr says per file how many fixes
                          of which rules and shows the changed lines; the remaining problems are reported)
  --fix-dry-run           不写回文件，在标准输出中以统一差异格式 (unified diff) 显示 --fix 会做的修改；
                          只用于 text 格式 (shows what --fix would change as a unified diff; writes nothing)
  --comments OUT.docx     另存一份带批注的副本：每个问题一条 Word 批注，标在问题所在的文字上，作者“政府工作报告校对”，
                          内容为问题说明和修改建议；原文件不改动。只用于一个 .docx 文件，OUT 不能是原文件
                          (writes a copy of the one .docx checked with a Word comment on the words of each finding,
                          its message and the suggested fix; the original is left as it is)
  --max-warnings N        警告 (warning) 多于 N 个时退出码为 1，即使没有错误 (exit 1 when warnings exceed N)
  --stdin-filename NAME   标准输入 (-) 的文件名：用于输出、判断 .md，以及输出格式中的路径
                          (the name of standard input in messages and outputs; .md reads it as Markdown)
  --quiet                 只报告错误，不输出汇总和修复记录，不计警告 (errors only; no summary, no fix log;
                          warnings are not counted for --max-warnings)
  --lang zh|en            问题说明的语言，默认 zh (language of the messages, default zh)
  -h, --help              显示本帮助 (show this help)
  -v, --version           显示版本 (show the version)

位置 (positions): 列按 UTF-16 码元计数（扩展 B 区汉字等占 2 列）；text、github、sarif 的行、列从 1 开始，
  json 从 0 开始 (LSP)；sarif（columnKind 为 utf16CodeUnits）与 github 不计文件开头的 BOM。
  Columns count UTF-16 code units (a character outside the BMP, e.g. 𠀀, counts as 2); lines and columns are
  1-based in text, github and sarif, 0-based in json; sarif and github do not count a BOM.
标准输出只有所选格式的结果；汇总、修复记录和出错信息在标准错误输出。
  stdout carries only the chosen format; the summary, the fix log and errors go to stderr.

文件按 UTF-8 读取，失败时按 GB18030 (GBK) 读取；带字节序标记的 UTF-16 文件（记事本“Unicode”）按 UTF-16 读取；
--fix 按原编码写回。.md/.markdown 按 Markdown 分析。
Files are read as UTF-8, else GB18030 (GBK); UTF-16 with a BOM as UTF-16; --fix writes the same encoding back.
.md/.markdown files are read as Markdown.

退出码 (exit status):
  0  没有错误级别的问题，警告不超过 --max-warnings (no errors; warnings within --max-warnings)
  1  有错误级别的问题，或警告超过 --max-warnings (errors found, or too many warnings)
  2  用法错误、无法读取输入或没有匹配的文件 (usage error, unreadable input, or an operand that matches nothing)`;

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { format: 'text', fix: false, fixDryRun: false, quiet: false, lang: 'zh', help: false, version: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`选项 ${name} 需要一个值 (option ${name} needs a value)`);
      i++;
      return next;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`选项 ${name} 不接受值 (option ${name} takes no value)`);
      return true;
    };
    switch (name) {
      case '--format': {
        const format = value();
        if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`未知的输出格式 "${format}" (unknown format; expected ${FORMATS.join(', ')})`);
        options.format = format as Format;
        break;
      }
      case '--max-warnings': {
        const n = value();
        if (!/^\d+$/.test(n) || !Number.isSafeInteger(Number(n))) throw new UsageError(`--max-warnings 需要一个非负整数，而不是 "${n}" (expects a non-negative integer)`);
        options.maxWarnings = Number(n);
        break;
      }
      case '--stdin-filename': {
        const name = value();
        if (name === '') throw new UsageError('--stdin-filename 不能为空 (needs a name)');
        options.stdinFilename = name;
        break;
      }
      case '--fix-dry-run':
        options.fixDryRun = flag();
        break;
      case '--config':
        options.config = value();
        break;
      case '--comments': {
        const out = value();
        if (out === '') throw new UsageError('--comments 需要输出文件名 (needs the name of the copy to write)');
        options.comments = out;
        break;
      }
      case '--fix':
        options.fix = flag();
        break;
      case '--quiet':
        options.quiet = flag();
        break;
      case '--lang': {
        const lang = value().toLowerCase();
        if (lang !== 'zh' && lang !== 'en') throw new UsageError(`未知的语言 "${lang}" (unknown language; expected zh or en)`);
        options.lang = lang;
        break;
      }
      case '-h':
      case '--help':
        options.help = flag();
        break;
      case '-v':
      case '--version':
        options.version = flag();
        break;
      default:
        throw new UsageError(`未知的选项 ${name} (unknown option)`);
    }
  }
  if (options.help || options.version) return options;
  if (options.files.length === 0) throw new UsageError('没有指定要检查的文件 (no files given)');
  if (options.fix && options.fixDryRun) throw new UsageError('--fix 与 --fix-dry-run 不能同用 (use one of --fix and --fix-dry-run)');
  if (options.fixDryRun && options.format !== 'text') {
    throw new UsageError(`--fix-dry-run 输出差异，不能与 --format ${options.format} 同用 (--fix-dry-run prints a diff; it takes no --format)`);
  }
  const stdin = options.files.includes('-');
  if (options.fix && stdin) throw new UsageError('标准输入无法写回；请用 --fix-dry-run 查看修改 (--fix cannot write back to standard input; use --fix-dry-run)');
  if (options.comments !== undefined && (options.files.length !== 1 || stdin)) {
    throw new UsageError('--comments 只能用于一个 .docx 文件 (--comments takes exactly one .docx file)');
  }
  if (options.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename 只能与 - 一起使用 (--stdin-filename names the standard input, given as -)');
  return options;
}
