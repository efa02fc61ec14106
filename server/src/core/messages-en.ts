/**
 * The English side of the message catalogue (core/messages.ts): for every rule its description, its message
 * templates and its quick-fix titles, under the same ids and with the same `{name}` placeholders as the Chinese
 * templates in the rule's metadata (test/unit/messages.test.ts holds them to that: no key missing, none extra).
 *
 * Words quoted from the draft (ordinals, terms, figures) stay as written, in “ ”; a Chinese term the reader meets in
 * the draft (名词解释, 主要预期目标) is named in brackets after its English gloss.
 */
import type { RuleId } from './types';

export interface RuleTexts {
  description: string;
  messages: Record<string, string>;
  fixes: Record<string, string>;
}

const SEQUENCE_FIXES = {
  thisOnly: 'Change “{from}” to “{to}”',
  fromHere: 'Renumber from “{from}” on ({count} places)',
};

export const EN_RULES: Record<RuleId, RuleTexts> = {
  'heading-sequence': {
    description:
      'Headings of one level under the same parent are numbered 1, 2, 3… with no gap, repeat or reversal, and numbering starts again under a new parent.',
    messages: {
      gap: 'Heading number out of sequence: expected “{expected}”, found “{actual}”.',
      duplicate: 'Heading number repeated: “{actual}” is the same as the previous heading of this level; expected “{expected}”.',
      reversal: 'Heading numbers reversed: “{actual}” comes after “{previous}”; expected “{expected}”.',
      start: 'Heading numbers should start at “{expected}”, found “{actual}”.',
      previousSibling: 'Previous heading of this level “{marker}”',
      parent: 'Parent heading “{marker}”',
    },
    fixes: SEQUENCE_FIXES,
  },
  'heading-level': {
    description:
      'Heading levels go “一、”, “（一）”, “1.”, “（1）” one step at a time, with no level skipped; after a lower level has been used, a higher one does not follow under the same parent.',
    messages: {
      skipped: 'Heading level skipped: under “{parent}” the “{missing}” level comes first, but “{actual}” is used directly.',
      inverted: 'Heading levels inverted: “{actual}” is a higher level than “{lower}”, a lower heading already used at this level, and should not follow it.',
      parent: 'Parent heading “{marker}”',
      lower: 'Lower-level heading “{marker}”',
    },
    fixes: {},
  },
  'heading-punctuation': {
    description:
      '“一、” takes the enumeration comma 、, “1.” a full stop; bracketed ordinals “（一）” “（1）” take no punctuation (the ladder “壹、一、(一)1、(1)” of Hong Kong, Macao and Taiwan follows its own usage; the width of brackets: punctuation-width).',
    messages: {
      wrongMark: 'After the ordinal “{ordinal}” write “{expected}”, not “{actual}”.',
      extraMark: 'A bracketed ordinal “{ordinal}” takes no punctuation: delete “{actual}”.',
      mixedWidth: 'Bracket width differs within one level: most use “{expected}”, here “{actual}”.',
    },
    fixes: {
      replace: 'Change “{actual}” to “{expected}”',
      remove: 'Delete “{actual}”',
      brackets: 'Change to “{expected}”',
    },
  },
  'enumeration-sequence': {
    description:
      'Run-in enumerations in a paragraph (“一是……二是……”, “一要……二要……”, “第一，第二，”, “（1）（2）”, “①②”) are numbered with no gap, repeat or reversal.',
    messages: {
      gap: 'Enumeration out of sequence: expected “{expected}”, found “{actual}”.',
      duplicate: 'Enumeration number repeated: “{actual}” is the same as the previous item; expected “{expected}”.',
      reversal: 'Enumeration reversed: “{actual}” comes after “{previous}”; expected “{expected}”.',
      start: 'The enumeration should start at “{expected}”, found “{actual}”.',
      form: 'One list, two ways of writing its numbers: write “{actual}” in the form “{expected}”, as the other items are.',
      formMany: 'One list, two ways of writing its numbers: “{actual}” and the others, {count} items, should be written in the form “{expected}”, as the rest are.',
      previousItem: 'Previous item “{marker}”',
    },
    fixes: {
      ...SEQUENCE_FIXES,
      form: 'Write the {count} numbers of this list in the form “{expected}”',
    },
  },
  'footnote-missing': {
    description: 'Every note marker in the text has an item of the same number in the explanations section (名词解释 or 注释) at the end.',
    messages: {
      missing: 'The note “{marker}” on {term} has no item in the explanations section (名词解释).',
      noSection: 'The note “{marker}” on {term} is not explained: the report has no explanations section (名词解释 or 注释) at the end.',
      noSectionMany:
        '{count} note markers in the text are not explained: the report has no explanations section (名词解释 or 注释) at the end (the first is “{marker}” on {term}).',
    },
    fixes: {
      stub: 'Add the item {item} to the explanations',
      sectionWithStub: 'Create an explanations section (名词解释) with the item {item}',
      sectionWithStubs: 'Create an explanations section (名词解释) with {count} items to fill in',
      removeAll: 'Delete all {count} note markers',
      remove: 'Delete the note marker “{marker}”',
    },
  },
  'footnote-unused': {
    description: 'Every item of the explanations section (名词解释 or 注释) is referred to by a note marker of the same number in the text.',
    messages: {
      unused: 'The explanation item “{label}” {term} is not referred to by any note marker in the text.',
      noMarkers: 'The explanations section has {count} items, but the text has no note markers at all (superscripts may have been lost in copying).',
    },
    fixes: {},
  },
  'footnote-sequence': {
    description:
      'Note markers are numbered through the whole report, 1, 2, 3… in order of first appearance, with no gap, repeat or reversal; a term is marked only where it first appears.',
    messages: {
      gap: 'Note number out of sequence: in order of appearance this should be “{expected}”, found “{actual}”.',
      reversal: 'Note numbers reversed: “{actual}” comes after “{previous}”; in order of appearance it should be “{expected}”.',
      start: 'Note numbers should start at 1; the first is “{actual}”.',
      duplicate: 'Note number “{actual}” used twice: already used for {firstTerm}, here for {term}.',
      remarked: '{term} was already marked “{actual}” before; a term is marked only where it first appears.',
      itemOrder: 'The explanation item “{actual}” comes after “{previous}”; items should be in the order of their numbers.',
      itemDuplicate: 'The explanation item “{actual}” has the number of an earlier item.',
      itemsRepeated:
        'The explanation items “{actual}” to “{last}” appear twice: these {count} items repeat earlier ones (the section may have been pasted twice).',
      earlierItem: 'Earlier item “{marker}”',
      previousItem: 'Previous item “{marker}”',
      first: 'First use of “{marker}”',
      previous: 'Previous note “{marker}”',
    },
    fixes: {},
  },
  'footnote-term': {
    description: 'The term of an explanation item is the term marked with its number in the text.',
    messages: {
      mismatch: 'The term {term} of the note “{label}” differs from {bodyTerm}, where the note is marked in the text.',
      unpairedOpen: 'In the term of the note “{label}”, an opening quotation mark has no closing one.',
      unpairedClose: 'In the term of the note “{label}”, a closing quotation mark has no opening one.',
      marker: 'Marked in the text: “{marker}”',
    },
    fixes: {
      close: 'Add “{closer}” after the term',
    },
  },
  'footnote-style': {
    description:
      'All note markers are written in one way, the items of the explanations section are numbered in one way, and both use the same square brackets.',
    messages: {
      markers: 'Note markers written in two ways: most are written like “{expected}”, here “{actual}”.',
      items: 'Explanation items numbered in two ways: most are written like “{expected}”, here “{actual}”.',
      bodyAndNotes:
        'Note markers and explanation items are written differently: the {count} markers in the text are written like “{actual}”; write them like the explanation items, “{expected}”.',
      notesAndBody:
        'Note markers and explanation items are written differently: the {count} explanation items are written like “{actual}”; write them like the markers in the text, “{expected}”.',
    },
    fixes: {
      all: 'Write the {count} numbers like “{expected}”',
      one: 'Change to “{expected}”',
    },
  },
  'target-mismatch': {
    description:
      'Where the plan restates an indicator of the main expected targets (主要预期目标), its direction, value, unit and qualifier (左右, 以上, 以内…) agree with the target.',
    messages: {
      mismatch: '“{indicator}” disagrees with the main expected targets (主要预期目标): here “{actual}”, the target is “{target}”.',
      target: 'Main expected target: “{indicator}{target}”',
    },
    fixes: {
      useTarget: 'Change to the target’s “{target}”',
      changeTarget: 'Change the main expected target to “{actual}”',
    },
  },
  'count-mismatch': {
    description:
      'A stated count (“重点做好N个方面工作”, “办好N件民生实事”, “N大X：A、B、C”) matches the number of headings or items listed right after it.',
    messages: {
      headings: 'The count does not match the headings that follow: “{phrase}” says “{stated}”, but {actual} headings follow ({first} to {last}).',
      enumeration: 'The count does not match the list that follows: “{phrase}” says “{stated}”, but {actual} items follow ({first} to {last}).',
      inline: 'The count does not match the list after the colon: “{phrase}” says “{stated}”, but {actual} items follow the colon (“{first}” to “{last}”).',
      before: 'The count does not match the list before it: {actual} items are listed before (“{first}” to “{last}”), but here it says “{phrase}”.',
      deng: 'More items are listed before “等” than the count says: {actual} items come before “等” (“{first}” to “{last}”), but here it says “等{phrase}”.',
      firstItem: 'First item listed: {item}',
      lastItem: 'Last item listed (item {n}): {item}',
    },
    fixes: {
      count: 'Change “{phrase}” to “{fixed}”',
    },
  },
  'year-mismatch': {
    description:
      'Years, plan phases and anniversaries fit the report’s year: the year in the plan part’s title and in the goal sentence, the year a review title names, “今年是…收官之年” and “…成立N周年” (a draft made from last year’s report keeps them).',
    messages: {
      planTitle: 'This is the report for {year} (see line {line}), but the plan part’s title says “{actual}年”.',
      reviewTitle: 'This is the report for {year} (see line {line}), so the review covers {expected}, but its title says “{actual}年”.',
      goalYear: 'This is the report for {year} (see line {line}), but the goal sentence says “{actual}年”.',
      phase: '{subjectYear} is year {nth} of “{period}” ({first}—{last}), not its “{phase}”.',
      phaseOutside: '{subjectYear} is not a year of “{period}” ({first}—{last}), so it is not its “{phase}”.',
      anniversary: '{subjectYear} is the {expected}th anniversary of {event} ({founded}), not the “{actual}周年”.',
      plenum: 'The plenum formula names plenums only up to {named}; before the {year} report was drafted, {latest} had been held (closed {held}). Check whether last year’s wording was kept.',
    },
    fixes: {
      year: 'Change to “{expected}年”',
      period: 'Change to “{expected}”',
      count: 'Change to “{expected}周年”',
    },
  },
  'punctuation-width': {
    description:
      'Commas, semicolons, colons, question and exclamation marks, brackets and quotation marks in Chinese text are full-width (GB/T 15834—2011 5.1); a draft copied from a web page with most of them half-width is reported once.',
    messages: {
      halfWidth: 'Chinese text takes the full-width “{expected}”; this is a half-width “{actual}” (GB/T 15834—2011 5.1: each mark takes one character’s place).',
      halfWidthPair: 'Chinese text takes the full-width “{expected}”; this is a half-width “{actual}” (GB/T 15834—2011 5.1.3).',
      partner: 'The half-width “{actual}” that pairs with it',
      document:
        'Most marks in this document’s Chinese text are half-width: {count} of them ({detail}); Chinese text takes full-width marks (GB/T 15834—2011 5.1: each mark takes one character’s place). They can all be changed at once.',
    },
    fixes: {
      fullWidth: 'Change to “{expected}”',
      all: 'Change all {count} half-width marks to full-width',
    },
  },
  'number-form': {
    description:
      'Arabic numerals are half-width (no full-width digits or decimal points, no mix of “％” and “%”); the zero of a year in Chinese numerals is “〇”; only 万 and 亿 may be Chinese inside an Arabic number; years are written in full and months and days take no leading zero; one count is not written both in Chinese and in Arabic numerals (a hint).',
    messages: {
      fullWidth: 'The number “{actual}” holds full-width characters; Arabic digits and their decimal point are half-width: expected “{expected}” (GB/T 15835—2011).',
      mixedPercent: 'The draft mixes “%” and “％” ({half} half-width, {full} full-width); use the half-width sign: expected “{expected}”.',
      fullWidthDraft: '{count} numbers in the draft use full-width characters (such as “{actual}”); Arabic digits and their decimal point are half-width (GB/T 15835—2011).',
      yearZero: 'The zero of a year written in Chinese numerals is “〇”: expected “{expected}”, found “{actual}” (GB/T 15835—2011 5.2.5).',
      mixedMagnitude: '“{actual}” puts “{magnitude}” after Arabic digits: only 万 and 亿 may be Chinese inside an Arabic number; expected “{expected}” (GB/T 15835—2011).',
      mixedMagnitudeCompound: '“{actual}” mixes “{magnitude}” into an Arabic number: only 万 and 亿 may be Chinese inside it; rewrite it in Arabic digits or in units of 万 or 亿 (GB/T 15835—2011).',
      shortYear: 'Write the year in full: “{actual}” should be “{expected}” (as GB/T 9704—2012 7.3.5 asks of the date of issue).',
      paddedDate: 'Months and days take no leading zero: expected “{expected}”, found “{actual}” (as GB/T 9704—2012 7.3.5 asks of the date of issue).',
      mixedCount: 'The same count is written two ways: “{actual}” here, “{other}” in {count} other place(s); numbers of one kind in one text take one form, so write “{expected}” (GB/T 15835—2011).',
      mixedCountOther: 'Written “{form}” here.',
    },
    fixes: {
      halfWidth: 'Change to “{expected}”',
      halfWidthAll: 'Make the {count} numbers of the draft half-width',
      replace: 'Change to “{expected}”',
    },
  },
  'paired-marks': {
    description:
      'Quotation marks, brackets and book-title marks come in pairs within their paragraph: an opening mark is closed, a closing mark has its opening one, and two pairs do not cross (GB/T 15834—2011).',
    messages: {
      unclosed: '{open} has no matching {close} in this paragraph: quotation marks, brackets and book-title marks come in pairs (GB/T 15834—2011).',
      stray: '{close} has no matching {open} before it: quotation marks, brackets and book-title marks come in pairs (GB/T 15834—2011).',
      mirrored: '{actual} faces the wrong way: write {expected}, to pair with {partner} (GB/T 15834—2011).',
      mismatched: '{open} and {close} are not a pair: both halves are the same kind of mark (GB/T 15834—2011).',
      crossed: '{open}{close} crosses {outerOpen}{outerClose}: {open} opens inside {outerOpen}{outerClose} but closes outside it (GB/T 15834—2011).',
      openedHere: '{open} opens here.',
      outerHere: 'The crossing {outerOpen}{outerClose} is here.',
    },
    fixes: {
      mirror: 'Change {actual} to {expected}',
    },
  },
  'number-range': {
    description:
      'Both terms of a range carry their own “%” or magnitude (“万”, “亿”): 30%—40%, 5万—10万元, not 30—40%, 5—10万元; a span of years takes the one-em dash (2021—2025年).',
    messages: {
      markDropped:
        'The range “{range}” drops the “{mark}” of its first term, which then reads as a number without “{mark}”; write “{expected}” (GB/T 15835—2011: a symbol or unit is not left out where leaving it out is ambiguous).',
      firstTermBare:
        'The first term of the range “{range}” has no symbol or magnitude, so its size cannot be read; write both terms in full (GB/T 15835—2011: a symbol or unit is not left out where leaving it out is ambiguous).',
      yearHyphen: 'The span of years “{range}” uses the short hyphen “-”; the start and end of a span of time take the one-em dash: “{expected}” (GB/T 15834—2011 4.13.3.2).',
    },
    fixes: {
      addMark: 'Write “{expected}”',
      yearDash: 'Change to “{expected}”',
    },
  },
  'double-approximation': {
    description:
      'A figure is not qualified twice with words that say the same, one before it and one after it (约30%左右, 超过80%以上).',
    messages: {
      approximate: 'In “{phrase}” both “{first}” and “{tail}” make the figure approximate; keep one (for example “{expected}”).',
      lower: 'In “{phrase}” both “{first}” and “{tail}” set a lower bound on the figure; keep one (for example “{expected}”).',
      upper: 'In “{phrase}” both “{first}” and “{tail}” set an upper bound on the figure; keep one (for example “{expected}”).',
    },
    fixes: {
      removeTail: 'Delete “{tail}”: “{expected}”',
      removeLead: 'Delete “{first}”: “{expected}”',
    },
  },
};

