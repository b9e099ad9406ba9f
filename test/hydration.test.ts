// Pre-rendered HTML with a script after it: the hydrating bundle takes over the HTML as it is
// (no second render, no error, Spanish too), and the script-tag bundle, which cannot hydrate,
// replaces it once without doubling it.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {elements, hangGuardMs, text} from './helpers.js';
import type {PageWindow} from './pages.js';

interface PreRenderedWindow extends PageWindow {
  headingBeforeScripts: Element;
}

async function openPreRendered(tag: string, locale: string, kind: 'hydrate' | 'plain') {
  const frame = document.createElement('iframe');
  frame.src = `/test/pre-rendered/${tag}.${locale}.${kind}.html`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get(tag), `<${tag}> is defined`, {timeout: hangGuardMs});
  const window = frame.contentWindow as PreRenderedWindow;
  const element = window.document.querySelector<GuideElement>(tag)!;
  await element.updateComplete;
  return {frame, window, element, shadow: element.shadowRoot!};
}

/** The element's text as a fresh client render writes it, in the same page. */
async function clientText(window: Window, tag: string, locale: string): Promise<string> {
  const fresh = window.document.createElement(tag) as GuideElement;
  fresh.setAttribute('locale', locale);
  fresh.setAttribute('heading-level', '2');
  window.document.body.append(fresh);
  await fresh.updateComplete;
  const written = text(fresh.shadowRoot!.querySelector('[part~="base"]')!);
  fresh.remove();
  return written;
}

describe('pre-rendered HTML, hydrated', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const {tag} of elements) {
    for (const locale of ['en', 'es']) {
      it(`<${tag}> in ${locale}: the same nodes and text, working, with nothing in the console`, async () => {
        const page = await openPreRendered(tag, locale, 'hydrate');
        frame = page.frame;
        const heading = page.shadow.querySelector('h2')!;
        expect(heading, 'the heading the HTML had: no second render').to.equal(page.window.headingBeforeScripts);
        expect(page.shadow.querySelectorAll('[part~="base"]'), 'one copy of the content').to.have.length(1);
        const base = page.shadow.querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal(locale);
        expect(text(base)).to.equal(await clientText(page.window, tag, locale));
        // Hydrated, not just shown: a term opens its definition.
        const term = page.shadow.querySelector<HTMLButtonElement>('button[data-term]')!;
        term.click();
        await page.element.updateComplete;
        expect(term.getAttribute('aria-expanded')).to.equal('true');
        expect(page.shadow.getElementById(term.getAttribute('aria-controls')!)!.hidden).to.be.false;
        expect(page.window.problems).to.deep.equal([]);
        expect(page.window.warnings).to.deep.equal([]);
      });
    }
  }

  it('with the script-tag bundle instead, the HTML is replaced once, not doubled', async () => {
    const page = await openPreRendered('risk-list', 'es', 'plain');
    frame = page.frame;
    expect(page.shadow.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(page.shadow.querySelectorAll('[data-section]')).to.have.length(3);
    expect(page.shadow.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    expect(page.window.problems).to.deep.equal([]);
  });
});
