import {expect, fixture as openWcFixture, html} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';

const guideTags = 'procedure-overview, risk-list, results-explainer';

/**
 * How long a test waits for anything that should happen (a page to render, a language to
 * show) before it calls it a hang: far above the time it takes, which is well under a second
 * on an idle machine and a few seconds on a busy one, so that only a hang fails. A test's own
 * timeout (web-test-runner.config.mjs) is above it, and so is the locale wait the test server
 * gives every bundle (test/server/locale-wait.mjs). No test asserts how long something took.
 */
export const hangGuardMs = 30_000;

/**
 * @open-wc's fixture, which also waits for every guide element in it to render: an element's
 * first render comes a task after it connects (src/guide-element.ts), not within the fixture's own wait.
 */
export async function fixture<T extends Element>(template: Parameters<typeof openWcFixture>[0]): Promise<T> {
  const element = await openWcFixture<T>(template);
  const guides = [...(element.matches(guideTags) ? [element] : []), ...element.querySelectorAll(guideTags)];
  await Promise.all(guides.map((guide) => (guide as GuideElement).updateComplete));
  return element;
}

/** The public contract: each element and its section ids, in canonical order. */
export const elements = [
  {
    tag: 'procedure-overview',
    sections: ['key-points', 'overview', 'why', 'prepare', 'checklist', 'procedure', 'position', 'how-it-feels'],
  },
  {tag: 'risk-list', sections: ['bleeding', 'infection', 'sternum-injury']},
  {tag: 'results-explainer', sections: ['key-points', 'timing', 'normal', 'abnormal', 'lab']},
] as const;

export type Tag = (typeof elements)[number]['tag'];

/** Renders an element the way a page would write it, and waits for it. */
export async function render(tag: string, attributes: Record<string, string> = {}): Promise<GuideElement> {
  const element = document.createElement(tag) as GuideElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture<GuideElement>(element);
}

export const root = (element: Element) => element.shadowRoot!;

/** Opens every glossary definition in the element. */
export async function openAllTerms(element: GuideElement) {
  for (const button of root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')) button.click();
  await element.updateComplete;
}

export function shownSections(element: Element): string[] {
  return [...root(element).querySelectorAll<HTMLElement>('[data-section]')].map((section) => section.dataset.section!);
}

export function headingLevels(scope: ParentNode): number[] {
  return [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
}

/** Records console.warn calls until restored; use in beforeEach/afterEach. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return {messages, restore: () => (console.warn = original)};
}

/** The text a reader sees, with whitespace collapsed. */
export const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders `tag` in `locale` in a box `width` px wide, every definition open. */
export async function renderIn(
  locale: string,
  tag: string,
  width: number,
): Promise<{page: HTMLElement; element: GuideElement}> {
  const page = await fixture<HTMLElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
  const element = document.createElement(tag) as GuideElement;
  element.locale = locale;
  page.append(element);
  await element.updateComplete;
  await openAllTerms(element);
  return {page, element};
}

/**
 * Renders `tag` in `locale` at a phone's width (320 px), every definition open, and checks
 * nothing sticks out sideways: no scrolling, no box past either edge. Under print emulation, the
 * same for the printed layout.
 */
export async function expectFits320(tag: string, locale: string): Promise<void> {
  const {page, element} = await renderIn(locale, tag, 320);
  const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.getAttribute('lang')).to.equal(locale);
  expect(element.getBoundingClientRect().width).to.equal(320);
  expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  const {left, right} = page.getBoundingClientRect();
  for (const node of root(element).querySelectorAll('[part~="base"] *')) {
    // No box of its own: a <slot> (display: contents), or what is not shown (in print, the list of words).
    if (!node.getClientRects().length) continue;
    const box = node.getBoundingClientRect();
    expect(box.left, node.outerHTML.slice(0, 60)).to.be.at.least(left - 0.5);
    expect(box.right, node.outerHTML.slice(0, 60)).to.be.at.most(right + 0.5);
  }
}

/**
 * Renders `tag` in a right-to-left `locale` 600 px wide, every definition open, and checks the
 * layout is mirrored: lists, boxes to tick, headings and definitions all on the reading side.
 */
export async function expectMirrored(tag: string, locale: string): Promise<void> {
  const {page, element} = await renderIn(locale, tag, 600);
  const shadow = root(element);
  const base = shadow.querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.dir).to.equal('rtl');
  expect(getComputedStyle(base).direction).to.equal('rtl');
  // Lists indent from the right, and short headings sit against the right edge.
  for (const list of shadow.querySelectorAll<HTMLElement>('ul:not(.checklist), ol')) {
    expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.above(0);
    expect(getComputedStyle(list).paddingLeft).to.equal('0px');
  }
  // A box to tick comes before its words: on their right.
  for (const box of shadow.querySelectorAll<HTMLInputElement>('.checklist input')) {
    const words = box.labels![0].querySelector('span')!.getBoundingClientRect();
    expect(box.getBoundingClientRect().left).to.be.at.least(words.right);
  }
  const heading = shadow.querySelector('h2')!;
  const range = document.createRange();
  range.selectNodeContents(heading);
  expect(page.getBoundingClientRect().right - range.getBoundingClientRect().right).to.be.below(2);
  // Dates keep their own direction inside the mirrored line.
  expect(getComputedStyle(shadow.querySelector('time')!).unicodeBidi).to.equal('isolate');
  // Each definition opens on the reading side of its word: to its left on the same line, or at
  // the right edge of a line below.
  const buttons = shadow.querySelectorAll('button[data-term]');
  expect(buttons.length, 'terms with a definition').to.be.above(0);
  for (const button of buttons) {
    const word = button.getBoundingClientRect();
    const definition = shadow.getElementById(button.getAttribute('aria-controls')!)!;
    const [first] = definition.getClientRects();
    const sameLine = first.top < word.bottom && first.bottom > word.top;
    const where = `the definition of ${button.getAttribute('data-term')}`;
    if (sameLine) expect(first.right, where).to.be.at.most(word.left + 1);
    else expect(lineStartOf(definition) - first.right, where).to.be.within(-1, 8);
  }
}

/** Where a right-to-left line starts: the right edge of the content of the block `node` is in. */
function lineStartOf(node: Element): number {
  let block = node.parentElement!;
  while (/^(inline|contents)/.test(getComputedStyle(block).display)) block = block.parentElement!;
  const style = getComputedStyle(block);
  return block.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
}
