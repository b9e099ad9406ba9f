// Language tags for translations: which ones a translation can have, and their names. One rule
// for `npm run l10n:add` and for the build, so a file the build would refuse is never created.
//
// Never a translation: English (the source), the pseudo-locales (made at build time), and
// tags reserved for private use: `x-...`, languages qaa to qtz, regions AA, QM to QZ, XA to XZ
// and ZZ (en-XA and ar-XB are of these), and und, mul, mis, zxx, which name no language. The
// tests use such tags for "a language the guide lacks" (x-missing, qaa-CA), so that adding a
// language can never break them.
import {pseudoLocales} from './pseudo-locales.js';

const englishName = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none', languageDisplay: 'standard'});

/** The language's name in English, e.g. "French (Canada)"; undefined when Node does not know it. */
export function languageName(tag: string): string | undefined {
  try {
    return englishName.of(tag);
  } catch {
    return undefined;
  }
}

const notLanguages = new Set(['und', 'mul', 'mis', 'zxx']);
const privateRegion = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/** Why a tag cannot name a translation; undefined when it can. `tag` must be canonical. */
function refusal(tag: string, sourceLocale: string): string | undefined {
  const [language, ...rest] = tag.split('-');
  if (tag === sourceLocale) return `"${tag}" is the guide's own language: its text is in content/, not in xliff/`;
  if (Object.hasOwn(pseudoLocales, tag)) return `"${tag}" is a pseudo-locale, made from the English at every build`;
  const region = rest.find((subtag) => /^([A-Z]{2}|\d{3})$/.test(subtag));
  if (/^q[a-t][a-z]$/.test(language) || rest.includes('x') || (region && privateRegion.test(region))) {
    return `"${tag}" is reserved for private use (the tests use such tags for a language the guide lacks)`;
  }
  if (notLanguages.has(language)) return `"${tag}" names no language`;
  if (!languageName(language)) return `"${language}" is not a language code Node knows (ISO 639, e.g. fr for French)`;
  return undefined;
}

export type TagCheck = {tag: string; name: string; error?: undefined} | {error: string};

/**
 * A tag as a translation's file name must write it: canonical BCP 47 (`fr`, `fr-CA`,
 * `zh-Hant`), a real language, not one of the tags above.
 */
export function checkTag(requested: string, sourceLocale = 'en'): TagCheck {
  let tag: string;
  try {
    [tag] = Intl.getCanonicalLocales(requested);
  } catch {
    const hyphenated = requested.replace(/_/g, '-');
    let hint = ' Write it like fr, fr-CA or zh-Hant: a language code, then hyphens.';
    try {
      if (hyphenated !== requested) hint = ` Did you mean ${Intl.getCanonicalLocales(hyphenated)[0]}?`;
    } catch {
      // no better suggestion
    }
    if (requested.toLowerCase().startsWith('x-')) {
      return {
        error: `"${requested}" is reserved for private use (the tests use such tags for a language the guide lacks)`,
      };
    }
    return {error: `"${requested}" is not a language tag.${hint}`};
  }
  const why = refusal(tag, sourceLocale);
  if (why) return {error: why};
  return {tag, name: languageName(tag) ?? tag};
}
