// Opens the test pages in test/pages/ in an iframe, as a hospital page would load the bundle,
// and reads what the three elements show there.
import {waitUntil} from '@open-wc/testing';
import {elements, hangGuardMs} from './helpers.js';

export interface PageWindow extends Window {
  problems: string[];
  warnings: string[];
  trustedTypes?: unknown;
}

export async function openPage(
  path: string,
): Promise<{frame: HTMLIFrameElement; window: PageWindow; document: Document}> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = path;
  document.body.append(frame);
  // Not the frame's load event: Firefox holds it until every module the page imports has
  // loaded, locale chunks included, which would hide what a reader sees before then.
  const rendered = () => {
    const page = frame.contentDocument;
    return (
      page?.URL.endsWith(path) &&
      elements.every(({tag}) => page.querySelector(tag)?.shadowRoot?.querySelector('[data-section]'))
    );
  };
  await waitUntil(rendered, `the three elements render in ${path}`, {timeout: hangGuardMs});
  return {frame, window: frame.contentWindow as PageWindow, document: frame.contentDocument!};
}

export const shownLangs = (page: Document) =>
  elements.map(({tag}) => page.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'));

/**
 * Waits until all three elements show `lang`, each with its whole text: a long element renders its
 * later sections in turns of their own, and updateComplete waits for them.
 */
export async function allShow(page: Document, lang: string): Promise<void> {
  await waitUntil(() => shownLangs(page).every((shown) => shown === lang), `all three show ${lang}`, {
    timeout: hangGuardMs,
  });
  await Promise.all(
    elements.map(({tag}) => page.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>(tag)!.updateComplete),
  );
}

/**
 * Lets the locale chunks of a `held-*` or `gives-up-*` bundle copy answer, in this browser
 * (web-test-runner.config.mjs); until then they are on their way.
 */
export async function releaseChunks(copy: string): Promise<void> {
  const response = await fetch(`/test/bundle-copies/${copy}/release`);
  if (!response.ok) throw new Error(`${copy}: the server did not release its chunks (${response.status})`);
}

export const localeChunkRequests = (page: PageWindow, locale: string) =>
  page.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/locales/${locale}-`));

export function renderedSections(page: Document, tag: string): string[] {
  return [...page.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]')].map(
    (s) => s.dataset.section!,
  );
}

/**
 * Waits until each of the three elements shows every one of its sections, in order: a long
 * element renders its later sections in turns of their own (first-render.ts).
 */
export const allSectionsShow = (page: Document) =>
  waitUntil(
    () => elements.every(({tag, sections}) => renderedSections(page, tag).join() === sections.join()),
    'each element shows all its sections, in order',
    {timeout: hangGuardMs},
  );
