// Generates what follows from the rule registry and its message catalogue, so it can never drift from the code:
//   - package.json: the `govreport.rules.<id>` settings (severity enum, default, %key% description);
//   - package.nls.json (English) and package.nls.zh-cn.json (Chinese): those settings' descriptions, each with a link
//     that opens the rule's section of the shipped docs (command:govreport.showRuleDocs), and the severity labels;
//   - docs/rules.md: the rule reference, Chinese and English (one anchor per rule id, examples run as tests; shipped
//     in the .vsix and opened by the diagnostics' links);
//   - README.md: the rule table with examples (<!-- rules:start/end -->) and the settings table (<!-- settings:start/end -->);
//   - schemas/govreport.schema.json: the JSON schema of `.govreport.jsonc` (package.json `jsonValidation`), whose rule
//     levels, numbering styles and indicators follow the registry and the settings;
// and from OpenCC's tables:
//   - server/src/core/source/traditional-chars.ts: the characters that exist only in traditional script.
// `node scripts/generate.mjs` writes them; `--check` only compares and exits 1 when any is stale (run by the tests).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const bundle = join(tmpdir(), `govreport-registry-${process.pid}.cjs`);
await build({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
const { RULE_METAS, ruleTexts } = createRequire(import.meta.url)(bundle);

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];
const SEVERITY_LABELS = {
  zh: { off: '关闭', hint: '提示（不显示波浪线）', info: '信息', warning: '警告', error: '错误' },
  en: { off: 'Off', hint: 'Hint (no squiggle)', info: 'Information', warning: 'Warning', error: 'Error' },
};
const DEFAULT_LABEL = { hint: '提示', info: '信息', warning: '警告', error: '错误' };
const DOCS_LINK = { zh: '规则说明', en: 'Rule documentation' };
/** The settings' link to a rule's section of the shipped docs (setting descriptions are trusted Markdown). */
const docsCommand = (id) => `command:govreport.showRuleDocs?${encodeURIComponent(JSON.stringify([id]))}`;

/** The leading doc comment of a rule module: 触发 / 修复 (或 不修复) / 不检查, as written by its author. */
function ruleDoc(id) {
  const source = readFileSync(join(root, 'server/src/core/rules', `${id}.ts`), 'utf8');
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const lines = comment.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n').trim().split('\n');
  const sections = {};
  let current = null;
  for (const line of lines.slice(1)) {
    const m = /^(触发|修复|不修复|不检查)((?:（[^）]*）)?)：\s*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      sections[current] = { qualifier: m[2], text: m[3] };
    } else if (current && line.trim()) sections[current].text += line.trim();
  }
  return sections;
}

function settingsProperties() {
  const properties = {};
  for (const meta of RULE_METAS) {
    properties[`govreport.rules.${meta.id}`] = {
      type: 'string',
      enum: SEVERITIES,
      enumDescriptions: SEVERITIES.map((s) => `%config.severity.${s}%`),
      default: meta.defaultSeverity,
      scope: 'resource',
      markdownDescription: `%config.rules.${meta.id}%`,
    };
  }
  return properties;
}

function packageJson(current) {
  const pkg = JSON.parse(current);
  pkg.contributes ??= {};
  let configuration = pkg.contributes.configuration;
  if (!configuration) configuration = pkg.contributes.configuration = { title: '%configuration.title%', properties: {} };
  const properties = {};
  const generated = settingsProperties();
  let inserted = false;
  for (const [key, value] of Object.entries(configuration.properties ?? {})) {
    if (key.startsWith('govreport.rules.')) {
      if (!inserted) Object.assign(properties, generated);
      inserted = true;
      continue;
    }
    properties[key] = value;
  }
  if (!inserted) Object.assign(properties, generated);
  configuration.properties = properties;
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The generated keys of one package.nls file; hand-written keys are kept, in their order. */
function nlsFile(current, language) {
  const nls = current ? JSON.parse(current) : {};
  for (const key of Object.keys(nls)) if (key.startsWith('config.rules.') || key.startsWith('config.severity.')) delete nls[key];
  for (const s of SEVERITIES) nls[`config.severity.${s}`] = SEVERITY_LABELS[language][s];
  for (const meta of RULE_METAS) {
    nls[`config.rules.${meta.id}`] = `${ruleTexts(meta, language).description} [${DOCS_LINK[language]}](${docsCommand(meta.id)})`;
  }
  return JSON.stringify(nls, null, 2) + '\n';
}

function fence(text) {
  return '```text\n' + text + '\n```';
}

function rulesDoc() {
  const out = [
    '# 规则说明 · Rules',
    '',
    '<!-- Generated by `npm run generate` from the rule registry (server/src/core/rules) and its message catalogue. Do not edit by hand. -->',
    '',
    '每条规则的 id 是公开约定：它是诊断的 `code`、设置项 `govreport.rules.<id>` 的键，也是本页的锚点。',
    '',
    'Each rule id is a public contract: the diagnostic `code`, the key of the setting `govreport.rules.<id>` and the anchor',
    'of its section on this page. Every section says what the rule checks in Chinese and in English, and lists its',
    'messages in both (the language of the findings is the setting `govreport.language`, or `--lang` on the command line).',
    '',
  ];
  for (const meta of RULE_METAS) {
    const doc = ruleDoc(meta.id);
    const en = ruleTexts(meta, 'en');
    out.push(`## ${meta.id}`, '', meta.description, '', `*${en.description}*`, '');
    out.push(`- 类别：${meta.category}　默认级别：${DEFAULT_LABEL[meta.defaultSeverity]}（\`${meta.defaultSeverity}\`）　可自动修复：${meta.fixable ? '是' : '否'}`);
    for (const label of ['触发', '修复', '不修复', '不检查']) {
      if (doc[label]) out.push(`- ${label}${doc[label].qualifier}：${doc[label].text}`);
    }
    out.push('', '消息 · Messages：', '');
    for (const [id, message] of Object.entries(meta.messages)) out.push(`- \`${id}\`：${message}<br>${en.messages[id]}`);
    out.push('', '错误示例：', '');
    for (const example of meta.examples.incorrect) out.push(fence(example), '');
    out.push('正确示例：', '');
    for (const example of meta.examples.correct) out.push(fence(example), '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0) return text;
  return text.slice(0, a + start.length) + '\n' + body + '\n' + text.slice(b);
}

function readmeRules() {
  const rows = [
    '| Rule id | What it checks · 说明 | Default | Quick fix |',
    '|---|---|---|---|',
    ...RULE_METAS.map((m) => `| [\`${m.id}\`](docs/rules.md#${m.id}) | ${ruleTexts(m, 'en').description}<br>${m.description} | ${m.defaultSeverity} | ${m.fixable ? '✓' : '—'} |`),
  ];
  for (const m of RULE_METAS) {
    rows.push('', `#### \`${m.id}\``, '', 'Wrong · 错误：', '', fence(m.examples.incorrect[0]), '', 'Right · 正确：', '', fence(m.examples.correct[0]));
  }
  return rows.join('\n');
}

/** The settings table, from the manifest (with %key% strings resolved through package.nls.json, as generated). */
function readmeSettings(pkgText) {
  const pkg = JSON.parse(pkgText);
  const nls = JSON.parse(nlsFile(readIfExists(join(root, 'package.nls.json')), 'en'));
  const resolve = (value) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => nls[key] ?? value) : value);
  // A code block in a description becomes inline code (a table cell is one line).
  const oneLine = (text) => text.replace(/```\w*\n([\s\S]*?)\n```/g, (_, code) => `\`${code.replace(/\s*\n\s*/g, ' ')}\``).replace(/\n+/g, ' ');
  const rows = ['| Setting | Values | Default | Description |', '|---|---|---|---|'];
  for (const [key, spec] of Object.entries(pkg.contributes?.configuration?.properties ?? {})) {
    if (key.startsWith('govreport.rules.')) continue;
    const values = spec.enum ? spec.enum.map((v) => `\`${v}\``).join(' / ') : [spec.type].flat().join(' / ');
    const description = oneLine(String(resolve(spec.markdownDescription ?? spec.description ?? ''))).replace(/\|/g, '\\|');
    rows.push(`| \`${key}\` | ${values} | \`${JSON.stringify(spec.default)}\` | ${description} |`);
  }
  rows.push('| `govreport.rules.<rule id>` | `off` / `hint` / `info` / `warning` / `error` | see the rule table | The level of each rule; `off` turns the rule off. |');
  return rows.join('\n');
}

function readme(current, pkgText) {
  return replaceBetween(replaceBetween(current, 'rules', readmeRules()), 'settings', readmeSettings(pkgText));
}

/**
 * OpenCC's traditional → simplified table, character by character (each converted alone, so no phrase table joins
 * neighbours): the normaliser maps a draft's characters through it one for one, which keeps every offset, and the
 * extension carries 7 KB of table instead of OpenCC's dictionaries. Characters whose simplified form lies outside
 * the Basic Multilingual Plane are left out (they would change a line's length).
 */
function traditionalChars() {
  const OpenCC = createRequire(import.meta.url)('opencc-js/t2cn');
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const chars = [];
  for (const [first, last] of [[0x3400, 0x9fff], [0xf900, 0xfaff]]) for (let c = first; c <= last; c++) chars.push(String.fromCharCode(c));
  const converted = convert(chars.join('\n')).split('\n');
  const traditional = [];
  const simplified = [];
  chars.forEach((c, i) => {
    if (converted[i] === c || converted[i].length !== 1) return;
    traditional.push(c);
    simplified.push(converted[i]);
  });
  const rows = (list) => {
    const out = [];
    for (let i = 0; i < list.length; i += 64) out.push(`  '${list.slice(i, i + 64).join('')}'`);
    return out.join(' +\n') + ';';
  };
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'opencc-js', 'package.json'), 'utf8')).version;
  return [
    '/**',
    ` * Generated by \`npm run generate\` from opencc-js ${version} (t2cn), character by character: the ${traditional.length} characters its`,
    ' * traditional → simplified conversion changes into one other character, and what each becomes. Do not edit by hand.',
    ' */',
    'export const TRADITIONAL_CHARS =',
    rows(traditional),
    '/** `SIMPLIFIED_CHARS[i]` is the simplified form of `TRADITIONAL_CHARS[i]`. */',
    'export const SIMPLIFIED_CHARS =',
    rows(simplified),
    '',
  ].join('\n');
}

/**
 * The JSON schema of the configuration file `.govreport.jsonc` (server/src/core/config.ts `readConfigFile` reads it):
 * VS Code completes and checks the file with it. Rule levels come from the registry; numberingStyle and indicators
 * from the settings of the same name (with their descriptions, %key% resolved through package.nls.json).
 */
function configSchema(pkgText) {
  const pkg = JSON.parse(pkgText);
  let nls = {};
  try {
    nls = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));
  } catch {
    /* no localisation */
  }
  const resolve = (value) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => nls[key] ?? value) : Array.isArray(value) ? value.map(resolve) : value);
  const setting = (name) => {
    const spec = pkg.contributes.configuration.properties[`govreport.${name}`];
    const out = {};
    for (const key of ['type', 'enum', 'enumDescriptions', 'default', 'minimum', 'maximum', 'additionalProperties', 'markdownDescription']) if (spec[key] !== undefined) out[key] = resolve(spec[key]);
    return out;
  };
  const severities = ['off', 'hint', 'info', 'warning', 'error'];
  const rules = {
    type: 'object',
    markdownDescription: '规则级别：规则 id → `off`（关闭）、`hint`、`info`、`warning`、`error`。未写的规则用 VS Code 设置 `govreport.rules.<id>`，再用默认级别。',
    properties: Object.fromEntries(
      RULE_METAS.map((meta) => [
        meta.id,
        {
          type: 'string',
          enum: severities,
          enumDescriptions: severities.map((s) => SEVERITY_LABELS.zh[s]),
          markdownDescription: `${meta.description}（默认：\`${meta.defaultSeverity}\`）`,
        },
      ]),
    ),
    additionalProperties: false,
  };
  // The Settings UI edits only string values (a list separated by 、 or a comma); the file also takes an array.
  const indicators = {
    type: 'object',
    default: {},
    markdownDescription: '主要预期目标中指标的其他写法，供 `target-mismatch` 使用：指标名 → 其他写法（用顿号或逗号分隔的字符串，或字符串数组），例如 `{ "县域生产总值": ["县域GDP", "全县生产总值"] }`。常见指标已内置，无需添加。',
    propertyNames: { minLength: 1, maxLength: 40 },
    additionalProperties: {
      anyOf: [
        { type: 'string', maxLength: 2000 },
        { type: 'array', items: { type: 'string', minLength: 1, maxLength: 40 } },
      ],
    },
  };
  const common = { rules, numberingStyle: setting('numberingStyle'), indicators, reportYear: setting('reportYear'), anniversaries: setting('anniversaries') };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '政府工作报告校对配置文件 (.govreport.jsonc)',
    description: 'Generated by `npm run generate` from the rule registry and package.json. Do not edit by hand.',
    markdownDescription: '对本文件夹及其子文件夹中的草稿生效（离草稿最近的一个配置文件生效），优先于 VS Code 设置 `govreport.*`；命令行 `govreport-lint` 也读取它。',
    type: 'object',
    allowComments: true,
    allowTrailingCommas: true,
    properties: {
      $schema: { type: 'string' },
      ...common,
      ignore: {
        type: 'array',
        markdownDescription: '不检查的草稿：相对于本文件所在文件夹的通配符，写法同 `.gitignore`（`旧稿/`、`*.md`、`附件/**/*.txt`）。',
        items: { type: 'string', minLength: 1 },
      },
      files: {
        type: 'object',
        markdownDescription: '只对部分草稿生效的设置：通配符（相对于本文件所在文件夹）→ `rules`、`numberingStyle`、`indicators`、`reportYear`、`anniversaries`；后写的优先。',
        additionalProperties: { type: 'object', properties: common, additionalProperties: false },
      },
      suppressions: {
        type: 'array',
        markdownDescription: '已忽略的问题（快速修复“忽略此处”添加）：规则和出现问题的句子；句子中的空白不计，改动别处不影响。省略 `file` 时对所有草稿生效。',
        items: {
          type: 'object',
          required: ['rule', 'text'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', enum: RULE_METAS.map((m) => m.id), markdownEnumDescriptions: RULE_METAS.map((m) => m.description) },
            text: { type: 'string', minLength: 1, maxLength: 2000, markdownDescription: '出现问题的句子（或包含问题的任一段文字）。' },
            file: { type: 'string', minLength: 1, markdownDescription: '草稿的路径或通配符，相对于本文件所在文件夹。' },
          },
        },
      },
    },
    additionalProperties: false,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const targets = [
  { path: join(root, 'server', 'src', 'core', 'source', 'traditional-chars.ts'), make: () => traditionalChars() },
  { path: join(root, 'package.json'), make: packageJson },
  { path: join(root, 'package.nls.json'), make: (current) => nlsFile(current, 'en') },
  { path: join(root, 'package.nls.zh-cn.json'), make: (current) => nlsFile(current, 'zh') },
  { path: join(root, 'docs', 'rules.md'), make: () => rulesDoc() },
  // Reads package.json as generated above, so the schema and the settings table follow it in the same run.
  { path: join(root, 'schemas', 'govreport.schema.json'), make: () => configSchema(packageJson(readFileSync(join(root, 'package.json'), 'utf8'))) },
  { path: join(root, 'README.md'), make: (current) => readme(current, packageJson(readFileSync(join(root, 'package.json'), 'utf8'))) },
];

let stale = 0;
for (const { path, make } of targets) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* created below */
  }
  const next = make(current);
  if (next === current) continue;
  if (check) {
    console.error(`stale: ${path.slice(root.length + 1)} (run npm run generate)`);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, next);
    console.log(`wrote ${path.slice(root.length + 1)}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
