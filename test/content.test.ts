// The content in content/: valid, checked at build, faithful to the clinical fact sheet, and
// documented where page authors look.
import '../dist/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import type {Block, GuideContent} from '../build/content/model.js';
import {shownText} from '../build/content/markup.js';
import {formatProblem, validateContent, type ContentProblem} from '../build/content/validate.js';
import {elements, render, root} from './helpers.js';

const contentFiles = ['guide.yaml', 'glossary.yaml', ...elements.map(({tag}) => `${tag}.yaml`)];

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let files: Record<string, string>;
let content: GuideContent;

before(async () => {
  files = Object.fromEntries(await Promise.all(contentFiles.map(async (name) => [name, await fetchText(`/content/${name}`)])));
  const result = validateContent(files);
  expect(result.problems.map((problem) => formatProblem(problem))).to.deep.equal([]);
  content = result.content!;
});

/** Validates the real content with one file edited; the edit must apply. */
function problemsAfter(file: string, find: string, replace: string): ContentProblem[] {
  expect(files[file], `${file} should contain ${JSON.stringify(find)}`).to.include(find);
  return validateContent({...files, [file]: files[file].replace(find, replace)}).problems;
}

describe('content validation', () => {
  it('accepts the content as it is, and gives every section its heading and text', () => {
    for (const {tag, sections} of elements) {
      expect(content.elements[tag].sections.map((section) => section.id)).to.deep.equal([...sections]);
    }
  });

  it('reports a missing field with the file, line and path', () => {
    const problems = problemsAfter('risk-list.yaml', '    heading: Bleeding\n', '');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({file: 'risk-list.yaml', path: 'sections[0]', message: 'missing field "heading"'});
    expect(formatProblem(problems[0])).to.match(/^content\/risk-list\.yaml:\d+: sections\[0\]: missing field "heading"$/);
  });

  it('reports a duplicate id, naming both places', () => {
    const problems = problemsAfter('risk-list.yaml', '- id: infection-site', '- id: bleeding-site');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({file: 'risk-list.yaml', path: 'sections[1].blocks[0].id'});
    expect(problems[0].message).to.equal('duplicate id "bleeding-site"; first used at risk-list.yaml sections[0].blocks[0].id');
  });

  it('reports an id used in two files', () => {
    const problems = problemsAfter('results-explainer.yaml', '- id: timing-days', '- id: bleeding-site');
    expect(problems.map((p) => formatProblem(p))).to.deep.equal([
      `content/results-explainer.yaml:${problems[0].line}: sections[1].blocks[0].id: duplicate id "bleeding-site"; first used at risk-list.yaml sections[0].blocks[0].id`,
    ]);
  });

  it('reports an unknown section, and the section it leaves missing', () => {
    const problems = problemsAfter('risk-list.yaml', '- id: sternum-injury\n', '- id: sternum-injuries\n');
    expect(problems.map((p) => [p.file, p.path])).to.deep.equal([
      ['risk-list.yaml', 'sections[2].id'],
      ['risk-list.yaml', 'sections'],
    ]);
    expect(problems[0].message).to.equal(
      'unknown section "sternum-injuries" for <risk-list>; the sections of <risk-list> are bleeding, infection, sternum-injury (set in guide.yaml)',
    );
    expect(problems[1].message).to.include('missing section "sternum-injury"');
  });

  it('reports an unknown field, a misspelled glossary term and broken YAML', () => {
    expect(problemsAfter('risk-list.yaml', '    heading: Infection', '    headline: Infection').map((p) => p.message)).to.deep.equal([
      'unknown field "headline"; expected id, heading, blocks, facts, note',
      'missing field "heading"',
    ]);
    expect(problemsAfter('risk-list.yaml', '[[osteomyelitis]]', '[[osteomylitis]]')[0]).to.include({
      path: 'sections[1].blocks[0].text',
      message: 'unknown glossary term "osteomylitis"; add it to glossary.yaml',
    });
    const [broken] = problemsAfter('risk-list.yaml', '  - id: infection\n', '  - id: infection\n   oops: [\n');
    expect(broken.file).to.equal('risk-list.yaml');
    expect(broken.message).to.match(/^not valid YAML/);
  });
});

describe('clinical facts', () => {
  const factIds = async () => [...(await fetchText('/test/fixtures/content-facts.md')).matchAll(/^- ([A-Z]\d+) /gm)].map((m) => m[1]);

  /** Every content item that names facts, with a readable place for messages. */
  function carriers(): {place: string; facts: readonly string[]; text?: string; tag?: string}[] {
    const found: {place: string; facts: readonly string[]; text?: string; tag?: string}[] = [];
    const add = (place: string, item: {facts?: readonly string[]}, text?: string, tag?: string) =>
      item.facts && found.push({place, facts: item.facts, text, tag});
    const walk = (tag: string, blocks: readonly Block[]) => {
      for (const block of blocks) {
        if (block.kind === 'paragraph') add(block.id, block, block.text, tag);
        if (block.kind === 'list') {
          add(block.id, block);
          for (const item of block.items) add(item.id, item, item.text, tag);
        }
        if (block.kind === 'subsection') {
          add(block.id, block);
          walk(tag, block.blocks);
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
    const unknown = carriers().flatMap(({place, facts}) => facts.filter((f) => !ids.has(f)).map((f) => `${place}: ${f}`));
    expect(unknown).to.deep.equal([]);
  });

  it('are shown by the elements: every item that carries a fact is on screen', async () => {
    const readerText = (scope: ParentNode) => {
      const copy = document.createElement('div');
      copy.append(...[...scope.querySelectorAll('p, li')].map((node) => node.cloneNode(true)));
      copy.querySelectorAll('.definition').forEach((definition) => definition.remove());
      return copy.textContent!.replace(/\s+/g, ' ');
    };
    for (const {tag} of elements) {
      const onScreen = readerText(root(await render(tag)));
      for (const carrier of carriers().filter((c) => c.tag === tag && c.text)) {
        expect(onScreen, carrier.place).to.include(shownText(carrier.text!, content.glossary).replace(/\s+/g, ' '));
      }
    }
  });

  it('come with a glossary of the medical words the text needs', () => {
    const required = [
      'thrombocytopenia', 'anemia', 'leukemia', 'lymphoma', 'multiple myeloma', 'polycythemia vera', 'osteomyelitis',
      'sternum', 'sedative', 'local anesthetic', 'culture and sensitivity test', 'chromosome analysis', 'stem cell transplant',
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

  it('the custom elements manifest documents each element’s section ids, attributes, event and parts', async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json'));
    const declarations = manifest.modules.flatMap((module: {declarations?: unknown[]}) => module.declarations ?? []);
    for (const {tag, sections} of elements) {
      const declaration = declarations.find((d: {tagName?: string}) => d.tagName === tag);
      expect(declaration, tag).to.exist;
      expect(declaration.description).to.include(sections.map((id) => `\`${id}\``).join(', '));
      expect(declaration.attributes.map((a: {name: string}) => a.name)).to.include.members(['sections', 'heading-level', 'locale']);
      expect(declaration.events.map((e: {name: string}) => e.name)).to.deep.equal(['bmg-term-toggle']);
      expect(declaration.cssParts.map((p: {name: string}) => p.name)).to.include.members(['base', 'section', 'heading', 'term', 'definition', 'meta']);
      expect(declaration.cssProperties.length).to.be.greaterThan(4);
    }
  });
});
