// The elements in a React 19 portal, as the README's React snippet uses them: the npm package's
// ES modules (sharing the page's Lit), properties set from props (an array for `sections`, a
// number for `headingLevel`), an attribute name passed as a prop, and a `bmg-term-toggle`
// handler given as `onbmg-term-toggle`. React is served as ES modules by
// test/server/embedding.mjs.
import {expect, waitUntil} from '@open-wc/testing';
import {createElement, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {createRoot, type Root} from 'react-dom/client';
import type {GuideElement, SectionToggleDetail, TermToggleDetail} from '../src/guide-element.js';
import {hangGuardMs, headingLevels, root as shadow, shownSections, text} from './helpers.js';

/** The npm entry (dist/lib/), by URL: its typings would repeat the global ones that src/ declares for the tests. */
const npmEntry = '/dist/lib/index.js';
/** The React entry, `bone-marrow-guide/react` (src/react.ts, made with @lit/react). */
const reactEntry = '/dist/lib/react.js';
type ReactEntry = typeof import('../src/react.js');

/** For each test: a React root in a fresh container on the page, unmounted and removed after it. */
function reactRootPerTest(): {show: (node: ReactNode) => void; container: () => HTMLDivElement} {
  let container: HTMLDivElement;
  let reactRoot: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    reactRoot = createRoot(container);
  });
  afterEach(() => {
    flushSync(() => reactRoot.unmount());
    container.remove();
  });
  return {show: (node) => flushSync(() => reactRoot.render(node)), container: () => container};
}

describe('the elements in React 19', () => {
  before(() => import(npmEntry));
  const {show, container} = reactRootPerTest();
  const rendered = async (tag: string) => {
    const element = container().querySelector<GuideElement>(tag)!;
    await element.updateComplete;
    return element;
  };

  it('sets sections (an array), headingLevel (a number) and locale as properties', async () => {
    show(createElement('risk-list', {sections: ['infection', 'bleeding'], headingLevel: 3, locale: 'es'}));
    const element = await rendered('risk-list');
    expect(element.sections, 'a property, not a stringified attribute').to.deep.equal(['infection', 'bleeding']);
    expect(element.hasAttribute('sections')).to.be.false;
    expect(shownSections(element)).to.deep.equal(['bleeding', 'infection']);
    expect(headingLevels(shadow(element))[0]).to.equal(3);
    await waitUntil(() => shadow(element).querySelector('[part~="base"]')!.getAttribute('lang') === 'es', 'Spanish', {
      timeout: hangGuardMs,
    });
  });

  it('passes attribute names through as attributes', async () => {
    show(createElement('procedure-overview', {'heading-level': '4', sections: 'why'}));
    const element = await rendered('procedure-overview');
    expect(element.getAttribute('heading-level')).to.equal('4');
    expect(headingLevels(shadow(element))[0]).to.equal(4);
    expect(shownSections(element)).to.deep.equal(['why']);
  });

  it('updates the element when the props change', async () => {
    show(createElement('results-explainer', {sections: ['timing']}));
    expect(shownSections(await rendered('results-explainer'))).to.deep.equal(['timing']);
    show(createElement('results-explainer', {sections: ['normal', 'abnormal']}));
    expect(shownSections(await rendered('results-explainer'))).to.deep.equal(['normal', 'abnormal']);
  });

  it('calls an onbmg-term-toggle handler with the term and whether it opened', async () => {
    const toggles: TermToggleDetail[] = [];
    const onToggle = (event: CustomEvent<TermToggleDetail>) => toggles.push(event.detail);
    show(createElement('risk-list', {sections: 'infection', 'onbmg-term-toggle': onToggle}));
    const element = await rendered('risk-list');
    const button = shadow(element).querySelector<HTMLButtonElement>('button[data-term]')!;
    button.click();
    button.click();
    const term = button.dataset.term!;
    expect(text(button)).to.not.equal('');
    expect(toggles).to.deep.equal([
      {term, open: true},
      {term, open: false},
    ]);
  });
});

describe('bone-marrow-guide/react: the elements as React components (@lit/react)', () => {
  let entry: ReactEntry;
  before(async () => (entry = (await import(reactEntry)) as ReactEntry));
  const {show, container} = reactRootPerTest();

  it('sets sections, headingLevel, collapsible as properties; calls onTermToggle and onSectionToggle', async () => {
    const terms: TermToggleDetail[] = [];
    const sections: SectionToggleDetail[] = [];
    show(
      createElement(entry.RiskList, {
        sections: ['infection'],
        headingLevel: 4,
        collapsible: true,
        onTermToggle: (event: CustomEvent<TermToggleDetail>) => terms.push(event.detail),
        onSectionToggle: (event: CustomEvent<SectionToggleDetail>) => sections.push(event.detail),
      }),
    );
    const element = container().querySelector<GuideElement>('risk-list')!;
    await element.updateComplete;
    expect(element.sections).to.deep.equal(['infection']);
    expect(headingLevels(shadow(element))[0]).to.equal(4);
    shadow(element).querySelector<HTMLButtonElement>('[data-section] .toggle')!.click();
    await waitUntil(() => sections.length === 1, 'bmg-section-toggle reached onSectionToggle', {timeout: hangGuardMs});
    expect(sections).to.deep.equal([{section: 'infection', open: true}]);
    shadow(element).querySelector<HTMLButtonElement>('button[data-term]')!.click();
    expect(terms).to.have.length(1);
    expect(terms[0].open).to.be.true;
  });

  it('has a handler prop for every event in custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declared = new Set<string>(
      manifest.modules
        .flatMap((module: {declarations?: {events?: {name: string}[]}[]}) => module.declarations ?? [])
        .flatMap((declaration: {events?: {name: string}[]}) => declaration.events ?? [])
        .map((event: {name: string}) => event.name),
    );
    expect(declared.size).to.be.greaterThan(0);
    expect(new Set(Object.values(entry.events))).to.deep.equal(declared);
  });
});
