// Reads content/*.yaml and content/drawings/*.svg, and validates them. Shared by the tools that
// need the content model.
import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import {join, relative} from 'node:path';
import type {GuideContent} from './model.js';
import {formatProblem, validateContent} from './validate.js';

/** Each file by its name in the folder: `guide.yaml`, …, `drawings/<name>.svg`. */
export async function readContentFiles(folder: string): Promise<Record<string, string>> {
  const drawings = join(folder, 'drawings');
  const names = [
    ...(await readdir(folder)).filter((name) => name.endsWith('.yaml')),
    ...(existsSync(drawings) ? await readdir(drawings) : []).map((name) => `drawings/${name}`),
  ];
  const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
  return Object.fromEntries(names.map((name, i) => [name, texts[i]]));
}

/** The validated content model; on problems, prints them all and exits 1. */
export async function loadContent(folder = 'content'): Promise<{content: GuideContent; files: Record<string, string>}> {
  const files = await readContentFiles(folder);
  const {content, problems} = validateContent(files);
  if (content) return {content, files};
  const shown = relative(process.cwd(), folder) || '.';
  for (const problem of problems) console.error(formatProblem(problem, shown));
  console.error(`\ncontent: ${problems.length} problem(s); fix them and build again.`);
  process.exit(1);
}
