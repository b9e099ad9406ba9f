// The bench's table: medians with the middle half, the ratios issue 20's goals are about, and a
// line per goal, met or not. Every goal compares two pages measured in the same run (interleaved,
// round by round), never a figure against a fixed number of milliseconds: a machine twice as busy
// slows both pages, and the verdict stays. Plain text, at most 120 columns, so the same lines go
// to the terminal and, in a code block, to bench/README.md.
import {conditions} from './chromium.js';
import type {LoadResult} from './load.js';
import {formatSummary, median, quantile} from './stats.js';

export interface Variant {
  label: string;
  /** One per round, in round order, so two variants' loads of one round pair up. */
  loads: LoadResult[];
}

export interface Counted {
  count: number;
  variant: Variant;
}

/** One browser's run. */
export interface BrowserResults {
  browser: 'Chromium' | 'Firefox';
  rounds: number;
  extraRounds: number;
  main: {
    widget: Variant;
    preRendered: Variant;
    staticTwin: Variant;
    noGuide: Variant;
    litPeer: Variant;
    vanillaPeer: Variant;
  };
  spanish: {english: Variant; spanish: Variant; spanishPreload: Variant};
  /** <risk-list> × N: the guide's, the plain Lit peer's, the static twin's; loaded in one interleaved group. */
  instances: Counted[];
  litInstances: Counted[];
  staticInstances: Counted[];
  switched: Variant;
}

/** A script's size against its budget (tools/size.ts), in bytes. */
export interface Size {
  file: string;
  brotli: number;
  brotliBudget: number;
  gzip: number;
  gzipBudget: number;
}

export interface Results {
  runs: BrowserResults[];
  sizes: Size[];
}

export interface Goal {
  browser: string;
  text: string;
  /** Null when the run did not measure what the goal needs (e.g. no 500-instance page). */
  met: boolean | null;
  measured: string;
}

type Pick = (load: LoadResult) => number | null;

const measured = (loads: readonly LoadResult[], pick: Pick) =>
  loads.map(pick).filter((value): value is number => value !== null && Number.isFinite(value));
const middle = (variant: Variant, pick: Pick) => median(measured(variant.loads, pick));
const cell = (variant: Variant, pick: Pick) => formatSummary(variant.loads.map(pick));
const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const range = (values: readonly number[]) => (values.length ? `${Math.min(...values)}–${Math.max(...values)}` : '—');
const row = (cells: string[], widths: number[]) =>
  cells
    .map((text, i) => text.padEnd(widths[i]))
    .join('  ')
    .trimEnd();

const lcp: Pick = (load) => load.lcp;
const shownAt: Pick = (load) => load.frames?.allShown ?? null;
const englishFrames: Pick = (load) => load.frames?.english ?? null;
const workToLcp: Pick = (load) => load.workToLcp;
/** The longest task running the page's own script; where that is unknown (Firefox), the page's longest. */
const ownTask: Pick = (load) => load.guideLongestTask ?? load.longestTask;

/** The middle half of per-round values, as "(per round a–b)". */
function spread(values: readonly number[], digits = 2): string {
  const finite = values.filter(Number.isFinite);
  return finite.length
    ? `(per round ${fixed(quantile(finite, 0.25), digits)}–${fixed(quantile(finite, 0.75), digits)})`
    : '';
}

/** Per-round values of `combine` over two variants' loads of the same round. */
function perRound(a: Variant, b: Variant, pick: Pick, combine: (x: number, y: number) => number): number[] {
  return a.loads.map((load, round) => {
    const [x, y] = [pick(load), b.loads[round] ? pick(b.loads[round]) : null];
    return x === null || y === null ? NaN : combine(x, y);
  });
}

/**
 * A ratio of medians, and the middle half of the same ratio taken round by round: the two
 * loads of a round ran minutes apart at most, so the per-round ratio cancels slow drift.
 */
function ratio(a: Variant, b: Variant, pick: Pick): {value: number; text: string} {
  const value = middle(a, pick) / middle(b, pick);
  const rounds = perRound(a, b, pick, (x, y) => (y > 0 ? x / y : NaN));
  return {value, text: `${fixed(value)}  ${spread(rounds)}`.trimEnd()};
}

/** A difference of medians in ms, and its middle half round by round. */
function difference(a: Variant, b: Variant, pick: Pick): {value: number; text: string} {
  const value = middle(a, pick) - middle(b, pick);
  const rounds = perRound(a, b, pick, (x, y) => x - y);
  const sign = (n: number) => (n >= 0 ? `+${fixed(n, 0)}` : fixed(n, 0));
  return {
    value,
    text: `${sign(value)} ms ${spread(rounds, 0)} (${fixed(middle(a, pick), 0)} vs ${fixed(middle(b, pick), 0)})`,
  };
}

const at = (counted: readonly Counted[], count: number) => counted.find((each) => each.count === count)?.variant;

/**
 * The main-thread work each instance added, from `from` to `to` instances: work from the script's
 * arrival to every element ready, per added element. Medians; and round by round.
 */
function perInstance(run: BrowserResults, from: number, to: number): {value: number; rounds: number[]} | undefined {
  const [a, b] = [at(run.instances, from), at(run.instances, to)];
  if (!a || !b) return undefined;
  const pick: Pick = (load) => load.workToReady;
  return {
    value: (middle(b, pick) - middle(a, pick)) / (to - from),
    rounds: perRound(b, a, pick, (y, x) => (y - x) / (to - from)),
  };
}

/** Issue 20's goals for one browser's run, each from two pages measured in that run. */
export function goals(run: BrowserResults, sizes: readonly Size[] = []): Goal[] {
  const {widget, preRendered, staticTwin, litPeer, vanillaPeer} = run.main;
  const goal = (text: string, met: boolean | null, measuredText: string): Goal => ({
    browser: run.browser,
    text,
    met,
    measured: measuredText,
  });
  const list: Goal[] = [];
  // LCP times the guide only when the guide's text is the largest paint; say so when it was not.
  const lcpCaveat = (...variants: Variant[]) =>
    variants
      .map((variant) => {
        const elsewhere = variant.loads.filter((load) => load.lcpInGuide === false).length;
        return elsewhere
          ? `; LCP was the page's own text in ${elsewhere}/${variant.loads.length} ${variant.label} loads`
          : '';
      })
      .join('');

  const widgetLcp = ratio(widget, litPeer, lcp);
  list.push(
    goal(
      "widget LCP <= 1.00 x the plain Lit peer's",
      widgetLcp.value <= 1,
      widgetLcp.text + lcpCaveat(widget, litPeer),
    ),
  );
  const work = ratio(widget, vanillaPeer, workToLcp);
  list.push(
    goal(
      "main thread from the script's arrival to LCP <= 1.2 x the vanilla peer's",
      Number.isFinite(work.value) ? work.value <= 1.2 : null,
      work.text,
    ),
  );

  // The guide's longest task against the Lit peer's, at 1, 3 (the side-by-side page) and the most instances.
  const most = Math.max(...run.instances.map(({count}) => count));
  const fewest = Math.min(...run.instances.map(({count}) => count));
  const pairs: [string, Variant | undefined, Variant | undefined][] = [
    [String(fewest), at(run.instances, fewest), at(run.litInstances, fewest)],
    ['3', widget, litPeer],
    [String(most), at(run.instances, most), at(run.litInstances, most)],
  ];
  const whose = run.browser === 'Firefox' ? "the page's longest busy stretch" : "the guide's longest task";
  for (const [count, guide, peer] of pairs) {
    if (!guide || !peer) continue;
    const gap = difference(guide, peer, ownTask);
    list.push(goal(`${whose} <= the Lit peer's + 10 ms, ${count} instance(s)`, gap.value <= 10, gap.text));
  }

  const [low, high] = [perInstance(run, 1, 100), perInstance(run, 100, 500)];
  if (low && high) {
    const flat = high.value / low.value;
    const rounds = high.rounds.map((value, round) => value / low.rounds[round]);
    list.push(
      goal(
        'work per added instance, 100 to 500 <= 1.5 x 1 to 100',
        flat <= 1.5,
        `${fixed(flat)}  ${spread(rounds)} (${fixed(high.value, 2)} vs ${fixed(low.value, 2)} ms per instance)`,
      ),
    );
  } else
    list.push(
      goal('work per added instance, 100 to 500 <= 1.5 x 1 to 100', null, 'needs --instances with 1, 100 and 500'),
    );
  const [guideMost, staticMost] = [at(run.instances, most), at(run.staticInstances, most)];
  if (guideMost && staticMost) {
    const longest = ratio(guideMost, staticMost, (load) => load.longestTask);
    list.push(
      goal(
        `the page's longest task, ${most} instances <= 0.2 x the ${most}-copy static twin's`,
        longest.value <= 0.2,
        longest.text,
      ),
    );
  }

  const {english, spanish, spanishPreload} = run.spanish;
  const toSpanish = ratio(spanishPreload, english, shownAt);
  list.push(goal('preloaded Spanish shown <= 1.05 x English shown', toSpanish.value <= 1.05, toSpanish.text));
  const spanishLoads = [...spanish.loads, ...spanishPreload.loads];
  const mostEnglish = Math.max(...measured(spanishLoads, englishFrames));
  list.push(
    goal(
      '0 English frames on a Spanish page',
      mostEnglish === 0,
      `at most ${fixed(mostEnglish, 0)} in any of ${spanishLoads.length} loads, with or without the preload`,
    ),
  );
  const renders = spanishLoads.flatMap((load) => load.renders ?? []);
  list.push(
    goal(
      'one render per element on a Spanish page',
      renders.length > 0 && renders.every((count) => count === 1),
      `renders per element ${range(renders)} in ${spanishLoads.length} loads`,
    ),
  );

  const preRenderedLcp = ratio(preRendered, staticTwin, lcp);
  list.push(
    goal(
      'pre-rendered/static LCP <= 1.0',
      preRenderedLcp.value <= 1,
      preRenderedLcp.text + lcpCaveat(preRendered, staticTwin),
    ),
  );

  if (sizes.length) {
    const worst = Math.max(...sizes.flatMap((size) => [size.brotli / size.brotliBudget, size.gzip / size.gzipBudget]));
    list.push(
      goal(
        'every script within its size budget (tools/size.ts)',
        worst <= 1,
        sizes.map((size) => `${size.file} ${fixed(size.brotli / size.brotliBudget)}`).join(', ') + ' of brotli budget',
      ),
    );
  }
  return list;
}

/** Where the widget's time goes, beside its peers': when the script arrived, then what it took to paint. */
function whereTheTimeGoes(run: BrowserResults): string[] {
  const {widget, litPeer, vanillaPeer, staticTwin} = run.main;
  const ms = (value: number) => fixed(value, 0);
  const line = (variant: Variant) => {
    const [asked, arrived, paint, work] = [
      middle(variant, (load) => load.arrivals.bundleAsked),
      middle(variant, (load) => load.arrivals.bundle),
      middle(variant, lcp),
      middle(variant, workToLcp),
    ];
    return row(
      [
        `  ${variant.label}`,
        `${ms(asked)}, ${ms(arrived)} (${ms(arrived - asked)} ms)`,
        `${ms(paint)} (+${ms(paint - arrived)})`,
        ms(work),
      ],
      [30, 24, 16, 10],
    );
  };
  return [
    'Where the time goes (medians, ms from navigation start)',
    row(['  page', 'script asked for, here', 'LCP (after it)', 'main thread, script to LCP'], [30, 24, 16, 10]),
    line(widget),
    line(litPeer),
    line(vanillaPeer),
    `  static twin: HTML here ${ms(middle(staticTwin, (load) => load.arrivals.html))}, ` +
      `LCP ${ms(middle(staticTwin, lcp))}`,
  ];
}

export function table(results: Results): string {
  // The sizes are the same for every browser: judged once, with the first.
  return results.runs.map((run, i) => runTable(run, i ? [] : results.sizes)).join('\n\n');
}

/** Every goal of every browser's run. */
export function allGoals(results: Results): Goal[] {
  return results.runs.flatMap((run, i) => goals(run, i ? [] : results.sizes));
}

function runTable(run: BrowserResults, sizes: readonly Size[]): string {
  const {widget, preRendered, staticTwin, noGuide, litPeer, vanillaPeer} = run.main;
  const {cpuSlowdown, latencyMs, downloadBitsPerSecond, viewport} = conditions;
  const encodings = [...new Set(widget.loads.flatMap((load) => load.encodings))].join(', ') || 'uncompressed';
  const chromium = run.browser === 'Chromium';
  const lines = [
    `${run.browser}: cold loads, interleaved; ` +
      (chromium
        ? `CPU ${cpuSlowdown}x slower, ${latencyMs} ms latency, ${downloadBitsPerSecond / 1e6} Mbps down (DevTools); `
        : `CPU not slowed, ${latencyMs} ms latency, ` +
          `${downloadBitsPerSecond / 1e6} Mbps down per response (the server); `) +
      `${viewport.width}x${viewport.height} viewport; served ${encodings}.`,
    'Each cell: median (p25–p75). Times in ms from navigation start; KB as sent, compressed.' +
      (chromium ? '' : ' Tasks: busy stretches seen by the probe.'),
    '',
    `Side by side, ${run.rounds} rounds`,
  ];
  const widths = [26, 15, 13, 13, 13, 11, 15, 5];
  lines.push(
    row(
      ['page', 'LCP', 'longest task', chromium ? "script's task" : '', 'work to LCP', 'over 50 ms', 'ready', 'KB'],
      widths,
    ),
  );
  for (const variant of [widget, litPeer, vanillaPeer, preRendered, staticTwin, noGuide]) {
    lines.push(
      row(
        [
          variant.label,
          cell(variant, lcp),
          cell(variant, (load) => load.longestTask),
          chromium ? cell(variant, (load) => load.guideLongestTask) : '',
          cell(variant, workToLcp),
          cell(variant, (load) => load.blocking),
          cell(variant, (load) => load.ready),
          fixed(
            middle(variant, (load) => load.bytes / 1024),
            1,
          ),
        ],
        widths,
      ),
    );
  }
  const inGuide = (variant: Variant) =>
    `${variant.loads.filter((load) => load.lcpInGuide).length}/${variant.loads.length}`;
  lines.push(
    '',
    'Ratios of medians:',
    `  widget / plain Lit peer LCP     ${ratio(widget, litPeer, lcp).text}`,
    `  widget / vanilla peer LCP       ${ratio(widget, vanillaPeer, lcp).text}`,
    `  widget / static LCP             ${ratio(widget, staticTwin, lcp).text}`,
    `  pre-rendered / static LCP       ${ratio(preRendered, staticTwin, lcp).text}`,
    `  static / no guide LCP           ${ratio(staticTwin, noGuide, lcp).text}`,
    `  LCP was the guide's text in     widget ${inGuide(widget)}, Lit peer ${inGuide(litPeer)}, ` +
      `vanilla peer ${inGuide(vanillaPeer)}, pre-rendered ${inGuide(preRendered)}, static ${inGuide(staticTwin)} loads`,
    '',
    ...whereTheTimeGoes(run),
  );

  const {english, spanish, spanishPreload} = run.spanish;
  lines.push('', `Spanish page (lang="es", script tag), ${run.extraRounds} rounds`);
  const spanishWidths = [26, 15, 13, 12, 17, 17];
  lines.push(row(['page', 'English frames', 'blank frames', 'renders/el.', 'all shown', 'ready'], spanishWidths));
  for (const variant of [english, spanish, spanishPreload]) {
    lines.push(
      row(
        [
          variant.label,
          variant === english ? '—' : cell(variant, englishFrames),
          cell(variant, (load) => load.frames?.blank ?? null),
          range(variant.loads.flatMap((load) => load.renders ?? [])),
          cell(variant, shownAt),
          cell(variant, (load) => load.ready),
        ],
        spanishWidths,
      ),
    );
  }
  lines.push(
    `  Spanish shown / English shown, without the modulepreload  ${ratio(spanish, english, shownAt).text}`,
    `  Spanish shown / English shown, with it                    ${ratio(spanishPreload, english, shownAt).text}`,
  );

  lines.push('', `<risk-list> instances on one page, ${run.extraRounds} rounds`);
  const instanceWidths = [18, 15, 15, 15, 17, 17];
  lines.push(
    row(['page', 'LCP', 'longest task', chromium ? "script's task" : '', 'work to ready', 'ready'], instanceWidths),
  );
  const instanceRow = (label: string, variant: Variant) =>
    row(
      [
        label,
        cell(variant, lcp),
        cell(variant, (load) => load.longestTask),
        chromium ? cell(variant, (load) => load.guideLongestTask) : '',
        cell(variant, (load) => load.workToReady),
        cell(variant, (load) => load.ready),
      ],
      instanceWidths,
    );
  for (const {count, variant} of run.instances) lines.push(instanceRow(`guide x${count}`, variant));
  for (const {count, variant} of run.litInstances) lines.push(instanceRow(`Lit peer x${count}`, variant));
  for (const {count, variant} of run.staticInstances) lines.push(instanceRow(`static x${count}`, variant));
  let previous: {count: number; work: number} | undefined;
  const added: string[] = [];
  for (const {count, variant} of run.instances) {
    const work = middle(variant, (load) => load.workToReady);
    if (previous)
      added.push(`${previous.count}→${count}: ${fixed((work - previous.work) / (count - previous.count), 2)}`);
    previous = {count, work};
  }
  lines.push(`  guide's work to ready per added instance, ms: ${added.join(', ') || '—'}`);

  const switches = run.switched.loads.map((load) => load.switched!);
  const switchCell = (pick: (switched: NonNullable<LoadResult['switched']>) => number | null) =>
    formatSummary(switches.map(pick));
  lines.push(
    '',
    `Live locale switch: 3 elements from en to es by setting \`locale\`, chunk not loaded yet, ` +
      `${run.extraRounds} rounds`,
    `  all show Spanish after  ${switchCell((switched) => switched.allShown)} ms`,
    `  updateComplete after    ${switchCell((switched) => switched.ready)} ms`,
    `  longest task            ${switchCell((switched) => switched.longestTask)} ms`,
    `  renders per element     ${range(switches.flatMap((switched) => switched.renders))}`,
  );

  const variants = [
    ...Object.values(run.main),
    ...Object.values(run.spanish),
    ...[...run.instances, ...run.litInstances, ...run.staticInstances].map(({variant}) => variant),
    run.switched,
  ];
  const troubled = variants.filter((variant) => variant.loads.some((load) => load.problems.length));
  const loadCount = variants.reduce((sum, variant) => sum + variant.loads.length, 0);
  lines.push(
    '',
    troubled.length
      ? `Console errors and warnings: ${troubled
          .map((variant) => `${variant.label}: ${variant.loads.find((load) => load.problems.length)!.problems[0]}`)
          .join('; ')}`
      : `Console errors and warnings: none in ${loadCount} loads`,
  );

  lines.push('', `Goals (issue 20), ${run.browser}:`);
  for (const goal of goals(run, sizes)) {
    const verdict = goal.met === null ? 'not measured' : goal.met ? 'met' : 'NOT met';
    lines.push(`  [${verdict}] ${goal.text}: ${goal.measured}`);
  }
  return lines.join('\n');
}
