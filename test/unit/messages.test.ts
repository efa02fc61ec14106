/**
 * The message catalogue (core/messages.ts): every message and fix title of every rule in Chinese and English, with
 * the same placeholders; findings written in either language from the same lint; the language resolved from the
 * setting and the editor's locale; and every `%key%` of the manifest in both package.nls files.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  catalogue,
  COMMON_MESSAGES,
  lint,
  localizeProblem,
  placeholders,
  resolveLanguage,
  RULE_METAS,
  ruleTexts,
  UI_TEXT,
  type Problem,
} from '../../server/src/core/index';
import { repoRoot } from '../support/paths';

const root = repoRoot();
const IDEOGRAPH = /[\u3400-\u9fff]/;

describe('message catalogue', () => {
  const zh = catalogue(RULE_METAS, 'zh');
  const en = catalogue(RULE_METAS, 'en');

  it('has the same keys in Chinese and English (ruleId.messageId, ruleId.fixes.fixId): none missing, none extra', () => {
    assert.deepEqual({ missingInEnglish: [...zh.keys()].filter((k) => !en.has(k)), extraInEnglish: [...en.keys()].filter((k) => !zh.has(k)) }, { missingInEnglish: [], extraInEnglish: [] });
    assert.ok(zh.size > 60, `only ${zh.size} keys`);
  });

  it('each template has the same placeholders in both languages', () => {
    const differ = [...zh].filter(([key, template]) => placeholders(template).join() !== placeholders(en.get(key) ?? '').join());
    assert.deepEqual(differ.map(([key]) => key), []);
    for (const [name, texts] of Object.entries({ COMMON_MESSAGES, UI_TEXT })) {
      for (const key of Object.keys(texts.zh)) {
        const zhText = (texts.zh as Record<string, string>)[key]!;
        const enText = (texts.en as Record<string, string>)[key]!;
        assert.equal(placeholders(zhText).join(), placeholders(enText).join(), `${name}.${key}`);
      }
    }
  });

  it('the test above fails on a missing key and on a changed placeholder', () => {
    const broken = new Map(en);
    broken.delete('heading-sequence.gap');
    assert.ok([...zh.keys()].some((k) => !broken.has(k)));
    assert.notEqual(placeholders('应为“{expected}”，实际为“{actual}”').join(), placeholders('expected “{expectd}”, found “{actual}”').join());
  });

  it('Chinese templates are Chinese, English ones are English (no sentence left untranslated)', () => {
    for (const [key, template] of zh) assert.match(template, IDEOGRAPH, key);
    for (const [key, template] of en) {
      // A quoted Chinese term (名词解释, 主要预期目标, 等) may stand in an English sentence; the sentence itself is English.
      const outside = template.replace(/“[^”]*”|\([^)]*\)|\{\w+\}/g, '');
      assert.ok(!IDEOGRAPH.test(outside) || /[a-z]{3,}/.test(outside), `${key}: ${template}`);
      assert.match(outside, /[A-Za-z]{2,}/, key);
    }
  });

  it('every rule has an English description', () => {
    for (const meta of RULE_METAS) assert.match(ruleTexts(meta, 'en').description, /^[A-Z“]/, meta.id);
  });

  it('every message id a rule reports is in the catalogue (the rules’ own examples, every rule)', () => {
    for (const meta of RULE_METAS) {
      for (const example of meta.examples.incorrect) {
        for (const problem of lint(example).problems) {
          assert.ok(en.has(`${problem.ruleId}.${problem.messageId}`), `${problem.ruleId}.${problem.messageId}`);
          for (const fix of [problem.fix, ...(problem.suggestions ?? [])].filter((f) => f !== undefined)) {
            assert.ok(en.has(`${problem.ruleId}.fixes.${fix.titleId}`), `${problem.ruleId}.fixes.${fix.titleId}`);
          }
        }
      }
    }
  });
});

describe('findings in either language', () => {
  const draft = '一、过去一年工作回顾\n（一）经济运行稳中有进。\n（三）改革开放持续深化。\n';
  const problem = lint(draft).problems.find((p) => p.ruleId === 'heading-sequence')!;

  it('Chinese is what the engine writes; localizeProblem writes message, related messages and fix titles in English', () => {
    assert.equal(problem.message, '标题序号不连续：应为“（二）”，实际为“（三）”。');
    assert.equal(localizeProblem(problem, 'zh'), problem);
    const english = localizeProblem(problem, 'en');
    assert.equal(english.message, 'Heading number out of sequence: expected “（二）”, found “（三）”.');
    assert.deepEqual(english.related?.map((r) => r.message), ['Previous heading of this level “（一）”']);
    assert.equal(english.fix?.title, 'Change “（三）” to “（二）”');
    // Nothing else changes: the same finding, the same edits.
    assert.deepEqual({ ...english, message: '', related: [], fix: undefined, suggestions: [] }, { ...problem, message: '', related: [], fix: undefined, suggestions: [] });
    assert.deepEqual(english.fix?.edits, problem.fix?.edits);
  });

  it('every finding of the rules’ examples reads as English with no placeholder left', () => {
    for (const meta of RULE_METAS) {
      for (const example of meta.examples.incorrect) {
        for (const p of lint(example).problems.map((found) => localizeProblem(found, 'en'))) {
          const texts = [p.message, ...(p.related ?? []).map((r) => r.message), ...[p.fix, ...(p.suggestions ?? [])].flatMap((f) => (f ? [f.title] : []))];
          for (const text of texts) {
            assert.doesNotMatch(text, /\{\w+\}/, `${p.ruleId}: ${text}`);
            assert.match(text, /[A-Za-z]{3,}/, `${p.ruleId}: ${text}`);
          }
        }
      }
    }
  });

  it('a problem over the per-rule limit says so in English too', () => {
    const many: Problem = { ...problem, messageId: 'tooMany', message: '…', data: { rule: 'heading-sequence', max: 500 } };
    assert.equal(localizeProblem(many, 'en').message, '“heading-sequence” found more than 500 problems; the rest are not shown. Deal with the ones shown first.');
  });
});

describe('the language of the findings', () => {
  it('follows the setting, and with auto (or nothing) the editor’s locale; Chinese when nothing is known', () => {
    const cases: [unknown, unknown, 'zh' | 'en'][] = [
      ['en', 'zh-cn', 'en'],
      ['zh-cn', 'en', 'zh'],
      ['zh', undefined, 'zh'],
      ['auto', 'en', 'en'],
      ['auto', 'en-US', 'en'],
      ['auto', 'de', 'en'],
      ['auto', 'zh-cn', 'zh'],
      ['auto', 'zh-tw', 'zh'],
      ['auto', undefined, 'zh'],
      [undefined, undefined, 'zh'],
      [42, 'en', 'en'],
    ];
    for (const [setting, locale, expected] of cases) assert.equal(resolveLanguage(setting, locale), expected, `${String(setting)} / ${String(locale)}`);
  });
});

describe('the manifest in two languages (package.nls.json, package.nls.zh-cn.json)', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = [...new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!))];
  const files = { en: 'package.nls.json', zh: 'package.nls.zh-cn.json' } as const;

  for (const [language, file] of Object.entries(files)) {
    it(`${file} has every %key% of package.json and no other key`, () => {
      const nls = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
      assert.deepEqual({ missing: keys.filter((k) => !(k in nls)), extra: Object.keys(nls).filter((k) => !keys.includes(k)) }, { missing: [], extra: [] });
      for (const [key, value] of Object.entries(nls)) {
        assert.ok(value.trim().length > 0, `${file}: ${key} is empty`);
        // English texts are English (Chinese terms may be quoted); Chinese texts are Chinese.
        if (language === 'zh') assert.match(value, IDEOGRAPH, `${file}: ${key}`);
        else assert.match(value, /[A-Za-z]{3,}/, `${file}: ${key}`);
      }
    });
  }

  it('commands, settings and the view use %key% strings, none a literal', () => {
    const pkg = JSON.parse(manifest);
    const literal = (value: unknown) => typeof value === 'string' && !/^%[^%]+%$/.test(value);
    const offenders: string[] = [];
    for (const command of pkg.contributes.commands) if (literal(command.title) || literal(command.category)) offenders.push(command.command);
    for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties) as [string, { markdownDescription?: string; enumDescriptions?: string[] }][]) {
      if (literal(spec.markdownDescription) || (spec.enumDescriptions ?? []).some(literal)) offenders.push(key);
    }
    for (const view of pkg.contributes.views.explorer) if (literal(view.name)) offenders.push(view.id);
    assert.deepEqual(offenders, []);
  });

  it('each rule setting links to the rule’s section of the shipped docs', () => {
    for (const file of Object.values(files)) {
      const nls = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
      for (const meta of RULE_METAS) {
        assert.ok(nls[`config.rules.${meta.id}`]!.endsWith(`(command:govreport.showRuleDocs?${encodeURIComponent(JSON.stringify([meta.id]))})`), `${file}: ${meta.id}`);
      }
    }
  });
});
