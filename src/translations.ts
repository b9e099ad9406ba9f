/**
 * The text of each language. English is in the bundle; every other locale is its own chunk
 * (see generated/locales.ts), fetched on first use relative to the bundle's URL, once for the
 * whole page, whichever element asks.
 *
 * @lit/localize's configureLocalization() is not used: it holds one locale for the whole page
 * and may run only once, and a portal on the same page may need it for its own strings. Each
 * locale here gets its own message function instead, which localizeContent() calls for every
 * string; the README's Architecture section says why.
 */
import type {MsgFn} from '@lit/localize';
import type {GuideContent} from './content/model.js';
import {localizeContent} from './generated/content.js';
import {localeModules, sourceLocale} from './generated/locales.js';

export {sourceLocale};

/** Every locale an element can show, the source first. */
export const supportedLocales: readonly string[] = [sourceLocale, ...Object.keys(localeModules)];

/**
 * How long an element waits for a language's chunk before it shows English instead. The chunk
 * is a few kilobytes; past this, the network is failing, and a reader is better served by text
 * now. A chunk that arrives later still replaces the English.
 */
export const localeWaitMs = 3000;

const attempts = new Map<string, number>();

/**
 * Imports a locale's module. A browser remembers a failed module fetch for the life of the
 * page and fails every later import of that URL at once, so each retry asks for a fresh URL.
 */
function importLocale(locale: string): Promise<{templates: Readonly<Record<string, unknown>>}> {
  const attempt = attempts.get(locale) ?? 0;
  attempts.set(locale, attempt + 1);
  const url = new URL(localeModules[locale]);
  if (attempt) url.searchParams.set('retry', String(attempt));
  return import(url.href);
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/**
 * `lit-localize build` copies XLIFF text into its modules without decoding XML entities
 * (lit/lit#3025): a target written `&amp;` in the XLIFF arrives as `&amp;`. Decode them once
 * here. The result is only ever bound as text, never parsed as HTML.
 */
function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (entity, decimal, hex, name) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    if (code === undefined) return entities[name.toLowerCase()];
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * A message function over one locale's templates: the translation for the message's id, or
 * the English when the locale lacks one. Only plain-string messages exist (generated/content.ts
 * has no str`` or html`` ones), so a template of another shape also falls back to English.
 */
export function messageFunction(templates: Readonly<Record<string, unknown>>): MsgFn {
  const translations = new Map<string, string>();
  for (const [id, template] of Object.entries(templates)) {
    if (typeof template === 'string') translations.set(id, decodeXmlEntities(template));
  }
  return ((source: string, options: {id: string}) => translations.get(options.id) ?? source) as MsgFn;
}

export const sourceContent: GuideContent = localizeContent(((source: string) => source) as MsgFn);

const loaded = new Map<string, GuideContent>([[sourceLocale, sourceContent]]);
const loading = new Map<string, Promise<GuideContent | undefined>>();
const arrivalListeners = new Set<(locale: string) => void>();

/** The content in a supported locale if it is already here, else undefined. */
export function loadedContent(locale: string): GuideContent | undefined {
  return loaded.get(locale);
}

/** Calls `listener` each time a locale's content arrives, also after a wait that gave up. */
export function onLocaleArrival(listener: (locale: string) => void): () => void {
  arrivalListeners.add(listener);
  return () => arrivalListeners.delete(listener);
}

/**
 * Fetches a supported locale's chunk; concurrent callers share one request. Resolves to the
 * content, or to undefined, after one warning, when the chunk fails or has not arrived within
 * localeWaitMs. A failed chunk is asked for again by the next call; a late one still arrives
 * (see onLocaleArrival).
 */
export function loadContent(locale: string): Promise<GuideContent | undefined> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let request = loading.get(locale);
  if (request) return request;

  let warned = false;
  const giveUp = (reason: string) => {
    if (!warned) {
      warned = true;
      console.warn(
        `bone-marrow-guide: could not load the "${locale}" text (${reason}); showing ${sourceLocale}. ` +
          'A later change of language tries again.',
      );
    }
    return undefined;
  };
  const arrival = importLocale(locale).then(
    ({templates}) => {
      const content = localizeContent(messageFunction(templates));
      loaded.set(locale, content);
      loading.delete(locale);
      arrivalListeners.forEach((listener) => listener(locale));
      return content;
    },
    (error: unknown) => {
      loading.delete(locale);
      return giveUp(error instanceof Error ? error.message : String(error));
    },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(giveUp(`no answer within ${localeWaitMs / 1000} s`)), localeWaitMs);
  });
  request = Promise.race([arrival, timeout]).finally(() => clearTimeout(timer));
  loading.set(locale, request);
  return request;
}
