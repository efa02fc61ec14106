// The linter's vocabulary for the grammar generator: server/src/core/vocabulary (TypeScript) bundled with esbuild
// and imported from memory, so the grammar is made from the very lists the linter reads and no list is kept twice.
// With it comes `toSimplified`, made from the table the linter's normaliser reads a traditional draft with
// (server/src/core/source/traditional-chars.ts): the grammar reads the draft as written and colours every spelling
// the linter would read as a word.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `{ vocabulary, toSimplified }`: the exports of server/src/core/vocabulary/index.ts and the linter's converter. */
export async function loadVocabulary() {
  const result = await build({
    stdin: {
      contents: [
        "export * as vocabulary from './server/src/core/vocabulary/index.ts';",
        "export { TRADITIONAL_CHARS, SIMPLIFIED_CHARS } from './server/src/core/source/traditional-chars.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'grammar-vocabulary.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const { vocabulary, TRADITIONAL_CHARS, SIMPLIFIED_CHARS } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  const simplified = new Map([...TRADITIONAL_CHARS].map((c, i) => [c, SIMPLIFIED_CHARS[i]]));
  /** Character by character, as the normaliser reads a traditional draft. */
  const toSimplified = (text) => [...text].map((c) => simplified.get(c) ?? c).join('');
  return { vocabulary, toSimplified };
}
