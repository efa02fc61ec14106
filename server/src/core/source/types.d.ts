// opencc-js ships ESM-flavoured typings for its CommonJS build; this is the part the core uses.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
