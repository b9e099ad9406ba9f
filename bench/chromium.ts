// One cold load in headless Chromium, slowed like a mid-range phone on a slow mobile network.
import {readFileSync} from 'node:fs';
import puppeteer, {type Browser} from 'puppeteer-core';
import {mainThread, taskSummary, type Task, type TraceEvent} from './trace.js';
import {chromiumArgs} from '../tools/browsers.mjs';

/** Lighthouse's "slow 4G" phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower. */
export const conditions = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  // A mid-size phone in portrait (Lighthouse's Moto G Power).
  viewport: {width: 412, height: 823, deviceScaleFactor: 1.75},
};

export async function launchChromium(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
}

/** What the observer script (page/observe.js) watches; see its header. */
export interface ObserverConfig {
  scripted: boolean;
  countRenders?: boolean;
  sampleFrames?: string;
  switchLocale?: boolean;
}

export interface LoadResult {
  /** Milliseconds from navigation start, as the page's performance.now() counts them. */
  lcp: number | null;
  /** Whether the last LCP candidate was the guide's text (in a shadow root) rather than the page's. */
  lcpInGuide: boolean | null;
  /** Not in the table; in --json, for a closer look. */
  fcp: number | null;
  ready: number | null;
  /** When the page's HTML had arrived (its response end), and when the guide's script was asked for and had arrived. */
  arrivals: {html: number | null; bundleAsked: number | null; bundle: number | null};
  longestTask: number;
  guideLongestTask: number | null;
  blocking: number;
  bytes: number;
  encodings: string[];
  renders: number[] | null;
  frames: {total: number; english: number; blank: number; allShown: number | null} | null;
  switched: {ready: number; allShown: number; renders: number[]; longestTask: number} | null;
  /** Console errors and warnings, and uncaught errors: a hydration mismatch or a missing chunk shows here. */
  problems: string[];
}

interface PageState {
  lcp: {time: number; size: number; element: string | null; inGuide: boolean}[];
  fcp: number | null;
  ready: number | null;
  renders: number[] | null;
  frames: LoadResult['frames'];
}

const observer = readFileSync(new URL('page/observe.js', import.meta.url), 'utf8');

// RunTask and the events inside it that name scripts; user timing for the switch marks.
const traceCategories = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

/**
 * Resource timing, read once the load is done: the HTML's response end, and the script tag's
 * bundle, from when the browser asked for it (its fetch start) to its response end.
 */
const arrivalsScript = `(() => {
  const html = performance.getEntriesByType('navigation')[0];
  const bundle = performance.getEntriesByType('resource')
    .find((entry) => /\\/dist\\/bone-marrow-guide[\\w-]*\\.js$/.test(new URL(entry.name).pathname));
  return {html: html ? html.responseEnd : null, bundleAsked: bundle ? bundle.startTime : null,
    bundle: bundle ? bundle.responseEnd : null};
})()`;

/** How long a load may take before the bench gives up on it (a broken bundle never gets ready). */
const loadTimeoutMs = 60_000;

/** What a locale switch measured in the page (page/observe.js). */
interface Switched {
  ready: number;
  allShown: number;
  renders: number[];
}

/**
 * Loads `url` in a fresh browser context (empty cache, no connections, no storage), throttled,
 * with a trace of the whole load, and returns what was measured. The page is done when its load
 * event has fired and, on a page with the guide's script, every element is ready; `settleMs`
 * more lets the last paint reach LCP. With `switchTo`, the elements then switch to that locale.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  config: ObserverConfig,
  {settleMs, switchTo}: {settleMs: number; switchTo?: string},
): Promise<Omit<LoadResult, 'bytes' | 'encodings'>> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : error}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: conditions.latencyMs,
      downloadThroughput: conditions.downloadBitsPerSecond / 8,
      uploadThroughput: conditions.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: conditions.cpuSlowdown});
    await cdp.send('Emulation.setDeviceMetricsOverride', {...conditions.viewport, mobile: true});
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true});
    await page.evaluateOnNewDocument(`window.__benchConfig = ${JSON.stringify(config)};\n${observer}`);

    await page.tracing.start({categories: traceCategories});
    let state: PageState;
    let arrivals: LoadResult['arrivals'];
    let switched: Switched | null = null;
    let trace: Uint8Array | undefined;
    try {
      await page.goto(url, {waitUntil: 'load', timeout: loadTimeoutMs});
      await withTimeout(page.evaluate('window.__benchDone'), loadTimeoutMs, `${url} never got ready`);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (switchTo) {
        switched = await withTimeout(
          page.evaluate(`window.__benchSwitch(${JSON.stringify(switchTo)})`) as Promise<Switched>,
          loadTimeoutMs,
          `${url}: the switch to ${switchTo} never finished`,
        );
      }
      state = (await page.evaluate('(window.__bench.stopFrames = true, window.__bench)')) as PageState;
      arrivals = (await page.evaluate(arrivalsScript)) as LoadResult['arrivals'];
    } finally {
      trace = await page.tracing.stop();
    }
    const events = (JSON.parse(Buffer.from(trace!).toString('utf8')) as {traceEvents: TraceEvent[]}).traceEvents;
    const {tasks, marks} = mainThread(events, url, new URL('/dist/', url).href);
    const last = state.lcp.at(-1);
    return {
      lcp: last?.time ?? null,
      lcpInGuide: last ? last.inGuide : null,
      fcp: state.fcp,
      ready: state.ready,
      arrivals: arrivals!,
      ...summary(tasks),
      renders: state.renders,
      frames: state.frames,
      problems,
      switched: switched && {
        ...switched,
        longestTask: longestBetween(tasks, marks, 'bench-switch', 'bench-switch-end'),
      },
    };
  } finally {
    await context.close();
  }
}

function summary(tasks: readonly Task[]) {
  const {longest, guideLongest, blocking} = taskSummary(tasks);
  return {longestTask: longest, guideLongestTask: guideLongest, blocking};
}

/** The longest task that starts between two marks (the switch's own work). */
function longestBetween(tasks: readonly Task[], marks: Map<string, number>, from: string, to: string): number {
  const start = marks.get(from);
  const end = marks.get(to);
  if (start === undefined || end === undefined) throw new Error(`bench: the trace lacks the marks ${from}, ${to}`);
  // The mark is inside the task that set `locale`: include that task.
  const inside = tasks.filter((task) => task.start + task.duration * 1000 >= start && task.start <= end);
  return Math.max(0, ...inside.map((task) => task.duration));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
