// Reads content/*.yaml and validates it with the compiled validator (run `npm run build:ts`
// first). Shared by the scripts that need the content model.
import {readdir, readFile} from 'node:fs/promises';
import {join, relative} from 'node:path';
import {formatProblem, validateContent} from '../build/content/validate.js';

export async function readContentFiles(folder) {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml'));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')])));
}

/** The validated content model; on problems, prints them all and exits 1. */
export async function loadContent(folder = 'content') {
  const files = await readContentFiles(folder);
  const {content, problems} = validateContent(files);
  if (content) return {content, files};
  const shown = relative(process.cwd(), folder) || '.';
  for (const problem of problems) console.error(formatProblem(problem, shown));
  console.error(`\ncontent: ${problems.length} problem(s); fix them and build again.`);
  process.exit(1);
}
