// Nothing lost without a word: `npm run l10n:status` compares each translation with its version
// in git (the last commit, or --against <ref>), both read against today's English, so a
// change of the English (l10n:extract marks those texts stale in both) or a removed text is
// never counted. It fails when, since that version:
// - translated texts fell: a tool round trip that marked targets untranslated (xliff2po then
//   pomerge), copied the English in, or dropped targets;
// - reviewed texts fell: the reviewer's mark was lost (a tool that rewrites states);
// - notes disappeared: a unit has fewer <note>s (xliff2po keeps none of ours).
// It also names texts that changed but still carry the reviewer's mark (translate-toolkit
// keeps state="final" when a target is edited): right if the reviewer made the change.
import {execFileSync} from 'node:child_process';
import {basename, dirname} from 'node:path';
import type {Message} from '../content/catalogue.js';
import type {ReleaseConfig} from './release.js';
import {translationOf, type Translation} from './translations.js';
import {parseXliff, XliffError, type XliffFile} from './xliff.js';
import {childElements} from './xml.js';

export interface Losses {
  /** The version compared with, e.g. "HEAD". */
  against: string;
  /** Ids translated then, not now. */
  translated: string[];
  /** Ids reviewed then, not now. */
  reviewed: string[];
  /** Ids whose unit has fewer notes now. */
  notes: string[];
  /** Ids reviewed then and now, whose target text changed. */
  changedAfterReview: string[];
}

/** Why there is nothing to compare with, in a few words. */
export type NoComparison = {skipped: string};

function git(folder: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', folder, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** The file as it is in a git revision; a reason instead when there is none. */
function earlierVersion(file: string, against: string): {xliff: XliffFile} | NoComparison {
  const folder = dirname(file);
  if (git(folder, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
    return {skipped: 'not in a git repository, so nothing to compare with'};
  }
  if (git(folder, ['rev-parse', '--verify', '--quiet', `${against}^{commit}`]) === undefined) {
    return {skipped: `git has no revision "${against}"`};
  }
  const text = git(folder, ['show', `${against}:./${basename(file)}`]);
  if (text === undefined) return {skipped: `new since ${against}`};
  try {
    return {xliff: parseXliff(`${file} (git ${against})`, text)};
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    return {skipped: `its version in ${against} cannot be read`};
  }
}

const shownIds = (messages: readonly Message[], translation: Translation) =>
  new Set(messages.filter((_, i) => translation.strings[i] !== null).map(({id}) => id));

const noteCount = (xliff: XliffFile) =>
  new Map(xliff.units.map((unit) => [unit.id, childElements(unit.element, 'note').length]));

/** What a translation lost since its version in git (`against`, e.g. HEAD). */
export function lossesSince(
  messages: readonly Message[],
  translation: Translation,
  config: ReleaseConfig,
  against = 'HEAD',
): Losses | NoComparison {
  const earlier = earlierVersion(translation.file, against);
  if ('skipped' in earlier) return earlier;
  let then: Translation;
  try {
    then = translationOf(messages, translation.locale, translation.file, earlier.xliff, config);
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    return {skipped: `its version in ${against} cannot be read`};
  }
  const ids = messages.map(({id}) => id);
  const shownThen = shownIds(messages, then);
  const shownNow = shownIds(messages, translation);
  const reviewedNow = new Set(translation.reviewedIds);
  const notesThen = noteCount(earlier.xliff);
  const notesNow = noteCount(translation.xliff);
  const targetsThen = new Map(earlier.xliff.units.map((unit) => [unit.id, unit.target]));
  const targetsNow = new Map(translation.xliff.units.map((unit) => [unit.id, unit.target]));
  return {
    against,
    translated: ids.filter((id) => shownThen.has(id) && !shownNow.has(id)),
    reviewed: then.reviewedIds.filter((id) => !reviewedNow.has(id)),
    notes: ids.filter((id) => (notesNow.get(id) ?? 0) < (notesThen.get(id) ?? 0)),
    changedAfterReview: then.reviewedIds.filter(
      (id) => reviewedNow.has(id) && targetsThen.get(id) !== targetsNow.get(id),
    ),
  };
}

/** True when the losses make l10n:status fail (a change after review is only reported). */
export const hasLosses = (losses: Losses) =>
  losses.translated.length > 0 || losses.reviewed.length > 0 || losses.notes.length > 0;
