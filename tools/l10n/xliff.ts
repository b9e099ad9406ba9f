// Reads and writes the translators' XLIFF 1.2 files (xliff/<locale>.xlf), as `lit-localize
// extract` writes them: one <trans-unit id> per message, with <source>, an optional <target>
// and the <note> that carries the message's description.
import {readFileSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {dirname, join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

export interface LocalizeConfig {
  /** Where the config file is; lit-localize reads paths in it from its folder. */
  path: string;
  sourceLocale: string;
  targetLocales: string[];
  interchange: {xliffDir: string};
}

export interface Unit {
  element: Element;
  source: string;
  target: string | undefined;
  targetElement: Element | undefined;
  /** Elements inside the target, such as <x> or a pasted <b>: our messages have none. */
  targetMarkup: string[];
  state: string | undefined;
}

/** The lit-localize config named by --config (default lit-localize.json), and its path. */
export function localizeConfig(): LocalizeConfig {
  const {values} = parseArgs({options: {config: {type: 'string', default: 'lit-localize.json'}}, strict: false});
  const path = String(values.config);
  return {path, ...JSON.parse(readFileSync(path, 'utf8'))};
}

/** A locale's XLIFF file. */
export const xliffPath = (config: LocalizeConfig, locale: string) =>
  relative('.', join(dirname(config.path), config.interchange.xliffDir, `${locale}.xlf`));

/** Parses a file; throws with the parser's message when it is not well-formed XML. */
export async function readXliff(
  path: string,
): Promise<{doc: Document; locale: string | null; units: Map<string, Unit>}> {
  const errors: string[] = [];
  const report = (message: string) => errors.push(String(message).trim().split('\n')[0]);
  const doc = new DOMParser({errorHandler: {warning: report, error: report, fatalError: report}}).parseFromString(
    await readFile(path, 'utf8'),
    'text/xml',
  );
  const file = doc.getElementsByTagName('file')[0];
  if (errors.length || !file) throw new Error(errors[0] ?? 'no <file> element');
  const units = new Map<string, Unit>();
  for (const element of Array.from(doc.getElementsByTagName('trans-unit'))) {
    // The parser accepts an unclosed tag and nests the rest of the file inside it.
    if (element.parentNode?.nodeName !== 'body') {
      let outer = element.parentNode as Element | null;
      while (outer && outer.nodeName !== 'trans-unit' && outer.parentNode) outer = outer.parentNode as Element;
      throw new Error(
        `an element is not closed: unit "${element.getAttribute('id')}" ` +
          `is inside unit "${outer?.getAttribute?.('id')}"`,
      );
    }
    const source = element.getElementsByTagName('source')[0];
    const target = element.getElementsByTagName('target')[0];
    units.set(element.getAttribute('id') ?? '', {
      element,
      source: source?.textContent ?? '',
      target: target ? (target.textContent ?? '') : undefined,
      targetElement: target,
      targetMarkup: target
        ? [
            ...new Set(
              Array.from(target.childNodes)
                .filter((node) => node.nodeType === 1)
                .map((node) => node.nodeName),
            ),
          ]
        : [],
      state: target?.getAttribute('state') || undefined,
    });
  }
  return {doc, locale: file.getAttribute('target-language'), units};
}

export async function writeXliff(path: string, doc: Document): Promise<void> {
  await writeFile(path, new XMLSerializer().serializeToString(doc).replace(/\s*$/, '\n'));
}
