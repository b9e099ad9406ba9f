// One cold load in headless Firefox. Firefox has neither CPU nor network emulation: the network
// is shaped by the bench's server instead (server.ts: the same latency and bandwidth, per
// response), and the CPU runs at this machine's speed. It has no trace either: the observer's
// probe (page/observe.js) tells when the main thread was busy, so the longest task is the
// longest busy stretch, and whose script ran in it is not known.
import puppeteer, {type Browser} from 'puppeteer-core';
import {conditions} from './chromium.js';
import {lastPaint, loadPage, type LoadResult, type ObserverConfig} from './load.js';

export async function launchFirefox(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox offers brotli only over https unless told; the server answers what is asked.
    extraPrefsFirefox: {'network.http.accept-encoding': 'gzip, deflate, br'},
  });
}

/** Firefox's counterpart of chromium.ts's measureLoad(). */
export async function measureLoadFirefox(
  browser: Browser,
  url: string,
  config: ObserverConfig,
  {settleMs, switchTo, script}: {settleMs: number; switchTo?: string; script: string | null},
): Promise<Omit<LoadResult, 'bytes' | 'encodings'>> {
  const {loaded} = await loadPage(
    browser,
    url,
    {config: {...config, probe: true}, script, settleMs, switchTo},
    async (tab) => {
      const {width, height, deviceScaleFactor} = conditions.viewport;
      await tab.setViewport({width, height, deviceScaleFactor});
    },
    async () => undefined,
  );
  const {state, arrivals, switched, problems} = loaded;
  const gaps = state.gaps ?? [];
  const busy = (from: number | null, to: number | null) => {
    if (from === null || to === null) return null;
    let sum = 0;
    for (const [start, end] of gaps) sum += Math.max(0, Math.min(to, end) - Math.max(from, start));
    return sum;
  };
  const longest = (from = -Infinity, to = Infinity) =>
    Math.max(0, ...gaps.filter(([start, end]) => end >= from && start <= to).map(([start, end]) => end - start));
  const paint = lastPaint(state);
  return {
    ...paint,
    arrivals,
    longestTask: longest(),
    guideLongestTask: null,
    blocking: gaps.reduce((sum, [start, end]) => sum + Math.max(0, end - start - 50), 0),
    workToLcp: busy(arrivals.bundle, paint.lcp),
    workToReady: busy(arrivals.bundle, paint.ready),
    renders: state.renders,
    frames: state.frames,
    problems,
    switched: switched && {
      ...switched,
      longestTask: longest(switched.start, switched.start + Math.max(switched.ready, switched.allShown)),
    },
  };
}
