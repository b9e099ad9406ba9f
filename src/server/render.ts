/**
 * The elements as HTML, in Node: each rendered by @lit-labs/ssr into declarative shadow DOM, in
 * any shipped language. The HTML reads completely with no script at all (headings, lists,
 * dates, disclaimer, and every definition in the "words to know" list); with the hydrating
 * bundle after it, the elements take it over without rendering it again.
 *
 *   import {renderToHtml} from 'bone-marrow-guide/server';
 *   const html = await renderToHtml('risk-list', {locale: 'es', headingLevel: 3});
 *
 * Each shadow root starts with a record of what it was rendered with (pre-rendered-record.ts),
 * so an element whose page changed since (an attribute edited, the HTML cut short, another
 * release of the guide) renders afresh instead of taking over HTML that no longer fits.
 *
 * Every option is checked, and a wrong one is one RenderError that says which and why.
 */
import {LitElementRenderer, render, renderThunked, type RenderInfo} from '@lit-labs/ssr';
import {collectResult, type ThunkedRenderResult} from '@lit-labs/ssr/lib/render-result.js';
import type {CSSResult, LitElement} from 'lit';
import {html, unsafeStatic} from 'lit/static-html.js';
import {contentDigest} from '../generated/content.js';
import {localeLoaders} from '../generated/locales.js';
import {GuideElement} from '../guide-element.js';
import '../index.js';
import {resolveLocale} from '../locale.js';
import {markupDigest, writeRecord} from '../pre-rendered-record.js';
import {renderedWith} from '../render-root.js';
import {isLanguageProblem, loadLanguage, sourceLocale, structure, supportedLocales} from '../translations.js';
import {shown} from './shown.js';
import {markupOf} from './markup.js';

export interface RenderOptions {
  /**
   * A shipped language, or a BCP 47 tag that starts with one (`es-MX` renders `es`). Default
   * English. Any other value is a RenderError naming the shipped languages, unless
   * `localeFallback` is true.
   */
  locale?: string;
  /**
   * Section ids, as the `sections` attribute takes them: a string of ids separated by commas
   * or spaces, or an array of ids. Default: every section. An id the element does not have is a
   * RenderError naming the ids it has.
   */
  sections?: string | readonly string[];
  /** Level of the section headings, a whole number from 1 to 6. Default 2. */
  headingLevel?: number;
  /**
   * Each section under a heading that opens and closes it, as the `collapsible` attribute does:
   * open, since the HTML must read without a script.
   */
  collapsible?: boolean;
  /**
   * The URL of `bone-marrow-guide.css` (shipped in `dist/`), for a page whose
   * Content-Security-Policy blocks inline styles: the shadow root links it instead of holding
   * a `<style>` element. Default: the `<style>` element.
   */
  stylesheet?: string;
  /** With a `locale` that is not shipped, render English instead of throwing. */
  localeFallback?: boolean;
}

/** A wrong element name or option: the message says which, and what is allowed. */
export class RenderError extends Error {
  override name = 'RenderError';
}

const optionNames = ['locale', 'sections', 'headingLevel', 'collapsible', 'stylesheet', 'localeFallback'];

/** The longest stylesheet URL taken: far beyond any real one. */
const maxUrlLength = 2000;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tags of the elements, for a caller to check a name against. */
export const guideTags: readonly string[] = Object.keys(structure.elements);

/** The shipped languages, the source first. */
export const shippedLocales: readonly string[] = supportedLocales;

/** Whether `locale` is a shipped language, a tag that starts with one, or empty (English). */
export function isShipped(locale: string): boolean {
  return resolveLocale(locale, supportedLocales, sourceLocale).matched;
}

/**
 * The shipped language `locale` resolves to, as the element itself would resolve it. One that
 * is not shipped is a RenderError, which names `howToFallBack`; with `fallback`, it is English.
 */
export function renderedLocale(locale: unknown = '', fallback = false, howToFallBack = 'localeFallback: true'): string {
  if (typeof locale !== 'string')
    throw new RenderError(`locale must be a language tag such as "es", not ${shown(locale)}`);
  const {lang, matched} = resolveLocale(locale, supportedLocales, sourceLocale);
  if (matched || fallback) return lang;
  const hyphenated = locale.replaceAll('_', '-');
  const hint = hyphenated !== locale && isShipped(hyphenated) ? ` (a tag takes a hyphen: ${shown(hyphenated)})` : '';
  throw new RenderError(
    `locale ${shown(locale)} is not a shipped language${hint}. Shipped: ${supportedLocales.join(', ')}, ` +
      `and tags that start with one (es-MX gives es). ${howToFallBack} renders ${sourceLocale} instead.`,
  );
}

interface Checked {
  lang: string;
  /** The element's attributes, as its start tag writes them. */
  attributes: string;
  stylesheet: string | undefined;
}

/** The options, checked one by one; own properties only, whatever Object.prototype holds. */
function check(tag: unknown, options: unknown): Checked {
  if (typeof tag !== 'string' || !guideTags.includes(tag)) {
    throw new RenderError(`unknown element ${shown(tag)}; the elements are ${guideTags.join(', ')}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RenderError(`the options must be an object such as {locale: "es"}, not ${shown(options)}`);
  }
  const unknown = Object.keys(options).filter((name) => !optionNames.includes(name));
  if (unknown.length) {
    throw new RenderError(`unknown option ${shown(unknown[0])}; the options are ${optionNames.join(', ')}`);
  }
  const option = (name: string): unknown =>
    Object.hasOwn(options, name) ? (options as Record<string, unknown>)[name] : undefined;
  const flag = (name: string): boolean => {
    const value = option(name);
    if (value !== undefined && typeof value !== 'boolean') {
      throw new RenderError(`${name} must be true or false, not ${shown(value)}`);
    }
    return value === true;
  };

  const locale = option('locale');
  const lang = renderedLocale(locale === undefined ? '' : locale, flag('localeFallback'));

  const sections = sectionIds(tag, option('sections'));

  const level = option('headingLevel');
  if (level !== undefined && !(typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6)) {
    throw new RenderError(`headingLevel must be a whole number from 1 to 6, not ${shown(level)}`);
  }

  const stylesheet = option('stylesheet');
  if (stylesheet !== undefined && (typeof stylesheet !== 'string' || !stylesheet || stylesheet.length > maxUrlLength)) {
    throw new RenderError(`stylesheet must be the URL of bone-marrow-guide.css, not ${shown(stylesheet)}`);
  }

  const attributes = [
    ['locale', lang],
    ['sections', sections],
    ['heading-level', level === undefined ? undefined : String(level)],
  ]
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`)
    .join('');
  return {lang, attributes: attributes + (flag('collapsible') ? ' collapsible' : ''), stylesheet};
}

/** The `sections` attribute for `value`, or undefined for every section. */
function sectionIds(tag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : value;
  if (!Array.isArray(list) || !list.every((id): id is string => typeof id === 'string')) {
    throw new RenderError(`sections must be a string of ids or an array of ids, not ${shown(value)}`);
  }
  const ids = list.filter(Boolean);
  const {sections, renamed} = structure.elements[tag];
  const known = (id: string) => sections.some((section) => section.id === id) || Object.hasOwn(renamed, id);
  const unknown = ids.find((id) => !known(id));
  if (unknown !== undefined) {
    throw new RenderError(
      `<${tag}> has no section ${shown(unknown)}; its sections are ${sections.map(({id}) => id).join(', ')}`,
    );
  }
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * A language's text, from its module: on the server it is a file on disk, so it is awaited in
 * full before loadLanguage() looks (which then finds it at once), and the browser's limit on
 * the wait for a chunk never applies, however busy the process.
 */
async function loadText(lang: string): Promise<void> {
  if (lang !== sourceLocale) await localeLoaders[lang](0);
  const text = await loadLanguage(lang);
  if (isLanguageProblem(text)) throw new Error(text.message);
}

/**
 * Renders our elements as LitElementRenderer does, and writes first in each shadow root the
 * record of what it was rendered with, then its styles: a <style> element, or a link to
 * `stylesheet`.
 */
function guideRenderer(stylesheet: string | undefined) {
  return class GuideRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor.prototype instanceof GuideElement;
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
      const element = this.element as LitElement & {render(): unknown};
      const css = (element.constructor as typeof LitElement).elementStyles
        .map((style) => (style as CSSResult).cssText)
        .join('');
      const styles = stylesheet
        ? `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">`
        : `<style>${css}</style>`;
      return [
        async () => {
          const content = await collectResult(renderThunked(element.render(), renderInfo));
          const record = writeRecord(renderedWith(element)!, contentDigest, markupDigest(markupOf(content)));
          return `<!--${record}-->${styles}${content}`;
        },
      ];
    }
  };
}

/**
 * Whether Lit's server renderer renders right in this process, checked on a tiny template
 * before each render: a module that changed Object.prototype can reach inside it (a `strings`
 * there drops every attribute with one value), and wrong HTML is worse than none.
 */
async function rendererWorks(): Promise<boolean> {
  try {
    const probe = await collectResult(render(html`<b class=${'a'} title="b${'c'}">${'d'}${['e']}</b>`));
    return probe.replace(/<!--[\s\S]*?-->/g, '') === '<b class="a" title="bc">de</b>';
  } catch {
    return false;
  }
}

/**
 * The element's HTML. It carries `locale` set to the language rendered, so the page's script
 * shows the same language whatever the page's own `lang`, and hydrates what is already there.
 */
export async function renderToHtml(tag: string, options: RenderOptions = {}): Promise<string> {
  const {lang, attributes, stylesheet} = check(tag, options);
  if (!(await rendererWorks())) {
    throw new Error(
      "bone-marrow-guide: Lit's server renderer renders wrongly in this process, so nothing was rendered. " +
        'Has a module changed Object.prototype?',
    );
  }
  await loadText(lang);
  // The element as static markup: the server renderer sets its attributes as a page would.
  const template = html`${unsafeStatic(`<${tag}${attributes}></${tag}>`)}`;
  const rendered = await collectResult(render(template, {elementRenderers: [guideRenderer(stylesheet)]}));
  // The page is not a Lit template: leave out the markers of the one wrapped around the element.
  return rendered.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}
