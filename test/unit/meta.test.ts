/**
 * Holds the project to its contracts: the registry, the generated artefacts (settings, rule docs, README table),
 * the fixtures of every rule, the rules' own examples, and the purity of the core.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INDICATORS } from '../../server/src/core/vocabulary/indicators';
import { lint, RULE_IDS, RULE_METAS } from '../../server/src/core/index';
import { fixturesDir, repoRoot } from '../support/paths';

const root = repoRoot();

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

describe('meta', () => {
  it('the registry lists every rule id once, in RULE_IDS order', () => {
    assert.deepEqual(RULE_METAS.map((m) => m.id), [...RULE_IDS]);
  });

  it('generated artefacts are up to date (npm run generate)', function () {
    this.timeout(60000);
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'generate.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });

  it('every installed dependency with an install script is reviewed in allowScripts (npm ci prints no warning)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const reviewed = Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(.)@[^@]*$/, '$1'));
    assert.ok(withScripts.length > 0);
    for (const name of withScripts) assert.ok(reviewed.includes(name), `${name} has an install script that allowScripts does not cover`);
  });

  it('every runtime dependency is justified in the README’s Dependencies table, and is in the lockfile as one', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; dependencies?: Record<string, string> }> };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Dependencies'));
    for (const name of Object.keys(pkg.dependencies)) {
      assert.ok(new RegExp(`^\\|[^\\n]*\`${name}\``, 'm').test(table), `${name} is not in the README's Dependencies table`);
      assert.equal(lock.packages['']?.dependencies?.[name], pkg.dependencies[name], `${name}: package-lock.json differs from package.json`);
      assert.ok(!lock.packages[`node_modules/${name}`]?.dev, `${name} is marked dev in package-lock.json`);
    }
  });

  it('package.json declares a severity setting for every rule, with the rule default', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const properties = pkg.contributes.configuration.properties;
    for (const meta of RULE_METAS) {
      const setting = properties[`govreport.rules.${meta.id}`];
      assert.ok(setting, `missing govreport.rules.${meta.id}`);
      assert.equal(setting.default, meta.defaultSeverity);
      assert.deepEqual(setting.enum, ['off', 'hint', 'info', 'warning', 'error']);
    }
    const ruleKeys = Object.keys(properties).filter((k) => k.startsWith('govreport.rules.'));
    assert.deepEqual(ruleKeys, RULE_METAS.map((m) => `govreport.rules.${m.id}`), 'a setting for an unknown rule');
  });

  it('the README names every rule and every setting', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const meta of RULE_METAS) assert.ok(readme.includes(meta.id), `README lacks ${meta.id}`);
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      if (!key.startsWith('govreport.rules.')) assert.ok(readme.includes(key), `README lacks setting ${key}`);
    }
  });

  it('the README gives the set-up-and-run and test commands (CI runs them) and leaves the developers’ notes to DEVELOPING.md', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const developing = readFileSync(join(root, 'DEVELOPING.md'), 'utf8');
    for (const command of ['npm ci && npm run demo', 'npm test', 'npm run package']) assert.ok(readme.includes(command), `README lacks ${command}`);
    for (const command of ['npm test', 'npm run test:vscode', 'npm run package', 'npm run generate', 'npm run bench']) {
      assert.ok(developing.includes(command), `DEVELOPING.md lacks ${command}`);
    }
    // Generated sections and the developers' workflow stay out of the users' page.
    assert.ok(!readme.includes('npm run generate'), 'README names npm run generate');
    assert.ok(readme.includes('](DEVELOPING.md'), 'README does not point developers to DEVELOPING.md');
    // Links the extension page opens from the installed folder: only files the .vsix holds (scripts/vsix.mjs).
    const local = [...readme.matchAll(/\]\(([^)#:\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    for (const path of local) assert.ok(existsSync(join(root, path)), `README links to a missing file ${path}`);
  });

  it('docs/rules.md has an anchor for every rule', () => {
    const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    for (const meta of RULE_METAS) assert.ok(docs.includes(`\n## ${meta.id}\n`), `docs lack ${meta.id}`);
  });

  for (const meta of RULE_METAS) {
    describe(meta.id, () => {
      it('has fixtures: at least one clean and one with expected problems', () => {
        const dir = fixturesDir('rules', meta.id);
        assert.ok(existsSync(dir), `no fixtures in ${dir}`);
        const cases = readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && !n.includes('.fixed.'));
        const annotated = cases.filter((n) => readFileSync(join(dir, n), 'utf8').includes(`//~`));
        assert.ok(annotated.length >= 1, 'no fixture with expected problems');
        assert.ok(cases.length > annotated.length, 'no clean fixture');
      });

      it('its incorrect examples trigger it and its correct examples do not', () => {
        for (const example of meta.examples.incorrect) {
          assert.ok(lint(example).problems.some((p) => p.ruleId === meta.id), `not triggered by:\n${example}`);
        }
        for (const example of meta.examples.correct) {
          const found = lint(example).problems.filter((p) => p.ruleId === meta.id);
          assert.deepEqual(found.map((p) => p.message), [], `triggered by a correct example:\n${example}`);
        }
      });

      it('every message has a Chinese template and fixable rules offer fixes', () => {
        for (const [id, template] of Object.entries(meta.messages)) assert.match(template, /[\u4e00-\u9fff]/, `${id} is not Chinese`);
        const offered = meta.examples.incorrect.some((example) => lint(example).problems.some((p) => p.ruleId === meta.id && p.fix));
        assert.equal(offered, meta.fixable, 'fixable flag and offered fixes disagree');
      });
    });
  }

  it('the indicator vocabulary: each bare name is one of its synonyms, and no synonym names two indicators', () => {
    const owner = new Map<string, string>();
    for (const { name, synonyms, bare = [] } of INDICATORS) {
      assert.ok(synonyms.includes(name), `${name} is not among its own synonyms`);
      for (const b of bare) assert.ok(synonyms.includes(b), `bare ${b} of ${name} is not a synonym`);
      for (const synonym of synonyms) {
        assert.equal(owner.get(synonym) ?? name, name, `${synonym} names both ${owner.get(synonym)} and ${name}`);
        owner.set(synonym, name);
      }
    }
  });

  it('the core imports nothing from vscode, the LSP packages or Node', () => {
    const coreDir = join(root, 'server', 'src', 'core');
    const allowed = new Set(['nzh/cn']);
    const offenders: string[] = [];
    for (const file of filesUnder(coreDir, '.ts')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|require\s*\(\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (!spec.startsWith('.') && !allowed.has(spec)) offenders.push(`${relative(root, file)}: ${spec}`);
      }
      if (/\bprocess\.|\bBuffer\b|\bsetTimeout\(/.test(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offenders.push(`${relative(root, file)}: uses a Node global`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the core type-checks with no Node or DOM types (server/src/core/tsconfig.json)', function () {
    this.timeout(60000);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', join(root, 'server', 'src', 'core', 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
