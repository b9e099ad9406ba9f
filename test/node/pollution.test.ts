// The Node render (`bone-marrow-guide/server`, as it ships in dist/lib/) in a process whose
// Object.prototype a module has changed. Each name the render reads from Object.prototype is
// found first (in a worker that records every read), then set there, to true and to an object
// that claims to have every key, each time in a fresh worker. The HTML must be exactly the
// HTML of a clean process, or, when the name reaches inside Lit's server renderer, parse5 or
// Node itself, no HTML at all: an error. Never other HTML. Needs `npm run build` first.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {Worker} from 'node:worker_threads';

const module = new URL('../../dist/lib/server/render.js', import.meta.url).href;
/** Every option and content shape: a language, collapsible, some sections, a renamed id, a level, a stylesheet. */
const renders = [
  ['procedure-overview', {locale: 'es', collapsible: true}],
  ['risk-list', {sections: 'bleeding infection', headingLevel: 3}],
  ['results-explainer', {sections: ['keep-in-mind', 'timing'], stylesheet: '/bone-marrow-guide.css'}],
];
/** Names our own code reads, or hands to Lit as options: these must leave the HTML as it is. */
const ours = [
  ...['attribute', 'state', 'useDefault', 'noAccessor', 'ordered', 'waiting', 'lastRequest', 'renamed'],
  ...['locale', 'sections', 'headingLevel', 'collapsible', 'stylesheet', 'localeFallback', 'delegatesFocus'],
  ...['type', 'converter', 'reflect', 'hasChanged', 'wrapped'],
];

function scripts(folder: string, out: string[] = []): string[] {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'development' && entry !== 'node_modules') scripts(path, out);
    } else if (entry.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Every identifier in the code the render runs: the guide's modules, Lit, its server renderer, parse5. */
function candidates(): string[] {
  const require = createRequire(import.meta.url);
  // A package's folder: up from its entry point to the package.json that names it.
  const packageOf = (name: string, from = require) => {
    let folder = dirname(from.resolve(name));
    while (
      !existsSync(join(folder, 'package.json')) ||
      JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name !== name
    ) {
      folder = dirname(folder);
    }
    return folder;
  };
  const ssr = packageOf('@lit-labs/ssr');
  const folders = [
    'dist/lib',
    ...['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'].map((name) =>
      packageOf(name),
    ),
    ssr,
    packageOf('parse5', createRequire(join(ssr, 'package.json'))),
  ];
  const text = folders.flatMap((folder) => scripts(folder)).map((file) => readFileSync(file, 'utf8'));
  return [...new Set(text.join('\n').match(/[A-Za-z_$][\w$]*/g))];
}

interface Outcome {
  output?: string;
  error?: string;
  reads: string[];
}

/** One render in a fresh worker; a hang guard far above the second or so it takes. */
function run(data: Record<string, unknown>): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pollution-worker.mjs', import.meta.url), {
      workerData: {module, renders, ...data},
      stderr: true,
      stdout: true,
    });
    const guard = setTimeout(() => {
      void worker.terminate();
      resolve({error: 'hangs (stopped after 60 s)', reads: []});
    }, 60_000);
    worker.once('message', (message: Outcome) => {
      clearTimeout(guard);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(guard);
      resolve({error: error.message, reads: []});
    });
  });
}

test('each name the render reads from Object.prototype: the same HTML, or an error; never other HTML', async () => {
  const discovery = await run({mode: 'discover', candidates: candidates()});
  assert.ok(discovery.output, discovery.error);
  const names = discovery.reads.sort();
  assert.ok(names.includes('strings') && names.includes('then'), 'the recording works');

  const clean = await run({mode: 'clean'});
  assert.ok(clean.output, clean.error);

  const tally = {same: 0, error: 0};
  const changed: string[] = [];
  const errors = new Map<string, string>();
  // Two workers at a time: the machine may be busy.
  const queue = names.flatMap((name) => ['true', 'proxy'].map((value) => ({name, value})));
  const next = async (): Promise<void> => {
    const job = queue.shift();
    if (!job) return;
    const {output, error} = await run({mode: 'pollute', ...job});
    if (output === clean.output) tally.same++;
    else if (error !== undefined && !ours.includes(job.name)) {
      tally.error++;
      errors.set(job.name, error);
    } else changed.push(`${job.name}=${job.value}: ${error ?? 'other HTML'}`);
    return next();
  };
  await Promise.all([next(), next()]);

  console.log(
    `pollution, Node render: ${names.length} names read; with each set to true and to an object, ` +
      `${tally.same} renders the same, ${tally.error} an error (${[...errors.keys()].join(', ')}), ` +
      `${changed.length} other HTML`,
  );
  assert.deepEqual(changed, []);
});
