// One cold load, whatever the browser: a fresh browser context, the observer (page/observe.js)
// injected before the page's own scripts, the page loaded until its elements are ready, and what
// the observer saw. chromium.ts and firefox.ts add how each browser is slowed and how each tells
// the main thread's tasks (a trace; a probe).
import {readFileSync} from 'node:fs';
import type {Browser, Page} from 'puppeteer-core';

/** What the observer script (page/observe.js) watches; see its header. */
export interface ObserverConfig {
  scripted: boolean;
  countRenders?: boolean;
  sampleFrames?: string;
  switchLocale?: boolean;
  probe?: boolean;
}

export interface LoadResult {
  /** Milliseconds from navigation start, as the page's performance.now() counts them. */
  lcp: number | null;
  /** Whether the last LCP candidate was the guide's text (in a shadow root) rather than the page's. */
  lcpInGuide: boolean | null;
  /** Not in the table; in --json, for a closer look. */
  fcp: number | null;
  ready: number | null;
  /** When the page's HTML had arrived (its response end), and when its script was asked for and had arrived. */
  arrivals: {html: number | null; bundleAsked: number | null; bundle: number | null};
  longestTask: number;
  /** The longest task that ran the page's own script (the guide's, or a peer's); null where unknown. */
  guideLongestTask: number | null;
  blocking: number;
  /** Main-thread work (ms, all tasks) from the script's arrival to LCP, and to ready. */
  workToLcp: number | null;
  workToReady: number | null;
  bytes: number;
  encodings: string[];
  renders: number[] | null;
  frames: {total: number; english: number; blank: number; allShown: number | null} | null;
  switched: {start: number; ready: number; allShown: number; renders: number[]; longestTask: number | null} | null;
  /** Console errors and warnings, and uncaught errors: a hydration mismatch or a missing chunk shows here. */
  problems: string[];
}

/** What the observer collected in the page. */
export interface PageState {
  lcp: {time: number; size: number; element: string | null; inGuide: boolean}[];
  fcp: number | null;
  ready: number | null;
  renders: number[] | null;
  frames: LoadResult['frames'];
  /** performance.now() at the observer's mark `bench-origin`. */
  origin: number;
  /** With the probe: spans in which the main thread was busy with other work. */
  gaps: [number, number][] | null;
}

/** What a locale switch measured in the page (page/observe.js). */
export interface Switched {
  /** performance.now() when the switch began; ready and allShown count from there. */
  start: number;
  ready: number;
  allShown: number;
  renders: number[];
}

const observer = readFileSync(new URL('page/observe.js', import.meta.url), 'utf8');

/** How long a load may take before the bench gives up on it (a broken bundle never gets ready). */
const loadTimeoutMs = 120_000;

/**
 * Resource timing, read once the load is done: the HTML's response end, and the page's script
 * (the guide's bundle or a peer's), from when the browser asked for it (fetch start) to its
 * response end.
 */
const arrivalsScript = (script: string | null) => `(() => {
  const html = performance.getEntriesByType('navigation')[0];
  const bundle = performance.getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname === ${JSON.stringify(script)});
  return {html: html ? html.responseEnd : null, bundleAsked: bundle ? bundle.startTime : null,
    bundle: bundle ? bundle.responseEnd : null};
})()`;

export interface Loaded {
  state: PageState;
  arrivals: LoadResult['arrivals'];
  switched: Switched | null;
  problems: string[];
}

/**
 * Opens `url` in a fresh context of `browser`, after `prepare` (throttling, a trace) has run on
 * the new tab, and returns what the observer saw; `finish` runs on the tab before it closes (a
 * trace's end), with what was loaded.
 */
export async function loadPage<T>(
  browser: Browser,
  url: string,
  {
    config,
    script,
    settleMs,
    switchTo,
  }: {config: ObserverConfig; script: string | null; settleMs: number; switchTo?: string},
  prepare: (tab: Page) => Promise<void>,
  finish: (tab: Page, loaded: Loaded | undefined) => Promise<T>,
): Promise<{loaded: Loaded; extra: T}> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : error}`));
    await tab.evaluateOnNewDocument(`window.__benchConfig = ${JSON.stringify(config)};\n${observer}`);
    await prepare(tab);
    let loaded: Loaded | undefined;
    let extra: T;
    try {
      await tab.goto(url, {waitUntil: 'load', timeout: loadTimeoutMs});
      await withTimeout(tab.evaluate('window.__benchDone'), loadTimeoutMs, `${url} never got ready`);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      let switched: Switched | null = null;
      if (switchTo) {
        switched = await withTimeout(
          tab.evaluate(`window.__benchSwitch(${JSON.stringify(switchTo)})`) as Promise<Switched>,
          loadTimeoutMs,
          `${url}: the switch to ${switchTo} never finished`,
        );
      }
      const state = (await tab.evaluate('(window.__bench.stopFrames = true, window.__bench)')) as PageState;
      const arrivals = (await tab.evaluate(arrivalsScript(script))) as LoadResult['arrivals'];
      loaded = {state, arrivals, switched, problems};
    } finally {
      extra = await finish(tab, loaded);
    }
    return {loaded: loaded!, extra};
  } finally {
    await context.close();
  }
}

/** The last LCP candidate, and whether it was the guide's text. */
export function lastPaint(state: PageState): Pick<LoadResult, 'lcp' | 'lcpInGuide' | 'fcp' | 'ready'> {
  const last = state.lcp.at(-1);
  return {lcp: last?.time ?? null, lcpInGuide: last ? last.inGuide : null, fcp: state.fcp, ready: state.ready};
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
