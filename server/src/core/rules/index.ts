/**
 * The rule registry, in reporting order: the README's rule table and the settings schema follow this order.
 * Adding a rule: a module in this folder, an entry here, its id in `RULE_IDS`, fixtures, `npm run generate`.
 */
import type { Rule } from '../rule';
import headingSequence from './heading-sequence';
import headingLevel from './heading-level';
import headingPunctuation from './heading-punctuation';
import enumerationSequence from './enumeration-sequence';
import footnoteMissing from './footnote-missing';
import footnoteUnused from './footnote-unused';
import footnoteSequence from './footnote-sequence';
import footnoteTerm from './footnote-term';
import footnoteStyle from './footnote-style';
import targetMismatch from './target-mismatch';
import countMismatch from './count-mismatch';
import yearMismatch from './year-mismatch';
import punctuationWidth from './punctuation-width';
import numberForm from './number-form';
import pairedMarks from './paired-marks';
import numberRange from './number-range';
import doubleApproximation from './double-approximation';

export const RULES: readonly Rule[] = [
  headingSequence,
  headingLevel,
  headingPunctuation,
  enumerationSequence,
  footnoteMissing,
  footnoteUnused,
  footnoteSequence,
  footnoteTerm,
  footnoteStyle,
  targetMismatch,
  countMismatch,
  yearMismatch,
  punctuationWidth,
  pairedMarks,
  numberRange,
  numberForm,
  doubleApproximation,
] as Rule[];
