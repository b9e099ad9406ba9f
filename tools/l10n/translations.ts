// Every translation in xliff/, read for the build: for each message, the translator's text
// when it is safe to show (checks.ts), else nothing, so the element shows the English there.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Message} from '../content/catalogue.js';
import {targetProblems} from './checks.js';
import {readXliff} from './xliff.js';

export interface Translation {
  locale: string;
  file: string;
  /** One per message, in catalogue order: the text to show, or null for the English. */
  strings: (string | null)[];
  /** Units whose target the build did not use, and why. */
  problems: string[];
}

/** The XLIFF files in a folder: one per locale, named <locale>.xlf. */
export function translationFiles(folder = 'xliff'): {locale: string; file: string}[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xlf'))
    .sort()
    .map((name) => ({locale: name.slice(0, -'.xlf'.length), file: join(folder, name)}));
}

export async function readTranslation(
  messages: readonly Message[],
  locale: string,
  file: string,
): Promise<Translation> {
  const xliff = await readXliff(file);
  if (xliff.locale !== locale) {
    throw new Error(`${file}: target-language is "${xliff.locale}"; a file named ${locale}.xlf must say "${locale}"`);
  }
  const problems: string[] = [];
  const strings = messages.map((message) => {
    const unit = xliff.units.get(message.id);
    if (unit?.target === undefined) return null;
    const found = targetProblems(message, {...unit, target: unit.target});
    if (!found.length) return unit.target;
    problems.push(`${file}: ${message.id}: ${found.join('; ')}; showing the English`);
    return null;
  });
  return {locale, file, strings, problems};
}
