// What a partly translated, partly broken translation looks like to a patient: each text the
// translation lacks, or that the build found broken, shows in English, marked lang="en" on its
// own element so a screen reader switches voice; everything else shows in the language, and no
// markup, entity or placeholder of a broken unit ever reaches the page. The Spanish here is built
// from a damaged copy of xliff/es.xlf (web-test-runner.config.mjs, "damaged").
import {expect} from '@open-wc/testing';
import {english, structure} from '../build/generated/content.js';
import {eachBlock, type Block, type LocaleModule, type Text as Message} from '../src/content/model.js';
import {elements} from './helpers.js';
import {allShow, openPage} from './pages.js';

const damagedUrl = '/test/damaged-spanish.js';
let damaged: LocaleModule;
let messageIds: string[];
const number = (id: string) => messageIds.indexOf(id);
const inEnglish = (text: Message) => damaged.strings[text] === null;

/** The text nodes under a node, definitions left out (they are checked on their own). */
function textNodes(node: Node): Text[] {
  const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) {
    const current = walker.currentNode as Text;
    if (!current.parentElement?.closest('.definition')) found.push(current);
  }
  return found;
}

/** The messages an element shows as headings, paragraphs, list items and captions, in reading order. */
function blockMessages(blocks: readonly Block[]): Message[] {
  return [...eachBlock(blocks)].flatMap(({block}) => {
    if ('text' in block) return [block.text];
    if ('items' in block) return block.items;
    if ('checklist' in block) return block.checklist;
    if ('callout' in block) return [block.callout];
    if ('caption' in block) return [block.caption];
    return [block.heading];
  });
}

describe('a partly translated page, with broken units', () => {
  let frame: HTMLIFrameElement | undefined;
  let page: Document;
  before(async () => {
    damaged = ((await import(damagedUrl)) as {default: LocaleModule}).default;
    messageIds = await (await fetch('/build/l10n/message-ids.json')).json();
    const opened = await openPage('/test/pages/spanish-page.html?copy=damaged');
    frame = opened.frame;
    page = opened.document;
    await allShow(page, 'es');
  });
  after(() => frame?.remove());

  it('has texts in English to check: some not translated, some broken', () => {
    const missing = damaged.strings.filter((text) => text === null).length;
    expect(missing).to.be.above(20);
    for (const id of ['risk-list.bleeding.heading', 'dates', 'key-samples', 'bleeding-site']) {
      expect(inEnglish(number(id)), id).to.be.true;
    }
  });

  /** Each heading, paragraph and list item an element shows, with the message it shows. */
  function shownMessages(tag: (typeof elements)[number]['tag']): [Element, Message][] {
    const base = page.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!;
    const content = structure.elements[tag];
    const expected = [
      ...blockMessages(content.intro),
      ...content.sections.flatMap((section) => [section.heading, ...blockMessages(section.blocks)]),
      ...blockMessages(content.outro),
    ];
    const shown = [...base.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, figcaption')].filter(
      (node) => !node.closest('.meta'),
    );
    expect(shown).to.have.length(expected.length);
    return shown.map((node, i) => [node, expected[i]]);
  }

  for (const {tag} of elements) {
    it(`<${tag}>: each heading, paragraph and list item in English carries lang="en"; the others inherit es`, () => {
      const shown = shownMessages(tag);
      for (const [node, text] of shown) {
        const lang = node.getAttribute('lang');
        expect(lang, `${messageIds[text]}: ${node.textContent?.slice(0, 40)}`).to.equal(inEnglish(text) ? 'en' : null);
      }
      expect(
        shown.filter(([node]) => node.getAttribute('lang') === 'en').length,
        'this element shows some English',
      ).to.be.above(0);
    });

    it(`<${tag}>: each definition and glossary word is in the language it is marked with`, () => {
      const root = page.querySelector(tag)!.shadowRoot!;
      for (const definition of root.querySelectorAll<HTMLElement>('.definition')) {
        const term = definition.id.replace(/^definition-/, '');
        const text = structure.glossary[term].definition;
        expect(definition.closest('[lang]')!.getAttribute('lang'), term).to.equal(inEnglish(text) ? 'en' : 'es');
      }
      // A term button shows the glossary word when a translated text marks it bare, [[id]].
      for (const [node, text] of shownMessages(tag)) {
        const translated = damaged.strings[text];
        for (const button of node.querySelectorAll<HTMLElement>('button[data-term]')) {
          const id = button.dataset.term!;
          if (translated === null || !translated.includes(`[[${id}]]`)) continue;
          const term = structure.glossary[id].term;
          expect(button.closest('[lang]')!.getAttribute('lang'), id).to.equal(inEnglish(term) ? 'en' : 'es');
        }
      }
    });

    it(`<${tag}>: the dates line and disclaimer are in English, dates too, where not translated`, () => {
      const meta = page.querySelector(tag)!.shadowRoot!.querySelector('.meta')!;
      const dates = meta.querySelector('.dates')!;
      expect(dates.getAttribute('lang')).to.equal(inEnglish(structure.smallPrint.dates) ? 'en' : null);
      expect(dates.textContent).to.include('May 4, 2022'); // its placeholder was renamed: the English shows
      const disclaimer = meta.querySelector('.disclaimer')!;
      expect(disclaimer.getAttribute('lang')).to.equal(inEnglish(structure.smallPrint.disclaimer) ? 'en' : null);
    });
  }

  // Inside an English text (a fallback), a Spanish definition or glossary word ("estadificación")
  // must not inherit lang="en"; inside a Spanish text, an untranslated glossary word (a second,
  // bare [[leukemia]]) must not inherit es: src/render.ts marks each where it differs.
  it('shows each glossary word and definition inside a text in the language it is written in, or marks it', () => {
    const wrong: string[] = [];
    for (const {tag} of elements) {
      for (const [node, text] of shownMessages(tag)) {
        const written = damaged.strings[text] ?? english.strings[text] ?? '';
        for (const [, id] of written.matchAll(/\[\[([^|\]]+)\]\]/g)) {
          const term = structure.glossary[id].term;
          const word = damaged.strings[term] ?? english.strings[term] ?? '';
          const wordLang = inEnglish(term) ? 'en' : 'es';
          for (const textNode of textNodes(node)) {
            if (!textNode.data.includes(word)) continue;
            const lang = textNode.parentElement!.closest('[lang]')!.getAttribute('lang');
            if (lang !== wordLang) wrong.push(`${tag} ${messageIds[text]}: "${word}" is ${wordLang}, marked ${lang}`);
          }
        }
        // A definition sits inside the text of its word: an English text may hold a Spanish one.
        for (const definition of node.querySelectorAll('.definition')) {
          const term = definition.id.replace(/^definition-/, '');
          const defined = inEnglish(structure.glossary[term].definition) ? 'en' : 'es';
          const lang = definition.closest('[lang]')!.getAttribute('lang');
          if (lang !== defined)
            wrong.push(`${tag} ${messageIds[text]}: the definition of ${term} is ${defined}, marked ${lang}`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('shows the English where a unit is broken, and nothing of the broken text', () => {
    const risks = page.querySelector('risk-list')!.shadowRoot!;
    const bleeding = risks.querySelector('[data-section="bleeding"]')!;
    const heading = bleeding.querySelector('h2')!;
    expect([heading.textContent, heading.getAttribute('lang')]).to.deep.equal(['Bleeding', 'en']);
    const sternum = risks.querySelector('[data-section="sternum-injury"] h2')!;
    expect(sternum.textContent).to.equal(english.strings[number('risk-list.sternum-injury.heading')]);
    const all = elements.map(({tag}) => page.querySelector(tag)!.shadowRoot!.textContent).join(' ');
    for (const leftover of ['<b>', '&amp;', '&oacute;', '{lastEdit}', '[[', ']]', 'Datos al']) {
      expect(all, leftover).not.to.include(leftover);
    }
  });
});
