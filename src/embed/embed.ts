/**
 * The iframe embed's script (dist/embed.js, loaded by dist/embed.html beside the bundle): shows
 * the one element its URL asks for, and tells the page around it how tall it is.
 *
 *   embed.html?element=risk-list&sections=bleeding&lang=es&heading-level=3&collapsible
 *
 * Every parameter is optional and checked: a value out of bounds is left out with one console
 * warning, and the element's own default applies. The page's height goes to the parent window as
 * `{type: 'bone-marrow-guide:height', height}` (CSS pixels, a whole number) whenever it changes,
 * so a page that may run script can size the frame to it (docs/cms.md has the listener).
 */
import {guideTags, type GuideTag} from '../markup.js';

const heightMessage = 'bone-marrow-guide:height';

/** Longer than any valid value of any parameter (every section id of an element fits). */
const maxLength = 1000;
/** A BCP 47 language tag, loosely: what a `lang` attribute may hold. */
const languageTag = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8}){0,7}$/;

const query = new URLSearchParams(location.search);

function warn(message: string): void {
  console.warn(`bone-marrow-guide embed: ${message}`);
}

/** A parameter's value, cut to a bounded length; null when absent. */
function parameter(name: string): string | null {
  const value = query.get(name);
  return value === null ? null : value.slice(0, maxLength);
}

function chosenTag(): GuideTag {
  const given = parameter('element');
  const tag = guideTags.find((each) => each === given);
  if (tag) return tag;
  if (given !== null) warn(`element must be one of ${guideTags.join(', ')}; showing ${guideTags[0]}.`);
  return guideTags[0];
}

function create(): HTMLElement {
  const element = document.createElement(chosenTag());
  const sections = parameter('sections');
  if (sections) element.setAttribute('sections', sections);
  const lang = parameter('lang');
  if (lang !== null && languageTag.test(lang)) {
    element.setAttribute('locale', lang);
    document.documentElement.lang = lang;
  } else if (lang !== null) warn('lang must be a language tag such as es or es-MX; showing the default, English.');
  const level = parameter('heading-level');
  if (level !== null && /^[1-6]$/.test(level)) element.setAttribute('heading-level', level);
  else if (level !== null) warn('heading-level must be a whole number from 1 to 6; using 2.');
  const collapsible = parameter('collapsible');
  if (collapsible === '' || collapsible === 'true' || collapsible === '1') element.setAttribute('collapsible', '');
  else if (collapsible !== null && collapsible !== 'false' && collapsible !== '0') {
    warn('collapsible must be true or false (or given with no value); using false.');
  }
  return element;
}

/** The page's height, the frame's content box to fit it. */
const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Once the element shows its language: the document says that language, and its title names what
 * the element shows (its section headings, in that language).
 */
async function describe(element: HTMLElement): Promise<void> {
  await customElements.whenDefined(element.localName);
  await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  if (base?.getAttribute('lang')) document.documentElement.lang = base.getAttribute('lang')!;
  const headings = [...(element.shadowRoot?.querySelectorAll('[data-section] [part~="heading"]') ?? [])]
    .filter((heading) => heading.closest('[data-section]')!.querySelector('[part~="heading"]') === heading)
    .map((heading) => heading.textContent!.trim());
  if (headings.length) document.title = headings.join(' · ');
}

const element = create();
document.querySelector('main')!.append(element);
void describe(element);

if (parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    if (height() === last) return;
    last = height();
    // Only a height: nothing a page around it could misuse, so any page may receive it.
    parent.postMessage({type: heightMessage, height: last}, '*');
  }).observe(document.documentElement);
}
