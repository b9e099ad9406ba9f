// Strict XML for the translators' files: a parse that accepts only well-formed XML, as the
// parsers inside CAT tools do, and reports the first problem at its line and column; a small
// tree that remembers where each element starts; and a writer for that tree.
//
// Why not @xmldom/xmldom, which lit-localize uses: it repairs what it cannot parse. It accepts
// a bare "&", keeps an undefined entity such as &eacute; as text, and nests the rest of the
// file inside an unclosed tag, so a file our tools read could be one no CAT tool opens.
import {SaxesParser} from 'saxes';

export interface XmlElement {
  kind: 'element';
  name: string;
  /** In the order written; names as written (`xml:lang`), values decoded. */
  attributes: [string, string][];
  children: XmlNode[];
  /** Where its start tag begins, 1-based. */
  line: number;
  column: number;
}

export interface XmlText {
  kind: 'text';
  /** Decoded: entities and character references resolved, CDATA unwrapped. */
  text: string;
}

/** A comment or processing instruction, written back as it was. */
export interface XmlVerbatim {
  kind: 'verbatim';
  raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlVerbatim;

/** A file that is not well-formed XML: where, and what is wrong, for a translator. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * The five entities XML defines. An HTML name such as &eacute; or &nbsp; is not among them:
 * strict parsers reject the whole file.
 */
const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML's names for the Latin-1 characters, U+00A0 to U+00FF in order, and a few more that
 * translators type: enough to say which character to write instead.
 */
const latin1Names = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');
const htmlEntities = new Map<string, number>([
  ...latin1Names.map((name, i): [string, number] => [name, 0xa0 + i]),
  ...Object.entries({
    OElig: 0x152,
    oelig: 0x153,
    Scaron: 0x160,
    scaron: 0x161,
    Yuml: 0x178,
    ndash: 0x2013,
    mdash: 0x2014,
    lsquo: 0x2018,
    rsquo: 0x2019,
    sbquo: 0x201a,
    ldquo: 0x201c,
    rdquo: 0x201d,
    bdquo: 0x201e,
    hellip: 0x2026,
    bull: 0x2022,
    euro: 0x20ac,
    trade: 0x2122,
    lsaquo: 0x2039,
    rsaquo: 0x203a,
  }),
]);

/** How to write what an HTML entity name meant, in a translator's words. */
export function insteadOfEntity(name: string): string {
  const code = htmlEntities.get(name);
  if (code === undefined) return 'write the character itself';
  const hex = `&#x${code.toString(16).toUpperCase()};`;
  if (code === 0xa0) return `write a no-break space (${hex}) or a plain space`;
  return `write the character itself, ${String.fromCodePoint(code)} (or ${hex})`;
}

/** Line and column (1-based) of an offset in a text. */
function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {line, column: offset - before.lastIndexOf('\n')};
}

/**
 * The mistakes with "&" that strict parsers reject, which saxes reports late or vaguely:
 * a bare "&" (reported at the end of the file) and an entity XML does not define.
 * Comments, CDATA sections and processing instructions may hold a plain "&"; they are skipped.
 */
function checkAmpersands(text: string): void {
  const skipped = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  const ampersand = /&(?:(#\d+|#x[\da-fA-F]+)|([A-Za-z_:][\w.:-]*));|&/g;
  const masked = text.replace(skipped, (part) => ' '.repeat(part.length));
  for (const match of masked.matchAll(ampersand)) {
    const [whole, number, name] = match;
    if (number || (name && xmlEntities.has(name))) continue;
    const {line, column} = positionOf(text, match.index);
    if (!name) {
      const before = text.slice(Math.max(0, match.index - 20), match.index).replace(/^[^]*[>\n]/, '');
      const after = text.slice(match.index + 1, match.index + 21).replace(/[<\n][^]*$/, '');
      throw new XmlError(
        `a bare "&" in "${before}&${after}": XML needs it written as &amp;, or no CAT tool can open the file; ` +
          'write "&amp;" (a CAT tool does this for you)',
        line,
        column,
      );
    }
    throw new XmlError(
      `"${whole}" is an HTML entity, which XML does not know, so no CAT tool can open the file: ` +
        `${insteadOfEntity(name)}`,
      line,
      column,
    );
  }
}

/** Removes a byte order mark and decodes UTF-16, which some Windows tools save. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '');
}

/** What saxes says, in plainer words. */
function plainMessage(message: string): string {
  const text = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  if (text === 'unexpected end') return 'the file ends before every tag is closed';
  return text;
}

/**
 * Parses a well-formed XML document into a tree; throws XmlError at the first problem.
 * `describe` turns a problem into the message to show, given the elements open around it.
 */
export function parseXml(
  text: string,
  describe?: (message: string, open: readonly XmlElement[]) => string,
): XmlElement {
  checkAmpersands(text);
  const parser = new SaxesParser({position: true});
  const document: XmlElement = {kind: 'element', name: '#document', attributes: [], children: [], line: 1, column: 1};
  const open: XmlElement[] = [document];
  const top = () => open[open.length - 1];
  const fail = (message: string): never => {
    throw new XmlError(describe ? describe(message, open.slice(1)) : message, parser.line, parser.column);
  };
  parser.on('error', (error) => {
    const message = plainMessage(error.message);
    const still = top();
    if (message.startsWith('unclosed tag') && still !== document) {
      fail(`the file ends while <${still.name}> (line ${still.line}) is still open: close it with </${still.name}>`);
    }
    fail(message);
  });
  parser.on('opentagstart', ({name}) => {
    // The parser stands on the character that ended the name.
    const element: XmlElement = {
      kind: 'element',
      name,
      attributes: [],
      children: [],
      line: parser.line,
      column: parser.column - name.length - 1,
    };
    top().children.push(element);
    open.push(element);
  });
  parser.on('opentag', ({attributes}) => {
    top().attributes = Object.entries(attributes as Record<string, string>);
  });
  parser.on('closetag', ({name}) => {
    // On a close tag that does not match, saxes closes every tag up to one that does, then
    // complains: say which tag was left open while it still is.
    const tail = text.slice(Math.max(0, parser.position - 200), parser.position);
    const closing = /<\/([^\s>]+)\s*>$/.exec(tail)?.[1];
    if (closing !== undefined && closing !== name) {
      fail(
        `</${closing}> does not close <${name}> (line ${top().line}), which is still open here: ` +
          `close it with </${name}> first` +
          (open.some((tag) => tag.name === closing) ? '' : `, or remove </${closing}>`),
      );
    }
    open.pop();
  });
  parser.on('text', (value) => top().children.push({kind: 'text', text: value}));
  parser.on('cdata', (value) => top().children.push({kind: 'text', text: value}));
  parser.on('comment', (value) => top().children.push({kind: 'verbatim', raw: `<!--${value}-->`}));
  parser.on('processinginstruction', ({target, body}) => {
    if (open.length > 1) top().children.push({kind: 'verbatim', raw: `<?${target} ${body}?>`});
  });
  parser.write(text).close();
  const root = document.children.find((node): node is XmlElement => node.kind === 'element');
  if (!root) throw new XmlError('the file is empty: no XML in it', 1, 1);
  return root;
}

export const childElements = (element: XmlElement, name?: string): XmlElement[] =>
  element.children.filter((node): node is XmlElement => node.kind === 'element' && (!name || node.name === name));

export const attribute = (element: XmlElement, name: string): string | undefined =>
  element.attributes.find(([key]) => key === name)?.[1];

export function setAttribute(element: XmlElement, name: string, value: string | undefined): void {
  const index = element.attributes.findIndex(([key]) => key === name);
  if (value === undefined) {
    if (index >= 0) element.attributes.splice(index, 1);
  } else if (index >= 0) element.attributes[index][1] = value;
  else element.attributes.push([name, value]);
}

/** All the text inside an element, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children
    .map((node) => (node.kind === 'text' ? node.text : node.kind === 'element' ? textOf(node) : ''))
    .join('');
}

export function element(name: string, attributes: [string, string][], ...children: (XmlNode | string)[]): XmlElement {
  return {
    kind: 'element',
    name,
    attributes,
    children: children.map((child) => (typeof child === 'string' ? {kind: 'text', text: child} : child)),
    line: 0,
    column: 0,
  };
}

// As @xmldom/xmldom (and so lit-localize) writes them: "<", "&" and ">" escaped in text;
// in attributes also the quote and the whitespace characters that would be normalized away.
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

export function serialize(node: XmlNode): string {
  if (node.kind === 'text') return escapeText(node.text);
  if (node.kind === 'verbatim') return node.raw;
  const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (!node.children.length) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serialize).join('')}</${node.name}>`;
}

export const serializeDocument = (root: XmlElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
