// Pre-rendered HTML with a script after it (pages: test/server/pre-rendered.mjs). The hydrating
// bundle takes over HTML that matches what the element would render as it is (no second render,
// no error, Spanish too). Whatever else the page holds (an attribute edited after the render
// command, a cut, a tamper, markers a filter removed, another release, a closed root), every
// element ends showing exactly what a fresh render with its current attributes shows: one copy,
// terms that work, no error, and one warning that says what differed. The script-tag bundle,
// which cannot hydrate, replaces the HTML once, silently, never doubling it.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {elements, hangGuardMs, text} from './helpers.js';
import type {PageWindow} from './pages.js';

interface PreRenderedWindow extends PageWindow {
  headingBeforeScripts: Element | undefined;
}

type Kind = 'hydrate' | 'plain' | 'plain-then-hydrate' | 'hydrate-then-plain';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function openPreRendered(tag: string, locale: string, kind: Kind, query = '') {
  frame = document.createElement('iframe');
  frame.src = `/test/pre-rendered/${tag}.${locale}.${kind}.html?${query}`;
  document.body.append(frame);
  await waitUntil(() => frame!.contentWindow?.customElements?.get(tag), `<${tag}> is defined`, {timeout: hangGuardMs});
  const window = frame.contentWindow as PreRenderedWindow;
  const element = window.document.querySelector<GuideElement>(tag)!;
  await element.updateComplete;
  return {window, element};
}

/** The element's root, open or closed. */
const rootOf = (element: GuideElement) => element.renderRoot as ShadowRoot;

/**
 * What a reader gets from a root: each element with its attributes (sorted: a server and a
 * browser write bound attributes in different orders), and the text, whitespace collapsed.
 */
function signature(root: ParentNode): string {
  const base = root.querySelector('[part~="base"]')!;
  const tags = [base, ...base.querySelectorAll('*')].map((node) => {
    const attributes = [...node.attributes].map(({name, value}) => `${name}="${value}"`).sort();
    return `<${node.localName} ${attributes.join(' ')}>`;
  });
  return `${tags.join('')}\n${text(base)}`;
}

/** A fresh element with `element`'s attributes, in the same page: what it should show. */
async function freshSignature(window: Window, element: Element): Promise<string> {
  const fresh = window.document.createElement(element.localName) as GuideElement;
  for (const {name, value} of element.attributes) fresh.setAttribute(name, value);
  window.document.body.append(fresh);
  await fresh.updateComplete;
  // Collapsible sections start open in pre-rendered HTML (it must read without a script): open
  // the fresh element's too.
  for (const toggle of fresh.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')) toggle.click();
  await fresh.updateComplete;
  const shown = signature(fresh.shadowRoot!);
  fresh.remove();
  return shown;
}

/** One copy, the same as a fresh render, and a term that opens its definition. */
async function expectAsFresh(window: PreRenderedWindow, element: GuideElement): Promise<void> {
  const root = rootOf(element);
  expect(root.querySelectorAll('[part~="base"]'), 'one copy of the content').to.have.length(1);
  expect(signature(root)).to.equal(await freshSignature(window, element));
  const term = root.querySelector<HTMLButtonElement>('button[data-term]')!;
  term.click();
  await element.updateComplete;
  expect(term.getAttribute('aria-expanded'), 'a term works').to.equal('true');
  expect(root.getElementById(term.getAttribute('aria-controls')!)!.hidden).to.be.false;
  term.click();
  await element.updateComplete;
}

/** After a change of language, still one copy, as a fresh render shows it. */
async function expectLanguageChange(window: PreRenderedWindow, element: GuideElement): Promise<void> {
  const next = rootOf(element).querySelector('[part~="base"]')!.getAttribute('lang') === 'es' ? 'en' : 'es';
  element.setAttribute('locale', next);
  await element.updateComplete;
  expect(rootOf(element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(next);
  await expectAsFresh(window, element);
}

describe('pre-rendered HTML, hydrated', () => {
  for (const {tag} of elements) {
    for (const locale of ['en', 'es']) {
      it(`<${tag}> in ${locale}: the same nodes and text, working, with nothing in the console`, async () => {
        const page = await openPreRendered(tag, locale, 'hydrate');
        const heading = rootOf(page.element).querySelector('h2')!;
        expect(heading, 'the heading the HTML had: no second render').to.equal(page.window.headingBeforeScripts);
        expect(rootOf(page.element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(locale);
        await expectAsFresh(page.window, page.element);
        expect(page.window.problems).to.deep.equal([]);
        expect(page.window.warnings).to.deep.equal([]);
        await expectLanguageChange(page.window, page.element);
        expect(page.window.problems).to.deep.equal([]);
      });
    }
  }

  it('collapsible, another heading level and some sections: hydrated too', async () => {
    const page = await openPreRendered(
      'results-explainer',
      'es',
      'hydrate',
      'collapsible=1&level=4&sections=normal,timing',
    );
    expect(rootOf(page.element).querySelector('h4')).to.equal(
      page.window.headingBeforeScripts ?? rootOf(page.element).querySelector('h4'),
    );
    expect(rootOf(page.element).querySelectorAll('[data-section] .toggle')).to.have.length(2);
    // Pre-rendered HTML reads without a script, so its sections are open; they stay open.
    const bodies = [...rootOf(page.element).querySelectorAll('[data-section] .section-body')];
    expect(bodies.map((body) => body.checkVisibility())).to.deep.equal([true, true]);
    await expectAsFresh(page.window, page.element);
    expect(page.window.warnings).to.deep.equal([]);
  });

  it('with the script-tag bundle instead, the HTML is replaced once, not doubled', async () => {
    const page = await openPreRendered('risk-list', 'es', 'plain');
    expect(rootOf(page.element).querySelector('h2')).to.not.equal(page.window.headingBeforeScripts);
    expect(rootOf(page.element).querySelectorAll('[data-section]')).to.have.length(3);
    await expectAsFresh(page.window, page.element);
    expect(page.window.problems).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
  });
});

/**
 * Each case (test/server/pre-rendered.mjs), rendered from <risk-list> in Spanish, and what the
 * hydrating bundle's one warning says about it.
 */
const mismatches = [
  {name: 'locale-edited', warning: 'locale "es", not "en"'},
  {name: 'locale-stripped', query: 'lang=en', warning: 'locale "es", not "en"'},
  {name: 'sections-edited', warning: 'sections "bleeding,infection,sternum-injury", not "bleeding"'},
  {name: 'level-edited', warning: 'level "2", not "3"'},
  {name: 'collapsible-added', warning: 'collapsible "0", not "1"'},
  {name: 'collapsible-removed', query: 'collapsible=1', warning: 'collapsible "1", not "0"'},
  {name: 'other-release', warning: 'content "0123456789abcdef", not'},
  {name: 'record-removed', warning: 'has no record of how it was rendered'},
  {name: 'comments-removed', warning: 'has no record of how it was rendered'},
  {name: 'node-markers-removed', warning: 'was changed after it was rendered'},
  {name: 'part-digests-damaged', warning: 'was changed after it was rendered'},
  {name: 'truncated', warning: 'was changed after it was rendered'},
  {name: 'text-edited', warning: 'was changed after it was rendered'},
  {name: 'attribute-edited', warning: 'was changed after it was rendered'},
  {name: 'section-deleted', warning: 'was changed after it was rendered'},
  {name: 'closed', warning: 'in a closed shadow root'},
];

describe('pre-rendered HTML that no longer matches its element', () => {
  for (const {name, query = '', warning} of mismatches) {
    it(`${name}: hydrating bundle renders it afresh once, with one warning`, async () => {
      const page = await openPreRendered('risk-list', 'es', 'hydrate', `case=${name}&${query}`);
      await expectAsFresh(page.window, page.element);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.have.length(1);
      expect(page.window.warnings[0]).to.include('<risk-list>: its pre-rendered HTML').and.include(warning);
      await expectLanguageChange(page.window, page.element);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.have.length(1);
    });

    it(`${name}: script-tag bundle replaces it once`, async () => {
      const page = await openPreRendered('risk-list', 'es', 'plain', `case=${name}&${query}`);
      await expectAsFresh(page.window, page.element);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.have.length(name === 'closed' ? 1 : 0);
      await expectLanguageChange(page.window, page.element);
      expect(page.window.problems).to.deep.equal([]);
    });
  }

  it('a Spanish pre-render whose chunk does not load: English, once, and English when asked for', async () => {
    const page = await openPreRendered('risk-list', 'es', 'hydrate', 'copy=missing');
    expect(rootOf(page.element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    await expectAsFresh(page.window, page.element);
    expect(page.window.problems).to.deep.equal([]);
    expect(page.window.warnings.some((warning) => warning.includes('locale "es", not "en"'))).to.be.true;
    page.element.setAttribute('locale', 'en');
    await page.element.updateComplete;
    await expectAsFresh(page.window, page.element);
    expect(rootOf(page.element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });
});

describe('two copies of the guide on a page, and pre-rendered HTML inserted later', () => {
  for (const kind of ['plain-then-hydrate', 'hydrate-then-plain'] as const) {
    it(`${kind}: every element shows one copy, working`, async () => {
      const page = await openPreRendered('risk-list', 'es', kind);
      await expectAsFresh(page.window, page.element);
      // The page inserts more pre-rendered HTML: the first copy's elements take it.
      for (const tag of ['procedure-overview', 'risk-list']) {
        const html = await (await fetch(`/test/pre-rendered/${tag}.es.fragment.html`)).text();
        const container = page.window.document.createElement('div');
        page.window.document.body.append(container);
        container.setHTMLUnsafe(html);
        const later = container.querySelector<GuideElement>(tag)!;
        await waitUntil(() => later.updateComplete, `the inserted <${tag}> upgrades`, {timeout: hangGuardMs});
        await later.updateComplete;
        await expectAsFresh(page.window, later);
        await expectLanguageChange(page.window, later);
      }
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
    });
  }
});
