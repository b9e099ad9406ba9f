#!/usr/bin/env node
// Prints the size of the bundle a page downloads (minified, gzip -9, brotli at its best) and
// fails (exit 1) when gzip goes over the budget, so growth is a decision, not an accident.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const file = 'dist/bone-marrow-guide.js';
const budget = {gzip: 20 * 1024};

const bytes = readFileSync(file);
const gzip = gzipSync(bytes, {level: 9}).length;
const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
console.log(`${file}: ${bytes.length} bytes minified, ${gzip} gzip, ${brotli} brotli (gzip budget ${budget.gzip})`);
if (gzip > budget.gzip) {
  console.error(`size: gzip ${gzip} bytes is over the budget of ${budget.gzip}`);
  process.exit(1);
}
