// Vietnamese: figures to read, not a readability score. No dependencies.
//
// Why no formula. Published work on Vietnamese: Nguyen and Henkin's readability formulas
// (Journal of Reading, 1980s), and later models trained on school textbooks (Luong, Nguyen, Dinh
// and others, 2018 to 2020; Pham, Nguyen and Le-Hong, 2025). None is used here:
// - we could not check the formulas' coefficients against a text we can cite;
// - all were fitted to texts for school children and students, not to adults reading patient
//   education;
// - counting Vietnamese words, rather than written syllables, needs a word segmenter and its
//   dictionary: a word may be one syllable or several (xét nghiệm, tủy xương).
// So nothing here is a grade or a goal, and the gate never fails on it.
//
// What it counts, from the text a reader sees (markup already replaced by its shown words):
// - Sentences: each paragraph or list item ends one; so do . ! ? and : followed by a space.
// - Syllables: Vietnamese writes a space between syllables, so each run of letters or digits is
//   one written syllable (a number such as 10 counts as one; so does a loanword written whole,
//   such as aspirin or lympho).
// - Letters: a letter counts once with its marks, whether it is stored composed (ệ, U+1EC7) or
//   as e and two combining marks: marks are not letters.
// Figures: syllables per sentence, the plainest sign of a long sentence, and letters per
// syllable. Compare them between versions of the same text, not with other languages'.

const SYLLABLE = /[\p{L}\p{M}\d]+/gu;
const SENTENCE_END = /(?<=[.!?:]["'”’»)\]]*)\s+/u;
const HAS_WORD = /[\p{L}\d]/u;

export interface VietnameseCounts {
  sentences: number;
  /** Written syllables. Named words so the report's table can show it in its words column. */
  words: number;
  syllables: number;
  letters: number;
}

/**
 * Counts sentences, written syllables and letters over texts already stripped of markup.
 * @param texts one string per paragraph or list item
 */
export function countVietnamese(texts: readonly string[]): VietnameseCounts {
  const totals = {sentences: 0, words: 0, syllables: 0, letters: 0};
  for (const text of texts) {
    totals.sentences += String(text)
      .split(SENTENCE_END)
      .filter((s) => HAS_WORD.test(s)).length;
    for (const syllable of String(text).match(SYLLABLE) ?? []) {
      totals.words += 1;
      totals.syllables += 1;
      totals.letters += syllable.match(/\p{L}/gu)?.length ?? 0;
    }
  }
  return totals;
}

/** Syllables per sentence and letters per syllable. */
export function vietnameseFigures({
  sentences,
  syllables = 0,
  letters = 0,
}: {
  sentences: number;
  syllables?: number;
  letters?: number;
}): [number, number] {
  return [syllables / sentences, letters / syllables];
}

/** For `npm run readability`: the columns, and the line that says these are figures, not a score. */
export const vietnamese = {
  lang: 'vi',
  count: countVietnamese,
  columns: ['syll/sent', 'letters/syll'] as [string, string],
  scores: vietnameseFigures,
  goal:
    'not measured with a readability formula: none validated for Vietnamese patient education can run here ' +
    '(tools/readability/vietnamese.ts says why). Figures only, no goal: syllables per sentence and letters ' +
    'per syllable; the words column counts written syllables',
};
