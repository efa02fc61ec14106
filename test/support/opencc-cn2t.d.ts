// opencc-js ships ESM-flavoured typings for its CommonJS build; this is the part the grammar tests use (the
// traditional spellings of a vocabulary word, to check that the grammar colours them).
declare module 'opencc-js/cn2t' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
