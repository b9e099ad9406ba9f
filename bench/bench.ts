// `npm run bench`: the guide's cost to a page, against what a page would use instead (a plain Lit
// peer, a vanilla custom element: peers.ts) and the same page with the guide's text as static
// HTML, each measured in the same run, in Chromium and in Firefox, as issue 20 asks.
// bench/README.md says what each number means and how it is measured.
//
//   npm run bench -- [--rounds 10] [--extra-rounds 5] [--instances 1,10,100,500]
//                    [--browsers chromium,firefox] [--readme] [--json results.json] [--check]
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import type {Browser} from 'puppeteer-core';
import {findBrowsers} from '../tools/browsers.mjs';
import {conditions, launchChromium, measureLoad} from './chromium.js';
import {launchFirefox, measureLoadFirefox} from './firefox.js';
import type {LoadResult, ObserverConfig} from './load.js';
import {generatePages, type Page, type PageSet} from './pages.js';
import {allGoals, table, type BrowserResults, type Results, type Size, type Variant} from './report.js';
import {startServer, type BenchServer} from './server.js';

const usage = `Usage: npm run bench -- [options]

  --rounds <n>         rounds of the side-by-side pages (default 10)
  --extra-rounds <n>   rounds of the Spanish pages, the instance pages and the locale switch (default 5)
  --instances <list>   how many <risk-list> elements on the instance pages (default 1,10,100,500)
  --browsers <list>    chromium, firefox or both (default chromium,firefox)
  --settle <ms>        wait after a page is ready, for its last paint to reach LCP (default 300)
  --readme             write the table, date and machine into bench/README.md
  --json <file>        write every load's figures to <file>
  --check              exit 1 when a goal is not met`;

const {values: options} = parseArgs({
  options: {
    rounds: {type: 'string', default: '10'},
    'extra-rounds': {type: 'string', default: '5'},
    instances: {type: 'string', default: '1,10,100,500'},
    browsers: {type: 'string', default: 'chromium,firefox'},
    settle: {type: 'string', default: '300'},
    readme: {type: 'boolean'},
    json: {type: 'string'},
    check: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  },
});
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const whole = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: --${name} must be a whole number >= 1`);
  return value;
};
const rounds = whole('rounds', options.rounds);
const extraRounds = whole('extra-rounds', options['extra-rounds']);
const settleMs = whole('settle', options.settle);
const instanceCounts = [...new Set(options.instances.split(',').map((count) => whole('instances', count)))].sort(
  (a, b) => a - b,
);
const browserNames = options.browsers.split(',').map((name) => name.trim());
for (const name of browserNames) {
  if (name !== 'chromium' && name !== 'firefox')
    throw new Error(`bench: --browsers takes chromium and/or firefox, not ${name}`);
}
const found = findBrowsers();
for (const name of browserNames as ('chromium' | 'firefox')[]) {
  if (!found[name]) throw new Error(`bench: no ${name} found (see node tools/browsers.mjs)`);
}

const started = performance.now();
const pages = await generatePages(instanceCounts);
const allPages: Page[] = [
  pages.widget,
  pages.preRendered,
  pages.staticTwin,
  pages.noGuide,
  pages.litPeer,
  pages.vanillaPeer,
  pages.spanish,
  pages.spanishPreload,
  ...pages.instances.values(),
  ...pages.litInstances.values(),
  ...pages.staticInstances.values(),
];
const served = new Map(allPages.map((page) => [page.name, page.html]));
const sizes = measureSizes();

let loadCount = 0;
const runs: BrowserResults[] = [];
const versions: string[] = [];
for (const name of browserNames) {
  const firefox = name === 'firefox';
  // Firefox's network is shaped by the server (firefox.ts); Chromium's by DevTools.
  const server = await startServer(served, 'dist', {
    scripts: pages.scripts,
    shaping: firefox
      ? {latencyMs: conditions.latencyMs, bytesPerSecond: conditions.downloadBitsPerSecond / 8}
      : undefined,
  });
  const browser = firefox ? await launchFirefox(found.firefox!) : await launchChromium(found.chromium!);
  try {
    versions.push(await browser.version());
    runs.push(await run(firefox ? 'Firefox' : 'Chromium', browser, server, pages));
  } finally {
    await browser.close();
    await server.close();
  }
}

const results: Results = {runs, sizes};
const seconds = (performance.now() - started) / 1000;
const machine = describeMachine(versions);
const command = commandLine(process.argv.slice(2));
const text = table(results);
process.stderr.write(`\nbench: ${loadCount} loads in ${seconds.toFixed(0)} s\n\n`);
console.log(`bone-marrow-guide bench, ${new Date().toISOString()}\n${machine}\n\n${text}`);
if (options.json) writeFileSync(options.json, `${JSON.stringify({machine, seconds, results}, null, 2)}\n`);
if (options.readme) writeReadme(text, machine, command, seconds);
if (options.check && allGoals(results).some((goal) => goal.met === false)) process.exitCode = 1;

/** Every group of pages in one browser. */
async function run(
  label: 'Chromium' | 'Firefox',
  browser: Browser,
  server: BenchServer,
  set: PageSet,
): Promise<BrowserResults> {
  const measure = label === 'Firefox' ? measureLoadFirefox : measureLoad;
  async function load(
    page: Page,
    config: Omit<ObserverConfig, 'scripted'> = {},
    switchTo?: string,
  ): Promise<LoadResult> {
    const url = `${server.origin}/pages/${page.name}.html`;
    server.takeTraffic();
    const result = await measure(
      browser,
      url,
      {scripted: page.script !== null, ...config},
      {settleMs, switchTo, script: page.script},
    );
    const {bytes, encodings} = server.takeTraffic();
    loadCount++;
    return {...result, bytes, encodings: [...encodings]};
  }

  /**
   * N rounds of every variant, each round in a different order (A B C D, then B C D A, ...), so
   * whatever drifts during the run (a background job, a warming CPU) falls on all of them alike.
   */
  async function interleaved(
    variants: {label: string; page: Page; config?: Omit<ObserverConfig, 'scripted'>; switchTo?: string}[],
    count: number,
  ): Promise<Variant[]> {
    const results: Variant[] = variants.map(({label}) => ({label, loads: []}));
    for (let round = 0; round < count; round++) {
      for (let i = 0; i < variants.length; i++) {
        const index = (round + i) % variants.length;
        const {page, config, switchTo} = variants[index];
        results[index].loads[round] = await load(page, config, switchTo);
      }
      process.stderr.write(`.`);
    }
    return results;
  }

  // One load that counts for nothing: the browser's first renderer and its own pages start here.
  await load(set.widget);

  process.stderr.write(`bench: ${label}, side by side, ${rounds} rounds `);
  const [widget, litPeer, vanillaPeer, preRendered, staticTwin, noGuide] = await interleaved(
    [
      {label: 'script-tag widget', page: set.widget},
      {label: 'plain Lit peer', page: set.litPeer},
      {label: 'vanilla peer', page: set.vanillaPeer},
      {label: 'pre-rendered + hydrating', page: set.preRendered},
      {label: 'static twin (no script)', page: set.staticTwin},
      {label: 'no guide', page: set.noGuide},
    ],
    rounds,
  );

  // The English reference is the widget page, loaded in the same rounds and with the same
  // observers as the Spanish ones, so "Spanish shows later than English" compares like with like.
  process.stderr.write(`\nbench: ${label}, Spanish, ${extraRounds} rounds `);
  const [english, spanish, spanishPreload] = await interleaved(
    [
      {label: 'English page (reference)', page: set.widget, config: {countRenders: true, sampleFrames: 'en'}},
      {label: 'Spanish', page: set.spanish, config: {countRenders: true, sampleFrames: 'es'}},
      {label: 'Spanish + modulepreload', page: set.spanishPreload, config: {countRenders: true, sampleFrames: 'es'}},
    ],
    extraRounds,
  );

  // The guide's, the Lit peer's and the static twin's instance pages in one group, so the goals
  // that compare them compare loads of the same rounds.
  process.stderr.write(`\nbench: ${label}, instances, ${extraRounds} rounds `);
  const groups = [
    ...[...set.instances].map(([count, page]) => ({kind: 'guide', count, label: `guide x${count}`, page})),
    ...[...set.litInstances].map(([count, page]) => ({kind: 'lit', count, label: `Lit peer x${count}`, page})),
    ...[...set.staticInstances].map(([count, page]) => ({kind: 'static', count, label: `static x${count}`, page})),
  ];
  const instanceVariants = await interleaved(groups, extraRounds);
  const counted = (kind: string) =>
    groups.flatMap((group, i) => (group.kind === kind ? [{count: group.count, variant: instanceVariants[i]}] : []));

  process.stderr.write(`\nbench: ${label}, locale switch, ${extraRounds} rounds `);
  const [switched] = await interleaved(
    [{label: 'switch', page: set.widget, config: {countRenders: true, switchLocale: true}, switchTo: 'es'}],
    extraRounds,
  );
  process.stderr.write('\n');

  return {
    browser: label,
    rounds,
    extraRounds,
    main: {widget, preRendered, staticTwin, noGuide, litPeer, vanillaPeer},
    spanish: {english, spanish, spanishPreload},
    instances: counted('guide'),
    litInstances: counted('lit'),
    staticInstances: counted('static'),
    switched,
  };
}

/** `npm run size`'s figures and budgets for each script, as it prints them. */
function measureSizes(): Size[] {
  const {stdout, status} = spawnSync(process.execPath, ['--import', 'tsx', 'tools/size.ts'], {encoding: 'utf8'});
  const kib = (text: string) => Math.round(Number(text) * 1024);
  const sizes = [
    ...stdout.matchAll(
      /^size: (\S+): [\d.]+ KiB minified, ([\d.]+) KiB brotli \(budget ([\d.]+) KiB\), ([\d.]+) KiB gzip \(budget ([\d.]+) KiB\)$/gm,
    ),
  ].map(([, file, brotli, brotliBudget, gzip, gzipBudget]) => ({
    file,
    brotli: kib(brotli),
    brotliBudget: kib(brotliBudget),
    gzip: kib(gzip),
    gzipBudget: kib(gzipBudget),
  }));
  if (!sizes.length) throw new Error(`bench: tools/size.ts printed no sizes (exit ${status}):\n${stdout}`);
  return sizes;
}

/** The options that shape the figures, as a command to repeat them; not --readme or --json <file>. */
function commandLine(args: string[]): string {
  const kept = args.filter((arg, i) => arg !== '--readme' && arg !== '--json' && args[i - 1] !== '--json');
  return ['npm run bench', ...(kept.length ? ['--', ...kept] : [])].join(' ');
}

/** The machine in the terms the README asks for: uname -a, CPU model and count, the browsers, Node, load. */
function describeMachine(browserVersions: string[]): string {
  const uname = spawnSync('uname', ['-a'], {encoding: 'utf8'}).stdout?.trim() || process.platform;
  const cores = cpus();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return [
    `machine: ${uname}`,
    `cpu: ${cores[0]?.model ?? 'unknown'} x ${cores.length}; load average at the end ${load}`,
    `browsers: ${browserVersions.join(', ')} (headless); Node ${process.version}`,
  ].join('\n');
}

/** Replaces the table in bench/README.md, between its two markers. */
function writeReadme(text: string, machine: string, command: string, seconds: number): void {
  const path = new URL('README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const [start, end] = ['<!-- bench:latest:start -->', '<!-- bench:latest:end -->'];
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench: ${path.pathname} lacks the markers ${start} ... ${end}`);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const section = [
    start,
    '',
    `Measured ${date} UTC with \`${command}\` (${seconds.toFixed(0)} s).`,
    '',
    '```text',
    machine,
    '',
    text,
    '```',
    '',
    end,
  ].join('\n');
  writeFileSync(path, readme.slice(0, from) + section + readme.slice(to + end.length));
}
