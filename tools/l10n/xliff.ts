// The translators' files, xliff/<tag>.xlf: plain XLIFF 1.2, as `lit-localize extract` writes
// them and as CAT tools read and write them. One <trans-unit id> per message, with its
// English <source>, the translator's <target> (none until translated), the <note
// from="lit-localize"> that says where the text shows, and, when the English has changed since
// it was translated, an <alt-trans alttranstype="previous-version"> holding the English and
// the translation as they were.
//
// Reading is strict (xml.ts): a file any CAT tool would refuse is an error with its line and
// column, never a guess.
import {readFile} from 'node:fs/promises';
import {attribute, childElements, parseXml, textOf, decodeXmlBytes, XmlError, type XmlElement} from './xml.js';

export interface Unit {
  id: string;
  line: number;
  element: XmlElement;
  /** The English the unit was translated from (as the file has it). */
  source: string;
  /** The translator's text, decoded; undefined when the unit has no <target>. */
  target: string | undefined;
  targetElement: XmlElement | undefined;
  /** How many <target> elements the unit has: more than one is a mistake. */
  targets: number;
  /** Elements inside the target, such as <x> or a pasted <b>: our messages have none. */
  targetMarkup: string[];
  /** The target's XLIFF state, e.g. "translated" or "needs-review-translation". */
  state: string | undefined;
  /** A reviewer approved it (approved="yes", which CAT tools set). */
  approved: boolean;
  /** The English this target was translated from, kept by l10n:extract when the English changed. */
  previousSource: string | undefined;
}

export interface XliffFile {
  path: string;
  root: XmlElement;
  file: XmlElement;
  body: XmlElement;
  /** The file's target-language, as written. */
  locale: string | undefined;
  units: Unit[];
}

/** A problem that makes a whole file unreadable: where, and which unit, for a translator. */
export class XliffError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
    readonly unitId?: string,
  ) {
    super(`${path}:${line}:${column}: ${unitId === undefined ? '' : `unit "${unitId}": `}${problem}`);
  }
}

/**
 * States in which a target is not a translation yet: some tools copy the English into the
 * target and mark it so. Such a target counts as missing and never shows.
 */
export const untranslatedStates = new Set(['new', 'needs-translation']);

/** A target the English has overtaken (l10n:extract sets this), or one a reviewer sent back. */
export const isStaleState = (state: string | undefined) => !!state?.startsWith('needs-review');

/** The <trans-unit> elements of a body, in document order, also inside <group>s (CAT tools make those). */
function unitElements(parent: XmlElement): XmlElement[] {
  return childElements(parent).flatMap((child) =>
    child.name === 'trans-unit' ? [child] : child.name === 'group' ? unitElements(child) : [],
  );
}

/** The text of a <target> or <source>: <mrk> (a CAT tool's segment marker) counts as its text. */
function contentOf(element: XmlElement): {text: string; markup: string[]} {
  const markup = new Set<string>();
  const walk = (node: XmlElement): string =>
    node.children
      .map((child) => {
        if (child.kind === 'text') return child.text;
        if (child.kind !== 'element') return '';
        if (child.name !== 'mrk') markup.add(child.name);
        return walk(child);
      })
      .join('');
  return {text: walk(element), markup: [...markup]};
}

function readUnit(element: XmlElement, path: string): Unit {
  const id = attribute(element, 'id');
  if (!id) {
    throw new XliffError(
      path,
      element.line,
      element.column,
      'a <trans-unit> without an id; the id says which English a translation belongs to: put back the id ' +
        'it had (the file you were sent has it)',
    );
  }
  const [source] = childElements(element, 'source');
  const targets = childElements(element, 'target');
  const target = targets[0];
  const content = target ? contentOf(target) : undefined;
  const previous = childElements(element, 'alt-trans').find(
    (alt) => attribute(alt, 'alttranstype') === 'previous-version',
  );
  const [previousSource] = previous ? childElements(previous, 'source') : [];
  return {
    id,
    line: element.line,
    element,
    source: source ? textOf(source) : '',
    target: content?.text,
    targetElement: target,
    targets: targets.length,
    targetMarkup: content?.markup ?? [],
    state: target ? attribute(target, 'state') : undefined,
    approved: attribute(element, 'approved') === 'yes',
    previousSource: previousSource ? textOf(previousSource) : undefined,
  };
}

/** The id of the innermost <trans-unit> among the open elements, for an error message. */
const openUnit = (open: readonly XmlElement[]) => {
  const unit = [...open].reverse().find((element) => element.name === 'trans-unit');
  return unit && attribute(unit, 'id');
};

/** The unit whose text holds a position (for errors found before parsing, such as a bare "&"). */
function unitAt(text: string, line: number): string | undefined {
  const before = text.split('\n').slice(0, line).join('\n');
  const opened = before.lastIndexOf('<trans-unit');
  if (opened < 0 || before.lastIndexOf('</trans-unit>') > opened) return undefined;
  return /<trans-unit\b[^>]*?\bid\s*=\s*["']([^"']*)["']/.exec(before.slice(opened))?.[1];
}

/** Parses the text of an XLIFF 1.2 file; throws XliffError for anything that makes the whole file unusable. */
export function parseXliff(path: string, text: string): XliffFile {
  let root: XmlElement;
  let unitOfError: string | undefined;
  try {
    root = parseXml(text, (message, open) => {
      unitOfError = openUnit(open);
      return message;
    });
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    const unit = unitOfError ?? unitAt(text, error.line);
    throw new XliffError(path, error.line, error.column, `not well-formed XML: ${error.message}`, unit);
  }
  const at = (element: XmlElement, problem: string): never => {
    throw new XliffError(path, element.line, element.column, problem);
  };
  if (root.name !== 'xliff') at(root, `this is not an XLIFF file: it starts with <${root.name}>, not <xliff>`);
  const version = attribute(root, 'version');
  if (version !== '1.2') {
    at(
      root,
      `this is XLIFF ${version ?? 'of no version'}; the guide reads XLIFF 1.2: export or save the file as XLIFF 1.2`,
    );
  }
  const files = childElements(root, 'file');
  if (files.length !== 1) {
    // po2xliff -t adds a <file datatype="po"> for the PO it converted: say what to use instead.
    const fromPo = files.some((file) => attribute(file, 'datatype') === 'po');
    at(
      root,
      `an XLIFF file here holds one <file>, and this one has ${files.length}` +
        (fromPo
          ? ': po2xliff added one for its PO file. Bring a PO file back with npm run l10n:po-import -- <file.po> ' +
            'instead, into the XLIFF it was exported from (TRANSLATING.md, "Translating in PO")'
          : ''),
    );
  }
  const [file] = files;
  const [body] = childElements(file, 'body');
  if (!body) at(file, '<file> has no <body>, where the units go');
  const units = unitElements(body).map((element) => readUnit(element, path));
  const seen = new Map<string, Unit>();
  for (const unit of units) {
    const first = seen.get(unit.id);
    if (first) {
      throw new XliffError(
        path,
        unit.line,
        unit.element.column,
        `this unit is here twice (first at line ${first.line}): keep one, with the right translation, ` +
          'and delete the other',
        unit.id,
      );
    }
    seen.set(unit.id, unit);
  }
  return {path, root, file, body, locale: attribute(file, 'target-language'), units};
}

export async function readXliff(path: string): Promise<XliffFile> {
  const bytes = await readFile(path);
  let text: string;
  try {
    text = decodeXmlBytes(bytes);
  } catch {
    throw new XliffError(path, 1, 1, 'the file is not UTF-8 text: save it as UTF-8 (CAT tools do by default)');
  }
  return parseXliff(path, text);
}
