/** Command-line arguments → options. Mistakes are `UserError`s (exit 2). */
import { RULE_METAS, type RuleCategory } from '../../server/src/core/index';
import { UsageError } from './errors';

export interface Options {
  format: 'text' | 'json';
  config?: string;
  fix: boolean;
  quiet: boolean;
  /** The language of the messages (default Chinese). */
  lang: 'zh' | 'en';
  help: boolean;
  version: boolean;
  files: string[];
}

/** The rule families as the help lists them, in registry order. */
const FAMILIES: Record<RuleCategory, string> = {
  numbering: '编号 (numbering): 标题层次一、（一）1.（1），“一是……二是……”等列举',
  footnote: '注释 (footnotes): 正文注释标记与文末名词解释',
  figure: '数据 (figures): 主要预期目标与后文，所述数量与列举',
};

/** One line per rule, grouped by family: `  heading-sequence  同一上级标题下的同级标题应…`. */
function ruleList(): string {
  const width = Math.max(...RULE_METAS.map((m) => m.id.length));
  return (Object.keys(FAMILIES) as RuleCategory[])
    .map((category) => [`  ${FAMILIES[category]}`, ...RULE_METAS.filter((m) => m.category === category).map((m) => `    ${m.id.padEnd(width)}  ${m.description}`)].join('\n'))
    .join('\n');
}

export const USAGE = `用法 (usage): govreport-lint [选项] 文件...

校对政府工作报告草稿：标题与列举的编号、注释标记与名词解释、主要预期目标与后文数据、所述数量与列举。
Proofreads drafts of Chinese government work reports: numbering, footnotes, target figures and stated counts.

规则 (rules; 规则说明见 docs/rules.md):
${ruleList()}

选项 (options):
  --format text|json  输出格式，默认 text (output format, default text)
  --config FILE       JSON 配置文件 (config file):
                        { "rules": { "<规则>": "off|hint|info|warning|error" },
                          "numberingStyle": "auto|mainland|roc",
                          "indicators": { "<指标名>": ["<其他写法>", ...] } }
  --fix               自动修复可安全修复的问题并写回文件，再报告剩余问题
                      (apply safe fixes in place, then report what remains)
  --quiet             只报告错误，不输出汇总 (report errors only, no summary)
  --lang zh|en        问题说明的语言，默认 zh (language of the messages, default zh)
  -h, --help          显示本帮助 (show this help)
  -v, --version       显示版本 (show the version)

文本输出 (text output): 每个问题一行 (one line per problem)
  文件:行:列 级别 规则 说明      file:line:col severity rule-id message
  行、列从 1 开始；列按 UTF-16 码元计数（扩展 B 区汉字等占 2 列）。
  Line and column are 1-based; the column counts UTF-16 code units + 1
  (a character outside the BMP, e.g. 𠀀, counts as 2).
JSON 输出 (json output): [{"file", "problems": [{"ruleId", "severity", "message",
  "range": {"start": {"line", "character"}, "end": {...}}, "related": [{"message", "range"}]}]}]
  行、字符从 0 开始，按 UTF-16 计数 (0-based, UTF-16: the LSP convention).

文件按 UTF-8 读取，失败时按 GB18030 (GBK) 读取；带字节序标记的 UTF-16 文件（记事本“Unicode”）按 UTF-16 读取；
--fix 按原编码写回。.md/.markdown 按 Markdown 分析。
Files are read as UTF-8, else GB18030 (GBK); UTF-16 with a BOM as UTF-16; --fix writes the same encoding back.
.md/.markdown files are read as Markdown.

退出码 (exit status): 0 没有错误级别的问题 (no errors), 1 有错误 (errors found),
  2 用法错误或无法读取 (usage error or unreadable input).`;

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { format: 'text', fix: false, quiet: false, lang: 'zh', help: false, version: false, files: [] };
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
        if (format !== 'text' && format !== 'json') throw new UsageError(`未知的输出格式 "${format}" (unknown format; expected text or json)`);
        options.format = format;
        break;
      }
      case '--config':
        options.config = value();
        break;
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
  if (!options.help && !options.version && options.files.length === 0) {
    throw new UsageError('没有指定要检查的文件 (no files given)');
  }
  return options;
}
