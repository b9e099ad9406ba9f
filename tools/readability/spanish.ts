// Spanish readability: a rule-based syllable counter and two readability formulas, for checking
// the Spanish translation of the content. No dependencies.
//
// Method
// - Texts: the text a reader sees (markup already replaced by its shown words), one string per
//   paragraph or list item. Headings and glossary words are left out by the caller.
// - Sentences: each string ends at least one sentence; a sentence also ends at . ! ? or :
//   followed by a space (so "10.000" or "1,5" do not split). The opening marks ¿ and ¡ do not
//   start extra sentences. A piece with no letter or digit is not a sentence.
// - Words: runs of letters (accented letters, ñ and ü included) or digits; a number such as
//   "2022", "10.000" or "1,5" is one word. A hyphen or apostrophe splits words.
// - Syllables: counted by rule from the vowel nuclei (see spanishSyllables below). A word with
//   no vowel (a number, an abbreviation) counts as one syllable.
//
// Formulas
// - Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo et al.,
//   2008):  P = 206.835 - 62.3 * syllables/words - words/sentences
//   INFLESZ bands: < 40 very difficult, 40-55 somewhat difficult, 55-65 normal,
//   65-80 fairly easy, > 80 very easy.
// - Fernández Huerta (1959), as it is usually quoted:
//   L = 206.84 - 0.60 * P - 1.02 * F, P = syllables per 100 words, F = sentences per 100 words.
//   Bands: 90+ very easy, 80-90 easy, 70-80 fairly easy, 60-70 normal, 50-60 somewhat
//   difficult, 30-50 difficult, < 30 very difficult.
//   Caution: in this usual form more (so shorter) sentences LOWER the score, the opposite of
//   Flesch, from which it was adapted; G. Law (LINGUIST List 22.2332, 2011) argues the sentence
//   term should use words per sentence. INFLESZ, which the gate uses, has no such problem.

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const WEAK = new Set(['i', 'u', 'ü']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const isVowel = (c: string) => STRONG.has(c) || WEAK.has(c) || ACCENTED_WEAK.has(c);

/**
 * Two vowels side by side: do they belong to different syllables (hiatus)?
 * - strong + strong: hiatus (po-e-ta, le-er)
 * - an accented weak vowel (í, ú) next to a strong one: hiatus (dí-a, pa-ís, a-ún)
 * - the same vowel twice: hiatus (chi-i-ta)
 * - otherwise (weak + weak, weak + strong): one syllable, a diphthong (ciu-dad, hue-vo)
 */
function isHiatus(a: string, b: string): boolean {
  if (a === b) return true;
  if (STRONG.has(a) && STRONG.has(b)) return true;
  if ((ACCENTED_WEAK.has(a) && STRONG.has(b)) || (STRONG.has(a) && ACCENTED_WEAK.has(b))) return true;
  return false;
}

/**
 * Syllable count of one Spanish word, by rule.
 * - "qu" and "gu" before e/i (é/í): the u is silent (que, guerra, guiso); "ü" is sounded
 *   (pingüino, averigüe).
 * - "y" not followed by a vowel (hoy, muy, rey, buey, and "y" alone) acts as the vowel i;
 *   before a vowel it is a consonant (ayer, yo).
 * - "h" is treated as a consonant (bú-ho, pro-hí-bo).
 * - Each run of vowels gives one syllable plus one more for each hiatus inside it.
 * - A word with no vowel (a number, an abbreviation) counts 1.
 */
export function spanishSyllables(word: string): number {
  let w = String(word).normalize('NFC').toLowerCase();
  // Silent u in que/qui, gue/gui (not gü).
  w = w.replace(/([qg])u(?=[eiéí])/g, '$1');
  const chars = [...w].map((c, i, all) => (c === 'y' && !isVowel(all[i + 1] ?? '') ? 'i' : c));
  let count = 0;
  let previous = '';
  for (const c of chars) {
    if (!isVowel(c)) {
      previous = '';
      continue;
    }
    if (!previous || isHiatus(previous, c)) count += 1;
    previous = c;
  }
  return Math.max(1, count);
}

const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}\d]+/gu;
const SENTENCE_END = /(?<=[.!?:]["'”’»)\]]*)\s+/u;
const HAS_WORD = /[\p{L}\d]/u;

/**
 * Counts sentences, words and syllables over texts already stripped of markup.
 * @param texts one string per paragraph or list item
 */
export function countSpanish(texts: readonly string[]): Counts {
  const totals = {sentences: 0, words: 0, syllables: 0};
  for (const text of texts) {
    const normalized = String(text).normalize('NFC');
    totals.sentences += normalized.split(SENTENCE_END).filter((s) => HAS_WORD.test(s)).length;
    for (const word of normalized.match(WORD) ?? []) {
      totals.words += 1;
      totals.syllables += spanishSyllables(word);
    }
  }
  return totals;
}

export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Szigriszt-Pazos perspicuity, read with the INFLESZ scale. */
export function inflesz({sentences, words, syllables}: Counts): number {
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** Fernández Huerta, as usually quoted: P = syllables per 100 words, F = sentences per 100 words. */
export function fernandezHuerta({sentences, words, syllables}: Counts): number {
  const P = (syllables / words) * 100;
  const F = (sentences / words) * 100;
  return 206.84 - 0.6 * P - 1.02 * F;
}

/** The INFLESZ band of a Szigriszt-Pazos score, in English. */
export function infleszBand(score: number): string {
  if (score < 40) return 'very difficult';
  if (score < 55) return 'somewhat difficult';
  if (score < 65) return 'normal';
  if (score <= 80) return 'fairly easy';
  return 'very easy';
}
