// dist/languages.json: the languages of this build, for what a CMS, a patient portal or the docs
// site reads (docs/languages.md documents it): one entry per translation in xliff/, whether
// dist/ ships it and why, its counts and its review state. The build writes it (also into the
// development bundle, build/dev/, where every language ships); `npm run l10n:table` turns it
// into the docs' language table.
import {reviewState, type ReviewState} from './review.js';
import type {LanguageCounts, Translation} from './translations.js';

export interface LanguageEntry {
  /** The BCP 47 tag, as in `locale="…"` and `lang="…"`. */
  tag: string;
  /** The language's name in English, e.g. "Spanish". */
  name: string;
  /** Its name in the language itself, e.g. "español". */
  nativeName: string;
  /** In this bundle: elements show it. False: held back; an element asked for it shows English. */
  released: boolean;
  /** True when released although not complete, by the maintainer's choice (xliff/release.json). */
  releasedOnPurpose: boolean;
  /** Why it is released or held back, in one phrase. */
  why: string;
  /** Every text translated, none broken, none stale. */
  complete: boolean;
  /** "reviewed" when every text carries a reviewer's mark; "partly reviewed"; "not reviewed". */
  review: ReviewState;
  /** The date of the last review by a medical translator (YYYY-MM-DD); null when none is recorded. */
  lastReview: string | null;
  counts: Omit<LanguageCounts, 'unknown'>;
}

export interface LanguagesFile {
  /** What the file is, and where it is documented. */
  about: string;
  /** The guide's own language, always shown: English. */
  sourceLanguage: string;
  /** True when this build ships reviewed languages only (xliff/release.json). */
  reviewedOnly: boolean;
  languages: LanguageEntry[];
}

const about =
  'The languages of bone-marrow-guide in this build: which ones it ships and why, how much of each is ' +
  'translated and reviewed. Documented in docs/languages.md.';

function nativeName(tag: string): string {
  try {
    return (
      new Intl.DisplayNames([tag], {type: 'language', languageDisplay: 'standard', fallback: 'none'}).of(tag) ?? tag
    );
  } catch {
    return tag;
  }
}

export function languageEntry(translation: Translation): LanguageEntry {
  const {locale, name, complete, release, lastReview} = translation;
  const {unknown, ...counts} = translation.counts;
  void unknown;
  return {
    tag: locale,
    name,
    nativeName: nativeName(locale),
    released: release.released,
    releasedOnPurpose: release.onPurpose,
    why: release.why,
    complete,
    review: reviewState(counts, lastReview),
    lastReview: lastReview ?? null,
    counts,
  };
}

export function languagesFile(
  translations: readonly Translation[],
  sourceLanguage: string,
  reviewedOnly: boolean,
): LanguagesFile {
  return {about, sourceLanguage, reviewedOnly, languages: translations.map(languageEntry)};
}

const percent = (part: number, whole: number) => `${whole ? Math.floor((part / whole) * 100) : 0}%`;

/** One markdown cell: no pipe or line break can break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The docs' language table, in markdown, from a languages file. */
export function languagesTable(file: LanguagesFile): string {
  const rows = [
    '| Language | In this release | Translated | Reviewed by a medical translator | Stale | Last review |',
    '| -------- | --------------- | ---------- | -------------------------------- | ----- | ----------- |',
    `| English (\`${file.sourceLanguage}\`), the source | yes | the original text | ` +
      "see each element's dates line | – | – |",
    ...file.languages.map((language) => {
      const {texts, translated, reviewed, stale} = language.counts;
      const release = language.released
        ? language.releasedOnPurpose
          ? `yes, on purpose: ${language.why}`
          : 'yes'
        : `held back: ${language.why}`;
      return [
        `${language.name} (\`${language.tag}\`) – ${language.nativeName}`,
        release,
        `${translated} of ${texts} (${percent(translated, texts)})`,
        `${language.review}: ${reviewed} of ${texts}`,
        String(stale),
        language.lastReview ?? 'none recorded',
      ]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |');
    }),
  ];
  return `${rows.join('\n')}\n`;
}
