// Which translations a release ships: the maintainer's one place for it is xliff/release.json,
// read by the build, `npm run l10n:status` and the review page's data (dist/languages.json).
//
//   {
//     "release": {"es": "why it ships although not complete, or not yet reviewed"},
//     "reviewedOnly": false,
//     "sameAsEnglish": {"es": ["pelvis", "anemia"]}
//   }
//
// - A language ships in dist/ (the script-tag bundle and npm) when it is complete (every text
//   translated, none broken, none stale) and reviewed: a medical translator approved exactly
//   these texts (review.ts). Otherwise it is held back, and the build says why: a draft never
//   reaches a release by being finished.
// - release: languages the maintainer releases on purpose although not complete or not reviewed,
//   each with the reason, which the build, l10n:status and dist/languages.json repeat. Their
//   pages tell readers, in their language, that no medical translator has approved them.
// - reviewedOnly: true ships only reviewed languages, even those named under release: for a
//   hospital that shows reviewed languages only.
// - sameAsEnglish: per language, texts that are rightly the same as the English ("pelvis" in
//   Spanish). Any other target identical to its English counts as not translated.
// The development bundle and the review page keep every language, whatever this file says.
// The file is optional; without it, nothing is released on purpose and nothing is allowed to
// stay English.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {checkTag} from './tags.js';
import {XliffError} from './xliff.js';

export interface ReleaseConfig {
  /** Where it was read from (or would be), for messages. */
  file: string;
  reviewedOnly: boolean;
  /** Languages released on purpose although not complete or not reviewed, each with the reason. */
  release: Readonly<Record<string, string>>;
  sameAsEnglish: Readonly<Record<string, readonly string[]>>;
}

export const releaseFileName = 'release.json';

/** The longest list or text the file may hold: it is written by hand, and a typo must not cost. */
const maxEntries = 1000;
const maxText = 2000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads <folder>/release.json; throws XliffError (file and what is wrong) when it cannot be used. */
export function readReleaseConfig(folder: string): ReleaseConfig {
  const file = join(folder, releaseFileName);
  const config: ReleaseConfig = {file, reviewedOnly: false, release: {}, sameAsEnglish: {}};
  if (!existsSync(file)) return config;
  const fail = (problem: string): never => {
    throw new XliffError(file, 1, 1, problem);
  };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(data)) return fail('it must hold one JSON object, {"reviewedOnly": false, ...}');
  const known = ['$comment', 'release', 'reviewedOnly', 'sameAsEnglish'];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) fail(`"${key}" is not a setting here; the settings are ${known.slice(1).join(', ')}`);
  }
  const languageKeys = (name: string, value: unknown): [string, unknown][] => {
    if (!isRecord(value)) return fail(`"${name}" must be an object keyed by language tag, e.g. {"fr": ...}`);
    const entries = Object.entries(value);
    if (entries.length > maxEntries) fail(`"${name}" has more than ${maxEntries} languages`);
    for (const [tag] of entries) {
      const check = checkTag(tag);
      if (check.error !== undefined) fail(`"${name}": ${check.error}`);
      else if (check.tag !== tag) fail(`"${name}": write "${check.tag}", as the file xliff/${check.tag}.xlf is named`);
    }
    return entries;
  };
  if (Object.hasOwn(data, 'reviewedOnly')) {
    if (typeof data.reviewedOnly !== 'boolean') fail('"reviewedOnly" must be true or false');
    config.reviewedOnly = data.reviewedOnly as boolean;
  }
  if (Object.hasOwn(data, 'release')) {
    const reasons: Record<string, string> = {};
    for (const [tag, reason] of languageKeys('release', data.release)) {
      if (typeof reason !== 'string' || !reason.trim() || reason.length > maxText) {
        fail(`"release": "${tag}" needs the reason it is released, as text`);
      }
      reasons[tag] = (reason as string).trim();
    }
    config.release = reasons;
  }
  if (Object.hasOwn(data, 'sameAsEnglish')) {
    const same: Record<string, string[]> = {};
    for (const [tag, texts] of languageKeys('sameAsEnglish', data.sameAsEnglish)) {
      if (
        !Array.isArray(texts) ||
        texts.length > maxEntries ||
        !texts.every((text) => typeof text === 'string' && text.length <= maxText)
      ) {
        fail(`"sameAsEnglish": "${tag}" must be a list of texts, e.g. ["pelvis", "anemia"]`);
      }
      same[tag] = texts as string[];
    }
    config.sameAsEnglish = same;
  }
  return config;
}

/** The numbers a release decision needs (Translation['counts']). */
export interface ReleaseCounts {
  /** Every text of the guide: translated + missing + sameAsEnglish + broken. */
  texts: number;
  /** Shown to patients in the language (stale ones included: they show until reviewed). */
  translated: number;
  /** Translated, up to date, and carrying the reviewer's mark (review.ts, isReviewed). */
  reviewed: number;
  /** Translated, but the English has changed since. */
  stale: number;
  /** A target the page cannot show (checks.ts): the English shows. */
  broken: number;
  /** No translation yet: no target, or one marked new or needs-translation. */
  missing: number;
  /** A target identical to its English, and not in release.json's sameAsEnglish: the English shows. */
  sameAsEnglish: number;
}

/** What keeps a language from being complete, e.g. ["3 not translated yet", "1 stale"]; empty when complete. */
export function gaps(counts: ReleaseCounts): string[] {
  return [
    counts.missing && `${counts.missing} not translated yet`,
    counts.sameAsEnglish && `${counts.sameAsEnglish} the same as the English`,
    counts.broken && `${counts.broken} broken`,
    counts.stale && `${counts.stale} stale`,
  ].filter((gap): gap is string => typeof gap === 'string');
}

export interface Release {
  released: boolean;
  /** Released although not complete or not reviewed, because release.json names it. */
  onPurpose: boolean;
  /** Why, in one phrase for any reader: "complete and reviewed", or what is missing. */
  why: string;
  /** For the maintainer, when held back: how to release it. */
  howToRelease?: string;
}

/**
 * Whether a language ships in dist/, and why. `lastReview` is the day of a medical translator's
 * sign-off of exactly these texts (review.ts, lastReviewDate), if any.
 */
export function releaseOf(locale: string, counts: ReleaseCounts, config: ReleaseConfig, lastReview?: string): Release {
  const missing = gaps(counts);
  const reviewed = counts.texts > 0 && counts.reviewed === counts.texts && lastReview !== undefined;
  if (reviewed && !missing.length) return {released: true, onPurpose: false, why: 'complete and reviewed'};
  const marked = counts.reviewed < counts.texts ? `${counts.reviewed} of ${counts.texts} texts marked` : 'no sign-off';
  const lacks = [
    missing.length ? `not complete (${missing.join(', ')})` : '',
    reviewed ? '' : `not reviewed by a medical translator (${marked})`,
  ].filter(Boolean);
  const reason = Object.hasOwn(config.release, locale) ? config.release[locale] : undefined;
  if (reason !== undefined && !config.reviewedOnly) {
    return {released: true, onPurpose: true, why: `released on purpose although ${lacks.join(' and ')}: ${reason}`};
  }
  return {
    released: false,
    onPurpose: false,
    why: lacks.join('; ') + (config.reviewedOnly ? '; this build ships reviewed languages only' : ''),
    howToRelease: config.reviewedOnly
      ? 'a medical translator approves every text, then its sign-off is recorded (TRANSLATING.md, "Review and approve")'
      : `${missing.length ? 'finish it and have' : 'have'} a medical translator approve it (TRANSLATING.md), ` +
        `or name it with the reason in ${config.file}, "release": {"${locale}": "…"}`,
  };
}
