// First renders in turn (src/first-render.ts), counted, not timed: the page's clock is replaced
// (test/pages/record-turns.js), so whether a turn has run out of time is decided by the test, not
// by how busy the machine is.
import '../dist/bone-marrow-guide.js';
import {expect, html, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {elements, fixture, root, text} from './helpers.js';
import {openPage} from './pages.js';

interface TurnsWindow {
  sectionsAtReady: Record<string, string[]>;
  shadowRootsAtUpgrade: Record<string, number>;
  renderedAtEvaluation: Record<string, number>;
  batches: Map<Element, string[][]>;
  updates: Record<string, number>;
  problems: string[];
}

const allSections = (tag: string) => [...elements.find((element) => element.tag === tag)!.sections];

describe('first renders', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('render in the task that evaluates the bundle, when that task has time left', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=frozen');
    frame = page.frame;
    const turns = page.window as unknown as TurnsWindow;
    // Before any later task could run: every element had rendered.
    expect(turns.renderedAtEvaluation).to.deep.equal({
      'procedure-overview': 1,
      'risk-list': 1,
      'results-explainer': 1,
    });
    expect(turns.problems).to.deep.equal([]);
  });

  it('leave the upgrade itself alone: no shadow root is made until the element’s turn', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=frozen');
    frame = page.frame;
    const turns = page.window as unknown as TurnsWindow;
    expect(turns.shadowRootsAtUpgrade).to.deep.equal({
      'procedure-overview': 0,
      'risk-list': 0,
      'results-explainer': 0,
    });
  });

  it('split a long element when its turn runs out: the rest in later tasks, in reading order, one render', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=slow');
    frame = page.frame;
    const turns = page.window as unknown as TurnsWindow;
    const overview = page.document.querySelector<GuideElement>('procedure-overview')!;
    await overview.updateComplete;
    const batches = turns.batches.get(overview)!;
    // The first batch already shows text (the first section), not the whole element.
    expect(batches[0], 'the first section first').to.deep.equal(['key-points']);
    expect(batches.length, 'then more, in later batches').to.be.above(2);
    // Sections only ever arrive in reading order, each after the ones before it.
    for (const shown of batches) expect(shown).to.deep.equal(allSections('procedure-overview').slice(0, shown.length));
    expect(batches.at(-1)).to.deep.equal(allSections('procedure-overview'));
    expect(turns.updates['procedure-overview'], 'still one render').to.equal(1);
    // And it shows exactly what an element rendered whole shows.
    const whole = await fixture<GuideElement>(html`<procedure-overview></procedure-overview>`);
    expect(text(overview.shadowRoot!)).to.equal(text(root(whole)));
    expect(turns.problems).to.deep.equal([]);
  });

  it('wait for every part before updateComplete resolves', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=slow');
    frame = page.frame;
    for (const {tag, sections} of elements) {
      const element = page.document.querySelector<GuideElement>(tag)!;
      await element.updateComplete;
      const shown = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]')];
      expect(
        shown.map((section) => section.dataset.section),
        tag,
      ).to.deep.equal([...sections]);
      expect(element.shadowRoot!.querySelector('[part~="disclaimer"]'), `${tag}: its small print`).to.exist;
    }
  });

  it('say bmg-ready only when every part shows', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=slow');
    frame = page.frame;
    const turns = page.window as unknown as TurnsWindow;
    for (const {tag, sections} of elements) {
      await page.document.querySelector<GuideElement>(tag)!.updateComplete;
      await waitUntil(() => turns.sectionsAtReady[tag], `${tag} says bmg-ready`);
      expect(turns.sectionsAtReady[tag], tag).to.deep.equal([...sections]);
    }
  });

  it('connect an element removed before its turn only when it comes back', async () => {
    const page = await openPage('/test/pages/first-render.html?clock=frozen');
    frame = page.frame;
    const element = page.document.createElement('risk-list') as GuideElement;
    page.document.body.append(element);
    element.remove(); // before its turn
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot, 'not connected while away').to.equal(null);
    page.document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[data-section]')).to.exist;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[data-section]').length === 3, 'all of it');
  });
});
