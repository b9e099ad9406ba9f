// What the README and docs/using.md promise about each element's attributes, checked on the built bundle.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import {english} from '../src/generated/content.js';
import type {GuideElement} from '../src/guide-element.js';
import {captureWarnings, elements, fixture, headingLevels, render, root, shownSections, text} from './helpers.js';

for (const {tag, sections} of elements) {
  describe(`<${tag}>`, () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    describe('sections', () => {
      it('shows every section, in order, each under its own heading', async () => {
        const element = await render(tag);
        expect(shownSections(element)).to.deep.equal([...sections]);
        for (const section of root(element).querySelectorAll('[data-section]')) {
          expect(section.firstElementChild!.tagName, section.getAttribute('data-section')!).to.equal('H2');
          expect(text(section.firstElementChild!)).to.not.equal('');
          expect(section.querySelector('p, li, figcaption'), 'section body').to.exist;
        }
        expect(warnings.messages).to.deep.equal([]);
      });

      it('renders each section id on its own', async () => {
        for (const id of sections) {
          const element = await render(tag, {sections: id});
          expect(shownSections(element)).to.deep.equal([id]);
        }
      });

      it('shows the chosen sections in canonical order, ignoring repeats', async () => {
        const [first, second] = sections;
        const last = sections[sections.length - 1];
        const element = await render(tag, {sections: `${last} ${first} ${last}, ${second}`});
        expect(shownSections(element)).to.deep.equal([first, second, last]);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('accepts commas, spaces or both between ids', async () => {
        const [first, second] = sections;
        for (const value of [`${first},${second}`, `${first} ${second}`, ` ${first} ,\n ${second} `]) {
          const element = await render(tag, {sections: value});
          expect(shownSections(element), JSON.stringify(value)).to.deep.equal([first, second]);
        }
      });

      it('ignores unknown ids with one warning that lists the valid ids', async () => {
        const element = await render(tag, {sections: `${sections[0]} no-such-section also-wrong`});
        expect(shownSections(element)).to.deep.equal([sections[0]]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('"no-such-section"').and.include('"also-wrong"');
        expect(warnings.messages[0]).to.include(`Valid ids: ${sections.join(', ')}`);
      });

      it('shows every section, with one warning, when no id is valid', async () => {
        const element = await render(tag, {sections: 'nothing-valid'});
        expect(shownSections(element)).to.deep.equal([...sections]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('Showing every section');
      });

      it('shows every section when the attribute is empty', async () => {
        const element = await render(tag, {sections: ' '});
        expect(shownSections(element)).to.deep.equal([...sections]);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('follows the property and the attribute as they change', async () => {
        const element = await render(tag, {sections: sections[0]});
        element.sections = sections[1];
        await element.updateComplete;
        expect(shownSections(element)).to.deep.equal([sections[1]]);
        element.removeAttribute('sections');
        await element.updateComplete;
        expect(shownSections(element)).to.deep.equal([...sections]);
      });

      it('takes an array of ids from frameworks that pass one as the property', async () => {
        const element = await render(tag);
        element.sections = [sections[1], sections[0]];
        await element.updateComplete;
        expect(shownSections(element)).to.deep.equal([sections[0], sections[1]]);
      });
    });

    describe('heading-level', () => {
      it('puts section headings at the given level and nested headings one deeper', async () => {
        for (const level of [1, 2, 3, 4, 5]) {
          const element = await render(tag, {'heading-level': String(level)});
          for (const section of root(element).querySelectorAll('[data-section]')) {
            const [sectionLevel, ...nested] = headingLevels(section);
            expect(sectionLevel).to.equal(level);
            nested.forEach((nestedLevel) => expect(nestedLevel).to.equal(level + 1));
          }
        }
        expect(warnings.messages).to.deep.equal([]);
      });

      it('never goes deeper than 6, and says so when headings inside a section lose their level', async () => {
        const element = await render(tag, {'heading-level': '6'});
        expect(headingLevels(root(element)).every((level) => level === 6)).to.be.true;
        const flattened = [...root(element).querySelectorAll('[data-section]')].some(
          (section) => section.querySelectorAll('h6').length > 1,
        );
        expect(warnings.messages, 'a warning only where a heading lost its level').to.have.length(flattened ? 1 : 0);
        if (flattened) expect(warnings.messages[0]).to.match(/heading-level 6 leaves no deeper level .* Use 5 or less/);
        // With level 5 every heading keeps its own level: no warning.
        warnings.messages.length = 0;
        element.headingLevel = 5;
        await element.updateComplete;
        expect(warnings.messages).to.deep.equal([]);
      });

      it('falls back to 2, with a warning, for anything but a whole number from 1 to 6', async () => {
        for (const value of ['0', '7', '2.5', 'three', '']) {
          warnings.messages.length = 0;
          const element = await render(tag, {'heading-level': value});
          expect(headingLevels(root(element))[0], JSON.stringify(value)).to.equal(2);
          expect(warnings.messages, JSON.stringify(value)).to.have.length(1);
          expect(warnings.messages[0]).to.include(`not "${value}"`);
        }
      });

      it('returns to 2, without a warning, when the attribute is removed', async () => {
        const element = await render(tag, {'heading-level': '4'});
        element.removeAttribute('heading-level');
        await element.updateComplete;
        expect(headingLevels(root(element))[0]).to.equal(2);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('can be set as a property', async () => {
        const element = await render(tag);
        element.headingLevel = 4;
        await element.updateComplete;
        expect(headingLevels(root(element))[0]).to.equal(4);
      });
    });

    describe('language and notes', () => {
      it('marks its text as English, left to right, inside a page in a language it does not have', async () => {
        const page = await fixture(html`<div lang="x-missing" dir="rtl"></div>`);
        const element = document.createElement(tag) as GuideElement;
        page.append(element);
        await element.updateComplete;
        const base = root(element).querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal('en');
        expect(base.getAttribute('dir')).to.equal('ltr');
        expect(warnings.messages).to.have.length(1);
      });

      it('accepts English by its language or a regional tag without a warning', async () => {
        await render(tag, {locale: 'en'});
        const element = await render(tag, {locale: 'en-GB'});
        element.removeAttribute('locale');
        await element.updateComplete;
        expect(warnings.messages).to.deep.equal([]);
      });

      it('shows the facts’ source and date, the edit date, whether the text was approved, the disclaimer', async () => {
        const element = await render(tag, {sections: sections[0]});
        const meta = root(element).querySelector('[part~="meta"]')!;
        const times = [...meta.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
        expect(times.slice(0, 2)).to.deep.equal([english.dates.factsCurrentAsOf.iso, english.dates.lastEdited.iso]);
        expect(times[0]).to.equal('2022-05-04');
        expect(text(meta)).to.include('from a patient-education page about this test, current as of May 4, 2022');
        // Approved only where the build found a sign-off of exactly this text (content/sign-offs.yaml).
        const review = text(meta.querySelector('[part~="review"]')!);
        if (english.dates.reviewed) {
          expect(review).to.equal(
            'A clinical reviewer checked this text against the medical facts and approved it on ' +
              `${english.dates.reviewed.shown}.`,
          );
          expect(times).to.have.length(3);
        } else {
          expect(review).to.equal('No clinical reviewer has approved this text yet.');
          expect(times).to.have.length(2);
        }
        expect(text(meta), 'the next review date is editorial').to.not.match(/due|next/i);
        expect(text(meta.querySelector('[part~="disclaimer"]')!)).to.match(
          /does not take the place of advice from your own doctor/,
        );
      });
    });
  });
}

describe('<risk-list> introduction', () => {
  it('always says first that serious problems are not common, whichever sections are shown', async () => {
    for (const sections of ['', 'sternum-injury', 'infection bleeding']) {
      const element = await render('risk-list', {sections});
      const first = root(element).querySelector('[part~="base"]')!.firstElementChild!;
      expect(first.tagName).to.equal('P');
      expect(text(first)).to.match(/^Serious problems .* are not common\./);
    }
  });
});

describe('<results-explainer> section ids from before', () => {
  it('shows the section that now holds the text of "keep-in-mind", with one warning naming it', async () => {
    const warnings = captureWarnings();
    try {
      const element = await render('results-explainer', {sections: 'keep-in-mind'});
      expect(shownSections(element)).to.deep.equal(['normal']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('"keep-in-mind" is now part of "normal"');
    } finally {
      warnings.restore();
    }
  });
});

describe('the elements on one page', () => {
  it('are registered by the bundle under their documented tags', () => {
    for (const {tag} of elements) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('add no stylesheet to the page: their styles stay inside their shadow roots', async () => {
    const before = [document.styleSheets.length, document.adoptedStyleSheets.length];
    await render('procedure-overview');
    await render('risk-list');
    expect([document.styleSheets.length, document.adoptedStyleSheets.length]).to.deep.equal(before);
  });
});
