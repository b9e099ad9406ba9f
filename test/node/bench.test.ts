// The bench (bench/): how it reads a trace, on a small made-up one; and its report, from the
// figures of a real run recorded in test/fixtures/bench/one-round.json (`npm run bench --
// --rounds 1 --extra-rounds 1 --instances 1,100,500 --json <file>`). No browser runs here: the
// bench itself is `npm run bench`, never part of `npm test` (a shared machine's timings would
// make it slow and its verdicts meaningless).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import type {LoadResult} from '../../bench/load.js';
import {allGoals, table, type Results} from '../../bench/report.js';
import {busyBetween, mainThread, taskSummary, type TraceEvent} from '../../bench/trace.js';

const recorded = (): Results =>
  (JSON.parse(readFileSync('test/fixtures/bench/one-round.json', 'utf8')) as {results: Results}).results;

test("a trace's tasks: only the page's main thread, from its parse on; the guide's by the scripts they run", () => {
  const page = 'http://127.0.0.1:1/pages/widget.html';
  const guide = 'http://127.0.0.1:1/dist/';
  const peer = 'http://127.0.0.1:1/peers/';
  const main = {pid: 1, tid: 7, cat: 'devtools.timeline'};
  const task = (ts: number, ms: number): TraceEvent => ({...main, name: 'RunTask', ph: 'X', ts, dur: ms * 1000});
  const event = (name: string, ts: number, args: Record<string, unknown> = {}): TraceEvent => ({
    ...main,
    name,
    ph: 'X',
    ts,
    dur: 10,
    args,
  });
  const events: TraceEvent[] = [
    task(0, 80), // the renderer starting: ends before the parse, not counted
    task(100_000, 30),
    event('ParseHTML', 100_010, {beginData: {url: page}}),
    // The parser asks for the bundle: the page's work, not the guide's.
    event('ResourceSendRequest', 100_020, {data: {url: `${guide}bone-marrow-guide.js`}}),
    task(200_000, 70),
    event('v8.evaluateModule', 200_010), // only the guide's scripts are modules on these pages
    task(300_000, 40),
    event('FunctionCall', 300_010, {data: {url: `${guide}bone-marrow-guide.js`}}),
    task(300_100, 5), // nested in the one above: counted once
    task(400_000, 120), // layout, say: long, but not the guide's
    event('FunctionCall', 400_010, {data: {url: ''}}),
    task(600_000, 10), // a peer's script counts as the page's own, as the guide's does
    event('FunctionCall', 600_010, {data: {url: `${peer}lit.js`}}),
    {...task(500_000, 500), tid: 8}, // another thread
    {...main, cat: 'blink.user_timing', name: 'bench-switch', ph: 'I', ts: 300_000},
  ];
  const {tasks, marks} = mainThread(events, page, [guide, peer]);
  assert.deepEqual(
    tasks.map(({duration, guide}) => [duration, guide]),
    [
      [30, false],
      [70, true],
      [40, true],
      [120, false],
      [10, true],
    ],
  );
  assert.equal(marks.get('bench-switch'), 300_000);
  assert.deepEqual(taskSummary(tasks), {longest: 120, guideLongest: 70, blocking: 20 + 70});
  // The main thread's work between two moments: whole tasks inside, the overlapping parts of the others.
  assert.equal(busyBetween(tasks, 210_000, 420_000), 60 + 40 + 20);
  assert.throws(() => mainThread(events, 'http://127.0.0.1:1/other.html', guide), /no ParseHTML/);
  // A trace started later finds the page's thread by one of its marks.
  assert.equal(mainThread(events, {mark: 'bench-switch'}, guide).tasks[0].duration, 40);
});

test('the report of a recorded run: every table and goal, in each browser, each goal a ratio with its spread', () => {
  const text = table(recorded());
  for (const browser of ['Chromium', 'Firefox']) {
    const start = text.indexOf(`${browser}: cold loads, interleaved;`);
    assert.ok(start >= 0, `${browser}'s part`);
    const part = text.slice(start);
    for (const line of [
      /^Side by side, 1 rounds$/m,
      /^script-tag widget +\d+ \(/m,
      /^plain Lit peer +\d+ \(/m,
      /^vanilla peer +\d+ \(/m,
      /^pre-rendered \+ hydrating +\d+ \(/m,
      /^static twin \(no script\) +\d+ \(/m,
      /^no guide +\d+ \(/m,
      /^ {2}widget \/ plain Lit peer LCP +\d+\.\d\d {2}\(per round \d+\.\d\d–\d+\.\d\d\)$/m,
      /^ {2}LCP was the guide's text in +widget \d\/1, Lit peer \d\/1, vanilla peer \d\/1/m,
      /^Where the time goes \(medians, ms from navigation start\)$/m,
      /^Spanish page \(lang="es", script tag\), 1 rounds$/m,
      /^Spanish \+ modulepreload +\d+ \(/m,
      /^<risk-list> instances on one page, 1 rounds$/m,
      /^guide x500 +\d+ \(/m,
      /^Lit peer x500 +\d+ \(/m,
      /^static x500 +\d+ \(/m,
      /^ {2}guide's work to ready per added instance, ms: 1→100: \d+\.\d\d, 100→500: \d+\.\d\d$/m,
      /^Live locale switch: .+, 1 rounds$/m,
      /^ {2}renders per element +\d+–\d+$/m,
      /^Console errors and warnings: none in 16 loads$/m,
      new RegExp(`^Goals \\(issue 20\\), ${browser}:$`, 'm'),
    ]) {
      assert.match(part, line, `${browser}: ${line}`);
    }
  }
  const goals = allGoals(recorded());
  const texts = new Set(goals.map((goal) => goal.text));
  for (const expected of [
    "widget LCP <= 1.00 x the plain Lit peer's",
    "main thread from the script's arrival to LCP <= 1.2 x the vanilla peer's",
    'work per added instance, 100 to 500 <= 1.5 x 1 to 100',
    "the page's longest task, 500 instances <= 0.2 x the 500-copy static twin's",
    'preloaded Spanish shown <= 1.05 x English shown',
    '0 English frames on a Spanish page',
    'one render per element on a Spanish page',
    'pre-rendered/static LCP <= 1.0',
    'every script within its size budget (tools/size.ts)',
  ]) {
    assert.ok(texts.has(expected), expected);
  }
  for (const count of [1, 3, 500]) {
    assert.ok(
      [...texts].some((goal) => goal.endsWith(`<= the Lit peer's + 10 ms, ${count} instance(s)`)),
      String(count),
    );
  }
  // Each judged, with the ratio or difference it was judged on and its spread round by round.
  for (const goal of goals.filter((goal) => / x |\+ 10 ms/.test(goal.text))) {
    assert.equal(typeof goal.met, 'boolean', goal.text);
    assert.match(goal.measured, /^[+-]?\d+(\.\d\d| ms) +\(per round /, goal.text);
  }
  for (const [browser, line] of [...text.matchAll(/^Goals \(issue 20\), (\w+):\n((?: {2}\[.+\n?)+)/gm)].map((match) => [
    match[1],
    match[2],
  ])) {
    assert.match(line, /^ {2}\[(met|NOT met|not measured)\] /m, browser);
  }
});

/** The same run on a machine `factor` times slower: every time in it scaled. */
function slower(results: Results, factor: number): Results {
  const scale = (value: number | null) => (value === null ? null : value * factor);
  const load = (each: LoadResult): LoadResult => ({
    ...each,
    lcp: scale(each.lcp),
    fcp: scale(each.fcp),
    ready: scale(each.ready),
    arrivals: {
      html: scale(each.arrivals.html),
      bundleAsked: scale(each.arrivals.bundleAsked),
      bundle: scale(each.arrivals.bundle),
    },
    longestTask: each.longestTask * factor,
    guideLongestTask: scale(each.guideLongestTask),
    blocking: each.blocking * factor,
    workToLcp: scale(each.workToLcp),
    workToReady: scale(each.workToReady),
    frames: each.frames && {...each.frames, allShown: scale(each.frames.allShown)},
  });
  const copy = structuredClone(results);
  for (const run of copy.runs) {
    const variants = [
      ...Object.values(run.main),
      ...Object.values(run.spanish),
      ...[...run.instances, ...run.litInstances, ...run.staticInstances].map(({variant}) => variant),
      run.switched,
    ];
    for (const variant of variants) variant.loads = variant.loads.map(load);
  }
  return copy;
}

test('a verdict that compares two pages of the run does not change when the machine is slower', () => {
  const judged = (results: Results) =>
    allGoals(results)
      .filter((goal) => !goal.text.includes('+ 10 ms')) // a difference in ms, the one goal in absolute terms
      .map((goal) => `${goal.browser} ${goal.text}: ${goal.met}`);
  assert.deepEqual(judged(slower(recorded(), 3)), judged(recorded()));
});

test('the LCP goal is met when the widget paints first, and not when the peer does', () => {
  const withWidgetLcp = (ratioToPeer: number) => {
    const results = recorded();
    const {widget, litPeer} = results.runs[0].main;
    widget.loads = widget.loads.map((load, round) => ({...load, lcp: litPeer.loads[round].lcp! * ratioToPeer}));
    return allGoals(results).find((goal) => goal.text.startsWith('widget LCP'))!;
  };
  assert.equal(withWidgetLcp(0.95).met, true);
  assert.match(withWidgetLcp(0.95).measured, /^0\.95 {2}\(per round 0\.95–0\.95\)$/);
  assert.equal(withWidgetLcp(1.05).met, false);
});

test('the pages build from what the render command prints today: the peers from its styles and markup', async () => {
  const {generatePages} = await import('../../bench/pages.js'); // needs npm run build (the render command)
  const pages = await generatePages([1, 100]);
  for (const peer of [pages.litPeer, pages.vanillaPeer]) {
    const code = pages.scripts.get(peer.script!)!;
    assert.ok(code, peer.name);
    // The guide's static markup and CSS, with no hydration markers.
    assert.match(code, /class="guide" part="base"/, peer.name);
    assert.match(code, /:host\{display:block\}/, peer.name);
    assert.doesNotMatch(code, /lit-part|bone-marrow-guide locale=/, peer.name);
  }
  assert.match(
    pages.staticTwin.html,
    /<template shadowroot="open" shadowrootmode="open"><!--bone-marrow-guide [^>]*--><style>/,
  );
  assert.doesNotMatch(pages.staticTwin.html, /<link rel="stylesheet"/);
});
