// The one-script-tag promise: a plain page with the built bundle and the three tags works, even
// with the script included twice, and under a strict Content-Security-Policy with Trusted Types.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../build/guide-element.js';
import {elements} from './helpers.js';

interface PageWindow extends Window {
  problems: string[];
  warnings: string[];
  trustedTypes?: unknown;
}

async function openPage(path: string): Promise<{frame: HTMLIFrameElement; window: PageWindow; document: Document}> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(
    () => elements.every(({tag}) => page.querySelector(tag)?.shadowRoot?.querySelector('[data-section]')),
    `the three elements render in ${path}`,
  );
  return {frame, window: frame.contentWindow as PageWindow, document: page};
}

const shownLangs = (page: Document) =>
  elements.map(({tag}) => page.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'));

/** Waits until all three elements show `lang`. */
const allShow = (page: Document, lang: string) =>
  waitUntil(() => shownLangs(page).every((shown) => shown === lang), `all three show ${lang}`);

const localeChunkRequests = (page: PageWindow, locale: string) =>
  page.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/locales/${locale}-`));

function renderedSections(page: Document, tag: string): string[] {
  return [...page.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section!);
}

describe('the bundle in a page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the three elements from one script tag, with nothing in the console', async () => {
    const page = await openPage('/test/pages/one-script.html');
    frame = page.frame;
    for (const {tag, sections} of elements) expect(renderedSections(page.document, tag)).to.deep.equal([...sections]);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('throws nothing and renders normally when the script is included twice', async () => {
    const page = await openPage('/test/pages/two-scripts.html');
    frame = page.frame;
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('bone-marrow-guide.js'));
    expect(scripts, 'both copies were loaded').to.have.length(2);
    for (const {tag, sections} of elements) {
      expect(page.document.querySelectorAll(tag)).to.have.length(1);
      expect(renderedSections(page.document, tag)).to.deep.equal([...sections]);
    }
    expect(page.window.problems).to.deep.equal([]);
  });

  it('renders under a strict Content-Security-Policy with Trusted Types required', async () => {
    const response = await fetch('/test/pages/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
    const page = await openPage('/test/pages/strict-csp.html');
    frame = page.frame;
    for (const {tag, sections} of elements) expect(renderedSections(page.document, tag)).to.deep.equal([...sections]);
    expect(page.window.problems).to.deep.equal([]);
    if (page.window.trustedTypes) {
      // Proof the policy is enforced in this browser: a raw HTML string is refused.
      expect(() => (page.document.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
    }
  });
});

describe('the bundle in a page in another language', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the guide in the page’s language with no extra work, fetching the locale once for the page', async () => {
    const page = await openPage('/test/pages/spanish-page.html');
    frame = page.frame;
    await allShow(page.document, 'es');
    const requests = localeChunkRequests(page.window, 'es');
    expect(requests, 'one request for three elements').to.have.length(1);
    expect(requests[0].name).to.match(/\/dist\/locales\/es-[\w-]+\.js$/);
    expect(page.window.problems).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
  });

  it('fetches locale chunks from beside the bundle, wherever the bundle is served from', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=hostile');
    frame = page.frame;
    await allShow(page.document, 'es');
    expect(localeChunkRequests(page.window, 'es')[0].name).to.include('/test/bundle-copies/hostile/locales/es-');
  });

  it('shows a translator’s &, < and > as written, and markup in a translation as text, never as HTML', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=hostile');
    frame = page.frame;
    await allShow(page.document, 'es');
    const shadow = page.document.querySelector('risk-list')!.shadowRoot!;
    const bleeding = shadow.querySelector('[data-section="bleeding"]')!;
    expect(bleeding.querySelector('h2')!.textContent).to.equal('Sangrado & moretones: 3 < 5 > 1');
    const paragraph = bleeding.querySelector('p')!.cloneNode(true) as HTMLElement;
    paragraph.querySelectorAll('.definition').forEach((definition) => definition.remove());
    expect(paragraph.textContent!.replace(/\s+/g, ' ').trim()).to.equal('<img src=x onerror=alert(1)> &amp; médula <b>no</b>');
    expect(bleeding.querySelector('button[data-term="bone-marrow"]'), 'a term marker still works').to.exist;
    expect(shadow.querySelector('img, b'), 'no element made from the text').to.equal(null);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('stays readable in English with one warning when a locale chunk cannot be loaded', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=missing');
    frame = page.frame;
    await waitUntil(() => page.window.warnings.length > 0, 'a warning');
    await Promise.all(elements.map(({tag}) => (page.document.querySelector(tag) as GuideElement).updateComplete));
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.include('could not load the "es" text').and.include('showing en');
    expect(page.window.problems.filter((problem) => !problem.startsWith('error: ')), 'nothing thrown').to.deep.equal([]);
  });

  it('tries the chunk again at a later change of language', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=flaky');
    frame = page.frame;
    await waitUntil(() => page.window.warnings.length > 0, 'the first request fails');
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    page.document.documentElement.lang = 'es-MX';
    await allShow(page.document, 'es'); // the second request loads Spanish
    expect(page.window.warnings).to.have.length(1);
  });
});
