// The check snippet of docs/cms.md, through each CMS filter as its recipe configures it, with the
// bundle: every element renders with every attribute, and the hospital's own words show in their
// slot. The filters run on the test server (test/cms/server.mjs; test/node/cms.test.ts checks
// their output in detail), but DOMPurify, which runs here in each browser's own DOM.
import '../dist/bone-marrow-guide.js';
import {expect, fixture, html} from '@open-wc/testing';
import DOMPurify from 'dompurify';
import type {GuideElement} from '../src/guide-element.js';
import {guideSlots, guideTags} from '../src/markup.js';
import {recipe} from '../tools/cms/blocks.mjs';
import {sampleWords} from '../tools/cms/recipes.js';
import {runRecipe} from './cms/run-recipe.mjs';
import {headingLevels, root} from './helpers.js';
import {openPage, renderedSections} from './pages.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** What the snippet asks of each element, and that the hospital's words show in their slot. */
async function expectAsWritten(page: Document) {
  for (const tag of guideTags) {
    const element = page.querySelector<GuideElement>(tag)!;
    await element.updateComplete;
    expect(renderedSections(page, tag), `<${tag} sections>`).to.deep.equal(
      element.getAttribute('sections')!.split(' '),
    );
    expect(headingLevels(root(element))[0], `<${tag} heading-level>`).to.equal(3);
    expect(element.collapsible, `<${tag} collapsible>`).to.be.true;
    expect(element.classList.contains('hospital-guide'), `<${tag} class>`).to.be.true;
    expect(root(element).querySelector('[part~="base"]')!.getAttribute('lang'), `<${tag} locale>`).to.equal('en');
    for (const toggle of root(element).querySelectorAll<HTMLButtonElement>('.toggle')) toggle.click();
    await element.updateComplete;
    for (const slot of guideSlots[tag]) {
      const words = [...element.children].find((child) => child.textContent!.includes(sampleWords(slot)));
      expect(words, `<${tag}>: the words for ${slot}`).to.exist;
      expect(words!.assignedSlot?.name, `<${tag}>: the words for ${slot} are in their slot`).to.equal(slot);
      expect(words!.checkVisibility(), `<${tag}>: the words for ${slot} are shown`).to.be.true;
    }
  }
}

describe('the check snippet through each CMS filter, with the bundle', () => {
  for (const [filter, what] of [
    ['wordpress', 'WordPress’s real kses with the recipe'],
    ['drupal', 'the Drupal emulation with the recipe’s line'],
    ['sanitize-html', 'sanitize-html with the recipe'],
  ]) {
    it(`${what}: every attribute works and the words show in their slot`, async function () {
      if ((await fetch(`/test/cms/${filter}.html`)).status === 503) this.skip(); // no PHP or WordPress here
      const page = await openPage(`/test/cms/${filter}.html`);
      frame = page.frame;
      await expectAsWritten(page.document);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
    });
  }

  it('WordPress’s kses with the old recipe drops slot, and the words still show (class="bmg-…")', async function () {
    if ((await fetch('/test/cms/wordpress-before.html')).status === 503) this.skip();
    const page = await openPage('/test/cms/wordpress-before.html');
    frame = page.frame;
    for (const tag of guideTags) {
      const element = page.document.querySelector<GuideElement>(tag)!;
      for (const toggle of root(element).querySelectorAll<HTMLButtonElement>('.toggle')) toggle.click();
      await element.updateComplete;
      for (const slot of guideSlots[tag]) {
        const words = [...element.children].find((child) => child.textContent!.includes(sampleWords(slot)))!;
        expect(words.assignedSlot?.name, `the words for ${slot}`).to.equal(slot);
        expect(words.checkVisibility()).to.be.true;
      }
    }
  });

  it('DOMPurify with the recipe, run as written in this browser: every attribute works, the words show', async () => {
    const docs = await (await fetch('/docs/cms.md')).text();
    const clean = runRecipe(recipe(docs, 'dompurify'), {dompurify: DOMPurify}, recipe(docs, 'snippet'));
    // Kept as written, before any script of ours could put a child back in its slot:
    const written = new DOMParser().parseFromString(recipe(docs, 'snippet'), 'text/html');
    const kept = new DOMParser().parseFromString(clean, 'text/html');
    for (const original of written.querySelectorAll('*')) {
      const path = `${original.localName}${original.hasAttribute('slot') ? `[slot="${original.slot}"]` : ''}`;
      const match = [...kept.querySelectorAll(original.localName)].find((e) => e.textContent === original.textContent);
      expect(match, `DOMPurify kept <${path}>`).to.exist;
      for (const {name, value} of original.attributes)
        expect(match!.getAttribute(name), `<${path} ${name}>`).to.equal(value);
    }
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = clean;
    await expectAsWritten(document);
    // And DOMPurify's defaults keep none of the tags: the recipe is what lets them through.
    const bare = document.createElement('div');
    bare.innerHTML = DOMPurify.sanitize(recipe(docs, 'snippet'));
    expect(guideTags.filter((tag) => bare.querySelector(tag))).to.deep.equal([]);
  });
});
