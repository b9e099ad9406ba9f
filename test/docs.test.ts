// The docs site (build/docs/, made by `npm run docs`; `npm test` makes it after the build), in
// the browsers: every page passes axe with its live elements rendered, and the snippet builder's
// snippet, copied with its button and pasted into a plain page, shows the element, sections,
// language, heading level and collapsible chosen, loading the bundle from another origin (as
// from a CDN) with the integrity value the snippet carries: a wrong value and nothing renders.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {hangGuardMs, headingLevels, shownSections} from './helpers.js';

const site = '/build/docs/';
const guideTags = 'procedure-overview, risk-list, results-explainer';
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
/**
 * The docs site's own copy of the bundle, byte for byte, from another origin with CORS
 * (test/server/embedding.mjs): the builder's integrity value is of these very bytes.
 */
const cdnBundle = `${location.protocol}//${otherHost}:${location.port}/test/cors/docs/bone-marrow-guide.js`;

interface AxeResults {
  violations: {id: string; impact: string; nodes: {target: string[]}[]}[];
}
type DocsWindow = Window & {axe?: {run: (context: Document) => Promise<AxeResults>}};

/** Each guide element in the document has rendered its sections (a locale's text included). */
const rendered = (document: Document) =>
  [...document.querySelectorAll<GuideElement>(guideTags)].every((element) =>
    element.shadowRoot?.querySelector('[data-section]'),
  );

async function open(path: string, srcdoc?: string) {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  if (srcdoc === undefined) frame.src = `${site}${path}`;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('main, body > *'),
    `${path} loads`,
    {timeout: hangGuardMs},
  );
  return {frame, window: frame.contentWindow as DocsWindow, document: frame.contentDocument!};
}

const pages = [
  'index.html',
  'frameworks.html',
  'languages.html',
  'examples.html',
  'builder.html',
  'elements/procedure-overview.html',
  'elements/risk-list.html',
  'elements/results-explainer.html',
];

describe('the docs site', function () {
  this.timeout(20_000);

  for (const path of pages) {
    it(`${path}: axe finds nothing, its elements rendered`, async () => {
      const {frame, window, document} = await open(path);
      try {
        await waitUntil(() => rendered(document), `the elements in ${path} render`, {timeout: hangGuardMs});
        const script = document.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        document.head.append(script);
        await waitUntil(() => window.axe, 'axe loads', {timeout: hangGuardMs});
        const {violations} = await window.axe!.run(document);
        const found = violations.map(
          ({id, impact, nodes}) => `${id} (${impact}): ${nodes.map((n) => n.target).join(', ')}`,
        );
        expect(found, path).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('element pages list the section ids from the content, and the events and parts from the manifest', async () => {
    const {frame, document} = await open('elements/risk-list.html');
    try {
      const column = (id: string) =>
        [...document.querySelectorAll(`#${id} + p + .table tbody tr td:first-child`)].map((cell) => cell.textContent);
      expect(column('sections')).to.deep.equal(['bleeding', 'infection', 'sternum-injury']);
      expect(column('events')).to.include.members(['bmg-term-toggle', 'bmg-section-toggle']);
      expect(column('parts')).to.include('section');
      expect(column('slots')).to.deep.equal(['when-to-call']);
    } finally {
      frame.remove();
    }
  });

  it('the builder’s snippet, copied and pasted into a plain page, shows what was chosen', async () => {
    const builder = await open('builder.html');
    let pasted: Awaited<ReturnType<typeof open>> | undefined;
    try {
      const {document: page, window} = builder;
      let clipboard = '';
      Object.defineProperty(window.navigator, 'clipboard', {
        value: {writeText: async (text: string) => void (clipboard = text)},
      });
      const form = page.querySelector<HTMLFormElement>('#builder')!;
      const choose = (selector: string, change: (input: HTMLInputElement & HTMLSelectElement) => void) => {
        const input = form.querySelector<HTMLInputElement & HTMLSelectElement>(selector)!;
        change(input);
        input.dispatchEvent(new Event('change', {bubbles: true}));
      };
      choose('#element-risk-list', (input) => (input.checked = true));
      // The section checkboxes are the content's ids, and only the chosen element's show.
      const boxes = [...form.querySelectorAll<HTMLInputElement>('[data-sections-for="risk-list"] input')];
      expect(boxes.map((box) => box.value)).to.deep.equal(['bleeding', 'infection', 'sternum-injury']);
      expect(form.querySelector<HTMLElement>('[data-sections-for="risk-list"]')!.hidden).to.be.false;
      expect(form.querySelector<HTMLElement>('[data-sections-for="procedure-overview"]')!.hidden).to.be.true;
      choose('#section-risk-list-infection', (input) => (input.checked = true));
      choose('#section-risk-list-bleeding', (input) => (input.checked = true));
      choose('#builder-locale', (select) => (select.value = 'es'));
      choose('#builder-level', (select) => (select.value = '4'));
      choose('#builder-collapsible', (input) => (input.checked = true));
      choose('#builder-src', (input) => (input.value = cdnBundle));

      // The preview shows the choices too.
      const preview = page.querySelector<GuideElement>('#preview risk-list')!;
      await waitUntil(
        () => preview.shadowRoot?.querySelector('[lang="es"] [data-section] .toggle'),
        'the preview in Spanish, collapsible',
        {timeout: hangGuardMs},
      );

      const button = page.querySelector<HTMLButtonElement>('button[data-copy="snippet"]')!;
      expect(button.type).to.equal('button');
      button.click();
      const status = button.parentElement!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent === 'Copied.', 'the status line says the snippet was copied', {
        timeout: hangGuardMs,
      });
      expect(clipboard).to.equal(page.getElementById('snippet')!.textContent);
      expect(clipboard).to.match(/integrity="sha384-[\w+/=]+" crossorigin="anonymous"/);

      pasted = await open(
        'pasted',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hospital page</title></head>
<body><main><h1>Your test</h1><h2>Risks</h2><h3>In Spanish</h3>${clipboard}</main></body></html>`,
      );
      const element = pasted.document.querySelector<GuideElement>('risk-list')!;
      await waitUntil(() => element.shadowRoot?.querySelector('[data-section]'), 'the pasted snippet renders', {
        timeout: hangGuardMs,
      });
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === 'es', 'es', {
        timeout: hangGuardMs,
      });
      expect(shownSections(element)).to.deep.equal(['bleeding', 'infection']);
      expect(headingLevels(element.shadowRoot!)[0]).to.equal(4);
      expect(element.shadowRoot!.querySelectorAll('[data-section] .toggle')).to.have.length(2);
    } finally {
      builder.frame.remove();
      pasted?.frame.remove();
    }
  });

  it('a pasted snippet whose integrity value does not match the file renders nothing', async () => {
    const {frame, document} = await open('builder.html');
    let pasted: Awaited<ReturnType<typeof open>> | undefined;
    try {
      const src = document.querySelector<HTMLInputElement>('#builder-src')!;
      src.value = cdnBundle;
      src.dispatchEvent(new Event('input', {bubbles: true}));
      const snippet = document.getElementById('snippet')!.textContent!;
      const tampered = snippet.replace(
        /sha384-./,
        (value) => `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`,
      );
      expect(tampered).to.not.equal(snippet);
      pasted = await open(
        'tampered',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tampered</title></head>
<body>${tampered.replace('<script ', '<script onerror="document.title=\'refused\'" ')}</body></html>`,
      );
      const page = pasted.document;
      await waitUntil(() => page.title === 'refused', 'the browser refuses the script', {timeout: hangGuardMs});
      expect(pasted.window.customElements.get('procedure-overview')).to.be.undefined;
    } finally {
      frame.remove();
      pasted?.frame.remove();
    }
  });
});
