// Whatever a page hands the elements, they never freeze, throw or hang: oversized and
// non-string values, a bad page language on many elements, and a page whose prototypes were
// tampered with. Each warning quotes at most a short piece of the value.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {captureWarnings, fixture, headingLevels, render, root, shownSections, text} from './helpers.js';

/** A megabyte that looks like a language tag with 500,000 subtags. */
const megabyteTag = `es${'-x'.repeat(500_000)}`;

const shownLang = (element: Element) => root(element).querySelector('[part~="base"]')!.getAttribute('lang');

/**
 * For each page, the least time over a few tries from adding it to the document until every
 * guide element in it has rendered. The least is the try the machine disturbed least, and the
 * pages take turns, so a slow spell falls on all of them. Each try adds a fresh page.
 */
async function leastRenderTimes(pages: (() => HTMLElement)[], tries = 5): Promise<number[]> {
  const least = pages.map(() => Infinity);
  for (let round = 0; round < tries; round++) {
    for (const [i, makePage] of pages.entries()) {
      const page = makePage();
      const start = performance.now();
      document.body.append(page);
      await Promise.all([...page.children].map((guide) => (guide as GuideElement).updateComplete));
      least[i] = Math.min(least[i], performance.now() - start);
      page.remove();
    }
  }
  return least;
}

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

  it('a 1 MB locale renders in English with one short warning, and only its start is looked at', async () => {
    const unknownTag = megabyteTag.replace(/^es/, 'zz');
    const element = await render('risk-list', {locale: unknownTag});
    expect(shownLang(element)).to.equal('en');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.below(300);
    // What was read, counted: another megabyte that differs only at its end is the same
    // request, so nothing changes and nothing more is said.
    element.setAttribute('locale', `${unknownTag.slice(0, -1)}y`);
    await element.updateComplete;
    expect(warnings.messages, 'a second warning: the end of the tag was read').to.have.length(1);
  });

  // Before the tag was capped, one element took over 15 s under a 1 MB lang: the lookup's work
  // grew with the square of the tag's length. Now it must not grow with the tag at all, which
  // is compared in one run, never against a fixed time: ten elements under a 10 KB lang take
  // about as long as under a 1 KB one, where work that grew with the length would take 10 times
  // as long, and work that grew with its square, 100 times. (Both are longer than the part of a
  // tag that is read; at a megabyte, work that grew with the square would freeze the page.)
  it('a long lang around ten elements: all in English, one warning; ten times the length costs the same', async () => {
    const pages: HTMLElement[] = [];
    const tenUnder = (lang: string) => () => {
      const page = document.createElement('div');
      page.setAttribute('lang', lang);
      for (let i = 0; i < 10; i++) page.append(document.createElement('results-explainer'));
      pages.push(page);
      return page;
    };
    // The least of 9 tries each: a render waits for its turn (first-render.ts), and a turn that
    // starts late on a busy machine is not work the tag caused.
    const [small, large] = await leastRenderTimes(
      [1_000, 10_000].map((size) => tenUnder(`zz${'-x'.repeat(size / 2)}`)),
      9,
    );
    for (const page of pages) expect([...page.children].map(shownLang)).to.deep.equal(Array(10).fill('en'));
    expect(warnings.messages, 'one per page, not one per element').to.have.length(pages.length);
    // Below 5: half of what work that grew with the length would take (10 times).
    expect(large / small, `${large.toFixed(1)} ms for 10 KB, ${small.toFixed(1)} ms for 1 KB`).to.be.below(5);

    // And what was read, counted: a 1 MB lang changed only at its end is the same request, so
    // nothing more is said.
    const unknownTag = megabyteTag.replace(/^es/, 'zz');
    const page = await fixture<HTMLElement>(
      html`<div lang=${unknownTag}><results-explainer></results-explainer></div>`,
    );
    const said = warnings.messages.length;
    page.setAttribute('lang', `${unknownTag.slice(0, -1)}y`);
    await new Promise((resolve) => setTimeout(resolve)); // seen by a MutationObserver
    expect(warnings.messages, 'a new warning: the end of the lang was read').to.have.length(said);
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

  it('a heading level given as a string works, reads back as a number; a bad one is named as given', async () => {
    const element = await render('risk-list');
    (element as {headingLevel: unknown}).headingLevel = '3'; // as a framework may pass it
    await element.updateComplete;
    expect(headingLevels(root(element))[0]).to.equal(3);
    expect(element.headingLevel).to.equal(3);
    expect(warnings.messages).to.deep.equal([]);
    element.setAttribute('heading-level', '4');
    expect(element.headingLevel).to.equal(4);
    (element as {headingLevel: unknown}).headingLevel = '2.5';
    await element.updateComplete;
    expect(headingLevels(root(element))[0]).to.equal(2);
    expect(element.headingLevel).to.equal(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('not "2.5"');
  });

  it('a huge sections value is quoted short, and only its start is looked at', async () => {
    // What was read, counted: a section named after the first 1000 characters is not seen.
    const element = await render('risk-list', {sections: `bleeding ${'x'.repeat(1_000_000)} infection`});
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.below(300);
    expect(shownSections(element)).to.deep.equal(['bleeding']);
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
