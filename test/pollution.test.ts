// A page whose Object.prototype a script has changed (a "prototype pollution") must not change
// what the guide says. Each bundle is loaded once with every name it could read from
// Object.prototype recorded (test/server/pollution.mjs); then, for each name it did read, once
// with Object.prototype[name] set to true and once to an object that claims to have every key.
// Each element must then show exactly what it shows on a clean page and work the same (a term
// opens, a language changes), or, when the name reaches inside Lit and Lit cannot render at
// all, the page's own content: its fallback text, or the pre-rendered HTML as it was. Never
// other words, a blank, or two copies.
import {expect, waitUntil} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {hangGuardMs, text} from './helpers.js';
import type {PageWindow} from './pages.js';

interface PollutedWindow extends PageWindow {
  reads?: Set<string>;
  modulesRan?: boolean;
}

const bundles = ['bone-marrow-guide', 'bone-marrow-guide-hydrate'] as const;
const values = ['true', 'proxy'] as const;
const tags = ['procedure-overview', 'risk-list', 'results-explainer', 'risk-list'];

async function open(path: string): Promise<{frame: HTMLIFrameElement; window: PollutedWindow}> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  // Hang guards, far above the time it takes.
  await waitUntil(() => (frame.contentWindow as PollutedWindow | null)?.modulesRan, `${path} runs`, {
    timeout: hangGuardMs,
  });
  const window = frame.contentWindow as PollutedWindow;
  // Each element that upgraded has rendered, or failed to (its updateComplete rejects), or its
  // upgrade failed (its constructor threw: no root, and an error on record).
  const upgraded = [...window.document.querySelectorAll<GuideElement>(tags.join(','))].filter((element) => {
    const defined = window.customElements.get(element.localName);
    return defined && element instanceof defined;
  });
  const done = new Set<Element>();
  for (const element of upgraded) {
    element.updateComplete.then(
      () => done.add(element),
      () => done.add(element),
    );
  }
  const settled = () =>
    upgraded.every((element) => done.has(element) || (!element.renderRoot && window.problems.length > 0));
  await waitUntil(settled, `the elements of ${path} render`, {timeout: hangGuardMs});
  return {frame, window};
}

/** What each element shows: its content (elements and text), its fallback, or what is wrong. */
function outcomes(window: Window): string[] {
  return [...window.document.body.children].map((element) => {
    const root = (element as GuideElement).shadowRoot;
    const copies = root?.querySelectorAll('[part~="base"]') ?? [];
    if (copies.length === 1) {
      const nodes = [copies[0], ...copies[0].querySelectorAll('*')].map(
        (node) => `<${node.localName} ${[...node.attributes].map((a) => `${a.name}="${a.value}"`).sort()}>`,
      );
      return `${nodes.join('')} ${text(copies[0])}`;
    }
    if (copies.length > 1) return `${copies.length} copies`;
    const fallback = element.querySelector('.fallback');
    return fallback?.checkVisibility() ? 'fallback' : `blank: ${root?.innerHTML.slice(0, 80)}`;
  });
}

/** What a reader does: opens a term in each element, and switches one element's language. */
async function use(window: Window): Promise<void> {
  const elements = [...window.document.querySelectorAll<GuideElement>(tags.join(','))];
  for (const element of elements) element.shadowRoot?.querySelector<HTMLButtonElement>('button[data-term]')?.click();
  elements[1].setAttribute('locale', 'es');
  await Promise.all(elements.map((element) => element.updateComplete?.catch(() => undefined)));
}

for (const bundle of bundles) {
  describe(`${bundle}.js on a page that changed Object.prototype`, () => {
    it("shows the same, or the page's own content, for every name it reads there", async function () {
      this.timeout(600_000); // a hang guard: about 2 × 40 pages
      // The names the bundle reads from Object.prototype, found on a page that records them.
      const discovery = await open(`/test/pollution/${bundle}.html?discover=1`);
      await use(discovery.window);
      const names = [...discovery.window.reads!].sort();
      discovery.frame.remove();
      expect(names, 'the recording works').to.include.members(['then', 'strings']);

      const clean = await open(`/test/pollution/${bundle}.html`);
      const before = outcomes(clean.window);
      await use(clean.window);
      const after = outcomes(clean.window);
      clean.frame.remove();

      const changed: string[] = [];
      const tally = {same: 0, fallback: 0};
      for (const name of names) {
        for (const value of values) {
          const {frame, window} = await open(`/test/pollution/${bundle}.html?name=${name}&value=${value}`);
          const shown = outcomes(window);
          const differs = (now: string[], then: string[]) =>
            now.flatMap((outcome, i) => (outcome === then[i] ? [] : [`#${i + 1} ${outcome.slice(0, 60)}`])).join('; ');
          if (!shown.every((outcome, i) => outcome === before[i] || outcome === 'fallback')) {
            changed.push(`${name}=${value}: ${differs(shown, before)}`);
          } else if (
            shown.includes('fallback') ||
            window.warnings.some((warning) => warning.includes('cannot render'))
          ) {
            // Lit cannot render here: each element keeps the page's own content.
            tally.fallback++;
          } else {
            await use(window);
            const used = outcomes(window);
            if (used.join() !== after.join()) changed.push(`${name}=${value}, after use: ${differs(used, after)}`);
            else if (window.problems.length) changed.push(`${name}=${value}: ${window.problems[0]}`);
            else tally.same++;
          }
          frame.remove();
        }
      }
      console.log(
        `pollution, ${bundle}.js: ${names.length} names read; with each set to true and to an object, ` +
          `${tally.same} pages the same, ${tally.fallback} the page's own content, ${changed.length} changed`,
      );
      expect(changed).to.deep.equal([]);
    });
  });
}
