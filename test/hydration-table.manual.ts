// Not a test (web-test-runner's `files` take test/*.test.ts only): the table of hydration cases
// for a closing note, measured rather than asserted, so it also runs against an older build:
//
//   npx web-test-runner test/hydration-table.manual.ts --config test/hydration-table.config.mjs
//
// prints, per browser, one line per case (test/server/pre-rendered.mjs, <risk-list> rendered in
// Spanish): how many copies of the content the element shows, whether it shows what a fresh
// element with its attributes shows, whether a term opens, and the errors and warnings, first
// once the page has settled, then after a change of language.
import {waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {text} from './helpers.js';
import type {PageWindow} from './pages.js';

const cases = [
  ['pristine', ''],
  ['locale-edited', ''],
  ['locale-stripped', 'lang=en'],
  ['sections-edited', ''],
  ['level-edited', ''],
  ['collapsible-added', ''],
  ['collapsible-removed', 'collapsible=1'],
  ['other-release', ''],
  ['record-removed', ''],
  ['comments-removed', ''],
  ['node-markers-removed', ''],
  ['part-digests-damaged', ''],
  ['truncated', ''],
  ['text-edited', ''],
  ['attribute-edited', ''],
  ['section-deleted', ''],
  ['closed', ''],
  ['pristine', 'copy=missing'],
] as const;

const settle = (window: Window) => new Promise((resolve) => window.setTimeout(resolve, 300));

/** An element's updateComplete, or after 3 s: an older build's may never resolve. */
const updated = (element: GuideElement) =>
  Promise.race([element.updateComplete.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000))]);

function signature(root: ParentNode): string {
  const copies = root.querySelectorAll('[part~="base"]');
  const base = copies[copies.length - 1];
  if (!base) return '';
  const tags = [base, ...base.querySelectorAll('*')].map(
    (node) => `<${node.localName} ${[...node.attributes].map(({name, value}) => `${name}="${value}"`).sort()}>`,
  );
  return `${tags.join('')}\n${text(base)}`;
}

async function row(window: PageWindow, element: GuideElement): Promise<string> {
  const root = (element.renderRoot ?? element.shadowRoot) as ShadowRoot | undefined;
  const copies = root?.querySelectorAll('[part~="base"]').length ?? 0;
  const fresh = window.document.createElement(element.localName) as GuideElement;
  for (const {name, value} of element.attributes) fresh.setAttribute(name, value);
  window.document.body.append(fresh);
  await updated(fresh);
  const equal = root ? signature(root) === signature(fresh.shadowRoot!) : false;
  fresh.remove();
  const term = root?.querySelector<HTMLButtonElement>('[part~="base"]:last-of-type button[data-term]');
  const before = term?.getAttribute('aria-expanded');
  term?.click();
  await settle(window);
  const works = term?.getAttribute('aria-expanded') === 'true' && before === 'false';
  if (works) term!.click();
  await settle(window);
  const {problems, warnings} = window;
  return (
    `copies ${copies}, as fresh ${equal ? 'yes' : 'NO'}, term ${works ? 'works' : 'NO'}, ` +
    `errors ${problems.length}, warnings ${warnings.length}`
  );
}

describe('hydration cases (a table, not assertions)', () => {
  for (const kind of ['hydrate', 'plain'] as const) {
    it(`${kind} bundle`, async function () {
      this.timeout(300_000);
      const lines: string[] = [];
      for (const [name, query] of cases) {
        const frame = document.createElement('iframe');
        frame.src = `/test/pre-rendered/risk-list.es.${kind}.html?case=${name}&${query}`;
        document.body.append(frame);
        await waitUntil(() => frame.contentWindow?.customElements?.get('risk-list'), 'defined', {timeout: 8000});
        const window = frame.contentWindow as PageWindow;
        const element = window.document.querySelector<GuideElement>('risk-list')!;
        await updated(element);
        await settle(window);
        const first = await row(window, element);
        const shown = (element.renderRoot as ShadowRoot | undefined)
          ?.querySelector('[part~="base"]')
          ?.getAttribute('lang');
        element.setAttribute('locale', shown === 'en' ? 'es' : 'en');
        await updated(element);
        await settle(window);
        const after = await row(window, element);
        lines.push(`${name}${query ? ` (${query})` : ''} | ${first} | after a change of language: ${after}`);
        frame.remove();
      }
      console.log(`${kind} bundle:\n${lines.join('\n')}`);
    });
  }

  it('two bundles, pre-rendered HTML inserted later', async function () {
    this.timeout(120_000);
    const lines: string[] = [];
    for (const kind of ['plain-then-hydrate', 'hydrate-then-plain']) {
      const frame = document.createElement('iframe');
      frame.src = `/test/pre-rendered/risk-list.es.${kind}.html`;
      document.body.append(frame);
      await waitUntil(() => frame.contentWindow?.customElements?.get('risk-list'), 'defined', {timeout: 8000});
      const window = frame.contentWindow as PageWindow;
      await settle(window);
      const container = window.document.createElement('div');
      window.document.body.append(container);
      container.setHTMLUnsafe(await (await fetch('/test/pre-rendered/risk-list.es.fragment.html')).text());
      const later = container.querySelector<GuideElement>('risk-list')!;
      await waitUntil(() => later.updateComplete, 'upgraded', {timeout: 8000});
      await updated(later);
      await settle(window);
      const first = await row(window, later);
      later.setAttribute('locale', 'en');
      await updated(later);
      await settle(window);
      lines.push(`${kind}, inserted later | ${first} | after a change of language: ${await row(window, later)}`);
      frame.remove();
    }
    console.log(lines.join('\n'));
  });
});
