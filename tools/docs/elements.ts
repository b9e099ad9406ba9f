// A page per element, from custom-elements.json: what the manifest says (summary, description,
// attributes and properties, events, slots, CSS parts and custom properties), the section ids
// from the content, the element live with its code, and the examples that use it. Whatever the
// manifest gains (an event, a typed attribute) shows at the next build.
import type {Example} from '../../demo/examples.js';
import {snippet} from '../../demo/examples.js';
import {manifestText} from './markdown.js';
import {codeBlock, escape, page, type NavEntry} from './page.js';
import type {SectionInfo} from './sections.js';
import {readFileSync} from 'node:fs';

interface Named {
  name: string;
  description?: string;
  type?: {text: string};
  default?: string;
}
interface Member extends Named {
  kind: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  readonly?: boolean;
}
interface Attribute extends Named {
  fieldName?: string;
}
export interface ElementDoc {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/** The custom elements the manifest declares (those with a tag), in the order it lists them. */
export function readManifest(path: string): {elements: ElementDoc[]} {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {modules: {declarations?: ElementDoc[]}[]};
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return {elements};
}

const code = (text?: string) => (text ? `<code>${escape(text)}</code>` : '');

/** A table with a heading; nothing when there are no rows. */
function table(title: string, id: string, intro: string, columns: string[], rows: string[][]): string {
  if (!rows.length) return '';
  const head = columns.map((column) => `<th scope="col">${column}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h2 id="${id}">${title}</h2>${intro}
<div class="table"><table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div>`;
}

export function elementPages(options: {
  nav: NavEntry[];
  manifest: {elements: ElementDoc[]};
  sections: Record<string, SectionInfo[]>;
  examples: Example[];
}): [string, string][] {
  const {nav, manifest, sections, examples} = options;
  return manifest.elements.map((element) => {
    const tag = element.tagName;
    const path = `elements/${tag}.html`;
    const ids = sections[tag] ?? [];
    const attributes = element.attributes ?? [];
    const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
    const properties = (element.members ?? []).filter(
      (member) =>
        member.kind === 'field' && !member.static && !withAttribute.has(member.name) && member.privacy !== 'private',
    );
    const live: Example = {id: `${tag}-live`, title: `<${tag}>`, tag, attributes: {'heading-level': '3'}};
    const own = examples.filter((example) => example.tag === tag);
    const pair = ids
      .slice(0, 2)
      .map((section) => section.id)
      .join(' ');
    const main = `<h1><code>&lt;${escape(tag)}&gt;</code></h1>
${manifestText(element.summary)}
${manifestText(element.description)}
<nav aria-label="On this page"><ul>
${[
  ['try', 'Try it'],
  ['sections', 'Section ids'],
  ['attributes', 'Attributes and properties'],
  ['events', 'Events'],
  ['slots', 'Slots'],
  ['parts', 'CSS parts'],
  ['custom-properties', 'CSS custom properties'],
  ['examples', 'Examples'],
]
  .filter(
    ([id]) =>
      (
        ({
          slots: element.slots,
          parts: element.cssParts,
          'custom-properties': element.cssProperties,
          events: element.events,
        })[id] ?? [1]
      ).length,
  )
  .map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`)
  .join('\n')}
</ul></nav>
<h2 id="try">Try it</h2>
<p>Under a page’s <code>&lt;h2&gt;</code>, as here, the element’s headings start at level 3. The <a
href="../builder.html">snippet builder</a> makes the script tag and picks the sections, language and heading
level.</p>
<div class="live">${snippet(live)}</div>
${codeBlock(snippet(live), `${tag}-code`, `<${tag}>`)}
${table(
  'Section ids',
  'sections',
  `<p>The sections, in the order shown. Name some in <code>sections</code> to show only those, e.g.
<code>&lt;${escape(tag)} sections="${escape(pair)}"&gt;</code>.</p>`,
  ['id', 'heading (English)'],
  ids.map(({id, heading}) => [code(id), escape(heading)]),
)}
${table(
  'Attributes and properties',
  'attributes',
  `<p>Each attribute has a property; frameworks that set properties can also pass an array to
<code>sections</code> and a number to <code>headingLevel</code>.</p>`,
  ['attribute', 'property', 'type', 'default', 'what it does'],
  [
    ...attributes.map((attribute) => [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text),
      code(attribute.default),
      manifestText(attribute.description),
    ]),
    ...properties.map((property) => [
      '',
      code(property.name),
      code(property.type?.text),
      code(property.default),
      manifestText(property.description),
    ]),
  ],
)}
${table(
  'Events',
  'events',
  '<p>They bubble and cross shadow roots: one listener on <code>document</code> hears every element.</p>',
  ['event', 'type', 'when'],
  (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), manifestText(event.description)]),
)}
${table(
  'Slots',
  'slots',
  '<p>Put the hospital’s own words in an element with <code>slot="…"</code> inside the tag.</p>',
  ['slot', 'what goes there'],
  (element.slots ?? []).map((slot) => [code(slot.name || '(default)'), manifestText(slot.description)]),
)}
${table(
  'CSS parts',
  'parts',
  '<p>Style them from the page with <code>::part()</code>, e.g. <code>' +
    escape(`${tag}::part(heading)`) +
    '</code>.</p>',
  ['part', 'what it is'],
  (element.cssParts ?? []).map((part) => [code(part.name), manifestText(part.description)]),
)}
${table(
  'CSS custom properties',
  'custom-properties',
  '<p>Set them on the element or any ancestor.</p>',
  ['property', 'default', 'what it sets'],
  (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    manifestText(property.description),
  ]),
)}
<h2 id="examples">Examples</h2>
<ul>${own.map((example) => `<li><a href="../examples.html#${example.id}">${escape(example.title)}</a></li>`).join('\n')}
</ul>`;
    return [path, page({path, title: `<${tag}>`, nav, main})] as [string, string];
  });
}
