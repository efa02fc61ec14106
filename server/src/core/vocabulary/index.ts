/**
 * The vocabulary: every domain word, character, form and cue the facts readers, the rules, the settings and the
 * grammar generator use, each list in one place. Patterns are built here from the lists; outside this folder no
 * regular expression holds a Chinese word (test/unit/vocabulary.test.ts holds the code to that).
 */
export * from './regex';
export * from './numerals';
export * from './numeral-values';
export * from './marks';
export * from './ordinals';
export * from './titles';
export * from './figures';
export * from './indicators';
export * from './counts';
export * from './footnotes';
export * from './prose';
export * from './scripts';
export * from './number-form';
export * from './usage';
export * from './years';
