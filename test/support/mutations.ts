/**
 * Plumbing shared by the mutation tests (test/unit/*mutation.test.ts): the documents they read, the raw lines of a
 * text, a splice, and the tally each kind of mutation keeps and checks against its bar. Nothing here reads the
 * report's structure; each test finds what it mutates with its own patterns.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, corpusMoreDir, samplesDir } from './paths';

export interface Document {
  /** `corpus/05_海南省_2026.txt`, `samples/003_….txt`. */
  key: string;
  text: string;
}

function readDir(dir: string, prefix: string): Document[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ key: `${prefix}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The 70 real reports: the 27 of corpus/ and the 43 of corpus-more/. */
export function corpusDocuments(): Document[] {
  return [...readDir(corpusDir(), 'corpus'), ...readDir(corpusMoreDir(), 'corpus-more')];
}

/** The corpus reports and the user's sample drafts. */
export function corpusAndSampleDocuments(): Document[] {
  return [...corpusDocuments(), ...readDir(samplesDir(), 'samples')];
}

export interface RawLine {
  /** 0-based. */
  index: number;
  /** Offset of the first character and of the line break (or the end of the text). */
  start: number;
  end: number;
  text: string;
}

/** The lines of a text, each without its break (\r\n, \n or \r). */
export function rawLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/** The text with `length` characters at `offset` replaced by `insert`. */
export function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}

/** The line break the text uses (for inserted lines). */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** How many misses or flags a check prints: 10, or all with MUTATION_ALL_MISSES=1 in the environment. */
export const MISSES_SHOWN = process.env.MUTATION_ALL_MISSES ? Infinity : 10;

export interface Tally {
  tried: number;
  caught: number;
  misses: string[];
}

export const newTally = (): Tally => ({ tried: 0, caught: 0, misses: [] });

export function record(tally: Tally, caught: boolean, description: string): void {
  tally.tried++;
  if (caught) tally.caught++;
  else tally.misses.push(description);
}

/**
 * Prints `name: caught/tried (rate)` and up to ten misses, then asserts that at least `minTried` mutations were
 * tried (so a pattern that finds nothing cannot pass) and that the rate reaches `bar`.
 */
export function checkCaught(name: string, tally: Tally, minTried: number, bar: number): void {
  const rate = tally.tried ? tally.caught / tally.tried : 0;
  console.log(`      ${name}: ${tally.caught}/${tally.tried} caught (${(rate * 100).toFixed(1)}%)`);
  if (tally.misses.length) console.log(`        missed: ${tally.misses.slice(0, MISSES_SHOWN).join('; ')}`);
  assert.ok(tally.tried >= minTried, `${name}: too few mutations tried (${tally.tried} < ${minTried})`);
  assert.ok(rate >= bar, `${name}: only ${(rate * 100).toFixed(1)}% caught (bar ${bar * 100}%)`);
}

/** For mutations that must not be reported: how many were tried and which were reported all the same. */
export interface FlagTally {
  tried: number;
  flagged: number;
  flags: string[];
}

export const newFlagTally = (): FlagTally => ({ tried: 0, flagged: 0, flags: [] });

export function recordFlag(tally: FlagTally, flagged: boolean, description: string): void {
  tally.tried++;
  if (flagged) {
    tally.flagged++;
    tally.flags.push(description);
  }
}

/**
 * Prints `name flagged: flagged/tried` and up to ten of them, then asserts the minimum tried and that at most
 * `maxRate` were flagged.
 */
export function checkFlagged(name: string, tally: FlagTally, minTried: number, maxRate: number): void {
  const rate = tally.tried ? tally.flagged / tally.tried : 0;
  console.log(`      ${name} flagged: ${tally.flagged}/${tally.tried} (${(rate * 100).toFixed(1)}%)`);
  if (tally.flags.length) console.log(`        flagged: ${tally.flags.slice(0, MISSES_SHOWN).join('; ')}`);
  assert.ok(tally.tried >= minTried, `${name}: too few mutations tried (${tally.tried} < ${minTried})`);
  assert.ok(rate <= maxRate, `${name}: ${(rate * 100).toFixed(1)}% flagged (at most ${maxRate * 100}%)`);
}
