// `npm run bench`: the guide's cost to a page, side by side with the same page without it, as
// issue 11 asks. bench/README.md says what each number means and how it is measured.
//
//   npm run bench -- [--rounds 20] [--extra-rounds 5] [--instances 1,10,100,500]
//                    [--readme] [--json results.json] [--check]
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import {findBrowsers} from '../tools/browsers.mjs';
import {launchChromium, measureLoad, type LoadResult, type ObserverConfig} from './chromium.js';
import {generatePages, type Page} from './pages.js';
import {goals, table, type Results, type Variant} from './report.js';
import {startServer} from './server.js';

const usage = `Usage: npm run bench -- [options]

  --rounds <n>         rounds of the four side-by-side pages (default 20)
  --extra-rounds <n>   rounds of the Spanish pages, the instance pages and the locale switch (default 5)
  --instances <list>   how many <risk-list> elements on the instance pages (default 1,10,100,500)
  --settle <ms>        wait after a page is ready, for its last paint to reach LCP (default 300)
  --readme             write the table, date and machine into bench/README.md
  --json <file>        write every load's figures to <file>
  --check              exit 1 when a goal is not met`;

const {values: options} = parseArgs({
  options: {
    rounds: {type: 'string', default: '20'},
    'extra-rounds': {type: 'string', default: '5'},
    instances: {type: 'string', default: '1,10,100,500'},
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
const instanceCounts = options.instances.split(',').map((count) => whole('instances', count));

const chromium = findBrowsers().chromium;
if (!chromium) throw new Error('bench: no Chromium found; set CHROME_PATH (see node tools/browsers.mjs)');

const started = performance.now();
const pages = generatePages(instanceCounts);
const allPages = [
  pages.widget,
  pages.preRendered,
  pages.staticTwin,
  pages.noGuide,
  pages.spanish,
  pages.spanishPreload,
  ...pages.instances.values(),
];
const server = await startServer(new Map(allPages.map((page) => [page.name, page.html])));
const browser = await launchChromium(chromium);

let loadCount = 0;
async function load(page: Page, config: Omit<ObserverConfig, 'scripted'> = {}, switchTo?: string): Promise<LoadResult> {
  const url = `${server.origin}/pages/${page.name}.html`;
  server.takeTraffic();
  const result = await measureLoad(browser, url, {scripted: page.scripted, ...config}, {settleMs, switchTo});
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

try {
  // One load that counts for nothing: the browser's first renderer and its own pages start here.
  await load(pages.widget);

  process.stderr.write(`bench: side by side, ${rounds} rounds `);
  const [widget, preRendered, staticTwin, noGuide] = await interleaved(
    [
      {label: 'script-tag widget', page: pages.widget},
      {label: 'pre-rendered + hydrating', page: pages.preRendered},
      {label: 'static twin (no script)', page: pages.staticTwin},
      {label: 'no guide', page: pages.noGuide},
    ],
    rounds,
  );

  // The English reference is the widget page, loaded in the same rounds and with the same
  // observers as the Spanish ones, so "Spanish shows later than English" compares like with like.
  process.stderr.write(`\nbench: Spanish, ${extraRounds} rounds `);
  const [english, spanish, spanishPreload] = await interleaved(
    [
      {label: 'English page (reference)', page: pages.widget, config: {countRenders: true, sampleFrames: 'en'}},
      {label: 'Spanish', page: pages.spanish, config: {countRenders: true, sampleFrames: 'es'}},
      {label: 'Spanish + modulepreload', page: pages.spanishPreload, config: {countRenders: true, sampleFrames: 'es'}},
    ],
    extraRounds,
  );

  process.stderr.write(`\nbench: instances, ${extraRounds} rounds `);
  const instanceVariants = await interleaved(
    instanceCounts.map((count) => ({label: String(count), page: pages.instances.get(count)!})),
    extraRounds,
  );

  process.stderr.write(`\nbench: locale switch, ${extraRounds} rounds `);
  const [switched] = await interleaved(
    [{label: 'switch', page: pages.widget, config: {countRenders: true, switchLocale: true}, switchTo: 'es'}],
    extraRounds,
  );

  const results: Results = {
    rounds,
    extraRounds,
    main: {widget, preRendered, staticTwin, noGuide},
    spanish: {english, spanish, spanishPreload},
    instances: instanceCounts.map((count, i) => ({count, variant: instanceVariants[i]})),
    switched,
  };
  const seconds = (performance.now() - started) / 1000;
  const machine = describeMachine(await browser.version());
  const command = commandLine(process.argv.slice(2));
  const text = table(results);
  process.stderr.write(`\nbench: ${loadCount} loads in ${seconds.toFixed(0)} s\n\n`);
  console.log(`bone-marrow-guide bench, ${new Date().toISOString()}\n${machine}\n\n${text}`);

  if (options.json) writeFileSync(options.json, `${JSON.stringify({machine, seconds, results}, null, 2)}\n`);
  if (options.readme) writeReadme(text, machine, command, seconds);
  if (options.check && goals(results).some((goal) => !goal.met)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}

/** The options that shape the figures, as a command to repeat them; not --readme or --json <file>. */
function commandLine(args: string[]): string {
  const kept = args.filter((arg, i) => arg !== '--readme' && arg !== '--json' && args[i - 1] !== '--json');
  return ['npm run bench', ...(kept.length ? ['--', ...kept] : [])].join(' ');
}

/** The machine in the terms the README asks for: uname -a, CPU model and count, Chromium, Node. */
function describeMachine(chromiumVersion: string): string {
  const uname = spawnSync('uname', ['-a'], {encoding: 'utf8'}).stdout?.trim() || process.platform;
  const cores = cpus();
  return [
    `machine: ${uname}`,
    `cpu: ${cores[0]?.model ?? 'unknown'} x ${cores.length}; ${chromiumVersion} (headless); Node ${process.version}`,
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
