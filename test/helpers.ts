import {fixture} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';

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
