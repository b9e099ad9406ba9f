// Reads and writes the translators' XLIFF 1.2 files (xliff/<locale>.xlf), as `lit-localize
// extract` writes them: one <trans-unit id> per message, with <source>, an optional <target>
// and the <note> that carries the message's description.
import {readFileSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {dirname, join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

/** The lit-localize config named by --config (default lit-localize.json), and its path. */
export function localizeConfig() {
  const {values} = parseArgs({options: {config: {type: 'string', default: 'lit-localize.json'}}});
  return {path: values.config, ...JSON.parse(readFileSync(values.config, 'utf8'))};
}

/** A locale's XLIFF file; lit-localize reads paths in its config from the config's folder. */
export const xliffPath = (config, locale) => relative('.', join(dirname(config.path), config.interchange.xliffDir, `${locale}.xlf`));

/** Parses a file; throws with the parser's message when it is not well-formed XML. */
export async function readXliff(path) {
  const errors = [];
  const report = (message) => errors.push(String(message).trim().split('\n')[0]);
  const doc = new DOMParser({errorHandler: {warning: report, error: report, fatalError: report}}).parseFromString(
    await readFile(path, 'utf8'),
    'text/xml',
  );
  const file = doc.getElementsByTagName('file')[0];
  if (errors.length || !file) throw new Error(errors[0] ?? 'no <file> element');
  const units = new Map();
  for (const element of Array.from(doc.getElementsByTagName('trans-unit'))) {
    // The parser accepts an unclosed tag and nests the rest of the file inside it.
    if (element.parentNode.nodeName !== 'body') {
      let outer = element.parentNode;
      while (outer.nodeName !== 'trans-unit' && outer.parentNode) outer = outer.parentNode;
      throw new Error(`an element is not closed: unit "${element.getAttribute('id')}" is inside unit "${outer.getAttribute?.('id')}"`);
    }
    const source = element.getElementsByTagName('source')[0];
    const target = element.getElementsByTagName('target')[0];
    units.set(element.getAttribute('id'), {
      element,
      source: source?.textContent ?? '',
      target: target ? target.textContent : undefined,
      targetElement: target,
      /** Elements inside the target, such as <x> or a pasted <b>: our messages have none. */
      targetMarkup: target ? [...new Set(Array.from(target.childNodes).filter((node) => node.nodeType === 1).map((node) => node.nodeName))] : [],
      state: target?.getAttribute('state') || undefined,
    });
  }
  return {doc, locale: file.getAttribute('target-language'), units};
}

export async function writeXliff(path, doc) {
  await writeFile(path, new XMLSerializer().serializeToString(doc).replace(/\s*$/, '\n'));
}
