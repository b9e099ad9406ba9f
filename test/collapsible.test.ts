// `collapsible`: each section closed under its heading, whose words are the button that opens
// it; all open on paper; a `bmg-section-toggle` event lets a portal count what patients open.
import '../dist/bone-marrow-guide.js';
import {expect, oneEvent} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {GuideElement, SectionToggleDetail} from '../src/guide-element.js';
import {elements, render, root, shownSections, text} from './helpers.js';

const sectionsOf = (element: Element) => [...root(element).querySelectorAll<HTMLElement>('[data-section]')];
const sectionNamed = (element: Element, id: string) =>
  root(element).querySelector<HTMLElement>(`[data-section="${id}"]`)!;
const toggleOf = (section: Element) => section.querySelector<HTMLButtonElement>('.toggle')!;
/** The first paragraph, list or drawing of a section: shown only when the section is open. */
const bodyOf = (section: Element) => section.querySelector('p, ul, ol, figure')!;
const isOpen = (section: Element) => bodyOf(section).checkVisibility();
const termIn = (section: Element) => section.querySelector<HTMLButtonElement>('button[data-term]')!;

describe('collapsible sections', () => {
  afterEach(() => executeServerCommand('emulate-print-or-forced-colors', {}));

  for (const {tag, sections} of elements) {
    it(`<${tag}> shows each section closed under its heading, whose words are the button that opens it`, async () => {
      const element = await render(tag, {collapsible: ''});
      expect(shownSections(element)).to.deep.equal([...sections]);
      for (const section of sectionsOf(element)) {
        const heading = section.querySelector(':scope > h2')!;
        const button = toggleOf(section);
        // A heading with a button in it, not a button (or <summary>) with a heading in it: the
        // heading stays a heading for a screen reader's list of headings.
        expect(button.parentElement, section.dataset.section).to.equal(heading);
        expect(heading.closest('button, summary, [role="button"]')).to.equal(null);
        expect(text(button)).to.equal(text(heading));
        expect(text(button)).to.not.equal('');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(root(element).getElementById(button.getAttribute('aria-controls')!)!.contains(bodyOf(section))).to.be
          .true;
        expect(isOpen(section), section.dataset.section).to.be.false;
      }
      await expect(element).to.be.accessible();
    });
  }

  it('opens by click with an event for the page, and closes again', async () => {
    const element = await render('risk-list', {collapsible: ''});
    const [bleeding] = sectionsOf(element);
    setTimeout(() => toggleOf(bleeding).click());
    const opened = (await oneEvent(element, 'bmg-section-toggle')) as CustomEvent<SectionToggleDetail>;
    expect(opened.detail).to.deep.equal({section: 'bleeding', open: true});
    expect(opened.bubbles && opened.composed).to.be.true;
    await element.updateComplete;
    expect(isOpen(bleeding)).to.be.true;
    expect(toggleOf(bleeding).getAttribute('aria-expanded')).to.equal('true');
    await expect(element).to.be.accessible();
    setTimeout(() => toggleOf(bleeding).click());
    const closed = (await oneEvent(element, 'bmg-section-toggle')) as CustomEvent<SectionToggleDetail>;
    expect(closed.detail).to.deep.equal({section: 'bleeding', open: false});
    await element.updateComplete;
    expect(isOpen(bleeding)).to.be.false;
  });

  it('opens by keyboard: Tab to the heading, then Enter; Space closes it', async () => {
    const element = await render('results-explainer', {collapsible: '', sections: 'timing normal'});
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    const [timing] = sectionsOf(element);
    expect(root(element).activeElement).to.equal(toggleOf(timing));
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(isOpen(timing)).to.be.true;
    await sendKeys({press: ' '});
    await element.updateComplete;
    expect(isOpen(timing)).to.be.false;
    before.remove();
  });

  it('opens a closed section where find in page found its words (the browser’s beforematch)', async () => {
    const element = await render('risk-list', {collapsible: ''});
    const infection = sectionNamed(element, 'infection');
    const body = root(element).getElementById(toggleOf(infection).getAttribute('aria-controls')!)!;
    // Closed with hidden="until-found": find in page searches it, and tells us before it shows it.
    expect(body.getAttribute('hidden')).to.equal('until-found');
    setTimeout(() => body.dispatchEvent(new Event('beforematch')));
    const opened = (await oneEvent(element, 'bmg-section-toggle')) as CustomEvent<SectionToggleDetail>;
    expect(opened.detail).to.deep.equal({section: 'infection', open: true});
    await element.updateComplete;
    expect(isOpen(infection)).to.be.true;
    expect(toggleOf(infection).getAttribute('aria-expanded')).to.equal('true');
  });

  it('keeps the sections a reader opened open across a change of language', async () => {
    const element = await render('risk-list', {collapsible: ''});
    toggleOf(sectionsOf(element)[1]).click();
    element.locale = 'es';
    await element.updateComplete;
    expect(sectionsOf(element).map(isOpen)).to.deep.equal([false, true, false]);
    expect(root(element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('keeps each section’s state with that section when the page changes which are shown', async () => {
    const element = await render('risk-list', {collapsible: ''});
    toggleOf(sectionNamed(element, 'bleeding')).click();
    element.sections = 'infection sternum-injury';
    await element.updateComplete;
    expect(sectionsOf(element).map(isOpen), 'the next section does not open').to.deep.equal([false, false]);
    element.sections = '';
    await element.updateComplete;
    expect(sectionsOf(element).map(isOpen)).to.deep.equal([true, false, false]);
  });

  it('without the attribute, shows plain sections, each open under a plain heading', async () => {
    const element = (await render('risk-list')) as GuideElement;
    expect(sectionsOf(element).map(isOpen)).to.deep.equal([true, true, true]);
    expect(root(element).querySelector('.toggle')).to.equal(null);
  });

  it('prints every section open', async function () {
    const element = await render('procedure-overview', {collapsible: ''});
    const {supported} = await executeServerCommand<{supported: boolean}, {print: boolean}>(
      'emulate-print-or-forced-colors',
      {print: true},
    );
    if (!supported) this.skip();
    for (const section of sectionsOf(element)) {
      expect(isOpen(section), section.dataset.section).to.be.true;
    }
  });
});

// A change the page makes keeps the reader's place: focus never falls to the page's <body>.
describe('focus, when the page changes the element', () => {
  it('stays on the same node when the page changes which sections are shown', async () => {
    const element = await render('risk-list');
    const infection = sectionNamed(element, 'infection');
    const term = termIn(infection);
    term.focus();
    element.sections = 'infection sternum-injury';
    await element.updateComplete;
    expect(sectionNamed(element, 'infection') === infection, 'the section is the same node, not another one refilled')
      .to.be.true;
    expect(root(element).activeElement === term, 'focus is on the same term').to.be.true;
    expect(term.dataset.term).to.equal('osteomyelitis');
  });

  it('moves to its section’s button when the page turns on collapsible while a term has focus', async () => {
    const element = await render('risk-list');
    termIn(sectionNamed(element, 'infection')).focus();
    element.collapsible = true;
    await element.updateComplete;
    expect(root(element).activeElement === toggleOf(sectionNamed(element, 'infection')), 'focus is on the button').to.be
      .true;
  });

  it('moves to its section’s button when a page’s script closes the section a reader is in', async () => {
    const element = await render('risk-list', {collapsible: ''});
    const bleeding = sectionNamed(element, 'bleeding');
    toggleOf(bleeding).click();
    await element.updateComplete;
    termIn(bleeding).focus();
    toggleOf(bleeding).click(); // a script's click moves no focus
    await element.updateComplete;
    expect(root(element).activeElement === toggleOf(bleeding), 'focus is on the button').to.be.true;
  });

  it('stays on the same term when a change of language renders it again', async () => {
    const element = await render('risk-list', {sections: 'infection'});
    termIn(sectionNamed(element, 'infection')).focus();
    element.locale = 'es';
    await element.updateComplete;
    expect(root(element).activeElement === termIn(sectionNamed(element, 'infection')), 'focus is on the term').to.be
      .true;
  });
});
