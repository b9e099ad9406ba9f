// The one-script-tag promise: a plain page with the built bundle and the three tags works, even
// with the script included twice, and under a strict Content-Security-Policy with Trusted Types.
import {expect, waitUntil} from '@open-wc/testing';
import {elements} from './helpers.js';

interface PageWindow extends Window {
  problems: string[];
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
