/**
 * The draft's script, judged once: what a fix writes follows it (兩 or 两, 貳 or 贰, the ROC ladder). Matching does not
 * depend on it: the normaliser (normalize.ts) brings any line with traditional characters to simplified script.
 */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../vocabulary/scripts';

// A table by code unit, read in one loop: a Set lookup per character (and a regular expression of the same
// characters, tried instead) took about a millisecond per lint, a third of a report's whole lint time.
const SCRIPT_OF = new Uint8Array(0x10000);
for (const c of TRADITIONAL_ONLY) SCRIPT_OF[c.charCodeAt(0)] = 1;
for (const c of SIMPLIFIED_ONLY) SCRIPT_OF[c.charCodeAt(0)] = 2;

/** True when the text is written in traditional characters (judged on its first 20,000 code units). */
export function isTraditionalScript(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i++) {
    const script = SCRIPT_OF[text.charCodeAt(i)];
    if (script === 1) traditional++;
    else if (script === 2) simplified++;
  }
  return traditional > simplified;
}
