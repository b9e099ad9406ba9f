// Whatever a page hands the elements, they never freeze, throw or hang: oversized and
// non-string values, a bad page language on many elements, and a page whose prototypes were
// tampered with. Each warning quotes at most a short piece of the value.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {captureWarnings, fixture, headingLevels, render, root, text} from './helpers.js';

/** A megabyte that looks like a language tag with 500,000 subtags. */
const megabyteTag = `es${'-x'.repeat(500_000)}`;

const shownLang = (element: Element) => root(element).querySelector('[part~="base"]')!.getAttribute('lang');

describe('bad input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const rejections: unknown[] = [];
  const recordRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    warnings = captureWarnings();
    rejections.length = 0;
    addEventListener('unhandledrejection', recordRejection);
  });
  afterEach(() => {
    warnings.restore();
    removeEventListener('unhandledrejection', recordRejection);
    document.documentElement.removeAttribute('lang');
  });

  it('a 1 MB locale renders in English within 100 ms, with one short warning', async () => {
    const element = document.createElement('risk-list') as GuideElement;
    const start = performance.now();
    element.setAttribute('locale', megabyteTag.replace(/^es/, 'zz'));
    document.body.append(element);
    await element.updateComplete;
    const elapsed = performance.now() - start;
    element.remove();
    expect(elapsed).to.be.below(100);
    expect(shownLang(element)).to.equal('en');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.below(300);
  });

  // Before the tag was capped, one element took over 15 s here; ten, each reading the megabyte,
  // would take minutes. Their first renders come in turn (src/first-render.ts), frames between,
  // so the bound is the time a page needs to render ten elements, not 100 ms.
  it('a 1 MB lang around ten elements renders them all in English well within a second, with one warning', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', megabyteTag.replace(/^es/, 'zz'));
    for (let i = 0; i < 10; i++) page.append(document.createElement('results-explainer'));
    const start = performance.now();
    document.body.append(page);
    const guides = [...page.children] as GuideElement[];
    await Promise.all(guides.map((guide) => guide.updateComplete));
    const elapsed = performance.now() - start;
    page.remove();
    expect(elapsed).to.be.below(1000);
    expect(guides.map(shownLang)).to.deep.equal(Array(10).fill('en'));
    expect(warnings.messages).to.have.length(1);
  });

  it('a 1 MB tag that starts with a language it has shows that language, reading only the start', async () => {
    const element = await render('risk-list', {locale: megabyteTag});
    expect(shownLang(element)).to.equal('es');
  });

  it('a locale that is not a string is ignored with one warning, never thrown', async () => {
    for (const value of [5, ['es'], {toString: () => 'es'}, Symbol('es')]) {
      warnings.messages.length = 0;
      const page = await fixture(html`<div lang="es"><risk-list></risk-list></div>`);
      const element = page.querySelector<GuideElement>('risk-list')!;
      (element as {locale: unknown}).locale = value;
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(shownLang(element), String(typeof value)).to.equal('es');
      expect(warnings.messages, String(typeof value)).to.have.length(1);
      expect(warnings.messages[0]).to.include('locale must be a language tag');
    }
    expect(rejections).to.deep.equal([]);
  });

  it('one bad page language gives one warning, not one per element, and one more when it changes', async () => {
    document.documentElement.lang = 'zz-unknown';
    const page = await fixture(html`<div></div>`);
    for (let i = 0; i < 101; i++) page.append(document.createElement('risk-list'));
    await Promise.all([...page.children].map((guide) => (guide as GuideElement).updateComplete));
    expect(warnings.messages).to.have.length(1);
    document.documentElement.lang = 'zz-other';
    await new Promise((resolve) => setTimeout(resolve)); // seen by a MutationObserver
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[1]).to.include('"zz-other"');
  });

  it('a heading level given as a string works like the attribute, and a bad one is named as given', async () => {
    const element = await render('risk-list');
    element.headingLevel = '3';
    await element.updateComplete;
    expect(headingLevels(root(element))[0]).to.equal(3);
    expect(warnings.messages).to.deep.equal([]);
    element.setAttribute('heading-level', '4');
    element.headingLevel = '2.5';
    await element.updateComplete;
    expect(headingLevels(root(element))[0]).to.equal(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('not "2.5"');
  });

  it('a huge sections value costs nothing and is quoted short', async () => {
    const start = performance.now();
    const element = await render('risk-list', {sections: `bleeding ${'x'.repeat(1_000_000)}`});
    expect(performance.now() - start).to.be.below(100);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.below(300);
    expect(element.shadowRoot!.querySelectorAll('[data-section]')).to.have.length(1);
  });

  describe('on a page whose Object.prototype was tampered with', () => {
    const polluted = ['text', 'warning', 'term', 'definition', 'kind'];
    afterEach(() => {
      for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
    });

    it('shows the same words', async () => {
      const clean = text(root(await render('procedure-overview')).querySelector('[part~="base"]')!);
      for (const key of polluted) (Object.prototype as Record<string, unknown>)[key] = `POLLUTED-${key}`;
      const element = await render('procedure-overview');
      expect(text(root(element).querySelector('[part~="base"]')!)).to.equal(clean);
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
