/**
 * The text of each language. English is in the bundle; every other locale is its own chunk
 * (see generated/locales.ts), fetched on first use relative to the bundle's URL, once for the
 * whole page, whichever element asks.
 *
 * A locale is a list of strings, one per message of the catalogue, by number; the structure
 * they fill (generated/content.ts) is the same in every language. A string the translation
 * lacks, or that the build found unsafe to show, is null in the chunk: the element shows the
 * English there and marks it `lang="en"`. The README's Architecture section says why this and
 * not @lit/localize's runtime.
 */
import type {LocaleModule} from './content/model.js';
import {english, sourceLocale, structure} from './generated/content.js';
import {localeLoaders} from './generated/locales.js';

export {sourceLocale, structure};

/** Every locale an element can show, the source first. */
export const supportedLocales: readonly string[] = [sourceLocale, ...Object.keys(localeLoaders)];

/**
 * How long an element waits for a language's chunk before it shows English instead. The chunk
 * is a few kilobytes; past this, the network is failing, and a reader is better served by text
 * now. A chunk that arrives later still replaces the English.
 *
 * The test server gives every bundle a longer wait (a busy test machine can take more than 2 s
 * to answer), rewriting the timer below, which it finds by its message "no answer within":
 * test/server/locale-wait.mjs. Nothing ships for it.
 */
export const localeWaitMs = 2000;

/** A language's text, ready to render. */
export interface Language {
  lang: string;
  /** One per message, by number; the English wherever this language has none. */
  strings: readonly string[];
  /** The numbers of the messages shown in English in a translated locale: they need `lang="en"`. */
  inEnglish: ReadonlySet<number>;
  dates: LocaleModule['dates'];
}

function language(lang: string, module: LocaleModule): Language {
  const inEnglish = new Set<number>();
  const strings = english.strings.map((source, i) => {
    const text = module.strings[i];
    if (typeof text === 'string') return text;
    inEnglish.add(i);
    return source ?? '';
  });
  return {lang, strings, inEnglish, dates: module.dates};
}

export const sourceLanguage = language(sourceLocale, english);

const loaded = new Map<string, Language>([[sourceLocale, sourceLanguage]]);
const loading = new Map<string, Promise<Language | LanguageProblem>>();
const attempts = new Map<string, number>();
const arrivalListeners = new Set<(locale: string) => void>();

/** A supported locale's text if it is already here, else undefined. */
export function loadedLanguage(locale: string): Language | undefined {
  return loaded.get(locale);
}

/** Calls `listener` each time a locale's text arrives, also after a wait that gave up. */
export function onLocaleArrival(listener: (locale: string) => void): () => void {
  arrivalListeners.add(listener);
  return () => arrivalListeners.delete(listener);
}

/**
 * Why a language is not shown (yet): its chunk `failed` to load (a later change of language
 * asks again), or is `late`, not here within localeWaitMs (it still may come, and then shows).
 */
export interface LanguageProblem {
  problem: 'failed' | 'late';
  /** What happened, in a page author's words. */
  message: string;
}

/** Own properties only: a page's Object.prototype.problem must not make a language look lost. */
export const isLanguageProblem = (result: Language | LanguageProblem): result is LanguageProblem =>
  Object.hasOwn(result, 'problem');

/**
 * Fetches a supported locale's chunk; concurrent callers share one request. Resolves to the
 * text, or, after one warning, to what went wrong: the chunk failed, or has not arrived within
 * localeWaitMs. A failed chunk is asked for again by the next call, at a fresh URL (a browser
 * remembers a failed module for the life of the page); a late one still arrives (see
 * onLocaleArrival).
 */
export function loadLanguage(locale: string): Promise<Language | LanguageProblem> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let request = loading.get(locale);
  if (request) return request;

  let warned = false;
  const giveUp = (problem: LanguageProblem['problem'], reason: string): LanguageProblem => {
    const message =
      problem === 'failed'
        ? `could not load the "${locale}" text (${reason}); showing ${sourceLocale}. A later change of language ` +
          'tries again.'
        : `the "${locale}" text has not arrived (${reason}); showing ${sourceLocale} until it does.`;
    if (!warned) {
      warned = true;
      console.warn(`bone-marrow-guide: ${message}`);
    }
    return {problem, message};
  };
  const attempt = attempts.get(locale) ?? 0;
  attempts.set(locale, attempt + 1);
  const arrival = localeLoaders[locale](attempt).then(
    (module) => {
      const text = language(locale, module.default);
      loaded.set(locale, text);
      loading.delete(locale);
      arrivalListeners.forEach((listener) => listener(locale));
      return text;
    },
    (error: unknown) => {
      loading.delete(locale);
      return giveUp('failed', error instanceof Error ? error.message : String(error));
    },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<LanguageProblem>((resolve) => {
    timer = setTimeout(() => resolve(giveUp('late', `no answer within ${localeWaitMs / 1000} s`)), localeWaitMs);
  });
  request = Promise.race([arrival, timeout]).finally(() => clearTimeout(timer));
  loading.set(locale, request);
  return request;
}
