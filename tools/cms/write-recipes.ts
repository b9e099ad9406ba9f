// Writes the code blocks of docs/cms.md from src/markup.ts (tools/cms/recipes.ts). Run it after
// adding a tag, an attribute or a slot: `npx tsx tools/cms/write-recipes.ts`.
import {readFileSync, writeFileSync} from 'node:fs';
import {writeBlocks} from './blocks.mjs';
import {recipes} from './recipes.js';

const file = 'docs/cms.md';
const before = readFileSync(file, 'utf8');
const after = writeBlocks(before, recipes());
writeFileSync(file, after);
console.log(after === before ? `${file}: up to date` : `${file}: recipes written`);
