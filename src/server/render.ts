/**
 * The elements as HTML, in Node: each rendered by @lit-labs/ssr into declarative shadow DOM, in
 * any shipped language. The HTML reads completely with no script at all (headings, lists,
 * dates, disclaimer, and every definition in the "words to know" list); with the hydrating
 * bundle after it, the elements take it over without rendering it again.
 *
 *   import {renderToHtml} from 'bone-marrow-guide/server';
 *   const html = await renderToHtml('risk-list', {locale: 'es', headingLevel: 3});
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../index.js';
import {resolveLocale} from '../locale.js';
import {loadLanguage, sourceLocale, structure, supportedLocales} from '../translations.js';

export interface RenderOptions {
  /** A BCP 47 tag; the closest shipped language is rendered (see resolveLocale). Default English. */
  locale?: string;
  /** Section ids, as the `sections` attribute takes them. Default: every section. */
  sections?: string | readonly string[];
  /** Level of the section headings, 1 to 6. Default 2. */
  headingLevel?: number;
  /** Each section as a closed disclosure, as the `collapsible` attribute does. */
  collapsible?: boolean;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tags of the elements, for a caller to check a name against. */
export const guideTags: readonly string[] = Object.keys(structure.elements);

/** The shipped language `locale` resolves to, as the element itself would resolve it. */
export function renderedLocale(locale = ''): string {
  return resolveLocale(locale, supportedLocales, sourceLocale).lang;
}

/**
 * The element's HTML. It carries `locale` set to the language rendered, so the page's script
 * shows the same language whatever the page's own `lang`, and hydrates what is already there.
 */
export async function renderToHtml(tag: string, options: RenderOptions = {}): Promise<string> {
  if (!guideTags.includes(tag)) throw new Error(`unknown element <${tag}>; the elements are ${guideTags.join(', ')}`);
  const lang = renderedLocale(options.locale);
  if (!(await loadLanguage(lang))) throw new Error(`could not load the "${lang}" text`);
  const sections = typeof options.sections === 'string' ? options.sections : options.sections?.join(' ');
  const attributes = [
    ['locale', lang],
    ['sections', sections || undefined],
    ['heading-level', options.headingLevel === undefined ? undefined : String(options.headingLevel)],
  ]
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`)
    .join('');
  const collapsible = options.collapsible ? ' collapsible' : '';
  // The element as static markup: the server renderer sets its attributes as a page would.
  const template = html`${unsafeStatic(`<${tag}${attributes}${collapsible}></${tag}>`)}`;
  const rendered = await collectResult(render(template));
  // The page is not a Lit template: leave out the markers of the one wrapped around the element.
  return rendered.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}
