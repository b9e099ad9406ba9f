/**
 * Which language an element shows, and its text in that language.
 *
 * An element asks for: its `locale` attribute or property; else the `lang` of the closest
 * element that has one, itself included, crossing shadow roots; else the document's `lang`;
 * else the source language. resolveLocale() maps the request to a supported locale. A locale
 * other than English loads once per page (translations.ts); until it is here the element
 * shows English, and `ready` waits for it.
 *
 * One MutationObserver serves the whole page: `lang` changes are rare, so each one asks every
 * connected controller to look again.
 *
 * It tells the page what happened, with events on the element: `bmg-ready` once the element
 * shows a language (its first render, then each change of the language shown), and
 * `bmg-language-error` when a language asked for is not available, or its text failed to load
 * or is late (English shows meanwhile).
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {directionOf, maxTagLength, resolveLocale} from './locale.js';
import {
  isLanguageProblem,
  loadLanguage,
  loadedLanguage,
  onLocaleArrival,
  sourceLanguage,
  sourceLocale,
  supportedLocales,
  type Language,
} from './translations.js';
import {own} from './own.js';
import {quoted, warn} from './warnings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Detail of the `bmg-ready` event. */
export interface ReadyDetail {
  /** The language the element now shows, a BCP 47 tag such as `es`. */
  language: string;
}

/** Detail of the `bmg-language-error` event. */
export interface LanguageErrorDetail {
  /** The language asked for (by `locale`, or a page's `lang`), as given, e.g. `fr` or `es`. */
  language: string;
  /**
   * What happened: `unavailable`, the guide has no such language; `failed`, its text could not
   * load (a later change of language tries again); `late`, its text has not arrived yet (it
   * shows when it does, with a `bmg-ready`).
   */
  problem: 'unavailable' | 'failed' | 'late';
  /** The same, in a page author's words. */
  message: string;
  /** The language shown instead. */
  shown: string;
}

/** Where a requested tag came from: an element's own `locale`, or a `lang` on the page. */
interface Request {
  tag: string;
  /** The element whose `locale` or `lang` gave the tag; unsupported tags are warned about once per source. */
  source: Element | undefined;
}

export class LocaleController implements ReactiveController {
  /** The supported locale the element should show. */
  private wanted = sourceLocale;
  private shown: Language = sourceLanguage;
  // Every field has a value from the start (undefined included), so none is ever read from a
  // page's Object.prototype: a page that set Object.prototype.waiting must not change the text.
  /** The request last resolved, so an update that changes nothing costs one comparison. */
  private lastRequest: Request | undefined = undefined;
  /** The language a page `lang` gives the element; looked up on connect and when a `lang` changes. */
  private inherited: Request = {tag: '', source: undefined};
  /** Present while `wanted` is loading; resolved once it is shown or could not load. */
  private waiting: {promise: Promise<void>; resolve: () => void} | undefined = undefined;
  /** The language the last `bmg-ready` announced. */
  private announced: string | undefined = undefined;

  /**
   * @param host the element
   * @param requestedLocale reads the element's `locale` property, whatever a page put there
   */
  constructor(
    private readonly host: Host,
    private readonly requestedLocale: () => unknown,
  ) {
    host.addController(this);
  }

  /** The locale shown, a supported BCP 47 tag. */
  get lang(): string {
    return this.shown.lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.shown.lang);
  }

  /** The text, in the locale shown. */
  get language(): Language {
    return this.shown;
  }

  /**
   * Resolves once the element shows the language it now wants, or has fallen back to English
   * because that language could not load in time. Follows changes: after a switch back to a
   * language already here, it resolves at once, without waiting for the one abandoned.
   */
  get ready(): Promise<void> {
    return this.waiting?.promise ?? Promise.resolve();
  }

  /** True while the language the element wants is on its way. */
  get loading(): boolean {
    return this.waiting !== undefined;
  }

  hostConnected(): void {
    pageControllers.add(this);
    watchLang(this.host);
    this.langChanged();
  }

  hostDisconnected(): void {
    pageControllers.delete(this);
    if (!pageControllers.size) unwatchAll();
  }

  /** Before each render: picks up a change of the `locale` property. */
  hostUpdate(): void {
    this.choose(false);
  }

  /** After a render: the element now shows a language it has not announced yet. */
  hostUpdated(): void {
    if (isServer || this.loading || this.announced === this.shown.lang) return;
    const language = (this.announced = this.shown.lang);
    // Once the whole text shows: a long element's first render fills its later sections in turns
    // of their own, and updateComplete waits for them.
    void this.host.updateComplete.then(() => {
      if (this.shown.lang === language) this.dispatch<ReadyDetail>('bmg-ready', {language});
    });
  }

  /** A `lang` changed somewhere on the page; also the moment to retry a language that failed. */
  langChanged(): void {
    this.inherited = isServer ? {tag: '', source: undefined} : inheritedLang(this.host);
    this.choose(true);
  }

  /** A locale's text has arrived, perhaps after this element gave up waiting for it. */
  localeArrived(locale: string): void {
    if (locale === this.wanted) this.show(locale);
  }

  private request(): Request {
    const locale = this.requestedLocale();
    if (typeof locale === 'string' && locale.trim()) return {tag: locale.slice(0, maxTagLength), source: this.host};
    if (locale !== undefined && locale !== null && typeof locale !== 'string') {
      warnOnce(
        this.host,
        locale,
        `locale must be a language tag such as "es", not ${quoted(locale)}; using the page's language.`,
      );
    }
    return this.inherited;
  }

  private choose(retry: boolean): void {
    const request = this.request();
    const last = this.lastRequest;
    const same = last !== undefined && last.tag === request.tag && last.source === request.source;
    const failed = this.shown.lang !== this.wanted && !this.waiting;
    if (same && !(retry && failed)) return;
    this.lastRequest = request;
    const {lang, matched} = resolveLocale(request.tag, supportedLocales, sourceLocale);
    if (request.source && !same) {
      if (matched) warned.delete(request.source);
      else {
        const message =
          `locale ${quoted(request.tag)} is not available; showing ${sourceLocale}. ` +
          `Available: ${supportedLocales.join(', ')}.`;
        warnOnce(request.source, request.tag, message, this.host);
        this.languageError(request.tag, 'unavailable', message);
      }
    }
    this.wanted = lang;
    if (loadedLanguage(lang)) {
      this.show(lang);
      return;
    }
    this.waiting ??= deferred();
    void loadLanguage(lang).then((language) => {
      if (this.wanted !== lang) return; // a newer request won
      if (!isLanguageProblem(language)) {
        this.show(lang);
        return;
      }
      // loadLanguage has warned once for the page; stay in the language shown (English at first).
      this.stopWaiting();
      this.languageError(lang, language.problem, language.message);
    });
  }

  private show(lang: string): void {
    this.stopWaiting();
    if (this.shown.lang === lang) return;
    this.shown = loadedLanguage(lang)!;
    this.host.requestUpdate();
  }

  private stopWaiting(): void {
    this.waiting?.resolve();
    this.waiting = undefined;
  }

  private languageError(language: string, problem: LanguageErrorDetail['problem'], message: string): void {
    if (isServer) return;
    this.dispatch<LanguageErrorDetail>('bmg-language-error', {language, problem, message, shown: this.shown.lang});
  }

  /** An event for the page: it bubbles and crosses shadow roots, so one listener on `document` hears all. */
  private dispatch<Detail>(type: string, detail: Detail): void {
    this.host.dispatchEvent(new CustomEvent<Detail>(type, {detail, bubbles: true, composed: true}));
  }
}

function deferred(): {promise: Promise<void>; resolve: () => void} {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return {promise, resolve};
}

/** The language the page gives an element: the closest `lang`, crossing shadow roots. */
function inheritedLang(element: Element): Request {
  for (let node: Element | null = element; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return {tag: withLang.getAttribute('lang')!.slice(0, maxTagLength), source: withLang};
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return {tag: '', source: undefined};
}

// --- The page: every connected controller, one observer, one warning per source ---

const pageControllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const langChanges: MutationObserverInit = own({attributes: true, attributeFilter: ['lang'], subtree: true});

/**
 * The last bad value warned about, per element that carries it: a page `lang` that 100
 * elements inherit gives one warning, and a new one only when it changes.
 */
const warned = new WeakMap<Element, string>();

function warnOnce(source: Element, value: unknown, message: string, reporter: Element = source): void {
  const key = typeof value === 'string' ? value : `(${typeof value})`;
  if (warned.get(source) === key) return;
  warned.set(source, key);
  warn(reporter, message);
}

/** What the observer watches now: each once, however many elements sit under it. */
let watched = new WeakSet<Node>();

function watch(target: Node): void {
  if (watched.has(target)) return;
  watched.add(target);
  observer ??= new MutationObserver(() => pageControllers.forEach((controller) => controller.langChanged()));
  observer.observe(target, langChanges);
}

function watchLang(element: Element): void {
  watch(document.documentElement);
  // A document observer does not see inside shadow roots: watch each one around the element.
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
}

function unwatchAll(): void {
  observer?.disconnect();
  watched = new WeakSet();
}

if (!isServer) onLocaleArrival((locale) => pageControllers.forEach((controller) => controller.localeArrived(locale)));
