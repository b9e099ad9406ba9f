// Pre-rendered HTML (`bone-marrow-guide render`) read with no script at all, as crawlers,
// reader modes and a page whose script failed see it. This file loads no bundle: the elements
// stay undefined, and only the declarative shadow DOM the render command wrote is on the page.
import {expect, fixture, html} from '@open-wc/testing';
import {english} from '../src/generated/content.js';
import {elements, text} from './helpers.js';

async function staticPage(tag: string, locale: string): Promise<Element> {
  const response = await fetch(`/test/pre-rendered/${tag}.${locale}.static.html`);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  // The way a browser parses the page itself: declarative shadow roots included.
  container.setHTMLUnsafe(await response.text());
  return container.querySelector(tag)!;
}

describe('pre-rendered HTML without any script', () => {
  it('leaves the elements undefined here, so what shows is the HTML alone', async () => {
    const element = await staticPage('risk-list', 'en');
    expect(customElements.get('risk-list')).to.equal(undefined);
    expect(element.shadowRoot, 'a declarative shadow root').to.exist;
  });

  for (const {tag, sections} of elements) {
    for (const locale of ['en', 'es']) {
      it(`<${tag}> in ${locale} reads completely: headings, lists, dates, disclaimer, every definition`, async () => {
        const element = await staticPage(tag, locale);
        const shadow = element.shadowRoot!;
        expect(shadow.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(locale);
        const shown = [...shadow.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section);
        expect(shown).to.deep.equal([...sections]);
        for (const section of shadow.querySelectorAll('[data-section]')) {
          expect(text(section.querySelector('h2')!)).to.not.equal('');
          expect(section.querySelector('p, li, figcaption')!.checkVisibility()).to.be.true;
        }
        const times = [...shadow.querySelectorAll('[part~="meta"] time')].map((time) => time.getAttribute('datetime'));
        expect(times.slice(0, 2)).to.deep.equal(['2022-05-04', english.dates.lastEdited.iso]);
        expect(text(shadow.querySelector('[part~="review"]')!)).to.not.equal('');
        expect(text(shadow.querySelector('[part~="disclaimer"]')!)).to.not.equal('');
        // Each term's definition is reachable with no script: in the words list, a native disclosure.
        const terms = [...shadow.querySelectorAll<HTMLButtonElement>('button[data-term]')];
        const words = shadow.querySelector<HTMLDetailsElement>('details[part~="words"]')!;
        expect(terms.length).to.be.above(0);
        expect(words.querySelectorAll('dd')).to.have.length(terms.length);
        words.open = true;
        for (const meaning of words.querySelectorAll('dd')) expect(meaning.checkVisibility()).to.be.true;
        await expect(element).to.be.accessible();
      });
    }
  }
});
