// The one-script-tag promise: a plain page with the built bundle and the three tags works, even
// with the script included twice, and under a strict Content-Security-Policy with Trusted Types.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {elements, hangGuardMs} from './helpers.js';
import {allShow, localeChunkRequests, openPage, releaseChunks, allSectionsShow, shownLangs} from './pages.js';

describe('the bundle in a page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the three elements from one script tag, with nothing in the console', async () => {
    const page = await openPage('/test/pages/one-script.html');
    frame = page.frame;
    await allSectionsShow(page.document);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('throws nothing and renders normally when the script is included twice', async () => {
    const page = await openPage('/test/pages/two-scripts.html');
    frame = page.frame;
    const scripts = () =>
      page.window.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('bone-marrow-guide.js'));
    await waitUntil(() => scripts().length === 2, 'both copies were loaded', {timeout: hangGuardMs});
    await allSectionsShow(page.document);
    for (const {tag} of elements) expect(page.document.querySelectorAll(tag)).to.have.length(1);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('renders under a strict Content-Security-Policy with Trusted Types required', async function () {
    const response = await fetch('/test/pages/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
    const page = await openPage('/test/pages/strict-csp.html');
    frame = page.frame;
    await allSectionsShow(page.document);
    expect(page.window.problems).to.deep.equal([]);
    // The rest proves the policy is enforced, which needs a browser with Trusted Types.
    if (!page.window.trustedTypes) this.skip();
    expect(() => (page.document.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
  });
});

describe('the review date of the facts', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('tells the page’s editor once, in the console, when the facts are past due to be checked', async () => {
    const page = await openPage('/test/pages/review-overdue.html');
    frame = page.frame;
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.match(/facts were due to be checked again by \d{4}-\d{2}-\d{2}/);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('says nothing while they are not', async () => {
    const page = await openPage('/test/pages/one-script.html');
    frame = page.frame;
    expect(page.window.warnings).to.deep.equal([]);
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

  it('renders each element once, in Spanish: English never shows first, even if the chunk is slow', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=delayed');
    frame = page.frame;
    await allShow(page.document, 'es');
    // Any render still to come is one Lit has scheduled: updateComplete waits for it, and a task
    // more for the records of it.
    await Promise.all(elements.map(({tag}) => page.document.querySelector<GuideElement>(tag)!.updateComplete));
    await new Promise((resolve) => setTimeout(resolve));
    const {renders, updates} = page.window as unknown as {
      renders: Record<string, (string | null)[]>;
      updates: Record<string, number>;
    };
    for (const {tag} of elements) {
      // A long element may fill its later sections in a turn of their own (a second batch of
      // changes, still in Spanish) when the machine is busy; it updates once all the same.
      expect(renders[tag], tag).to.not.be.empty;
      expect(new Set(renders[tag]), tag).to.deep.equal(new Set(['es']));
      expect(updates[tag], tag).to.equal(1);
    }
  });

  it('switches a live element to a language still on its way with one render, not an English one first', async () => {
    const page = await openPage('/test/pages/english-renders.html?copy=delayed');
    frame = page.frame;
    const updates = (page.window as unknown as {updates: Record<string, number>}).updates;
    expect(updates['risk-list']).to.equal(1);
    const riskList = page.document.querySelector<GuideElement>('risk-list')!;
    riskList.locale = 'es';
    await riskList.updateComplete;
    expect(shownLangs(page.document)[1]).to.equal('es');
    expect(updates['risk-list'], 'the first render, then Spanish').to.equal(2);
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
    expect(paragraph.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '<img src=x onerror=alert(1)> &amp; médula <b>no</b>',
    );
    expect(bleeding.querySelector('button[data-term="bone-marrow"]'), 'a term marker still works').to.exist;
    expect(shadow.querySelector('img, b'), 'no element made from the text').to.equal(null);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('shows term ids named like Object.prototype properties as plain words', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=hostile');
    frame = page.frame;
    await allShow(page.document, 'es');
    const infection = page.document
      .querySelector('risk-list')!
      .shadowRoot!.querySelector('[data-section="infection"] p')!;
    expect(infection.textContent!.trim()).to.equal('uno dos tres hasOwnProperty.');
    expect(infection.querySelector('button'), 'no term button').to.equal(null);
  });

  it('stays readable in English with one warning when a locale chunk cannot be loaded', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=missing');
    frame = page.frame;
    await waitUntil(() => page.window.warnings.length > 0, 'a warning', {timeout: hangGuardMs});
    await Promise.all(elements.map(({tag}) => (page.document.querySelector(tag) as GuideElement).updateComplete));
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.include('could not load the "es" text').and.include('showing en');
    expect(
      page.window.problems.filter((problem) => !problem.startsWith('error: ')),
      'nothing thrown',
    ).to.deep.equal([]);
  });

  it('tries the chunk again at a later change of language', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=flaky-retry');
    frame = page.frame;
    await waitUntil(() => page.window.warnings.length > 0, 'the first request fails', {timeout: hangGuardMs});
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    page.document.documentElement.lang = 'es-MX';
    await allShow(page.document, 'es'); // the second request loads Spanish
    expect(page.window.warnings).to.have.length(1);
  });

  it('when one element loads a language that failed before, the others waiting for it show it too', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=flaky-others');
    frame = page.frame;
    await waitUntil(() => page.window.warnings.length > 0, 'the first request fails', {timeout: hangGuardMs});
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    page.document.querySelector('risk-list')!.setAttribute('locale', 'es-US'); // only this one asks again
    await allShow(page.document, 'es');
    expect(localeChunkRequests(page.window, 'es')).to.have.length(2);
  });

  it('waits a bounded time for a chunk that does not answer, then shows English, then the late language', async () => {
    // The chunk cannot come before the test releases it, so the elements show English only if
    // their wait ran out: without the wait they would never render (openPage would time out).
    const page = await openPage('/test/pages/spanish-page.html?copy=gives-up-late');
    frame = page.frame;
    const guides = elements.map(({tag}) => page.document.querySelector<GuideElement>(tag)!);
    await Promise.all(guides.map((guide) => guide.updateComplete));
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    expect(page.window.warnings).to.have.length(1);
    // It says what really happens: English for now, and the language when it comes.
    expect(page.window.warnings[0]).to.match(
      /the "es" text has not arrived \(no answer within .*\); showing en until it does\./,
    );
    await releaseChunks('gives-up-late');
    await allShow(page.document, 'es'); // the late chunk still arrives
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.problems).to.deep.equal([]);
  });

  it('resolves updateComplete at once after switching back to English while a chunk is still on its way', async () => {
    const page = await openPage('/test/pages/english-renders.html?copy=held-switch-back');
    frame = page.frame;
    const riskList = page.document.querySelector<GuideElement>('risk-list')!;
    riskList.locale = 'es'; // its chunk is held: on its way for as long as this test runs
    await new Promise((resolve) => setTimeout(resolve)); // the element has seen it, and waits
    riskList.locale = 'en';
    await riskList.updateComplete;
    // Resolved before the element's wait for Spanish ran out (that would have warned), and
    // without the Spanish, which is still held.
    expect(page.window.warnings).to.deep.equal([]);
    expect(shownLangs(page.document)[1]).to.equal('en');
    expect(localeChunkRequests(page.window, 'es'), 'Spanish not here yet').to.deep.equal([]);
    await releaseChunks('held-switch-back');
  });
});
