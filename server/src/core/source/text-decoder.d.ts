// The core's tsconfig has neither the DOM library nor Node's types (it must not use Node's I/O); TextDecoder is a
// global of every runtime the core runs in (Node, VS Code's extension host, web workers). This is the part it uses.
declare class TextDecoder {
  constructor(label?: string, options?: { ignoreBOM?: boolean; fatal?: boolean });
  decode(input?: ArrayBufferView): string;
}
