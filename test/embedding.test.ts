// The script tag in real sites: from a CDN on another origin (CORS, Subresource Integrity, a
// sandboxed frame), under Trusted Types beside a page's own Lit, beside another script that
// took one of our tags, and in a CMS that strips the script but keeps the tags. The server
// side is test/server/embedding.mjs; the pages are test/pages/.
import {expect, waitUntil} from '@open-wc/testing';
import {elements, hangGuardMs} from './helpers.js';
import {allShow, localeChunkRequests, openPage, allSectionsShow, shownLangs, type PageWindow} from './pages.js';

interface CdnWindow extends PageWindow {
  bundle?: 'loaded' | 'failed';
}

/** What load-from-cdn.js reports from a sandboxed frame. */
interface Report {
  bundle: 'loaded' | 'failed';
  defined: string[];
  shown: (string | undefined)[];
  fallbackShown: boolean;
  warnings: string[];
  problems: string[];
}

const tags = elements.map(({tag}) => tag);
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens a page that may never render the guide (that is what some tests show). */
async function openFrame(path: string) {
  frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = path;
  document.body.append(frame);
  const current = frame;
  await waitUntil(() => current.contentDocument?.URL.endsWith(path) && current.contentWindow, `${path} opens`, {
    timeout: hangGuardMs,
  });
  return {window: frame.contentWindow as CdnWindow, document: frame.contentDocument!};
}

/** Opens test/pages/cdn.html in <iframe sandbox="allow-scripts"> and returns what it reports. */
async function openSandboxed(query: string): Promise<Report> {
  frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  const current = frame;
  const report = new Promise<Report>((resolve) =>
    addEventListener('message', function listener(event: MessageEvent) {
      if (event.source !== current.contentWindow) return;
      removeEventListener('message', listener);
      resolve(event.data as Report);
    }),
  );
  frame.src = `/test/pages/cdn.html?report&${query}`;
  document.body.append(frame);
  return report;
}

const fallbackShown = (page: Document) => page.querySelector('.fallback')!.getClientRects().length > 0;

describe('the bundle from a CDN on another origin', () => {
  it('renders in the page’s language when the bundle and locales/ carry Access-Control-Allow-Origin', async () => {
    const page = await openPage('/test/pages/cdn.html?cors=all');
    await allShow(page.document, 'es');
    const [chunk] = localeChunkRequests(page.window, 'es');
    expect(new URL(chunk.name).hostname, 'the chunk comes from beside the bundle').to.equal(otherHost);
    expect(fallbackShown(page.document), 'fallback hidden once upgraded').to.be.false;
    expect(page.window.problems).to.deep.equal([]);
    expect(page.window.warnings).to.deep.equal([]);
  });

  it('is refused by the browser without the header: nothing defined, the fallback content stays', async () => {
    const page = await openFrame('/test/pages/cdn.html?cors=none');
    await waitUntil(() => page.window.bundle, 'the script settles', {timeout: hangGuardMs});
    expect(page.window.bundle).to.equal('failed');
    expect(tags.filter((tag) => page.window.customElements.get(tag))).to.deep.equal([]);
    expect(fallbackShown(page.document)).to.be.true;
    expect(page.window.problems).to.have.length(1); // the script element's error event
  });

  it('shows English with one warning when locales/ lacks the header', async () => {
    const page = await openPage('/test/pages/cdn.html?cors=bundle-only');
    await waitUntil(() => page.window.warnings.length > 0, 'a warning', {timeout: hangGuardMs});
    expect(shownLangs(page.document)).to.deep.equal(['en', 'en', 'en']);
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.include('could not load the "es" text');
  });

  it('renders inside <iframe sandbox="allow-scripts"> (an opaque origin) when the header is there', async () => {
    const report = await openSandboxed('origin=same&cors=all');
    expect(report.bundle).to.equal('loaded');
    expect(report.shown).to.deep.equal(['es', 'es', 'es']);
    expect(report.fallbackShown).to.be.false;
    // The test server adds its own module script to every page, which the sandbox refuses too.
    expect(report.problems.filter((problem) => !problem.includes('__web-dev-server'))).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
  });

  it('inside <iframe sandbox="allow-scripts"> without the header, even from its own server: fallback', async () => {
    const report = await openSandboxed('origin=same&cors=none');
    expect(report.bundle).to.equal('failed');
    expect(report.defined).to.deep.equal([]);
    expect(report.fallbackShown).to.be.true;
  });
});

describe('Subresource Integrity', () => {
  it('runs the bundle whose sha384 is the value `npm run build` computes for its bytes', async () => {
    const {bundle} = await (await fetch('/test/integrity')).json();
    expect(bundle).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const page = await openPage(`/test/pages/cdn.html?cors=all&integrity=${encodeURIComponent(bundle)}`);
    await allShow(page.document, 'es');
    expect(page.window.problems).to.deep.equal([]);
  });

  it('refuses a bundle whose bytes differ from the integrity value', async () => {
    const {bundle} = await (await fetch('/test/integrity')).json();
    const tampered = `sha384-${bundle.slice(7, 11) === 'AAAA' ? 'BBBB' : 'AAAA'}${bundle.slice(11)}`;
    const page = await openFrame(`/test/pages/cdn.html?cors=all&integrity=${encodeURIComponent(tampered)}`);
    await waitUntil(() => page.window.bundle, 'the script settles', {timeout: hangGuardMs});
    expect(page.window.bundle).to.equal('failed');
    expect(tags.filter((tag) => page.window.customElements.get(tag))).to.deep.equal([]);
    expect(fallbackShown(page.document)).to.be.true;
  });
});

describe('Trusted Types beside the page’s own Lit', () => {
  for (const [name, path] of [
    ['the page’s Lit first, then the guide', '/test/pages/trusted-types-page-lit-first.html'],
    ['the guide first, then the page’s Lit', '/test/pages/trusted-types-guide-first.html'],
    ['two copies of the guide and the page’s Lit', '/test/pages/trusted-types-two-copies.html'],
  ]) {
    it(`${name}: both render, nothing thrown, no policy violation`, async function () {
      const response = await fetch(path);
      expect(response.headers.get('content-security-policy')).to.include('trusted-types bone-marrow-guide lit-html');
      const page = await openPage(path);
      frame = page.frame;
      await waitUntil(() => page.document.querySelector('#page-lit'), 'the page’s own Lit renders', {
        timeout: hangGuardMs,
      });
      await allSectionsShow(page.document);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
      // The rest proves the policy is enforced, which needs a browser with Trusted Types.
      if (!page.window.trustedTypes) this.skip();
      expect(() => (page.document.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
    });
  }
});

describe('a page that already uses one of the tags', () => {
  it('keeps the page’s element and warns once, naming the tag; the other two render', async () => {
    const page = await openFrame('/test/pages/taken-tag.html');
    const guide = (tag: string) => page.document.querySelector(tag)?.shadowRoot?.querySelector('[data-section]');
    await waitUntil(() => guide('procedure-overview') && guide('results-explainer'), 'the other two render', {
      timeout: hangGuardMs,
    });
    expect(page.document.querySelector('risk-list')!.textContent).to.equal('The page’s own risk list');
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.include('<risk-list> is already defined by another script');
    expect(page.window.problems).to.deep.equal([]);
  });

  it('stays silent when the other definition is a second copy of the guide', async () => {
    const page = await openPage('/test/pages/two-scripts.html');
    frame = page.frame;
    const ran = () => (page.window as unknown as {ran?: number}).ran;
    await waitUntil(() => ran() === 2, 'both copies have run (and so called define())', {timeout: hangGuardMs});
    expect(page.window.warnings).to.deep.equal([]);
  });
});

describe('in a CMS: fallback content inside the tag', () => {
  it('shows the fallback when the CMS stripped the script', async () => {
    const page = await openFrame('/test/pages/cms-fallback-stripped.html');
    await waitUntil(() => page.document.readyState === 'complete', 'the page loads', {timeout: hangGuardMs});
    expect(fallbackShown(page.document)).to.be.true;
  });

  it('hides the fallback once the element upgrades, and shows the guide instead', async () => {
    const page = await openFrame('/test/pages/cms-fallback.html');
    const rendered = () => page.document.querySelector('risk-list')?.shadowRoot?.querySelector('[data-section]');
    await waitUntil(rendered, 'the element renders', {timeout: hangGuardMs});
    expect(fallbackShown(page.document)).to.be.false;
    expect(page.document.querySelector('.fallback'), 'still in the light DOM, just not slotted').to.exist;
  });
});
