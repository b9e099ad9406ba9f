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
 * BCP 47 lookup (RFC 4647, section 3.4): the supported tag that is the longest prefix of the
 * request at a subtag boundary (`es-MX` gets `es`), else the fallback. Case-insensitive. Linear
 * in the length of the request, which is capped.
 */
export function resolveLocale(requested: string, supported: readonly string[], fallback: string): ResolvedLocale {
  const wanted = requested.slice(0, maxTagLength).trim().toLowerCase();
  let best: string | undefined;
  for (const tag of supported) {
    const candidate = tag.toLowerCase();
    const isPrefix = wanted === candidate || wanted.startsWith(`${candidate}-`);
    if (isPrefix && (!best || candidate.length > best.length)) best = tag;
  }
  return best ? {lang: best, matched: true} : {lang: fallback, matched: !wanted};
}

const rtlLanguages = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
