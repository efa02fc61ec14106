/**
 * Word's automatic numbering (word/numbering.xml, ECMA-376 Part 1 §17.9): the list definitions, and the counters that
 * turn a paragraph's `w:numPr` (or its style's) into the number Word shows, such as 一、 （二） 3. ④.
 *
 * - A paragraph names a concrete list (`w:num`, by numId) and a level (`w:ilvl`); the list names an abstract definition
 *   (`w:abstractNum`) whose levels hold the start value, the format (`w:numFmt`), the level text (`%1、`, `（%2）`,
 *   `%1.%2`), the restart level (`w:lvlRestart`) and the suffix after the number (`w:suff`).
 * - Lists that share an abstract definition share its counters (Word continues the numbering); a list with a
 *   `w:lvlOverride`/`w:startOverride` (Word's “restart numbering”) counts on its own and starts there; a `w:lvl`
 *   inside an override replaces that level.
 * - A level's counter restarts when a higher level is used (or only the levels `w:lvlRestart` names).
 * - Bullets and `none` render nothing: they are decoration, not numbers a drafter types.
 * The suffix: Word puts a tab after the number by default; a drafter types 一、加快… with nothing after the mark, so
 * after a number that ends with punctuation the suffix renders nothing, otherwise (第一章) one space.
 */
import { formatCapitalNumeral, formatChineseNumeral, formatCircled } from '../core/index';

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart`: restart after a use of levels 1…restart (1-based); 0 never; undefined: after any higher level. */
  restart?: number;
  /** `w:isLgl`: every number of the level text written as a decimal. */
  legal: boolean;
  suff: 'tab' | 'space' | 'nothing';
  /** `w:pStyle`: the paragraph style this level is linked to. */
  pStyle?: string;
}

export interface AbstractNum {
  levels: (Level | undefined)[];
  /** `w:numStyleLink`: the definition lives in the numbering style of that name. */
  numStyleLink?: string;
}

export interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

export function emptyLevel(): Level {
  return { start: 1, numFmt: 'decimal', lvlText: '', legal: false, suff: 'tab' };
}

/** The paragraph-style side: a style's own numbering (`w:numPr` in its `w:pPr`, inherited through `w:basedOn`). */
export interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/** Counters over a document, in document order. */
export class NumberingState {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seenNums = new Set<string>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styleNumIds: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The number Word shows for the next paragraph of list `numId` at level `ilvl`, with its suffix; '' for none. */
  next(numId: string, ilvl: number): string {
    if (numId === '0') return '';
    const num = this.defs.nums.get(numId);
    if (!num) return '';
    const abstract = this.abstractOf(num);
    if (!abstract) return '';
    const level = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abstract.levels[i];
    const current = level(ilvl);
    if (!current) return '';
    const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = [];
      this.counters.set(key, counters);
    }
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      // Word's “restart numbering”: the overridden levels start afresh at this list's first paragraph.
      for (const [i, override] of num.overrides) if (override.start !== undefined || override.level) counters[i] = undefined;
    }
    const startOf = (i: number) => num.overrides.get(i)?.start ?? level(i)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = level(k)?.restart;
      // Default: restart after any higher level; lvlRestart r: after levels 1…r (1-based); 0: never.
      if (restart === undefined ? true : restart !== 0 && ilvl + 1 <= restart) counters[k] = undefined;
    }
    if (current.numFmt === 'bullet' || current.numFmt === 'none') return '';
    const text = current.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const value = counters![i] ?? startOf(i);
      return formatNumber(value, current.legal && i !== ilvl ? 'decimal' : (level(i)?.numFmt ?? 'decimal'));
    });
    if (text === '' || current.suff === 'nothing') return text;
    return /[\p{P}\p{S}]$/u.test(text) ? text : `${text} `;
  }

  private abstractOf(num: Num): AbstractNum | undefined {
    let abstract = this.defs.abstracts.get(num.abstractId);
    // A definition that points at a numbering style: follow the style to its list once.
    if (abstract?.numStyleLink) {
      const linkedNum = this.defs.nums.get(this.styleNumIds.get(abstract.numStyleLink) ?? '');
      const linked = linkedNum && this.defs.abstracts.get(linkedNum.abstractId);
      if (linked && !linked.numStyleLink) abstract = linked;
    }
    return abstract;
  }
}

const IDEOGRAPH_ZERO = '\u3007';

/** A counter value in one of Word's number formats (ST_NumberFormat). */
export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumeral(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(value).replace(/[0-9]/g, (d) => (d === '0' ? IDEOGRAPH_ZERO : formatChineseNumeral(Number(d))));
    case 'chineseLegalSimplified':
      return formatCapitalNumeral(value, false);
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return formatCapitalNumeral(value, true);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return formatCircled(value) ?? String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'upperLetter':
    case 'lowerLetter': {
      // A … Z, AA … ZZ, AAA … (Word repeats the letter).
      const letter = String.fromCharCode((numFmt === 'upperLetter' ? 65 : 97) + ((value - 1) % 26));
      return letter.repeat(Math.floor((value - 1) / 26) + 1);
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(value);
      return numFmt === 'upperRoman' ? roman : roman.toLowerCase();
    }
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(value);
  }
}

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [n, s] of table) while (value >= n) { out += s; value -= n; }
  return out;
}
