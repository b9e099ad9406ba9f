// Prints the size of what a page downloads: the bundle (English included), and each locale
// chunk it fetches on first use; minified, gzip -9, brotli at its best. Fails (exit 1) when
// the bundle or a chunk goes over its gzip budget, so growth is a decision, not an accident.
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const budgets = {bundle: 20 * 1024, locale: 8 * 1024};
const files: [string, number][] = [
  ['dist/bone-marrow-guide.js', budgets.bundle],
  ...readdirSync('dist/locales')
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name): [string, number] => [`dist/locales/${name}`, budgets.locale]),
];

let over = false;
for (const [file, budget] of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, {level: 9}).length;
  const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  console.log(`${file}: ${bytes.length} bytes minified, ${gzip} gzip, ${brotli} brotli (gzip budget ${budget})`);
  if (gzip > budget) {
    console.error(`size: ${file} is ${gzip} bytes gzip, over its budget of ${budget}`);
    over = true;
  }
}
if (over) process.exit(1);
