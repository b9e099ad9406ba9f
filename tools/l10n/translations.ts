// Every translation in xliff/, read once for the build, `npm run l10n:status` and `npm run
// l10n:extract`, so they agree on every count. For each message: the translator's text when
// it is safe to show (checks.ts), else nothing, so the element shows the English there.
//
// Two kinds of problem:
// - whole-file ones throw XliffError (file:line:col, the unit, what to do): the file is not
//   well-formed XML, is not XLIFF 1.2, names another language, or has a unit twice. The build
//   stops; dist/ keeps the last good build.
// - a unit's problem makes that one text English, with one line saying why and how to fix it.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Message} from '../content/catalogue.js';
import {nearest, targetProblems} from './checks.js';
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
  /** Units whose target the build does not show, and why. */
  broken: BrokenUnit[];
  /** Shown targets whose English has changed since (they show until reviewed). */
  stale: StaleUnit[];
  /** Shown, up to date, and approved by a reviewer. */
  reviewed: number;
  /** Units whose id is no message of the guide. */
  unknown: UnknownUnit[];
}

/** The XLIFF files in a folder: one per locale, named <locale>.xlf. */
export function translationFiles(folder = 'xliff'): {locale: string; file: string}[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xlf'))
    .sort()
    .map((name) => ({locale: name.slice(0, -'.xlf'.length), file: join(folder, name)}));
}

/** How many of a language's messages show translated. */
export const translatedCount = (translation: Translation) => translation.strings.filter((text) => text !== null).length;

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

export async function readTranslation(
  messages: readonly Message[],
  locale: string,
  file: string,
): Promise<Translation> {
  const xliff = await readXliff(file);
  const name = checkLanguage(xliff, locale, file);
  const units = new Map(xliff.units.map((unit) => [unit.id, unit]));
  const missing: string[] = [];
  const broken: BrokenUnit[] = [];
  const stale: StaleUnit[] = [];
  let reviewed = 0;
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
    if (unit.source !== message.text) stale.push({id: unit.id, line: unit.line, was: unit.source, now: message.text});
    else if (isStaleState(unit.state)) {
      stale.push({id: unit.id, line: unit.line, was: unit.previousSource, now: message.text});
    } else if (unit.approved || unit.state === 'signed-off' || unit.state === 'final') reviewed += 1;
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
  return {locale, name, file, xliff, strings, missing, broken, stale, reviewed, unknown};
}

/**
 * Every translation in a folder, read before anything is written: the ones that can be read,
 * and for each file that cannot, its `file:line:col` message (XliffError).
 */
export async function readTranslations(
  messages: readonly Message[],
  folder?: string,
): Promise<{translations: Translation[]; unreadable: string[]}> {
  const translations: Translation[] = [];
  const unreadable: string[] = [];
  for (const {locale, file} of translationFiles(folder)) {
    try {
      translations.push(await readTranslation(messages, locale, file));
    } catch (error) {
      if (!(error instanceof XliffError)) throw error;
      unreadable.push(error.message);
    }
  }
  return {translations, unreadable};
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

/** The lines the build prints for a language: one per problem, then its summary. */
export function buildLines(translation: Translation): {problems: string[]; summary: string} {
  const {locale, name, file, strings, missing, broken, stale, reviewed, unknown} = translation;
  const problems = [
    ...broken.map(({id, line, problems}) => `${file}:${line}: ${id}: ${problems.join('; ')}`),
    ...unknown
      .filter((unit) => unit.translated)
      .map((unit) => `${file}:${unit.line}: ${unit.id}: ${unknownLine(unit)}`),
  ];
  const shown = translatedCount(translation);
  const english = strings.length - shown;
  const why = [
    missing.length && `${missing.length} not translated yet`,
    broken.length && `${broken.length} broken: see the lines above`,
  ].filter(Boolean);
  const summary =
    `${locale} (${name}, ${file}): ${shown}/${strings.length} translated, ${reviewed} reviewed, ${stale.length} stale` +
    (english ? `; ${english} ${english === 1 ? 'shows' : 'show'} in English (${why.join(', ')})` : '');
  return {problems, summary};
}
