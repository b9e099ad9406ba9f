/**
 * Which language an element shows, and noticing when the page's language changes.
 *
 * An element asks for: its `locale` attribute or property; else the `lang` of the closest
 * element that has one, itself included, crossing shadow roots; else the document's `lang`;
 * else the source language. The answer follows BCP 47 lookup (RFC 4647): the exact tag, then
 * shorter and shorter prefixes (`es-MX` gets `es`), then the source language.
 */
import {sourceLocale, supportedLocales} from './translations.js';

export interface ResolvedLocale {
  /** A supported locale; goes on the rendered root as `lang`. */
  lang: string;
  /** Set when the request could not be met. */
  warning?: string;
}

const rtlLanguages = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

export function resolveLocale(requested: string | null | undefined): ResolvedLocale {
  const wanted = (requested ?? '').trim();
  const subtags = wanted.split('-');
  for (let length = subtags.length; length > 0 && wanted; length--) {
    const prefix = subtags.slice(0, length).join('-').toLowerCase();
    const match = supportedLocales.find((tag) => tag.toLowerCase() === prefix);
    if (match) return {lang: match};
  }
  const warning = wanted
    ? `locale "${wanted}" is not available; showing ${sourceLocale}. Available: ${supportedLocales.join(', ')}.`
    : undefined;
  return {lang: sourceLocale, warning};
}

/** The language the page gives an element: the closest `lang`, crossing shadow roots. */
export function inheritedLang(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

export interface LangWatcher extends Element {
  /** Called after any `lang` attribute changes on the page or in the shadow roots around it. */
  langChanged(): void;
}

const watchers = new Set<LangWatcher>();
let observer: MutationObserver | undefined;
const langChanges: MutationObserverInit = {attributes: true, attributeFilter: ['lang'], subtree: true};

/** One observer for the whole page: `lang` changes are rare, so each change asks every element. */
export function watchLang(element: LangWatcher): void {
  observer ??= new MutationObserver(() => watchers.forEach((watcher) => watcher.langChanged()));
  watchers.add(element);
  observer.observe(document.documentElement, langChanges);
  // A document observer does not see inside shadow roots: watch each one around the element.
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, langChanges);
  }
}

export function unwatchLang(element: LangWatcher): void {
  watchers.delete(element);
  if (!watchers.size) observer?.disconnect();
}
