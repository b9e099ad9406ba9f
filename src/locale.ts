/**
 * Which language an element shows. This release ships English only; the `locale` attribute is
 * reserved for the localization work, so a request for another language falls back to English
 * with a warning instead of being silently ignored.
 */
import {content} from './content/data.js';

export interface ResolvedLocale {
  /** The BCP 47 tag of the text shown; goes on the rendered root as `lang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Set when the request could not be met. */
  warning?: string;
}

export const supportedLocales: readonly string[] = [content.locale];

const rtlLanguages = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

const languageOf = (tag: string) => tag.split('-')[0].toLowerCase();

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(languageOf(tag)) ? 'rtl' : 'ltr';
}

/** BCP 47 lookup: the exact tag, then its language subtag, then the source language. */
export function resolveLocale(requested: string | null | undefined): ResolvedLocale {
  const wanted = (requested ?? '').trim();
  const match =
    supportedLocales.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ??
    supportedLocales.find((tag) => tag.toLowerCase() === languageOf(wanted));
  const lang = match ?? content.locale;
  const warning =
    wanted && !match
      ? `locale "${wanted}" is not available; showing ${lang}. Available: ${supportedLocales.join(', ')}.`
      : undefined;
  return {lang, dir: directionOf(lang), warning};
}
