// The packaged extension (GOVREPORT_VSIX, built by scripts/package.mjs) holds exactly what it needs: the
// bundles, grammar, snippets, language configuration, manifest (+ package.nls.json, package.nls.zh-cn.json), README,
// CHANGELOG, licence, icon, and the documents read offline (the rule reference, the README's pictures) — nothing
// more (sources, maps, node_modules, tests) and nothing less. A .vsix is a zip.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expectedFiles, listVsix, manifestFiles, ROOT } from '../../../scripts/vsix.mjs';

describe('the .vsix', () => {
  /** @type {ReturnType<typeof listVsix>} */
  let entries;
  const entry = (name) => {
    const found = entries.find((e) => e.name === name);
    assert.ok(found, `${name} is not in the .vsix`);
    return found;
  };

  before(() => {
    const vsix = process.env.GOVREPORT_VSIX;
    assert.ok(vsix && existsSync(vsix), `GOVREPORT_VSIX must name the packaged extension (got ${vsix})`);
    entries = listVsix(vsix);
  });

  it('contains exactly the bundles, grammar, snippets, manifest, README, CHANGELOG, licence, icon and offline docs', () => {
    const names = entries.map((e) => e.name).sort();
    const expected = expectedFiles();
    assert.deepEqual(
      { extra: names.filter((n) => !expected.includes(n)), missing: expected.filter((n) => !names.includes(n)) },
      { extra: [], missing: [] },
    );
  });

  it('holds production bundles: minified, no source maps, no unbundled requires', () => {
    for (const name of ['extension/client/dist/extension.js', 'extension/server/dist/server.js']) {
      const code = entry(name).read().toString('utf8');
      assert.ok(!code.includes('sourceMappingURL'), `${name} points at a source map`);
      const lines = code.split('\n').length;
      assert.ok(code.length / lines > 1000, `${name} is not minified (${lines} lines, ${code.length} characters)`);
      // Everything is bundled: the only module left to the host is `vscode` (client) and Node's own.
      const requires = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      const foreign = requires.filter((r) => r !== 'vscode' && !builtinModules.includes(r.replace(/^node:/, '')));
      assert.deepEqual([...new Set(foreign)], [], `${name} requires modules that are not bundled`);
    }
  });

  it('every file the manifest names is in the package, and the manifest is the repository’s', () => {
    const manifest = JSON.parse(entry('extension/package.json').read().toString('utf8'));
    const source = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.name, source.name);
    assert.equal(manifest.version, source.version);
    const keys = [...new Set([...Object.keys(manifest.contributes), ...Object.keys(source.contributes)])];
    const differ = keys.filter((k) => JSON.stringify(manifest.contributes[k]) !== JSON.stringify(source.contributes[k]));
    assert.deepEqual(differ, [], 'contributions in the .vsix differ from package.json (package again after editing it)');
    const referenced = [manifest.main, ...manifestFiles(manifest.contributes)];
    assert.ok(referenced.includes('syntaxes/govreport.tmLanguage.json'), `manifest paths not found: ${referenced}`);
    for (const path of referenced) entry(`extension/${path.replace(/^\.\//, '')}`);
    // %placeholders% of the manifest resolve from package.nls.json (English) and package.nls.zh-cn.json (Chinese).
    const placeholders = [...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(entry(`extension/${file}`).read().toString('utf8'));
      assert.deepEqual(placeholders.filter((p) => !(p in nls)), [], file);
    }
  });

  it('the icon is a 128×128 PNG; the rule reference and the README ship as in the repository, links relative', () => {
    const manifest = JSON.parse(entry('extension/package.json').read().toString('utf8'));
    const icon = entry(`extension/${manifest.icon}`).read();
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    assert.ok(entry('extension/docs/rules.md').read().equals(readFileSync(join(ROOT, 'docs', 'rules.md'))), 'docs/rules.md differs');
    // vsce is told not to rewrite relative links: the extension page opens them from the installed folder, offline.
    const readme = entry('extension/readme.md').read().toString('utf8');
    assert.ok(readme.includes('](docs/rules.md#heading-sequence)'), 'the README links to the shipped rule reference');
    assert.ok(readme.includes('](docs/screenshot.png)'), 'the README shows the shipped screenshot');
    // Every picture the README shows is in the package, as in the repository.
    for (const [, path] of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
      assert.ok(!/^https?:/.test(path), `the README shows a picture from the network: ${path}`);
      assert.ok(entry(`extension/${path}`).read().equals(readFileSync(join(ROOT, path))), `${path} differs`);
    }
    assert.ok(!/https?:\/\/[^)\s]*docs\/rules\.md/.test(readme), 'a README link to the rule reference leads online');
  });

  it('packs the grammar and snippets byte for byte', () => {
    for (const path of ['syntaxes/govreport.tmLanguage.json', 'syntaxes/govreport-markdown.injection.tmLanguage.json', 'snippets/govreport.code-snippets']) {
      assert.ok(entry(`extension/${path}`).read().equals(readFileSync(join(ROOT, path))), `${path} differs from the repository's`);
    }
  });
});
