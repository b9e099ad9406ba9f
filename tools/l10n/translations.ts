// Every translation in xliff/, read once for the build, `npm run l10n:status` and `npm run
// l10n:extract`, so they agree on every count. For each message: the translator's text when
// it is safe to show (checks.ts), else nothing, so the element shows the English there; and
// each language's counts (translated, reviewed, stale, broken, missing, the same as the
// English), whether it is complete, and whether the release ships it (release.ts).
//
// Two kinds of problem:
// - whole-file ones throw XliffError (file:line:col, the unit, what to do): the file is not
//   well-formed XML, is not XLIFF 1.2, names another language, or has a unit twice. The build
//   stops; dist/ keeps the last good build.
// - a unit's problem makes that one text English, with one line saying why and how to fix it.
import {readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Message} from '../content/catalogue.js';
import type {SignOff} from '../content/model.js';
import {nearest, targetProblems} from './checks.js';
import {readReleaseConfig, releaseOf, type Release, type ReleaseConfig, type ReleaseCounts} from './release.js';
import {isReviewed, lastReviewDate} from './review.js';
import {checkTag} from './tags.js';
import {isStaleState, readXliff, untranslatedStates, XliffError, type Unit, type XliffFile} from './xliff.js';

/** A unit's problem, at its line in the file. */
export interface UnitLine {
  id: string;
  line: number;
}

export interface BrokenUnit extends UnitLine {
  problems: string[];
}

export interface StaleUnit extends UnitLine {
  /** The English the target was translated from, when the file still has it. */
  was: string | undefined;
  now: string;
}

export interface UnknownUnit extends UnitLine {
  /** The real id it is most like, when close enough to be a typo of it. */
  suggestion: string | undefined;
  /** The suggestion is a message this file has no translation for: the id was mistyped or changed. */
  likelyTypo: boolean;
  translated: boolean;
}

/** A language's numbers, for the build's summary, l10n:status, dist/languages.json and the sign-off. */
export interface LanguageCounts extends ReleaseCounts {
  /** Units whose id is no text of the guide. */
  unknown: number;
}

export interface Translation {
  locale: string;
  /** The language's name in English, e.g. "French". */
  name: string;
  file: string;
  xliff: XliffFile;
  /** One per message, in catalogue order: the text to show, or null for the English. */
  strings: (string | null)[];
  /** Ids of the messages with no translation yet (no target, or one marked new or needs-translation). */
  missing: string[];
  /** Targets identical to their English (left untranslated, or copied by a tool): shown as English. */
  sameAsEnglish: UnitLine[];
  /** Units whose target the build does not show, and why. */
  broken: BrokenUnit[];
  /** Shown targets whose English has changed since (they show until reviewed). */
  stale: StaleUnit[];
  /** Ids of the texts shown, up to date, and carrying the reviewer's mark (review.ts). */
  reviewedIds: string[];
  /** Units whose id is no message of the guide. */
  unknown: UnknownUnit[];
  counts: LanguageCounts;
  /** Every text translated, none broken, none stale: what a release needs (release.ts). */
  complete: boolean;
  /** Whether dist/ ships it, and why (release.ts, xliff/release.json). */
  release: Release;
  /** The date of the last review by a medical translator (YYYY-MM-DD), when one is recorded (review.ts). */
  lastReview: string | undefined;
}

/** The XLIFF files in a folder: one per locale, named <locale>.xlf. */
export function translationFiles(folder = 'xliff'): {locale: string; file: string}[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xlf'))
    .sort()
    .map((name) => ({locale: name.slice(0, -'.xlf'.length), file: join(folder, name)}));
}

/** Whole-file checks that need the file's name: the tag is one a translation can have, and the file says it. */
function checkLanguage(xliff: XliffFile, locale: string, file: string): string {
  const check = checkTag(locale);
  if (check.error !== undefined) throw new XliffError(file, 1, 1, `the file name says "${locale}": ${check.error}`);
  if (check.tag !== locale) {
    throw new XliffError(file, 1, 1, `name the file ${check.tag}.xlf: language tags are written "${check.tag}"`);
  }
  const said = xliff.locale;
  if (said !== locale) {
    const written = said === undefined ? 'no target-language' : `target-language="${said}"`;
    const fix =
      said === undefined
        ? `add target-language="${locale}" to <file>`
        : `change it to target-language="${locale}" (a file for ${said} would be named ${said}.xlf)`;
    throw new XliffError(
      file,
      xliff.file.line,
      xliff.file.column,
      `the file is ${locale}.xlf, but its <file> says ${written}: ${fix}`,
    );
  }
  return check.name;
}

const isTranslated = (unit: Unit | undefined): unit is Unit & {target: string} =>
  unit?.target !== undefined && !untranslatedStates.has(unit.state ?? '');

/**
 * Reads one translation. `config` is the folder's release.json (release.ts), read from beside
 * the file when not given.
 */
export async function readTranslation(
  messages: readonly Message[],
  locale: string,
  file: string,
  config: ReleaseConfig = readReleaseConfig(dirname(file)),
  signOffs: readonly SignOff[] = [],
): Promise<Translation> {
  return translationOf(messages, locale, file, await readXliff(file), config, signOffs);
}

/** A translation from a file already parsed (also an earlier version of it, from git: history.ts). */
export function translationOf(
  messages: readonly Message[],
  locale: string,
  file: string,
  xliff: XliffFile,
  config: ReleaseConfig,
  /** The content's sign-offs (content/sign-offs.yaml): a review's date comes only from one. */
  signOffs: readonly SignOff[] = [],
): Translation {
  const name = checkLanguage(xliff, locale, file);
  const units = new Map(xliff.units.map((unit) => [unit.id, unit]));
  const allowedSame = new Set(Object.hasOwn(config.sameAsEnglish, locale) ? config.sameAsEnglish[locale] : []);
  const missing: string[] = [];
  const sameAsEnglish: UnitLine[] = [];
  const broken: BrokenUnit[] = [];
  const stale: StaleUnit[] = [];
  const reviewedIds: string[] = [];
  const strings = messages.map((message) => {
    const unit = units.get(message.id);
    if (!isTranslated(unit)) {
      missing.push(message.id);
      return null;
    }
    const problems = targetProblems(message, unit);
    if (problems.length) {
      broken.push({id: message.id, line: (unit.targetElement ?? unit.element).line, problems});
      return null;
    }
    // The English left in place, or copied in by a tool (the English the unit was translated
    // from counts too): it shows as English, marked lang="en", unless it is a word that stays.
    const target = unit.target.trim();
    if ((target === message.text.trim() || target === unit.source.trim()) && !allowedSame.has(target)) {
      sameAsEnglish.push({id: message.id, line: (unit.targetElement ?? unit.element).line});
      return null;
    }
    if (unit.source !== message.text) stale.push({id: unit.id, line: unit.line, was: unit.source, now: message.text});
    else if (isStaleState(unit.state)) {
      stale.push({id: unit.id, line: unit.line, was: unit.previousSource, now: message.text});
    } else if (isReviewed(unit)) reviewedIds.push(unit.id);
    return unit.target;
  });
  const ids = messages.map(({id}) => id);
  const known = new Set(ids);
  const unknown = xliff.units
    .filter((unit) => !known.has(unit.id))
    .map((unit): UnknownUnit => {
      const suggestion = nearest(unit.id, ids);
      return {
        id: unit.id,
        line: unit.line,
        suggestion,
        likelyTypo: suggestion !== undefined && !isTranslated(units.get(suggestion)),
        translated: isTranslated(unit),
      };
    });
  const counts: LanguageCounts = {
    texts: messages.length,
    translated: strings.filter((text) => text !== null).length,
    reviewed: reviewedIds.length,
    stale: stale.length,
    broken: broken.length,
    missing: missing.length,
    sameAsEnglish: sameAsEnglish.length,
    unknown: unknown.length,
  };
  const complete = counts.translated === counts.texts && counts.stale === 0;
  const lastReview = lastReviewDate(locale, messages, strings, counts, signOffs);
  const release = releaseOf(locale, counts, config, lastReview);
  return {
    locale,
    name,
    file,
    xliff,
    strings,
    missing,
    sameAsEnglish,
    broken,
    stale,
    reviewedIds,
    unknown,
    counts,
    complete,
    release,
    lastReview,
  };
}

/**
 * Every translation in a folder, read before anything is written: the ones that can be read,
 * and for each file that cannot, its `file:line:col` message (XliffError).
 */
export async function readTranslations(
  messages: readonly Message[],
  folder = 'xliff',
  signOffs: readonly SignOff[] = [],
): Promise<{translations: Translation[]; unreadable: string[]; config: ReleaseConfig | undefined}> {
  const translations: Translation[] = [];
  const unreadable: string[] = [];
  let config: ReleaseConfig | undefined;
  try {
    config = readReleaseConfig(folder);
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    return {translations, unreadable: [error.message], config};
  }
  for (const {locale, file} of translationFiles(folder)) {
    try {
      translations.push(await readTranslation(messages, locale, file, config, signOffs));
    } catch (error) {
      if (!(error instanceof XliffError)) throw error;
      unreadable.push(error.message);
    }
  }
  return {translations, unreadable, config};
}

/** One line for a unit whose id is no message, in a translator's words. */
export function unknownLine({suggestion, likelyTypo}: UnknownUnit): string {
  if (suggestion && likelyTypo) {
    return (
      `no text of the guide has this id; did you mean "${suggestion}"? Put back the id "${suggestion}" ` +
      '(ids are never translated or changed); until then that text shows in English'
    );
  }
  const like = suggestion ? ` (the nearest, "${suggestion}", has its own unit)` : '';
  return (
    `no text of the guide has this id${like}: if its English was removed, npm run l10n:extract removes the unit; ` +
    'if the id was changed, put back the id it had'
  );
}

/** The first few of a list of ids, for one line: "a, b, c and 12 more". */
export function firstIds(ids: readonly string[], shown = 5): string {
  const more = ids.length - shown;
  return ids.slice(0, shown).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** One line for targets identical to their English, which show as English. */
export function sameAsEnglishLine({file, locale, name, sameAsEnglish}: Translation): string {
  const count = sameAsEnglish.length;
  return (
    `${file}: ${count} ${count === 1 ? 'target is' : 'targets are'} the same as the English, so the English shows: ` +
    `${firstIds(sameAsEnglish.map(({id}) => id))}. Translate them; a word that rightly stays the same in ` +
    `${name} goes in release.json beside the file, "sameAsEnglish": {"${locale}": ["…"]}`
  );
}

/** "0 reviewed (last review: none recorded)": the review state in the words of every summary. */
export function reviewPhrase({counts, lastReview}: Translation): string {
  return `${counts.reviewed} reviewed (last review: ${lastReview ?? 'none recorded'})`;
}

/** The lines the build prints for a language: one per problem, then its summary. */
export function buildLines(translation: Translation): {problems: string[]; summary: string} {
  const {locale, name, file, broken, unknown, counts, release} = translation;
  const problems = [
    ...broken.map(({id, line, problems}) => `${file}:${line}: ${id}: ${problems.join('; ')}`),
    ...unknown
      .filter((unit) => unit.translated)
      .map((unit) => `${file}:${unit.line}: ${unit.id}: ${unknownLine(unit)}`),
    ...(counts.sameAsEnglish ? [sameAsEnglishLine(translation)] : []),
  ];
  const english = counts.texts - counts.translated;
  const why = [
    counts.missing && `${counts.missing} not translated yet`,
    counts.sameAsEnglish && `${counts.sameAsEnglish} the same as the English`,
    counts.broken && `${counts.broken} broken: see the lines above`,
  ].filter(Boolean);
  const summary =
    `${locale} (${name}, ${file}): ${counts.translated}/${counts.texts} translated, ` +
    `${reviewPhrase(translation)}, ${counts.stale} stale` +
    (english ? `; ${english} ${english === 1 ? 'shows' : 'show'} in English (${why.join(', ')})` : '') +
    `; ${release.released ? 'released' : 'held back from dist/'}: ${release.why}`;
  return {problems, summary};
}
