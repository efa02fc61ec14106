// The parts of two untyped development dependencies that the CLI tests use.

/** jsdiff 7 (its types came later): applies a unified diff, false when it does not fit. */
declare module 'diff' {
  export function applyPatch(source: string, patch: string): string | false;
}

/** xml2js 0.5: a strict (sax) XML parser; the callback runs before parseString returns. */
declare module 'xml2js' {
  export function parseString(xml: string, options: { strict?: boolean; explicitArray?: boolean }, callback: (error: Error | null, result: unknown) => void): void;
}
