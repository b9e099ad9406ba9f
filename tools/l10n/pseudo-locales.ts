// Pseudo-locales, made from the English at build time and never edited by hand. They show
// what a translation will do to the layout, and prove that no visible text bypasses the
// message catalogue:
//   en-XA  every letter accented and every vowel doubled (about a third longer), each
//          message in ⟦ ⟧ so a cut-off or joined string shows;
//   ar-XB  right to left: each run of text forced to display mirrored (U+202E ... U+202C).
// Term markers keep their ids and placeholders stay as they are, as a translator must keep them.
import {parseEmphasis, parseInline, parsePlaceholders} from '../../src/content/markup.js';

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const vowels = new Set('aeiouAEIOU');

const accent = (words: string) =>
  [...words]
    .map((ch) => {
      const at = plain.indexOf(ch);
      if (at < 0) return ch;
      return vowels.has(ch) ? accented[at].repeat(2) : accented[at];
    })
    .join('');

/**
 * Mirrors a run of words. A space at its end stays outside the bidi controls: a line may break
 * there, as between two words of real right-to-left text (inside, the run would reach, unbroken,
 * into the next element, and stick out of a narrow screen).
 */
const mirror = (words: string) =>
  words.replace(/^([\s\S]*?)(\s*)$/, (_, core: string, after: string) =>
    core.trim() ? `\u202E${core}\u202C${after}` : words,
  );

/**
 * Rewrites each run of words, and each term's shown words; `[[id]]` keeps showing the
 * glossary word, and placeholders such as {lastEdited} are code, not words. Emphasis keeps its
 * marks, and each emphasized run is changed on its own (a mirrored run never spans two).
 */
function eachRun(text: string, change: (words: string) => string): string {
  return parseEmphasis(text)
    .map(({text: part, strong}) => (strong ? `**${eachTermRun(part, change)}**` : eachTermRun(part, change)))
    .join('');
}

function eachTermRun(text: string, change: (words: string) => string): string {
  const words = (run: string) =>
    parsePlaceholders(run)
      .map((part) => (typeof part === 'string' ? change(part) : `{${part.placeholder}}`))
      .join('');
  return parseInline(text)
    .map((run) => {
      if (typeof run === 'string') return words(run);
      return run.text === undefined ? `[[${run.term}]]` : `[[${run.term}|${words(run.text)}]]`;
    })
    .join('');
}

export const pseudoLocales: Record<string, (text: string) => string> = {
  'en-XA': (text) => `⟦${eachRun(text, accent)}⟧`,
  'ar-XB': (text) => eachRun(text, mirror),
};
