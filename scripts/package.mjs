// `npm run package`: builds the production bundles and packs the extension into govreport-lint-<version>.vsix.
//
//   node scripts/package.mjs [--out FILE.vsix]
//
// The bundles hold every runtime dependency, so vsce packs no node_modules (--no-dependencies); .vscodeignore
// lets through only the bundles, grammar, snippets, language configuration, manifest (+ package.nls*.json), README,
// CHANGELOG, licence, icon and the documents read offline (docs/rules.md, the README's pictures). vsce runs
// with stdin from /dev/null so it can never stop at a prompt. The contents are checked
// against scripts/vsix.mjs's list (test/e2e/node/vsix.test.mjs checks them in depth).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expectedFiles, listVsix, ROOT } from './vsix.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(ROOT, `${manifest.name}-${manifest.version}.vsix`));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`package: ${command} ${args.join(' ')} failed (${result.error?.message ?? result.status ?? result.signal})`);
    process.exit(1);
  }
}

run(process.execPath, ['esbuild.mjs', '--production']);
run(process.execPath, [
  join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package',
  '--no-dependencies',
  '--out', out,
  // README links (docs/rules.md, docs/*.png) stay relative: the files ship in the .vsix, so the extension page shows
  // the pictures and opens the rule reference offline, from the installed extension's folder.
  '--no-rewrite-relative-links',
]);

const names = listVsix(out).map((e) => e.name).sort();
const expected = expectedFiles();
const extra = names.filter((n) => !expected.includes(n));
const missing = expected.filter((n) => !names.includes(n));
console.log(`package: ${relative(process.cwd(), out) || out} (${(statSync(out).size / 1024).toFixed(0)} KiB, ${names.length} files)`);
if (extra.length || missing.length) {
  if (extra.length) console.error(`package: unexpected files in the .vsix: ${extra.join(', ')} (see .vscodeignore)`);
  if (missing.length) console.error(`package: files missing from the .vsix: ${missing.join(', ')} (see .vscodeignore)`);
  process.exit(1);
}
