/**
 * Language tags, as pure functions: which supported locale answers a requested tag, and which
 * way it is written. No DOM and no loading here; see locale-controller.ts for which tag an
 * element requests and when.
 */

/**
 * The longest tag read from a page. BCP 47 asks implementations to handle at least 35
 * characters, and real tags are shorter still; a page may hand us a megabyte, which must cost
 * nothing, so anything beyond this is cut before it is looked at.
 */
export const maxTagLength = 64;

export interface ResolvedLocale {
  /** A supported locale; goes on the rendered root as `lang`. */
  lang: string;
  /** False when the request could not be met and `lang` is the fallback. */
  matched: boolean;
}

/**
 * The script a tag means when it names none, for the languages written in more than one script
 * whose tags usually leave it out, by language or language-region: `zh` and `zh-CN` are
 * Simplified Chinese (Hans), `zh-TW`, `zh-HK` and `zh-MO` Traditional (Hant), as in CLDR's likely
 * subtags. Add a language when a translation needs it; other tags are matched as written.
 */
const defaultScripts = new Map([
  ['zh', 'hans'],
  ['zh-tw', 'hant'],
  ['zh-hk', 'hant'],
  ['zh-mo', 'hant'],
]);

/**
 * A lower-case tag with its script written out, where defaultScripts knows it: `zh-cn` is
 * `zh-hans-cn`, `zh-tw` is `zh-hant-tw`, `zh` is `zh-hans`. A tag that names its script
 * (`zh-hant-hk`) or a dialect (`zh-yue`) is left as it is.
 */
function withScript(tag: string): string {
  const [language, next = ''] = tag.split('-');
  const script = defaultScripts.get(`${language}-${next}`) ?? defaultScripts.get(language);
  return !script || /^[a-z]{3,4}$/.test(next) ? tag : `${language}-${script}${tag.slice(language.length)}`;
}

/**
 * BCP 47 lookup (RFC 4647, section 3.4): the supported tag that is the longest prefix of the
 * request at a subtag boundary (`es-MX` gets `es`), else the fallback. Case-insensitive. Both
 * sides are compared with the script their language implies (withScript), so `zh-CN` gets
 * `zh-Hans`, and `zh-TW` never gets Simplified Chinese (`zh-Hans`, or a `zh` that means it).
 * Linear in the length of the request, which is capped.
 */
export function resolveLocale(requested: string, supported: readonly string[], fallback: string): ResolvedLocale {
  const wanted = withScript(requested.slice(0, maxTagLength).trim().toLowerCase());
  let best: string | undefined;
  let bestLength = 0;
  for (const tag of supported) {
    const candidate = withScript(tag.toLowerCase());
    const isPrefix = wanted === candidate || wanted.startsWith(`${candidate}-`);
    if (isPrefix && candidate.length > bestLength) [best, bestLength] = [tag, candidate.length];
  }
  return best ? {lang: best, matched: true} : {lang: fallback, matched: !wanted};
}

const rtlLanguages = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
