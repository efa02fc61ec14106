// Runs every compiled mocha test (out/test/**/*.test.js) and ends with the line CI reads: `N passed, N failed`.
// `npm test` builds first (pretest: esbuild bundles, tsc -b). Arguments are passed to mocha's grep: `npm test -- heading`.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const testRoot = join(root, 'out', 'test');

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e' && name !== 'vscode-host') found.push(...findTests(path));
    } else if (name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60000, color: !process.env.CI });
const grep = process.argv.slice(2).join(' ');
if (grep) mocha.grep(grep);
for (const file of findTests(testRoot)) mocha.addFile(file);

const runner = mocha.run((failures) => {
  const stats = runner.stats ?? { passes: 0, failures };
  console.log(`\n${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
  process.exitCode = failures > 0 ? 1 : 0;
});
