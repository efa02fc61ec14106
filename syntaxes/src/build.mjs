#!/usr/bin/env node
// Generates the TextMate grammars from govreport.grammar.mjs (the single source of the patterns) and the linter's
// vocabulary (server/src/core/vocabulary, bundled by vocabulary.mjs: the words and characters the patterns are made of).
//
//   node syntaxes/src/build.mjs           write syntaxes/govreport.tmLanguage.json and
//                                         syntaxes/govreport-markdown.injection.tmLanguage.json
//   node syntaxes/src/build.mjs --check   exit 1 (and name the file) if a committed file differs
//                                         from what the generator produces; writes nothing
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGrammars, serialize } from './govreport.grammar.mjs';
import { loadVocabulary } from './vocabulary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const check = process.argv.includes('--check');

const { vocabulary, toSimplified } = await loadVocabulary();
let stale = 0;
for (const [file, grammar] of Object.entries(buildGrammars(vocabulary, toSimplified))) {
  const path = join(outDir, file);
  const text = serialize(grammar);
  const shown = relative(process.cwd(), path) || path;
  if (check) {
    let current = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing file counts as stale
    }
    if (current !== text) {
      stale++;
      console.error(`${shown} is out of date: run \`node syntaxes/src/build.mjs\``);
    } else {
      console.log(`${shown} is up to date`);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${shown}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
