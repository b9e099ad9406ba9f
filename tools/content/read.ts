// Reads content/*.yaml and validates it. Shared by the tools that need the content model.
import {readdir, readFile} from 'node:fs/promises';
import {join, relative} from 'node:path';
import type {GuideContent} from './model.js';
import {formatProblem, validateContent} from './validate.js';

export async function readContentFiles(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml'));
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
