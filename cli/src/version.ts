// A plain `require` so that esbuild inlines package.json into the bundle at build time; an `import` would make
// tsc -b want package.json listed in the project's files (TS6307).
const pkg = require('../../package.json') as { version: string };

/** The package version, inlined by esbuild at build time. */
export const VERSION: string = pkg.version;

/**
 * The rule reference: each rule id is an anchor on it. The same page as the editor's links
 * (`DOCS_BASE` in server/src/diagnostics.ts; a test holds them equal).
 */
export const RULE_DOCS = 'https://github.com/govreport/govreport-lint/blob/main/docs/rules.md';

/** The project's page: SARIF's `tool.driver.informationUri`. */
export const HOMEPAGE = RULE_DOCS.replace(/\/blob\/.*$/, '');
