// Scratch copies of xliff/ for the translation tools' tests, edited as a translator might, and
// the tools run on them as `npm run ...` runs them (each takes --xliff DIR).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';
import type {LocaleModule} from '../../src/content/model.js';
import {catalogue} from '../../tools/content/catalogue.js';
import {loadContent} from '../../tools/content/read.js';

export const messages = catalogue((await loadContent()).content);
export const messageIds = messages.map(({id}) => id);
export const spanish = readFileSync('xliff/es.xlf', 'utf8');

const work = mkdtempSync(join(tmpdir(), 'bmg-l10n-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A folder holding xliff/<tag>.xlf for each file given; returns the xliff/ folder. */
export function scratch(name: string, files: Record<string, string>): string {
  const folder = join(work, name, 'xliff');
  mkdirSync(folder, {recursive: true});
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole <trans-unit> of an id, as written. */
export const unitOf = (xliff: string, id: string) =>
  new RegExp(`<trans-unit id="${escapeRegExp(id)}"[^>]*>[\\s\\S]*?</trans-unit>`).exec(xliff)?.[0] ?? '';

/** The file with one unit's target text replaced by `raw` (written into the XML as it is). */
export function withTarget(xliff: string, id: string, raw: string): string {
  const unit = unitOf(xliff, id);
  if (!/<target[^>]*>[\s\S]*?<\/target>/.test(unit)) throw new Error(`${id} has no target`);
  return xliff.replace(
    unit,
    unit.replace(/(<target[^>]*>)[\s\S]*?(<\/target>)/, (_, open, close) => open + raw + close),
  );
}

/** The file without one unit's target: not translated yet. */
export const withoutTarget = (xliff: string, id: string) => {
  const unit = unitOf(xliff, id);
  return xliff.replace(unit, unit.replace(/\s*<target[^>]*>[\s\S]*?<\/target>/, ''));
};

/** The 1-based line where a string first occurs in a file. */
export const lineOf = (text: string, found: string) => text.slice(0, text.indexOf(found)).split('\n').length;

export const tool = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `tools/${script}`, ...args], {encoding: 'utf8'});

/** `tools/build-content.ts` on a scratch xliff/ folder; `locale(tag)` reads the module it wrote. */
export function buildContent(xliff: string) {
  const out = join(xliff, '..', 'generated');
  const run = tool('build-content.ts', '--xliff', xliff, '--out', out);
  const locale = async (tag: string) =>
    (await import(`${join(out, 'locales', `${tag}.ts`)}?${Date.now()}`)).default as LocaleModule;
  return {...run, locale};
}

/** A locale module's text for a message id (null: the English shows). */
export const stringOf = (module: LocaleModule, id: string) => module.strings[messageIds.indexOf(id)];
