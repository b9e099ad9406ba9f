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
  {tag: 'procedure-overview', sections: ['key-points', 'overview', 'why', 'prepare', 'procedure', 'how-it-feels']},
  {tag: 'risk-list', sections: ['bleeding', 'infection', 'sternum-injury']},
  {tag: 'results-explainer', sections: ['key-points', 'timing', 'normal', 'abnormal']},
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
 * nothing sticks out sideways: no scrolling, no box past either edge.
 */
export async function expectFits320(tag: string, locale: string): Promise<void> {
  const {page, element} = await renderIn(locale, tag, 320);
  const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.getAttribute('lang')).to.equal(locale);
  expect(element.getBoundingClientRect().width).to.equal(320);
  expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  const {left, right} = page.getBoundingClientRect();
  for (const node of root(element).querySelectorAll('[part~="base"] *')) {
    if (getComputedStyle(node).display === 'contents') continue; // a <slot>: no box of its own
    const box = node.getBoundingClientRect();
    expect(box.left, node.outerHTML.slice(0, 60)).to.be.at.least(left - 0.5);
    expect(box.right, node.outerHTML.slice(0, 60)).to.be.at.most(right + 0.5);
  }
}
