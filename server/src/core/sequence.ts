/**
 * Continuity of an ordinal run (headings under one parent, items of one enumeration): 1, 2, 3 … with no gap,
 * duplicate or reversal. Shared by heading-sequence and enumeration-sequence so both judge a slip alike.
 */

export type SequenceSlip = 'gap' | 'duplicate' | 'reversal' | 'start';

export interface SequenceFinding {
  /** Index of the item in the run that is reported. */
  index: number;
  slip: SequenceSlip;
  expected: number;
  /**
   * True when only this item is wrong (its neighbours agree with each other): renumbering it alone is the fix.
   * False when the items after it follow from it: the run is renumbered from here.
   */
  single: boolean;
}

/**
 * `mustStartAtOne`: the run has a parent, so it must start at 1 (an excerpt that opens mid-run has none).
 * After a slip the run is followed as written, so one slip is reported once, not at every later item.
 */
export function checkSequence(ordinals: readonly number[], mustStartAtOne: boolean): SequenceFinding[] {
  const findings: SequenceFinding[] = [];
  let previous: number | undefined;
  /** Set by a slip whose fix renumbers the rest of the run: later slips expect what that renumbering writes. */
  let renumbered: { index: number; expected: number } | undefined;
  for (let i = 0; i < ordinals.length; i++) {
    const actual = ordinals[i]!;
    const next = ordinals[i + 1];
    if (previous === undefined) {
      previous = actual;
      if (!mustStartAtOne || actual === 1) continue;
      // 二、三、四 under a parent: the first is missing. 三、二、三: the first is a typo for 一.
      const single = next !== undefined && next === 2;
      findings.push({ index: i, slip: 'start', expected: 1, single });
      if (single) previous = 1;
      else renumbered = { index: i, expected: 1 };
      continue;
    }
    const expected = previous + 1;
    if (actual === expected) {
      previous = actual;
      continue;
    }
    const slip: SequenceSlip = actual === previous ? 'duplicate' : actual < previous ? 'reversal' : 'gap';
    if (renumbered) {
      // （一）（三）（二）: the gap at （三） renumbers the run to （二）（三）, so （二） is to become （三）, not （四）.
      // An item that already has the number the renumbering gives it is no slip: （二）（一）（三）.
      const renumberedValue = renumbered.expected + (i - renumbered.index);
      if (actual !== renumberedValue) findings.push({ index: i, slip, expected: renumberedValue, single: true });
      previous = actual;
      continue;
    }
    // 一二二四 or 一二五四: this item alone is wrong when the next one continues from the expected value.
    const single = next !== undefined && next === expected + 1;
    findings.push({ index: i, slip, expected, single });
    previous = single ? expected : actual;
    if (!single) renumbered = { index: i, expected };
  }
  return findings;
}
