// First renders, A against B: how long N elements take from being added to the page until every
// `updateComplete` has resolved, then until the page is laid out, and what each costs in heap and
// DOM nodes. Two builds of the guide (two dist/ folders, e.g. an old commit's and this one) are
// loaded in turn, round after round, in one Chromium, so both see the same machine. Issue 21
// (point 4) asks for this comparison against 5f9af7a; bench/README.md says how to run it.
//
//   tsx bench/ab.ts --a <dist> --b <dist> [--tag procedure-overview] [--counts 100,500]
//                   [--rounds 5] [--cpu 1]
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import puppeteer, {type Browser} from 'puppeteer-core';
import {chromiumArgs, findBrowsers} from '../tools/browsers.mjs';
import {quietChromium} from './chromium.js';
import {startServer, type BenchServer} from './server.js';
import {formatSummary, median} from './stats.js';
import {busyBetween, mainThread, type TraceEvent} from './trace.js';

const {values: options} = parseArgs({
  options: {
    a: {type: 'string'},
    b: {type: 'string', default: 'dist'},
    tag: {type: 'string', default: 'procedure-overview'},
    counts: {type: 'string', default: '100,500'},
    rounds: {type: 'string', default: '5'},
    cpu: {type: 'string', default: '1'},
  },
});
if (!options.a) throw new Error('bench/ab: --a <dist folder> is required, e.g. --a /tmp/ab-5f9af7a/dist');
const counts = options.counts.split(',').map(Number);
const rounds = Number(options.rounds);
const cpu = Number(options.cpu);

/** An empty page with the bundle: its elements are defined, none is on the page yet. */
const page = (tag: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A/B</title><style>body { margin: 0 auto; max-width: 40rem; font: 100%/1.5 system-ui, sans-serif }</style>
<script type="module" src="/dist/bone-marrow-guide.js"></script></head>
<body><main></main><script>window.tag = ${JSON.stringify(tag)}</script></body></html>`;

/**
 * In the page: adds `count` elements in one task, as a page's script or framework would, and
 * times when all of them have resolved `updateComplete`, and when the page has then been laid
 * out (a forced layout). The bench's marks bracket the work for the trace.
 */
const addElements = (count: number) => `(async () => {
  await customElements.whenDefined(window.tag);
  const main = document.querySelector('main');
  performance.mark('ab-start');
  const start = performance.now();
  const elements = [];
  for (let i = 0; i < ${count}; i++) elements.push(main.appendChild(document.createElement(window.tag)));
  await Promise.all(elements.map((element) => element.updateComplete));
  const ready = performance.now() - start;
  document.body.offsetHeight;
  const laidOut = performance.now() - start;
  performance.mark('ab-end');
  const text = elements[0].shadowRoot.textContent.replace(/\\s+/g, ' ').trim().length;
  return {ready, laidOut, text};
})()`;

interface Measure {
  ready: number;
  laidOut: number;
  /** Bytes of JS heap, and DOM nodes, per element (after a garbage collection, before and after). */
  heap: number;
  nodes: number;
  longestTask: number;
  /** Main-thread work (ms) from adding the elements to their layout: script, style, layout, paint. */
  busy: number;
  /** Of that, the browser's rendering (style, layout, paint); the rest is script. */
  rendering: number;
  /** Characters of text one element shows: how much the content grew between the two builds. */
  text: number;
}

async function measure(browser: Browser, server: BenchServer, count: number): Promise<Measure> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
    await tab.setViewport({width: 412, height: 823});
    await tab.goto(`${server.origin}/pages/ab.html`, {waitUntil: 'load'});
    await tab.evaluate(`customElements.whenDefined(window.tag)`);
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const {usedSize} = await cdp.send('Runtime.getHeapUsage');
      const {nodes} = await cdp.send('Memory.getDOMCounters');
      return {heap: usedSize, nodes};
    };
    const before = await counters();
    await tab.tracing.start({
      categories: [
        '-*',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        '__metadata',
      ],
    });
    const timed = (await tab.evaluate(addElements(count))) as {ready: number; laidOut: number; text: number};
    const trace = JSON.parse(Buffer.from((await tab.tracing.stop())!).toString('utf8')) as {traceEvents: TraceEvent[]};
    const after = await counters();
    const {tasks, marks} = mainThread(trace.traceEvents, {mark: 'ab-start'}, `${server.origin}/dist/`);
    const [from, to] = [marks.get('ab-start')!, marks.get('ab-end')!];
    const inside = tasks.filter((task) => task.start + task.duration * 1000 >= from && task.start <= to);
    return {
      ...timed,
      heap: (after.heap - before.heap) / count,
      nodes: (after.nodes - before.nodes) / count,
      longestTask: Math.max(0, ...inside.map((task) => task.duration)),
      busy: busyBetween(tasks, from, to),
      rendering: renderingBetween(trace.traceEvents, marks.get('ab-start')!, from, to),
    };
  } finally {
    await context.close();
  }
}

/** The rendering steps' time (ms) between two trace times, on the thread that made `mark`. */
function renderingBetween(events: TraceEvent[], markTs: number, from: number, to: number): number {
  const mark = events.find((event) => event.ts === markTs && event.cat.includes('blink.user_timing'))!;
  const steps = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
  return (
    events
      .filter((event) => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X' && steps.has(event.name))
      .filter((event) => event.ts >= from && event.ts <= to)
      .reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000
  );
}

const builds = [
  {label: 'A', dist: options.a},
  {label: 'B', dist: options.b},
];
const servers = await Promise.all(builds.map(({dist}) => startServer(new Map([['ab', page(options.tag)]]), dist)));
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium!,
  headless: true,
  args: [...chromiumArgs, ...quietChromium, '--enable-precise-memory-info'],
});
const results = new Map<string, Measure[]>();
try {
  await measure(browser, servers[1], 1); // warm-up: starts the browser's processes
  for (let round = 0; round < rounds; round++) {
    for (const count of counts) {
      // A then B in odd rounds, B then A in even ones.
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const index of order) {
        const key = `${builds[index].label} ${count}`;
        results.set(key, [...(results.get(key) ?? []), await measure(browser, servers[index], count)]);
      }
    }
    process.stderr.write('.');
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const version = (dist: string) => readFileSync(`${dist}/bone-marrow-guide.js`).length;
console.log(
  `\nA/B first renders: <${options.tag}>, ${rounds} rounds, CPU ${cpu}x; ` +
    `A ${options.a} (${version(options.a)} B), B ${options.b} (${version(options.b)} B)`,
);
console.log('Each cell: median (p25–p75).');
const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(i ? 22 : 9)).join(' ');
console.log(
  row(['', 'to updateComplete', 'with layout', 'script, ms/el.', 'heap KB/el.', 'DOM nodes/el.', 'longest task']),
);
for (const count of counts) {
  for (const {label} of builds) {
    const loads = results.get(`${label} ${count}`)!;
    const pick = (f: (m: Measure) => number, digits = 0) => formatSummary(loads.map(f), digits);
    console.log(
      row([
        `${label} ${count}`,
        pick((m) => m.ready),
        pick((m) => m.laidOut),
        pick((m) => (m.busy - m.rendering) / count, 2),
        pick((m) => m.heap / 1024, 1),
        pick((m) => m.nodes, 0),
        pick((m) => m.longestTask),
      ]),
    );
  }
  const ratio = (f: (m: Measure) => number) =>
    (median(results.get(`B ${count}`)!.map(f)) / median(results.get(`A ${count}`)!.map(f))).toFixed(2);
  console.log(
    `B/A ${count}: to updateComplete ${ratio((m) => m.ready)}, with layout ${ratio((m) => m.laidOut)}, ` +
      `work/el. ${ratio((m) => m.busy)}, script/el. ${ratio((m) => m.busy - m.rendering)}, ` +
      `heap/el. ${ratio((m) => m.heap)}, DOM nodes/el. ${ratio((m) => m.nodes)}, ` +
      `text/el. ${ratio((m) => m.text)}`,
  );
}
