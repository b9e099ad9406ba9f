// The hospital's own words: named slots where a page puts its local instructions (what to do
// after the test, when to call), and until it does, a line that sends the reader to their
// care team.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {fixture, render, root, text} from './helpers.js';

const slots = [
  {
    tag: 'procedure-overview',
    slot: 'after-procedure',
    section: 'procedure',
    line: /^Ask your care team what to do after/,
  },
  {tag: 'risk-list', slot: 'when-to-call', section: null, line: /^Ask your care team which signs to watch for/},
] as const;

/** Where a node sits in reading order among the element's rendered nodes and the slotted ones. */
const top = (node: Element) => node.getBoundingClientRect().top;

describe('local instructions', () => {
  for (const {tag, slot, section, line} of slots) {
    describe(`<${tag}> slot "${slot}"`, () => {
      it('shows a line that sends the reader to their care team, while the page has put nothing there', async () => {
        const element = await render(tag);
        const slotElement = root(element).querySelector<HTMLSlotElement>(`slot[name="${slot}"]`)!;
        expect(slotElement).to.exist;
        expect(text(slotElement)).to.match(line);
        if (section) expect(slotElement.closest('[data-section]')!.getAttribute('data-section')).to.equal(section);
        else expect(slotElement.closest('[data-section]'), 'after every section').to.equal(null);
        await expect(element).to.be.accessible();
      });

      it('shows the hospital’s own words instead, in reading order, in the page’s own styles', async () => {
        const page = await fixture<HTMLElement>(html`
          <div>
            <style>
              .local-words {
                color: rgb(1, 2, 3);
              }
            </style>
          </div>
        `);
        const element = document.createElement(tag) as GuideElement;
        const local = document.createElement('div');
        local.slot = slot;
        local.className = 'local-words';
        local.innerHTML = '<h3>Call us</h3><p>Call 555-0100, day or night.</p>';
        element.append(local);
        page.append(element);
        await element.updateComplete;
        const slotElement = root(element).querySelector<HTMLSlotElement>(`slot[name="${slot}"]`)!;
        expect(slotElement.assignedElements()).to.deep.equal([local]);
        expect(slotElement.querySelector('p')!.checkVisibility(), 'the default line is not shown').to.be.false;
        expect(getComputedStyle(local.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
        // Reading order: after its section's text (or after every section), before the dates.
        const before = section
          ? root(element).querySelector(`[data-section="${section}"]`)!.querySelector('h3, h4, p:last-of-type')!
          : [...root(element).querySelectorAll('[data-section]')].at(-1)!;
        expect(top(local)).to.be.above(top(before));
        expect(top(local)).to.be.below(top(root(element).querySelector('[part~="meta"]')!));
        await expect(element).to.be.accessible();
      });
    });
  }

  it('<risk-list>: the when-to-call words have a heading of their own, at the sections’ level', async () => {
    for (const level of ['2', '4']) {
      const element = await render('risk-list', {'heading-level': level});
      const slot = root(element).querySelector('slot[name="when-to-call"]')!;
      const headings = [...root(element).querySelectorAll('h1, h2, h3, h4, h5, h6')];
      const above = headings.filter(
        (heading) => heading.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const own = above.at(-1)!;
      expect(own.tagName, 'the heading just above the words').to.equal(`H${level}`);
      expect(
        own.closest('[data-section]'),
        'not a section’s heading: the words are not part of the last risk',
      ).to.equal(null);
      expect(text(own)).to.not.equal('');
    }
  });

  it('leaves a slot out with its section: with only "prepare", no after-procedure words', async () => {
    const element = document.createElement('procedure-overview') as GuideElement;
    element.setAttribute('sections', 'prepare');
    const local = Object.assign(document.createElement('p'), {slot: 'after-procedure', textContent: 'Local words'});
    element.append(local);
    await fixture(element);
    expect(root(element).querySelector('slot[name="after-procedure"]')).to.equal(null);
    expect(local.checkVisibility()).to.be.false;
  });
});

// The safety net (src/local-words.ts): a CMS filter that strips `slot` keeps `class`, so the
// hospital's words name their slot twice, and the element puts a child that lost its `slot`
// back into the slot its class names.
describe('local instructions whose slot attribute a CMS stripped', () => {
  for (const {tag, slot, section} of slots) {
    const shown = (element: Element) => root(element).querySelector<HTMLSlotElement>(`slot[name="${slot}"]`)!;

    it(`<${tag}>: a child with class="bmg-${slot}" and no slot attribute shows in "${slot}"`, async () => {
      // As the page arrives from the CMS: parsed HTML, no slot attribute left.
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = `<${tag}><div class="bmg-${slot} local"><p>Call the Day Unit on 555-0100.</p></div></${tag}>`;
      const element = page.firstElementChild as GuideElement;
      await element.updateComplete;
      const local = element.querySelector('.local')!;
      expect(shown(element).assignedElements()).to.deep.equal([local]);
      expect(local.checkVisibility(), 'the hospital’s words are shown').to.be.true;
      expect(shown(element).querySelector('p')!.checkVisibility(), 'the default line is not').to.be.false;
      if (section)
        expect(local.assignedSlot!.closest('[data-section]')!.getAttribute('data-section')).to.equal(section);
    });

    it(`<${tag}>: such a child added after the element rendered (a framework, a script) shows too`, async () => {
      const element = await render(tag);
      const local = Object.assign(document.createElement('p'), {
        className: `bmg-${slot}`,
        textContent: 'Call 555-0100.',
      });
      element.append(local);
      await new Promise((resolve) => setTimeout(resolve)); // the mutation observer's turn
      expect(shown(element).assignedElements()).to.deep.equal([local]);
      expect(local.checkVisibility()).to.be.true;
    });
  }

  it('leaves a slot the page wrote alone, and a class of another element’s slot does nothing', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML =
      '<procedure-overview><p slot="after-procedure" class="bmg-when-to-call" id="own">Own</p>' +
      '<p class="bmg-when-to-call" id="other">Other</p></procedure-overview>';
    const element = page.firstElementChild as GuideElement;
    await element.updateComplete;
    expect(element.querySelector('#own')!.getAttribute('slot')).to.equal('after-procedure');
    expect(element.querySelector('#other')!.hasAttribute('slot'), 'risk-list’s slot, not this element’s').to.be.false;
    expect(element.querySelector('#other')!.checkVisibility()).to.be.false;
  });

  it('without slot or class, the child is fallback content: hidden once the element renders', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = '<risk-list><div class="local"><p>Call 555-0100.</p></div></risk-list>';
    const element = page.firstElementChild as GuideElement;
    await element.updateComplete;
    expect(element.querySelector('.local')!.checkVisibility()).to.be.false;
  });
});
