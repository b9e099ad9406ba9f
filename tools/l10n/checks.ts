// What makes a translated text unsafe to show a patient, in a translator's words with how to
// fix it. The build shows the English instead of a target that fails any of these (and prints
// the problem), and `npm run l10n:status` lists the same problems, so both always agree.
import {emphasisCount, hasStrayBrackets, hasUnbalancedEmphasis, keptMarkers} from '../../src/content/markup.js';
import type {Message} from '../content/catalogue.js';
import type {Unit} from './xliff.js';
import {insteadOfEntity} from './xml.js';

/** Edit distance (Levenshtein), for "did you mean". */
export function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The candidate nearest to `word` when it is close enough to be a typo of it. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? best : undefined;
}

/**
 * Entity references left in the decoded text: the file wrote them escaped once more
 * (`&amp;amp;`, `&amp;eacute;`), so the page would show "&amp;" or "&eacute;" as characters.
 */
function shownEntities(text: string): string[] {
  const found = [...text.matchAll(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi)].map(([whole, name]) => {
    if (name.startsWith('#')) {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      const character = String.fromCodePoint(code);
      return `"${whole}" shows as those characters: the file escapes it twice; write ${character} itself`;
    }
    const meant = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}[name];
    if (meant) {
      return (
        `"${whole}" shows as those characters: the file escapes it twice (&amp;${name};); ` +
        `write ${meant} (in a text editor: ${whole})`
      );
    }
    return `"${whole}" shows as those characters (HTML, not XML): ${insteadOfEntity(name)}`;
  });
  return [...new Set(found)];
}

/** How a translator writes a kept marker: a term as [[id|…]], a placeholder as it is. */
const shown = (marker: string) => marker.replace(/^\[\[(.*)\]\]$/, '[[$1|…]]');

/** Pairs each lost marker with the added one most like it, so a typo reads as one problem. */
function markerProblems(want: string[], have: string[]): string[] {
  const lost = want.filter((part) => !have.includes(part));
  const added = have.filter((part) => !want.includes(part));
  const found: string[] = [];
  for (const part of lost) {
    const typo = nearest(part, added);
    if (typo) {
      added.splice(added.indexOf(typo), 1);
      found.push(`${shown(typo)} should be ${shown(part)}, exactly as in the English`);
    } else if (part.startsWith('{')) {
      found.push(`${part} is missing: keep it exactly as written; it becomes a date`);
    } else {
      found.push(`${shown(part)} is missing: keep the marker and its id; translate only the words after "|"`);
    }
  }
  for (const part of added) found.push(`${shown(part)} is not in the English: remove it`);
  return found;
}

/** The words the English marks **…** (bold: must not be missed) must be marked in the translation too. */
function emphasisProblems(source: string, target: string): string[] {
  if (hasUnbalancedEmphasis(target)) {
    return ['unbalanced **: words that must not be missed are marked **words**, with two stars on each side'];
  }
  const want = emphasisCount(source);
  const have = emphasisCount(target);
  if (want === have) return [];
  const groups = (n: number) => `${n} group${n === 1 ? '' : 's'} of words`;
  return [
    `the English marks ${groups(want)} with **…** (shown in bold: they must not be missed), this text ` +
      `marks ${groups(have)}: mark the same words`,
  ];
}

/** What is wrong with a unit's target, in a translator's words; empty when it can be shown. */
export function targetProblems(message: Message, unit: Unit & {target: string}): string[] {
  if (unit.targets > 1) return [`${unit.targets} <target> elements: keep one`];
  if (unit.targetMarkup.length) {
    return [
      `tags <${unit.targetMarkup.join('>, <')}> inside the target: the guide shows text only, so remove the tags ` +
        'and keep their words (write &, < and > as plain text)',
    ];
  }
  if (!unit.target.trim())
    return ['the target is empty: translate it, or delete the <target> to leave it untranslated'];
  const found: string[] = [];
  let markers = markerProblems(keptMarkers(message.text), keptMarkers(unit.target));
  if (hasStrayBrackets(unit.target)) {
    found.push('unbalanced [[ or ]]: a medical word is marked [[id|words]], with two brackets on each side');
    // The broken marker would also count as missing: one message for one mistake.
    markers = markers.filter((problem) => !problem.startsWith('[['));
  }
  found.push(...markers);
  found.push(...emphasisProblems(message.text, unit.target));
  found.push(...shownEntities(unit.target));
  return found;
}
