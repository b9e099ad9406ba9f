// Pseudo-locales, made from the English at build time and never edited by hand. They show
// what a translation will do to the layout, and prove that no visible text bypasses the
// message catalogue:
//   en-XA  every letter accented and every vowel doubled (about a third longer), each
//          message in ⟦ ⟧ so a cut-off or joined string shows;
//   ar-XB  right to left: each run of text forced to display mirrored (U+202E ... U+202C).
// Term markers keep their ids and placeholders stay as they are, as a translator must keep them.
import {parseInline, parsePlaceholders} from '../../src/content/markup.js';

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

const mirror = (words: string) => (words.trim() ? `\u202E${words}\u202C` : words);

/**
 * Rewrites each run of words, and each term's shown words; `[[id]]` keeps showing the
 * glossary word, and placeholders such as {lastEdited} are code, not words.
 */
function eachRun(text: string, change: (words: string) => string): string {
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
