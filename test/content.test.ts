// The English content on screen: every section's heading and text as written in content/,
// faithful to the clinical fact sheet, and documented where page authors look. (The
// validator's rules are tested in Node: test/node/validate.test.ts.)
import '../dist/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import {shownText} from '../src/content/markup.js';
import {eachBlock} from '../src/content/model.js';
import type {Block, GuideContent} from '../tools/content/model.js';
import {elements, render, root, text} from './helpers.js';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let content: GuideContent;

// The content as written, validated by the build (tools/build-content.ts; the validator's own
// rules are tested in Node): what every test below compares the page with.
before(async () => {
  content = JSON.parse(await fetchText('/build/l10n/content-model.json'));
});

/** The words of a paragraph or list item as a reader sees them: definitions left out. */
function readerText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.definition').forEach((definition) => definition.remove());
  return text(copy);
}

/** What content/ says a block list shows: each heading, paragraph, list item and caption, in order. */
function expectedTexts(blocks: readonly Block[]): string[] {
  return [...eachBlock(blocks)].flatMap(({block}) => {
    if (block.kind === 'subsection') return [block.heading];
    const texts =
      block.kind === 'list' || block.kind === 'checklist'
        ? block.items.map((item) => item.text)
        : block.kind === 'figure'
          ? [block.caption]
          : [block.text];
    return texts.map((t) => shownText(t, content.glossary).replace(/\s+/g, ' ').trim());
  });
}

/** Where content/ writes a main message, an instruction in bold, a checklist and a drawing, and how each shows. */
describe('the features of clear communication', () => {
  const shownBlocks = (kind: Block['kind']) =>
    elements.flatMap(({tag}) =>
      content.elements[tag].sections.flatMap((section) =>
        [...eachBlock(section.blocks)].filter(({block}) => block.kind === kind).map(({block}) => ({tag, block})),
      ),
    );

  it('a main message shows at the top of its element, set apart as one paragraph', async () => {
    const mains = shownBlocks('callout');
    expect(mains.length, 'content/ has main messages').to.be.above(0);
    for (const {tag, block} of mains) {
      const element = await render(tag);
      const callouts = root(element).querySelectorAll('[part~="callout"]');
      expect(callouts, tag).to.have.length(1);
      const [paragraph, ...rest] = callouts[0].children;
      expect([paragraph.tagName, rest.length]).to.deep.equal(['P', 0]);
      expect(readerText(paragraph)).to.equal(shownText((block as {text: string}).text, content.glossary));
      const first = root(element).querySelector('[data-section]')!;
      expect(first.contains(callouts[0]), 'in the first section').to.be.true;
    }
  });

  it('shows each **marked** instruction in <strong>, as content/ marks it', async () => {
    for (const {tag} of elements) {
      const element = await render(tag);
      const marked = [...root(element).querySelectorAll('[part~="base"] strong')].map(readerText);
      const written = [...JSON.stringify(content.elements[tag]).matchAll(/\*\*(.+?)\*\*/g)].map(([, words]) =>
        shownText(words, content.glossary),
      );
      expect(marked, tag).to.deep.equal(written);
    }
  });

  it('a checklist: a box to tick per item, its words its label; a tick survives a change of language', async () => {
    const lists = shownBlocks('checklist');
    expect(lists.length, 'content/ has a checklist').to.be.above(0);
    for (const {tag, block} of lists) {
      const element = await render(tag);
      const boxes = [...root(element).querySelectorAll<HTMLInputElement>('[part~="checklist"] input[type="checkbox"]')];
      expect(boxes.map((box) => readerText(box.labels![0]))).to.deep.equal(
        (block as unknown as {items: {text: string}[]}).items.map((item) => shownText(item.text, content.glossary)),
      );
      boxes[0].labels![0].querySelector('span')!.click(); // a tap on the words ticks the box
      expect(boxes[0].checked).to.be.true;
      // Another language, and the sections as disclosures: every box is made anew, and the tick stays.
      element.locale = 'es';
      element.collapsible = true;
      await element.updateComplete;
      const after = root(element).querySelectorAll<HTMLInputElement>('[part~="checklist"] input');
      expect(after[0], 'a new box').to.not.equal(boxes[0]);
      expect([...after].map((box) => box.checked)).to.deep.equal(boxes.map((_, i) => i === 0));
      await expect(element).to.be.accessible();
    }
  });

  it('a drawing: an image named by its text alternative, with its caption, in the text’s color', async () => {
    const figures = shownBlocks('figure');
    expect(figures.length, 'content/ has a drawing').to.be.above(0);
    for (const {tag, block} of figures) {
      const {alt, caption, drawing} = block as {alt: string; caption: string; drawing: string};
      const element = await render(tag);
      const figure = root(element).querySelector('[part~="figure"]')!;
      const svg = figure.querySelector('svg')!;
      expect([svg.getAttribute('role'), svg.getAttribute('aria-label')]).to.deep.equal(['img', alt]);
      expect(readerText(figure.querySelector('figcaption')!)).to.equal(shownText(caption, content.glossary));
      expect(svg.querySelectorAll('path')).to.have.length(content.drawings[drawing].paths.length);
      expect(svg.querySelectorAll('text, image, foreignObject')).to.have.length(0);
      const style = getComputedStyle(svg.querySelector('path')!);
      expect([style.stroke, style.fill]).to.deep.equal([getComputedStyle(element).color, 'none']);
      expect(
        getComputedStyle(svg.querySelector('.mark')!).strokeDasharray,
        'the mark stands out without color',
      ).to.not.equal('none');
    }
  });
});

describe('the English text on screen', () => {
  for (const {tag} of elements) {
    it(`<${tag}> shows each section's headings, paragraphs and list items as content/ writes them`, async () => {
      const element = await render(tag);
      const sections = [...root(element).querySelectorAll('[data-section]')];
      expect(sections.map((section) => section.getAttribute('data-section'))).to.deep.equal(
        content.elements[tag].sections.map((section) => section.id),
      );
      content.elements[tag].sections.forEach((section, i) => {
        const [heading, ...body] = [...sections[i].querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, figcaption')];
        expect(text(heading), section.id).to.equal(section.heading);
        expect(body.map(readerText), section.id).to.deep.equal(expectedTexts(section.blocks));
      });
    });
  }
});

describe('clinical facts', () => {
  const factIds = async () =>
    [...(await fetchText('/test/fixtures/content-facts.md')).matchAll(/^- ([A-Z]\d+) /gm)].map((m) => m[1]);

  /** Every content item that names facts, with a readable place for messages. */
  function carriers(): {place: string; facts: readonly string[]; text?: string; tag?: string}[] {
    const found: {place: string; facts: readonly string[]; text?: string; tag?: string}[] = [];
    const add = (place: string, item: {facts?: readonly string[]}, text?: string, tag?: string) =>
      item.facts && found.push({place, facts: item.facts, text, tag});
    const walk = (tag: string, blocks: readonly Block[]) => {
      for (const {block} of eachBlock(blocks)) {
        if (block.kind === 'paragraph' || block.kind === 'callout') add(block.id, block, block.text, tag);
        else if (block.kind === 'figure') add(block.id, block, block.caption, tag);
        else add(block.id, block);
        if (block.kind === 'list' || block.kind === 'checklist') {
          for (const item of block.items) add(item.id, item, item.text, tag);
        }
      }
    };
    add('dates', content.dates);
    add('disclaimer', content.disclaimer, content.disclaimer.text);
    for (const term of Object.values(content.glossary)) add(`glossary ${term.id}`, term);
    for (const [tag, element] of Object.entries(content.elements)) {
      walk(tag, element.intro);
      for (const section of element.sections) {
        add(section.id, section);
        walk(tag, section.blocks);
      }
    }
    return found;
  }

  it('are all carried by the English content (fact map)', async () => {
    const ids = await factIds();
    expect(ids).to.have.length.greaterThan(50);
    const map = new Map(ids.map((id) => [id, [] as string[]]));
    for (const {place, facts} of carriers()) for (const fact of facts) map.get(fact)?.push(place);
    const unmapped = [...map].filter(([, places]) => !places.length).map(([id]) => id);
    expect(unmapped, 'facts that no content item carries').to.deep.equal([]);
  });

  it('are only those of the fact sheet', async () => {
    const ids = new Set(await factIds());
    const unknown = carriers().flatMap(({place, facts}) =>
      facts.filter((f) => !ids.has(f)).map((f) => `${place}: ${f}`),
    );
    expect(unknown).to.deep.equal([]);
  });

  it('are shown by the elements: every item that carries a fact is on screen', async () => {
    for (const {tag} of elements) {
      const onScreen = [...root(await render(tag)).querySelectorAll('p, li, figcaption')].map(readerText).join(' ');
      for (const carrier of carriers().filter((c) => c.tag === tag && c.text)) {
        expect(onScreen, carrier.place).to.include(shownText(carrier.text!, content.glossary).replace(/\s+/g, ' '));
      }
    }
  });

  it('come with a glossary of the medical words the text needs', () => {
    const required = [
      'thrombocytopenia',
      'anemia',
      'leukemia',
      'lymphoma',
      'multiple myeloma',
      'polycythemia vera',
      'osteomyelitis',
      'sternum',
      'sedative',
      'local anesthetic',
      'culture and sensitivity test',
      'chromosome analysis',
      'stem cell transplant',
    ];
    const terms = Object.values(content.glossary).map((term) => term.term);
    expect(terms).to.include.members(required);
  });
});

describe('documentation', () => {
  it('the README lists each element’s section ids, in order', async () => {
    const readme = await fetchText('/README.md');
    for (const {tag, sections} of elements) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`<${tag}>\``));
      expect(row, `README table row for <${tag}>`).to.exist;
      const idsCell = row!.split('|')[2];
      expect([...idsCell.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])).to.deep.equal([...sections]);
    }
  });

  it('the custom elements manifest documents each element’s section ids, attributes, events and parts', async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json'));
    const declarations = manifest.modules.flatMap((module: {declarations?: unknown[]}) => module.declarations ?? []);
    for (const {tag, sections} of elements) {
      const declaration = declarations.find((d: {tagName?: string}) => d.tagName === tag);
      expect(declaration, tag).to.exist;
      expect(declaration.description).to.include(sections.map((id) => `\`${id}\``).join(', '));
      expect(declaration.attributes.map((a: {name: string}) => a.name)).to.include.members([
        'sections',
        'heading-level',
        'locale',
      ]);
      expect(declaration.events.map((e: {name: string}) => e.name)).to.have.members([
        'bmg-term-toggle',
        'bmg-section-toggle',
        'bmg-ready',
        'bmg-language-error',
      ]);
      expect(declaration.cssParts.map((p: {name: string}) => p.name)).to.include.members([
        'base',
        'section',
        'heading',
        'term',
        'definition',
        'meta',
      ]);
      expect(declaration.cssProperties.length).to.be.greaterThan(4);
    }
  });
});
