// The bench (bench/): how it reads a trace, on a small made-up one, and the report it prints,
// from a one-round bench recorded on this machine (test/fixtures/bench/one-round.json): every
// row and goal line is printed, and every figure a row rests on was measured. The bench itself
// runs with `npm run bench`, never in `npm test`: a round takes a minute on a busy machine and
// says little there. After a change to what the bench records, record the fixture again:
//   npm run build && npm run bench -- --rounds 1 --extra-rounds 1 --instances 1,10 \
//     --json test/fixtures/bench/one-round.json
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {goals, table, type Results} from '../../bench/report.js';
import {mainThread, taskSummary, type TraceEvent} from '../../bench/trace.js';

test("a trace's tasks: only the page's main thread, from its parse on; the guide's by the scripts they run", () => {
  const page = 'http://127.0.0.1:1/pages/widget.html';
  const guide = 'http://127.0.0.1:1/dist/';
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
    {...task(500_000, 500), tid: 8}, // another thread
    {...main, cat: 'blink.user_timing', name: 'bench-switch', ph: 'I', ts: 300_000},
  ];
  const {tasks, marks} = mainThread(events, page, guide);
  assert.deepEqual(
    tasks.map(({duration, guide}) => [duration, guide]),
    [
      [30, false],
      [70, true],
      [40, true],
      [120, false],
    ],
  );
  assert.equal(marks.get('bench-switch'), 300_000);
  assert.deepEqual(taskSummary(tasks), {longest: 120, guideLongest: 70, blocking: 20 + 70});
  assert.throws(() => mainThread(events, 'http://127.0.0.1:1/other.html', guide), /no ParseHTML/);
});

const recorded = JSON.parse(readFileSync('test/fixtures/bench/one-round.json', 'utf8')) as {
  machine: string;
  results: Results;
};

test('the report of a one-round bench: every row and every goal, each with its figures', () => {
  const report = table(recorded.results);
  for (const line of [
    /^Cold loads, interleaved; CPU 4x slower, 150 ms latency, 1\.6 Mbps down; 412x823 mobile viewport; served br\.$/m,
    /^Side by side, 1 rounds$/m,
    /^script-tag widget +\d+ \(/m,
    /^pre-rendered \+ hydrating +\d+ \(/m,
    /^static twin \(no script\) +\d+ \(/m,
    /^no guide +\d+ \(/m,
    /^ {2}widget \/ static LCP +\d+\.\d\d/m,
    /^ {2}pre-rendered \/ static LCP +\d+\.\d\d/m,
    /^ {2}LCP was the guide's text in +widget \d\/1, pre-rendered \d\/1, static \d\/1 loads$/m,
    /^Where the widget's time goes \(medians, ms from navigation start\)$/m,
    /^ {2}bundle asked for, here +\d+, \d+ \(\d+ ms: 150 ms latency, then its bytes\)$/m,
    /^ {2}1\.4 x static twin LCP +\d+: -?\d+ ms after the bundle is here, to run it and paint$/m,
    /^Spanish page \(lang="es", script tag\), 1 rounds$/m,
    /^English page \(reference\) +— +\d+/m,
    /^Spanish +\d+ \(/m,
    /^Spanish \+ modulepreload +\d+ \(/m,
    /^ {2}English frames, most in one load: \d+ without the modulepreload, \d+ with it$/m,
    /^<risk-list> instances on one page \(script tag\), 1 rounds$/m,
    /^1 +\d+ \(.+—$/m,
    /^10 +\d+ \(.+ \(from 1\)$/m,
    /^Live locale switch: .+, 1 rounds$/m,
    /^ {2}all show Spanish after +\d+ \(/m,
    /^ {2}renders per element +\d+–\d+$/m,
    /^Console errors and warnings: none in 10 loads$/m,
    /^Goals \(issue 11\):$/m,
    /^ {2}\[(met|NOT met)\] widget\/static LCP <= 1\.4: \d+\.\d\d/m,
    /^ {2}\[(met|NOT met)\] pre-rendered\/static LCP <= 1\.1: \d+\.\d\d/m,
    /^ {2}\[(met|NOT met)\] the guide's longest main-thread task <= 50 ms at 4x CPU: median \d+ ms widget, \d+ ms pre/m,
    /^ {2}\[(met|NOT met)\] 0 English frames on a Spanish page: at most \d+ in any of 2 loads/m,
  ]) {
    assert.match(report, line);
  }
  assert.equal(report.match(/^ {2}\[(met|NOT met)\] /gm)?.length, goals(recorded.results).length);
});

// So that a recording from a broken bench is not taken for a good one.
test('the recorded round is whole: every figure a row rests on was measured', () => {
  assert.match(recorded.machine, /^machine: .+\ncpu: .+Chrome\/[\d.]+ \(headless\)/);
  const {results} = recorded;
  const {widget, preRendered, staticTwin, noGuide} = results.main;
  for (const variant of [widget, preRendered, staticTwin, noGuide]) {
    const [load] = variant.loads;
    assert.equal(variant.loads.length, 1, variant.label);
    assert.ok(load.lcp! > 0 && load.longestTask > 0 && load.bytes > 0, variant.label);
    assert.deepEqual(load.encodings, ['br'], variant.label);
  }
  // Every page's HTML arrives; only a page with the guide's script asks for a bundle.
  for (const variant of [widget, preRendered, staticTwin, noGuide]) {
    const {html, bundleAsked, bundle} = variant.loads[0].arrivals;
    assert.ok(html! > 0, variant.label);
    const scripted = variant === widget || variant === preRendered;
    assert.equal(bundle !== null && bundleAsked !== null && bundle > bundleAsked, scripted, variant.label);
  }
  // Only a page with the guide's script has elements that get ready and tasks that run its code.
  for (const variant of [widget, preRendered]) {
    assert.ok(variant.loads[0].ready! > 0 && variant.loads[0].guideLongestTask! > 0, variant.label);
  }
  for (const variant of [staticTwin, noGuide]) {
    assert.equal(variant.loads[0].ready, null, variant.label);
    assert.equal(variant.loads[0].guideLongestTask, null, variant.label);
  }
  for (const variant of Object.values(results.spanish)) {
    const [load] = variant.loads;
    assert.equal(load.renders?.length, 3, variant.label);
    assert.ok(load.frames!.total > 0 && load.frames!.allShown! > 0, variant.label);
  }
  assert.deepEqual(
    results.instances.map(({count, variant}) => [count, variant.loads[0].ready! > 0]),
    [
      [1, true],
      [10, true],
    ],
  );
  const {switched} = results.switched.loads[0];
  assert.ok(switched && switched.allShown > 0 && switched.renders.length === 3);
});
