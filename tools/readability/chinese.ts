// Chinese readability: two plain figures, not a formula, and no goal. No dependencies, no list.
//
// There is no Flesch for Chinese. The measures in studies of Chinese texts need what this
// project cannot ship: Wang et al. (below) add "difficult words per hundred words" to sentence
// length, which takes a word segmenter and the HSK word lists; regression formulas such as Lin
// and Xu's (IJLT 2023;9(3):219-223: difficult words, different characters, sentence length,
// function words) take the same. Yang's formula (1971) could not be checked from here and is not
// used. So the tool prints the two figures it can count honestly, and fails the build on
// neither: no goal has been agreed for them.
//
// Method
// - Texts: the text a reader sees (markup already replaced by its shown words), one string per
//   paragraph or list item. Headings are left out by the caller.
// - Characters: Chinese characters (Unicode script Han) only; digits, Latin letters and
//   punctuation are not counted, as Wang et al. count the "words" of a text.
// - Sentences: each string ends at least one; a sentence also ends at 。！？；or … (or their
//   half-width forms), the marks Wang et al. split at (not at ：). A piece with no Chinese
//   character is not a sentence.
// - ANS, sentences per 100 characters (100 / the average sentence length in characters). The
//   criteria Wang et al. use for it: above 10 simple, 6 to 10 primary, below 6 intermediate or
//   difficult (Q. Wang, L. Xie, L. Wang, X. Li, L. Xu, P. Chen, "Readability in printed education
//   materials for Chinese patients with systemic lupus erythematosus: a mixed-method design",
//   BMJ Open 2020;10:e038091, table 1).
// - Not common: the share of characters outside level 1 of GB 2312-80, the 3,755 characters the
//   standard calls common (常用汉字; level 2 holds 3,008 less common ones). The level is read from
//   the GBK decoder that Node's ICU carries (rows 16 to 55), so no character list is shipped.
//   This is the 1980 list, not the 3,500 characters of today's first level (通用规范汉字表,
//   2013), which cannot be read offline; it is an approximation, with no published band.

/** The characters of GB 2312-80 level 1, from the GBK decoder; undefined where Node has none. */
function gb2312Level1(): ReadonlySet<string> | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk', {fatal: true});
  } catch {
    return undefined;
  }
  const level1 = new Set<string>();
  for (let row = 0xb0; row <= 0xd7; row++) {
    // Row 55 (0xd7) ends at cell 89 (0xf9); the other rows have all 94 cells.
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) {
      level1.add(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return level1;
}

/** Level 1 of GB 2312-80 (3,755 characters), or undefined when this Node cannot decode GBK. */
export const commonCharacters = gb2312Level1();

const HAN = /\p{Script=Han}/gu;
const SENTENCE_END = /(?<=[。！？；…!?;])/u;

export interface ChineseCounts {
  sentences: number;
  /** Chinese characters. */
  words: number;
  /** Chinese characters outside GB 2312-80 level 1. */
  uncommon: number;
}

/**
 * Counts sentences, characters and characters outside level 1 over texts already stripped of
 * markup.
 * @param texts one string per paragraph or list item
 * @param common the common characters (GB 2312-80 level 1 unless a test passes its own)
 */
export function countChinese(
  texts: readonly string[],
  common: ReadonlySet<string> = commonCharacters ?? new Set(),
): ChineseCounts {
  const totals = {sentences: 0, words: 0, uncommon: 0};
  for (const text of texts) {
    const normalized = String(text).normalize('NFC');
    totals.sentences += normalized.split(SENTENCE_END).filter((s) => /\p{Script=Han}/u.test(s)).length;
    for (const [character] of normalized.matchAll(HAN)) {
      totals.words += 1;
      if (!common.has(character)) totals.uncommon += 1;
    }
  }
  return totals;
}

/** ANS: sentences per 100 Chinese characters. */
export const sentencesPer100 = ({sentences, words}: Pick<ChineseCounts, 'sentences' | 'words'>): number =>
  (sentences / words) * 100;

/** The share of characters outside the common ones, in per cent. */
export const uncommonPercent = ({words, uncommon}: Pick<ChineseCounts, 'words' | 'uncommon'>): number =>
  (uncommon / words) * 100;

/** The band Wang et al. (2020) give an ANS figure, in English. */
export function ansBand(ans: number): string {
  if (ans > 10) return 'simple';
  if (ans >= 6) return 'primary';
  return 'intermediate or difficult';
}
