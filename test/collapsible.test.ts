// `collapsible`: each section a native disclosure, closed until a reader opens it, all open on
// paper; a `bmg-section-toggle` event lets a portal count what patients open.
import '../dist/bone-marrow-guide.js';
import {expect, oneEvent} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {GuideElement, SectionToggleDetail} from '../src/guide-element.js';
import {elements, render, root, shownSections, text} from './helpers.js';

const sectionsOf = (element: Element) => [...root(element).querySelectorAll<HTMLDetailsElement>('[data-section]')];
/** The first paragraph, list or drawing of a section: shown only when the section is open. */
const bodyOf = (section: Element) => section.querySelector('p, ul, ol, figure')!;

describe('collapsible sections', () => {
  afterEach(() => executeServerCommand('emulate-print-or-forced-colors', {}));

  for (const {tag, sections} of elements) {
    it(`<${tag}> shows each section as a closed disclosure under its heading`, async () => {
      const element = await render(tag, {collapsible: ''});
      expect(shownSections(element)).to.deep.equal([...sections]);
      for (const section of sectionsOf(element)) {
        expect(section.tagName).to.equal('DETAILS');
        expect(section.open).to.be.false;
        const heading = section.querySelector(':scope > summary > h2')!;
        expect(text(heading)).to.not.equal('');
        expect(bodyOf(section).checkVisibility(), section.dataset.section).to.be.false;
      }
      await expect(element).to.be.accessible();
    });
  }

  it('opens by click with an event for the page, and closes again', async () => {
    const element = await render('risk-list', {collapsible: ''});
    const [bleeding] = sectionsOf(element);
    setTimeout(() => bleeding.querySelector('summary')!.click());
    const opened = (await oneEvent(element, 'bmg-section-toggle')) as CustomEvent<SectionToggleDetail>;
    expect(opened.detail).to.deep.equal({section: 'bleeding', open: true});
    expect(opened.bubbles && opened.composed).to.be.true;
    expect(bodyOf(bleeding).checkVisibility()).to.be.true;
    await expect(element).to.be.accessible();
    setTimeout(() => bleeding.querySelector('summary')!.click());
    const closed = (await oneEvent(element, 'bmg-section-toggle')) as CustomEvent<SectionToggleDetail>;
    expect(closed.detail).to.deep.equal({section: 'bleeding', open: false});
  });

  it('opens by keyboard: Tab to the heading, then Enter', async () => {
    const element = await render('results-explainer', {collapsible: '', sections: 'timing normal'});
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    const [timing] = sectionsOf(element);
    expect(root(element).activeElement).to.equal(timing.querySelector('summary'));
    const toggled = oneEvent(timing, 'toggle');
    await sendKeys({press: 'Enter'});
    await toggled;
    expect(timing.open).to.be.true;
    before.remove();
  });

  it('keeps the sections a reader opened open across a change of language', async () => {
    const element = await render('risk-list', {collapsible: ''});
    sectionsOf(element)[1].querySelector('summary')!.click();
    await oneEvent(element, 'bmg-section-toggle');
    element.locale = 'es';
    await element.updateComplete;
    expect(sectionsOf(element).map((section) => section.open)).to.deep.equal([false, true, false]);
    expect(root(element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('without the attribute, shows plain sections, each open', async () => {
    const element = (await render('risk-list')) as GuideElement;
    expect(sectionsOf(element).map((section) => section.tagName)).to.deep.equal(['SECTION', 'SECTION', 'SECTION']);
  });

  it('prints every section open', async function () {
    const element = await render('procedure-overview', {collapsible: ''});
    const {supported} = await executeServerCommand<{supported: boolean}, {print: boolean}>(
      'emulate-print-or-forced-colors',
      {print: true},
    );
    if (!supported) this.skip();
    for (const section of sectionsOf(element)) {
      expect(bodyOf(section).checkVisibility(), section.dataset.section).to.be.true;
    }
  });
});
