// `npm run l10n:status`: for each locale in lit-localize.json, how much of xliff/<locale>.xlf
// is translated, and what needs a translator:
//   missing   messages with no target yet;
//   stale     targets whose English has changed since they were translated: the unit's
//             <source> is not today's English, or `npm run l10n:extract` marked the target
//             state="needs-review-translation" (set state="translated" once reviewed);
//   broken    targets that would show wrongly: a term marker or placeholder that differs from
//             the English, an unbalanced [[ or ]], markup inside the target, an empty target,
//             or a file that is not well-formed XML;
//   obsolete  units for messages that no longer exist (l10n:extract removes them).
// Exits 1 when any file is broken; missing and stale text shows in English until translated.
import {existsSync} from 'node:fs';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {targetProblems} from './checks.js';
import {localizeConfig, readXliff, xliffPath, type Unit} from './xliff.js';

const config = localizeConfig();
const messages = catalogue((await loadContent('content')).content);

const list = (label: string, lines: string[]) => {
  console.log(`  ${label}: ${lines.length ? lines.length : 'none'}`);
  for (const line of lines) console.log(`    ${line}`);
};

let broken = false;
for (const locale of config.targetLocales) {
  const path = xliffPath(config, locale);
  let units: Map<string, Unit>;
  try {
    if (!existsSync(path)) throw new Error('no such file; run `npm run l10n:extract` to create it');
    const xliff = await readXliff(path);
    if (xliff.locale !== locale) throw new Error(`target-language is "${xliff.locale}", expected "${locale}"`);
    units = xliff.units;
  } catch (error) {
    console.log(`${locale} (${path}): BROKEN: ${(error as Error).message}`);
    broken = true;
    continue;
  }
  const missing: string[] = [];
  const stale: string[] = [];
  const wrong: string[] = [];
  for (const message of messages) {
    const unit = units.get(message.id);
    if (unit?.target === undefined) {
      missing.push(message.id);
      continue;
    }
    const found = targetProblems(message, {...unit, target: unit.target});
    if (found.length) wrong.push(`${message.id}: ${found.join('; ')}`);
    if (unit.source !== message.text) stale.push(`${message.id}: the English is now "${message.text}"`);
    else if (unit.state?.startsWith('needs-')) stale.push(`${message.id}: state="${unit.state}"`);
  }
  const known = new Set(messages.map(({id}) => id));
  const obsolete = [...units.keys()].filter((id) => !known.has(id));
  const translated = messages.length - missing.length;
  const percent = Math.floor((translated / messages.length) * 1000) / 10;
  console.log(`${locale} (${path}): ${translated}/${messages.length} translated (${percent}%)`);
  list('missing', missing);
  list('stale', stale);
  list('broken', wrong);
  if (obsolete.length) list('obsolete (run npm run l10n:extract)', obsolete);
  if (wrong.length) broken = true;
}
if (broken) {
  console.error('\nl10n:status: fix the broken translations above (TRANSLATING.md says how).');
  process.exit(1);
}
