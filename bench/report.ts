// The bench's table: medians with the middle half, the ratios the issue's goals are about, and a
// line per goal, met or not. Plain text, at most 120 columns, so the same lines go to the
// terminal and, in a code block, to bench/README.md.
import {conditions, type LoadResult} from './chromium.js';
import {formatSummary, median, quantile} from './stats.js';

export interface Variant {
  label: string;
  /** One per round, in round order, so two variants' loads of one round pair up. */
  loads: LoadResult[];
}

export interface Results {
  rounds: number;
  extraRounds: number;
  main: {widget: Variant; preRendered: Variant; staticTwin: Variant; noGuide: Variant};
  spanish: {english: Variant; spanish: Variant; spanishPreload: Variant};
  instances: {count: number; variant: Variant}[];
  switched: Variant;
}

export interface Goal {
  text: string;
  met: boolean;
  measured: string;
}

type Pick = (load: LoadResult) => number | null;

const measured = (loads: readonly LoadResult[], pick: Pick) =>
  loads.map(pick).filter((value): value is number => value !== null && Number.isFinite(value));
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

/**
 * A ratio of medians, and the middle half of the same ratio taken round by round: the two
 * loads of a round ran minutes apart at most, so the per-round ratio cancels slow drift.
 */
function ratio(a: Variant, b: Variant, pick: Pick): {value: number; text: string} {
  const value = median(measured(a.loads, pick)) / median(measured(b.loads, pick));
  const perRound = a.loads
    .map((load, round) => {
      const [x, y] = [pick(load), b.loads[round] ? pick(b.loads[round]) : null];
      return x === null || y === null || y <= 0 ? NaN : x / y;
    })
    .filter(Number.isFinite);
  const spread = perRound.length
    ? `  (per round ${fixed(quantile(perRound, 0.25))}–${fixed(quantile(perRound, 0.75))})`
    : '';
  return {value, text: `${fixed(value)}${spread}`};
}

export function goals(results: Results): Goal[] {
  const {widget, preRendered, staticTwin} = results.main;
  const widgetLcp = ratio(widget, staticTwin, lcp).value;
  const preRenderedLcp = ratio(preRendered, staticTwin, lcp).value;
  const guideTask = (variant: Variant) => median(measured(variant.loads, (load) => load.guideLongestTask));
  const [widgetTask, preRenderedTask] = [guideTask(widget), guideTask(preRendered)];
  const spanishLoads = [...results.spanish.spanish.loads, ...results.spanish.spanishPreload.loads];
  const mostEnglish = Math.max(...measured(spanishLoads, englishFrames));
  // LCP times the guide only when the guide's text is the largest paint; say so when it was not.
  const lcpCaveat = (variant: Variant) => {
    const elsewhere = variant.loads.filter((load) => load.lcpInGuide === false).length;
    return elsewhere
      ? `; LCP was the page's own text in ${elsewhere}/${variant.loads.length} ${variant.label} loads`
      : '';
  };
  return [
    {
      text: 'widget/static LCP <= 1.4',
      met: widgetLcp <= 1.4,
      measured: fixed(widgetLcp) + lcpCaveat(widget) + lcpCaveat(staticTwin),
    },
    {
      text: 'pre-rendered/static LCP <= 1.1',
      met: preRenderedLcp <= 1.1,
      measured: fixed(preRenderedLcp) + lcpCaveat(preRendered) + lcpCaveat(staticTwin),
    },
    {
      text: "the guide's longest main-thread task <= 50 ms at 4x CPU",
      met: widgetTask <= 50 && preRenderedTask <= 50,
      measured: `median ${fixed(widgetTask, 0)} ms widget, ${fixed(preRenderedTask, 0)} ms pre-rendered`,
    },
    {
      text: '0 English frames on a Spanish page',
      met: mostEnglish === 0,
      measured: `at most ${fixed(mostEnglish, 0)} in any of ${spanishLoads.length} loads, with or without the preload`,
    },
  ];
}

/**
 * Why the widget's ratio is what it is, in the run's own figures: the static twin has its text
 * once its HTML is here; the widget has it only once the browser, having read the HTML, has asked
 * for the bundle and received it, a round trip and its bytes later. What 1.4 leaves after that
 * is the time the bundle has to run and be painted.
 */
function whereTheTimeGoes(widget: Variant, staticTwin: Variant): string[] {
  const at = (variant: Variant, pick: Pick) => median(measured(variant.loads, pick));
  const ms = (value: number) => fixed(value, 0);
  const [widgetHtml, asked, arrived, widgetLcp] = [
    at(widget, (load) => load.arrivals.html),
    at(widget, (load) => load.arrivals.bundleAsked),
    at(widget, (load) => load.arrivals.bundle),
    at(widget, lcp),
  ];
  const [staticHtml, staticLcp] = [at(staticTwin, (load) => load.arrivals.html), at(staticTwin, lcp)];
  return [
    "Where the widget's time goes (medians, ms from navigation start)",
    `  HTML here                  widget page ${ms(widgetHtml)}, static twin ${ms(staticHtml)}`,
    `  bundle asked for, here     ${ms(asked)}, ${ms(arrived)} (${ms(arrived - asked)} ms: ` +
      `${conditions.latencyMs} ms latency, then its bytes)`,
    `  LCP                        widget ${ms(widgetLcp)}, ${ms(widgetLcp - arrived)} after its bundle is here; ` +
      `static twin ${ms(staticLcp)}, ${ms(staticLcp - staticHtml)} after its HTML`,
    `  1.4 x static twin LCP      ${ms(1.4 * staticLcp)}: ${ms(1.4 * staticLcp - arrived)} ms after the bundle ` +
      'is here, to run it and paint',
  ];
}

export function table(results: Results): string {
  const {widget, preRendered, staticTwin, noGuide} = results.main;
  const {cpuSlowdown, latencyMs, downloadBitsPerSecond, viewport} = conditions;
  const encodings = [...new Set(widget.loads.flatMap((load) => load.encodings))].join(', ') || 'uncompressed';
  const lines = [
    `Cold loads, interleaved; CPU ${cpuSlowdown}x slower, ${latencyMs} ms latency, ` +
      `${downloadBitsPerSecond / 1e6} Mbps down; ${viewport.width}x${viewport.height} mobile viewport; ` +
      `served ${encodings}.`,
    'Each cell: median (p25–p75). Times in ms from navigation start; KB as sent, compressed.',
    '',
    `Side by side, ${results.rounds} rounds`,
  ];

  const widths = [26, 16, 15, 15, 12, 16, 5];
  lines.push(row(['page', 'LCP', 'longest task', "guide's task", 'over 50 ms', 'ready', 'KB'], widths));
  for (const variant of [widget, preRendered, staticTwin, noGuide]) {
    const cells = [
      variant.label,
      cell(variant, lcp),
      cell(variant, (load) => load.longestTask),
      cell(variant, (load) => load.guideLongestTask),
      cell(variant, (load) => load.blocking),
      cell(variant, (load) => load.ready),
      fixed(median(measured(variant.loads, (load) => load.bytes / 1024)), 1),
    ];
    lines.push(row(cells, widths));
  }
  const inGuide = (variant: Variant) =>
    `${variant.loads.filter((load) => load.lcpInGuide).length}/${variant.loads.length}`;
  lines.push(
    '',
    'Ratios of medians:',
    `  widget / static LCP          ${ratio(widget, staticTwin, lcp).text}`,
    `  pre-rendered / static LCP    ${ratio(preRendered, staticTwin, lcp).text}`,
    `  static / no guide LCP        ${ratio(staticTwin, noGuide, lcp).text}`,
    `  widget / no guide LCP        ${ratio(widget, noGuide, lcp).text}`,
    `  LCP was the guide's text in  widget ${inGuide(widget)}, pre-rendered ${inGuide(preRendered)}, ` +
      `static ${inGuide(staticTwin)} loads`,
  );

  lines.push('', ...whereTheTimeGoes(widget, staticTwin));

  const {english, spanish, spanishPreload} = results.spanish;
  lines.push('', `Spanish page (lang="es", script tag), ${results.extraRounds} rounds`);
  const spanishWidths = [26, 15, 13, 12, 17, 17];
  lines.push(row(['page', 'English frames', 'blank frames', 'renders/el.', 'all shown', 'ready'], spanishWidths));
  for (const variant of [english, spanish, spanishPreload]) {
    const cells = [
      variant.label,
      variant === english ? '—' : cell(variant, englishFrames),
      cell(variant, (load) => load.frames?.blank ?? null),
      range(variant.loads.flatMap((load) => load.renders ?? [])),
      cell(variant, shownAt),
      cell(variant, (load) => load.ready),
    ];
    lines.push(row(cells, spanishWidths));
  }
  const mostEnglish = (variant: Variant) => fixed(Math.max(...measured(variant.loads, englishFrames)), 0);
  lines.push(
    `  English frames, most in one load: ${mostEnglish(spanish)} without the modulepreload, ` +
      `${mostEnglish(spanishPreload)} with it`,
    `  Spanish shown / English shown, without the modulepreload  ${ratio(spanish, english, shownAt).text}`,
    `  Spanish shown / English shown, with it                    ${ratio(spanishPreload, english, shownAt).text}`,
  );

  lines.push('', `<risk-list> instances on one page (script tag), ${results.extraRounds} rounds`);
  const instanceWidths = [10, 17, 17, 17, 17, 22];
  lines.push(row(['instances', 'LCP', 'longest task', "guide's task", 'ready', 'ready, ms/instance'], instanceWidths));
  let previous: {count: number; ready: number} | undefined;
  for (const {count, variant} of results.instances) {
    const ready = median(measured(variant.loads, (load) => load.ready));
    // The cost of each instance added since the row above: flat when the guide scales.
    const perInstance = previous
      ? `${fixed((ready - previous.ready) / (count - previous.count), 1)} (from ${previous.count})`
      : '—';
    const cells = [
      String(count),
      cell(variant, lcp),
      cell(variant, (load) => load.longestTask),
      cell(variant, (load) => load.guideLongestTask),
      cell(variant, (load) => load.ready),
      perInstance,
    ];
    lines.push(row(cells, instanceWidths));
    previous = {count, ready};
  }

  const switches = results.switched.loads.map((load) => load.switched!);
  const switchCell = (pick: (switched: NonNullable<LoadResult['switched']>) => number) =>
    formatSummary(switches.map(pick));
  lines.push(
    '',
    `Live locale switch: 3 elements from en to es by setting \`locale\`, chunk not loaded yet, ` +
      `${results.extraRounds} rounds`,
    `  all show Spanish after  ${switchCell((switched) => switched.allShown)} ms`,
    `  updateComplete after    ${switchCell((switched) => switched.ready)} ms`,
    `  longest task            ${switchCell((switched) => switched.longestTask)} ms`,
    `  renders per element     ${range(switches.flatMap((switched) => switched.renders))}`,
  );

  const variants = [
    ...Object.values(results.main),
    ...Object.values(results.spanish),
    ...results.instances.map(({variant}) => variant),
    results.switched,
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

  lines.push('', 'Goals (issue 11):');
  for (const goal of goals(results)) lines.push(`  [${goal.met ? 'met' : 'NOT met'}] ${goal.text}: ${goal.measured}`);
  return lines.join('\n');
}
