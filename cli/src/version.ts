// A plain `require` so that esbuild inlines package.json into the bundle at build time; an `import` would make
// tsc -b want package.json listed in the project's files (TS6307).
const pkg = require('../../package.json') as { version: string };

/** The package version, inlined by esbuild at build time. */
export const VERSION: string = pkg.version;
