// `npm run l10n:extract`: brings every xliff/<locale>.xlf up to date with the English in
// content/. Runs `lit-localize extract` (new messages get a <source> and no <target>, removed
// ones go, notes are refreshed), then:
// - marks each target whose English changed since it was translated with
//   state="needs-review-translation", so `npm run l10n:status` lists it as stale until the
//   translator reviews it and sets state="translated";
// - puts the units in reading order (the order of the content), one element per line.
// Run it after `npm run build`, which generates the messages it reads.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {catalogue} from '../content/catalogue.js';
import {loadContent} from '../content/read.js';
import {localizeConfig, readXliff, writeXliff, xliffPath, type Unit} from './xliff.js';

const config = localizeConfig();
const messages = catalogue((await loadContent('content')).content);

// What each target was translated from, before extract replaces the sources.
const before = new Map<string, Map<string, Unit>>();
for (const locale of config.targetLocales) {
  const path = xliffPath(config, locale);
  if (existsSync(path)) before.set(locale, (await readXliff(path)).units);
}

execFileSync('node_modules/.bin/lit-localize', ['extract', '--config', config.path], {stdio: 'inherit'});

for (const locale of config.targetLocales) {
  const path = xliffPath(config, locale);
  const {doc, units} = await readXliff(path);
  const body = doc.getElementsByTagName('body')[0];
  while (body.firstChild) body.removeChild(body.firstChild);
  let stale = 0;
  for (const {id} of messages) {
    const unit = units.get(id)!;
    const old = before.get(locale)?.get(id);
    if (unit.targetElement && old && old.source !== unit.source) {
      unit.targetElement.setAttribute('state', 'needs-review-translation');
      stale += 1;
    }
    const children = Array.from(unit.element.childNodes).filter((node) => node.nodeType === 1);
    while (unit.element.firstChild) unit.element.removeChild(unit.element.firstChild);
    for (const child of children) {
      unit.element.appendChild(doc.createTextNode('\n  '));
      unit.element.appendChild(child);
    }
    unit.element.appendChild(doc.createTextNode('\n'));
    body.appendChild(doc.createTextNode('\n'));
    body.appendChild(unit.element);
  }
  body.appendChild(doc.createTextNode('\n'));
  await writeXliff(path, doc);
  console.log(
    `${path}: ${messages.length} messages in reading order${stale ? `; ${stale} target(s) marked for review` : ''}`,
  );
}
