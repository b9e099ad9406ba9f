// `npm run size` (also the last step of `npm run build`): what a page downloads, minified,
// gzip -9 and brotli at its best, against budgets in both, so growth is a decision, not an
// accident. Fails (exit 1) when anything is over.
//   English path   dist/bone-marrow-guide.js: all an English page needs (Lit, code, English)
//   hydrating      dist/bone-marrow-guide-hydrate.js: the same with hydration support, for
//                  pre-rendered HTML (src/hydrate.ts)
//   each locale    dist/locales/<tag>-<hash>.js, fetched on first use
// Issue 11 set the English path's goal at 12 KB brotli. It is not met: the budget below is
// what the bundle measures today with a little room, so it cannot grow unnoticed. Where the
// bytes go: --by-module (docs/performance.md).
// Issue 20 raised the bundles' budgets by 0.6 KiB brotli (0.7 gzip), what its mechanisms
// measure: first renders in turn with a split inside a long element (first-render.ts, render.ts's
// `later`), the first connection in turn, content-visibility. It asked for them within 16.5 KiB;
// they did not fit without dropping a feature (docs/performance.md, "Bytes"). Issue 19's
// accessibility findings added 0.45 KiB: headings that hold their section's button, focus kept
// when a page changes the element (focus-keeper.ts), each section keyed to its place, the term hint.
//   tsx tools/size.ts [--dist DIR] [--by-module]
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {SourceMapConsumer, type RawSourceMap} from 'source-map';

const {values} = parseArgs({
  options: {dist: {type: 'string', default: 'dist'}, 'by-module': {type: 'boolean'}},
});
const dist = values.dist;
const brotli = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

const KiB = 1024;
/** Budgets, in bytes: brotli and gzip. */
const budgets = {
  english: {brotli: 18.4 * KiB, gzip: 20.9 * KiB},
  hydrating: {brotli: 20.4 * KiB, gzip: 23 * KiB},
  // A letter outside Latin script takes 2 or 3 bytes in UTF-8: Arabic (ar) measures 5688 bytes
  // gzip and 4877 brotli, where Spanish measures 4.9 KiB gzip.
  locale: {brotli: 5 * KiB, gzip: 6 * KiB},
};

const locales = readdirSync(join(dist, 'locales'))
  .filter((name) => name.endsWith('.js'))
  .sort();
const files: [string, keyof typeof budgets][] = [
  ['bone-marrow-guide.js', 'english'],
  ['bone-marrow-guide-hydrate.js', 'hydrating'],
  ...locales.map((name): [string, keyof typeof budgets] => [`locales/${name}`, 'locale']),
];

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
let over = false;
for (const [file, kind] of files) {
  const bytes = readFileSync(join(dist, file));
  const sizes = {
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotli(bytes),
  };
  const budget = budgets[kind];
  console.log(
    `size: ${file}: ${kib(bytes.length)} minified, ${kib(sizes.brotli)} brotli (budget ${kib(budget.brotli)}), ` +
      `${kib(sizes.gzip)} gzip (budget ${kib(budget.gzip)})`,
  );
  for (const encoding of ['brotli', 'gzip'] as const) {
    if (sizes[encoding] > budget[encoding]) {
      console.error(`size: ${file} is ${sizes[encoding]} bytes ${encoding}, over its budget of ${budget[encoding]}`);
      over = true;
    }
  }
}
if (values['by-module']) await byModule(join(dist, 'bone-marrow-guide.js'));
if (over) process.exit(1);

/**
 * What each part of the English path costs: the brotli size of the bundle minus that of the
 * bundle without the part's characters (found through the source map). Parts share words and
 * code patterns, so these add up to about the whole, not exactly.
 */
async function byModule(file: string): Promise<void> {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  // Each character's part: the source of the last mapping at or before it on its line.
  const owner = lines.map((line) => new Array<string>(line.length).fill(''));
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
  await SourceMapConsumer.with(map, null, (consumer) => {
    consumer.eachMapping(({generatedLine, generatedColumn, source}) => {
      owner[generatedLine - 1].fill(partOf(source ?? ''), generatedColumn);
    });
  });
  const total = brotli(Buffer.from(code));
  const rows = [...new Set(owner.flat())].map((part) => {
    // owner[] is indexed like the string, by UTF-16 unit.
    const without = lines.map((line, n) =>
      line
        .split('')
        .filter((_, c) => owner[n][c] !== part)
        .join(''),
    );
    // Unmapped characters are, almost all, the static text of render.ts's html`` templates.
    return {part: part || 'src/render.ts (template text)', bytes: total - brotli(Buffer.from(without.join('\n')))};
  });
  console.log(`size: where the English path's ${total} brotli bytes go (each part: the bytes it adds)`);
  for (const {part, bytes} of rows.sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${String(bytes).padStart(6)}  ${part}`);
  }
}

/** A source map's source, as one of the parts: Lit's packages, the content, each module of src/. */
function partOf(source: string): string {
  const lit = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (lit) return `Lit (${lit[1]})`;
  const module = source.match(/(?:^|\/)build\/(.+)\.js$/) ?? source.match(/^\.\.\/(.+)\.js$/);
  if (module?.[1] === 'generated/content') return 'content: the English text and the packed structure';
  return module ? `src/${module[1]}.ts` : source;
}
