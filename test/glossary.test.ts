// Medical words open a plain definition in place: by mouse, touch, keyboard or screen reader.
import '../dist/bone-marrow-guide.js';
import {expect, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {GuideElement, TermToggleDetail} from '../src/guide-element.js';
import {elements, fixture, render, root, text} from './helpers.js';

const termButton = (element: Element, term: string) =>
  root(element).querySelector<HTMLButtonElement>(`button[data-term="${term}"]`)!;
const definitionOf = (element: Element, button: HTMLButtonElement) =>
  root(element).getElementById(button.getAttribute('aria-controls')!)!;

describe('glossary terms', () => {
  it('are buttons that say whether their definition is shown', async () => {
    const element = await render('risk-list', {sections: 'sternum-injury'});
    const button = termButton(element, 'sternum');
    const definition = definitionOf(element, button);
    expect(button.type).to.equal('button');
    expect(text(button)).to.equal('sternum');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.be.true;
    expect(definition.getBoundingClientRect().height).to.equal(0);
  });

  it('tell a screen reader what pressing them does: a hint, never shown, in the language it is in', async () => {
    for (const {tag} of elements) {
      for (const locale of ['en', 'es']) {
        const element = await render(tag, {locale});
        const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')];
        expect(buttons, tag).to.not.be.empty;
        for (const button of buttons) {
          const hint = root(element).getElementById(button.getAttribute('aria-describedby') ?? '');
          expect(hint, `${tag} ${button.dataset.term}`).to.exist;
          expect(text(hint!)).to.not.equal('');
          expect(hint!.checkVisibility(), 'never shown').to.be.false;
          // Its language: its own lang (English where a translation lacks it), else the element's.
          expect(hint!.closest('[lang]')!.getAttribute('lang')).to.be.oneOf([locale, 'en']);
        }
        await expect(element).to.be.accessible();
      }
    }
  });

  it('open and close on click (or tap), with an event the page can listen to', async () => {
    const element = await render('risk-list', {sections: 'sternum-injury'});
    let button = termButton(element, 'sternum');
    setTimeout(() => button.click());
    const opened = (await oneEvent(element, 'bmg-term-toggle')) as CustomEvent<TermToggleDetail>;
    expect(opened.detail).to.deep.equal({term: 'sternum', open: true});
    expect(opened.composed && opened.bubbles).to.be.true;
    await element.updateComplete;
    button = termButton(element, 'sternum');
    const definition = definitionOf(element, button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.be.false;
    expect(definition.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(definition)).to.equal('the flat bone in the middle of your chest');

    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.be.true;
  });

  it('open with Enter or Space and close with Escape, keeping focus on the word', async () => {
    const element = await render('risk-list', {sections: 'infection'});
    const button = termButton(element, 'osteomyelitis');
    button.focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: ' '});
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({press: ' '});
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'Escape'});
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(element).activeElement).to.equal(button);
  });

  it('close with Escape inside a page’s dialog, which stays open until the next Escape', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><risk-list sections="infection"></risk-list></dialog>`,
    );
    const seenByPage: string[] = [];
    const pageListener = (event: KeyboardEvent) => seenByPage.push(event.key);
    document.addEventListener('keydown', pageListener);
    try {
      dialog.showModal();
      const element = dialog.querySelector<GuideElement>('risk-list')!;
      await element.updateComplete;
      const button = termButton(element, 'osteomyelitis');
      button.focus();
      await sendKeys({press: 'Enter'});
      await element.updateComplete;
      await sendKeys({press: 'Escape'});
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog.open, 'the dialog stays open').to.be.true;
      expect(seenByPage, 'the page does not see the Escape that closed a definition').to.not.include('Escape');
      await sendKeys({press: 'Escape'}); // nothing of ours is open: the page's Escape
      expect(dialog.open).to.be.false;
      expect(seenByPage).to.include('Escape');
    } finally {
      document.removeEventListener('keydown', pageListener);
    }
  });

  it('are reached with Tab, in reading order', async () => {
    const element = await render('risk-list', {sections: 'infection sternum-injury'});
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(root(element).activeElement).to.equal(termButton(element, 'osteomyelitis'));
    await sendKeys({press: 'Tab'});
    expect(root(element).activeElement).to.equal(termButton(element, 'sternum'));
    before.remove();
  });

  it('offer a definition the first time a word is used in an element, not again', async () => {
    const element = await render('procedure-overview');
    const terms = [...root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')].map(
      (b) => b.dataset.term,
    );
    expect(terms).to.include('platelets');
    expect(new Set(terms).size).to.equal(terms.length);
  });

  it('each point to their own definition', async () => {
    for (const {tag} of elements) {
      const element = await render(tag);
      for (const button of root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')) {
        const definition = definitionOf(element, button);
        expect(definition, button.dataset.term).to.exist;
        expect(definition.classList.contains('definition')).to.be.true;
        expect(text(definition).length).to.be.greaterThan(10);
      }
    }
  });
});

describe('words to know', () => {
  it('lists each word the element defines, with its meaning, in a disclosure at the end', async () => {
    for (const {tag} of elements) {
      const element = await render(tag);
      const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')];
      const words = root(element).querySelector<HTMLDetailsElement>('details[part~="words"]')!;
      expect(words.open).to.be.false;
      expect(text(words.querySelector('summary')!)).to.equal('Words to know');
      const terms = [...words.querySelectorAll('dt')].map(text);
      const meanings = [...words.querySelectorAll('dd')].map(text);
      expect(terms).to.have.length(buttons.length);
      buttons.forEach((button, i) => {
        expect(meanings[i], button.dataset.term).to.equal(text(definitionOf(element, button)));
      });
      expect(words.compareDocumentPosition(root(element).querySelector('[part~="meta"]')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }
  });

  it('lists only the words of the sections shown', async () => {
    const element = await render('risk-list', {sections: 'infection'});
    const terms = [...root(element).querySelectorAll('[part~="words"] dt')].map(text);
    expect(terms).to.deep.equal(['osteomyelitis']);
  });
});
