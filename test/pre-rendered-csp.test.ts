// Pre-rendered HTML under the strict Content-Security-Policy docs/csp.md prints, exactly
// (`style-src 'self'`, Trusted Types): styled before any script runs and after hydration, in
// both bundles, when the render command links dist/bone-marrow-guide.css (as it does by
// default). Its older output, a <style> inside each shadow root, is blocked by the policy
// until the script adopts the styles: both shown here, as docs/csp.md describes them.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import type {PageWindow} from './pages.js';
import {hangGuardMs} from './helpers.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function open(kind: 'static' | 'hydrate' | 'plain', query: string, csp = 'readme') {
  frame = document.createElement('iframe');
  frame.src = `/test/pre-rendered/risk-list.es.${kind}.html?csp=${csp}&${query}`;
  document.body.append(frame);
  // A hang guard, far above the time it takes.
  // The root exists from its <template> start tag on; its last part comes last.
  const parsed = () =>
    frame!.contentDocument?.querySelector('risk-list')?.shadowRoot?.querySelector('[part~="disclaimer"]');
  await waitUntil(parsed, 'the page is parsed', {timeout: hangGuardMs});
  const window = frame.contentWindow as PageWindow;
  return {window, element: window.document.querySelector<GuideElement>('risk-list')!};
}

/** A term button styled by the guide's stylesheet: no border (a browser's own button has one). */
const termStyled = (element: Element) => {
  const term = element.shadowRoot!.querySelector('button[data-term]')!;
  return term.ownerDocument.defaultView!.getComputedStyle(term).borderTopWidth === '0px';
};

const violations = (window: PageWindow) => window.problems.filter((problem) => problem.startsWith('policy violation'));

describe('pre-rendered HTML under the strict policy of docs/csp.md', () => {
  it('with the stylesheet linked: styled with no script at all, and no violation', async () => {
    const {window, element} = await open('static', 'stylesheet=1');
    await waitUntil(() => termStyled(element), 'the linked stylesheet applies', {timeout: hangGuardMs});
    expect(customElements.get('risk-list'), 'no bundle ran in the page').to.equal(undefined);
    expect(window.customElements.get('risk-list')).to.equal(undefined);
    expect(window.problems).to.deep.equal([]);
  });

  for (const kind of ['hydrate', 'plain'] as const) {
    it(`with the stylesheet linked, ${kind} bundle: styled before and after, nothing blocked`, async () => {
      const {window, element} = await open(kind, 'stylesheet=1');
      await waitUntil(() => window.customElements.get('risk-list'), 'the bundle runs', {timeout: hangGuardMs});
      await element.updateComplete;
      await waitUntil(() => termStyled(element), 'styled', {timeout: hangGuardMs});
      // The script's own copy of the styles, which the policy allows (constructed sheets).
      expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      if (kind === 'hydrate') {
        expect(element.shadowRoot!.querySelector('h2'), 'hydrated, not rendered again').to.equal(
          (window as unknown as {headingBeforeScripts: Element}).headingBeforeScripts,
        );
      }
      expect(window.problems).to.deep.equal([]);
      expect(window.warnings).to.deep.equal([]);
    });
  }

  it('edited after rendering, the fresh render is styled too', async () => {
    const {window, element} = await open('hydrate', 'stylesheet=1&case=sections-edited');
    await waitUntil(() => window.customElements.get('risk-list'), 'the bundle runs', {timeout: hangGuardMs});
    await element.updateComplete;
    expect(termStyled(element)).to.be.true;
    expect(element.shadowRoot!.querySelectorAll('[data-section]')).to.have.length(1);
    expect(window.problems).to.deep.equal([]);
  });

  it('with the <style> inside and its hash added to style-src: styled with no script, nothing blocked', async () => {
    const {window, element} = await open('static', '', 'readme-hash');
    await waitUntil(() => termStyled(element), 'the inline stylesheet applies', {timeout: hangGuardMs});
    expect(window.problems).to.deep.equal([]);
  });

  it('with the <style> inside instead (--inline-styles): blocked until the script adopts the styles', async () => {
    const {window, element} = await open('static', '');
    await waitUntil(() => violations(window).length > 0, 'the policy blocks the inline style', {timeout: hangGuardMs});
    expect(violations(window)[0]).to.include('style-src');
    expect(termStyled(element), 'unstyled without a script').to.be.false;
    frame!.remove();

    const hydrated = await open('hydrate', '');
    await waitUntil(() => hydrated.window.customElements.get('risk-list'), 'the bundle runs', {timeout: hangGuardMs});
    await hydrated.element.updateComplete;
    expect(termStyled(hydrated.element), 'hydration restores the styles').to.be.true;
    expect(hydrated.window.problems.filter((problem) => !problem.startsWith('policy violation'))).to.deep.equal([]);
  });
});
