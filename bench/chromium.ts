// One cold load in headless Chromium, slowed like a mid-range phone on a slow mobile network,
// with a trace of the whole load for its main-thread tasks.
import puppeteer, {type Browser} from 'puppeteer-core';
import {chromiumArgs} from '../tools/browsers.mjs';
import {lastPaint, loadPage, type LoadResult, type ObserverConfig} from './load.js';
import {busyBetween, mainThread, taskSummary, type Task, type TraceEvent} from './trace.js';

/** Lighthouse's "slow 4G" phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower. */
export const conditions = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  // A mid-size phone in portrait (Lighthouse's Moto G Power).
  viewport: {width: 412, height: 823, deviceScaleFactor: 1.75},
};

/**
 * Chromium's own work that is no page's: headless Chromium 156 loads its omnibox popup (a WebUI
 * page with its own Lit) in every new browser context, about a second of CPU each time, on the
 * cores the page is measured on. These features off, a load's trace holds the page alone.
 */
export const quietChromium = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];

export async function launchChromium(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, ...quietChromium],
  });
}

// RunTask and the events inside it that name scripts; user timing for the marks.
const traceCategories = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

/**
 * Loads `url` in a fresh browser context (empty cache, no connections, no storage), throttled,
 * with a trace of the whole load, and returns what was measured. The page is done when its load
 * event has fired and, on a page with a script, every element is ready; `settleMs` more lets the
 * last paint reach LCP. With `switchTo`, the elements then switch to that locale.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  config: ObserverConfig,
  {settleMs, switchTo, script}: {settleMs: number; switchTo?: string; script: string | null},
): Promise<Omit<LoadResult, 'bytes' | 'encodings'>> {
  const {loaded, extra: trace} = await loadPage(
    browser,
    url,
    {config, script, settleMs, switchTo},
    async (tab) => {
      const cdp = await tab.createCDPSession();
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
      await tab.tracing.start({categories: traceCategories});
    },
    async (tab) => tab.tracing.stop(),
  );
  const {state, arrivals, switched, problems} = loaded;
  const events = (JSON.parse(Buffer.from(trace!).toString('utf8')) as {traceEvents: TraceEvent[]}).traceEvents;
  const origin = new URL(url).origin;
  const {tasks, marks} = mainThread(events, url, [`${origin}/dist/`, `${origin}/peers/`]);
  // The page's clock (ms from navigation start) on the trace's (µs): the observer's mark is on both.
  const originTs = marks.get('bench-origin');
  if (originTs === undefined) throw new Error('bench: the trace lacks the observer mark bench-origin');
  const traceTime = (ms: number) => originTs + (ms - state.origin) * 1000;
  const paint = lastPaint(state);
  const work = (to: number | null) =>
    arrivals.bundle === null || to === null ? null : busyBetween(tasks, traceTime(arrivals.bundle), traceTime(to));
  return {
    ...paint,
    arrivals,
    ...summary(tasks),
    workToLcp: work(paint.lcp),
    workToReady: work(paint.ready),
    renders: state.renders,
    frames: state.frames,
    problems,
    switched: switched && {
      ...switched,
      longestTask: longestBetween(tasks, marks, 'bench-switch', 'bench-switch-end'),
    },
  };
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
