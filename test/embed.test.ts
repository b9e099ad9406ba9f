// The iframe embed (dist/embed.html, src/embed/): one element from the URL, under the strict
// Content-Security-Policy (web-test-runner.config.mjs serves the page with it), with a title, no
// scroll trap, and its height sent to the page around it.
import {expect, waitUntil} from '@open-wc/testing';
import {recipe} from '../tools/cms/blocks.mjs';
import {hangGuardMs, elements, headingLevels} from './helpers.js';

const messageType = 'bone-marrow-guide:height';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

interface Embed {
  frame: HTMLIFrameElement;
  page: Document;
  element: HTMLElement & {updateComplete: Promise<unknown>};
  /** Every height the page sent, in order. */
  heights: number[];
}

/** Opens dist/embed.html with `query` in a frame `width` px wide, and waits until its element renders. */
async function openEmbed(query: string, width = 800): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.title = 'The guide, embedded';
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  const heights: number[] = [];
  addEventListener('message', (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === messageType) heights.push(event.data.height);
  });
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  const rendered = () => frame.contentDocument?.querySelector('main > *')?.shadowRoot?.querySelector('[data-section]');
  await waitUntil(rendered, `embed.html?${query} renders`, {timeout: hangGuardMs});
  const element = frame.contentDocument!.querySelector('main > *') as Embed['element'];
  await element.updateComplete;
  return {frame, page: frame.contentDocument!, element, heights};
}

const pageHeight = (page: Document) => Math.ceil(page.documentElement.getBoundingClientRect().height);
const sectionIds = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]')].map((section) => section.dataset.section);

describe('the iframe embed', () => {
  it('is served with the strict policy, and runs under it: its script, its stylesheet, the bundle', async () => {
    const response = await fetch('/dist/embed.html');
    expect(response.headers.get('content-security-policy')).to.include("script-src 'self'; style-src 'self'");
    expect(response.headers.get('content-security-policy')).to.include('require-trusted-types-for');
    const {page, element} = await openEmbed('element=risk-list');
    expect(getComputedStyle(page.body).paddingTop, 'embed.css applies').to.equal('4px');
    expect(element.shadowRoot!.adoptedStyleSheets.length, 'the element’s styles apply').to.be.above(0);
  });

  for (const {tag, sections} of elements) {
    it(`shows <${tag}> alone, every section, titled by its headings, in English`, async () => {
      const {page, element} = await openEmbed(`element=${tag}`);
      expect(page.querySelectorAll('main > *')).to.have.length(1);
      expect(element.localName).to.equal(tag);
      expect(sectionIds(element)).to.deep.equal([...sections]);
      const firstHeading = element.shadowRoot!.querySelector('[data-section] [part~="heading"]')!.textContent!.trim();
      expect(page.title.startsWith(`${firstHeading} · `), page.title).to.be.true;
      expect(page.documentElement.lang).to.equal('en');
    });
  }

  it('takes sections, lang, heading-level and collapsible from its URL', async () => {
    const {page, element} = await openEmbed(
      'element=risk-list&sections=infection+bleeding&lang=es-MX&heading-level=4&collapsible',
    );
    expect(sectionIds(element)).to.deep.equal(['bleeding', 'infection']);
    await waitUntil(() => page.documentElement.lang === 'es', 'the page says the language shown', {
      timeout: hangGuardMs,
    });
    expect(element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    expect(headingLevels(element.shadowRoot!)[0]).to.equal(4);
    expect(element.shadowRoot!.querySelectorAll('[data-section] .toggle')).to.have.length(2);
    const headings = [...element.shadowRoot!.querySelectorAll('[data-section] [part~="heading"]')];
    expect(page.title).to.equal(headings.map((heading) => heading.textContent!.trim()).join(' · '));
    const open = await openEmbed('element=risk-list&collapsible=false');
    expect(open.element.shadowRoot!.querySelectorAll('[data-section] .toggle')).to.have.length(0);
  });

  it('survives bad parameters: each is left out, and the defaults show', async () => {
    for (const query of [
      'element=constructor&heading-level=9&collapsible=maybe&lang=%3Cb%3E',
      `element=__proto__&sections=${'x'.repeat(5000)}&lang=${'e'.repeat(5000)}&heading-level=2.5`,
      'element=&element=risk-list&heading-level=&lang=&collapsible=yes',
    ]) {
      const {page, element} = await openEmbed(query);
      expect(element.localName, query).to.equal('procedure-overview');
      expect(sectionIds(element), query).to.deep.equal([...elements[0].sections]);
      expect(headingLevels(element.shadowRoot!)[0], query).to.equal(2);
      expect(element.hasAttribute('collapsible'), query).to.be.false;
      expect(page.documentElement.lang, query).to.equal('en');
    }
  });

  it('sends its height to the page around it, again when it grows; sized to it, nothing scrolls inside', async () => {
    const {frame, page, element, heights} = await openEmbed('element=results-explainer');
    await waitUntil(() => heights.at(-1) === pageHeight(page), 'a message with the page’s height', {
      timeout: hangGuardMs,
    });
    frame.style.height = `${heights.at(-1)}px`;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(page.documentElement.scrollHeight, 'no scrolling inside').to.be.at.most(frame.clientHeight);
    const before = heights.at(-1)!;
    for (const term of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="term"]')) term.click();
    await waitUntil(() => heights.at(-1)! > before, 'a new height once definitions open', {timeout: hangGuardMs});
    expect(heights.at(-1)).to.equal(pageHeight(page));
  });

  it('sets no height, overflow or overscroll rule that could trap scrolling', async () => {
    const {frame, page} = await openEmbed('element=risk-list');
    for (const box of [page.documentElement, page.body, page.querySelector('main')!]) {
      const style = getComputedStyle(box);
      expect(style.overflowY, box.localName).to.equal('visible');
      expect(style.overscrollBehaviorY, box.localName).to.equal('auto');
    }
    // Taller than the page: the page keeps its own height, so there is nothing to scroll.
    frame.style.height = '5000px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(pageHeight(page)).to.be.below(5000);
  });

  it('the sizing script in docs/cms.md, as written, sizes the frame to its content', async () => {
    const docs = await (await fetch('/docs/cms.md')).text();
    const snippet = recipe(docs, 'embed-page')
      .replaceAll('https://cdn.example.org', location.origin)
      .replaceAll('/bone-marrow-guide@0.1.0/dist/', '/dist/');
    const host = document.createElement('iframe');
    host.style.cssText = 'width: 700px; height: 600px';
    host.srcdoc = `<!doctype html><html lang="en"><body>${snippet}</body></html>`;
    document.body.append(host);
    frames.push(host);
    const embedded = () => host.contentDocument?.querySelector('iframe');
    await waitUntil(() => embedded()?.contentDocument?.querySelector('main > *')?.shadowRoot, 'the embed renders', {
      timeout: hangGuardMs,
    });
    const inner = embedded()!;
    await waitUntil(
      () => inner.clientHeight === pageHeight(inner.contentDocument!),
      'the page’s script sizes the frame to the embed’s height',
      {timeout: hangGuardMs},
    );
    expect(inner.title, 'the recipe gives the frame a title').to.not.equal('');
  });

  it('measures the height of each element, all sections, at 320 px and 800 px, in English and Spanish', async () => {
    const rows: string[] = [];
    for (const {tag} of elements) {
      for (const lang of ['en', 'es']) {
        const measured = [];
        for (const width of [320, 800]) {
          const {heights, page} = await openEmbed(`element=${tag}&lang=${lang}`, width);
          await waitUntil(() => heights.at(-1) === pageHeight(page), 'the height message', {timeout: hangGuardMs});
          measured.push(`${width} px: ${heights.at(-1)}`);
          for (const frame of frames.splice(0)) frame.remove();
        }
        rows.push(`${tag} ${lang}: ${measured.join(', ')}`);
      }
    }
    console.log(
      `embed heights (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'}):\n${rows.join('\n')}`,
    );
    expect(rows).to.have.length(6);
  });
});
