// Chinese (and Japanese) text has no spaces: a line may break between any two characters, but
// never after opening punctuation such as （ or before closing punctuation such as ），。 (the
// browser's line breaking knows this for text). A glossary term is a button, and next to a
// button the browser may break anyway, so the renderer keeps the punctuation touching a term on
// the term's line, as it does for "(" and ")." in English (test/layout.test.ts checks those).
//
// Checked on a made-up language, so it holds whatever translations exist: the English with each
// letter written as a CJK character, no spaces, full-width punctuation, and every term in （…）.
import '../dist/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {render as litRender} from 'lit';
import {english, structure} from '../src/generated/content.js';
import {renderGuide} from '../src/render.js';
import {styles} from '../src/styles.js';
import type {Language} from '../src/translations.js';

const fullWidth: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
};
const opening = '（“‘《「';
const closing = '）”’》」，。、：；！？';

/** English words as CJK-like text: letters and digits become 字, spaces go, punctuation is full width. */
const asCjk = (words: string) =>
  words
    .replace(/[\p{L}\p{N}]/gu, '字')
    .replace(/[ '’-]/g, '')
    .replace(/[(),.:;!?]/g, (mark) => fullWidth[mark]);

/** A message in the made-up language; markers (terms, placeholders, **) kept, each term in （…）. */
function madeUp(text: string): string {
  return text
    .split(/(\[\[[^\]]+\]\]|\{\w+\}|\*\*)/)
    .map((part, i) => {
      if (i % 2 === 0) return asCjk(part);
      const term = part.match(/^\[\[([^|\]]+)(?:\|(.*))?\]\]$/);
      if (!term) return part;
      return `（[[${term[1]}${term[2] === undefined ? '' : `|${asCjk(term[2])}`}]]）`;
    })
    .join('');
}

const language: Language = {
  lang: 'zh-x-test',
  strings: english.strings.map((text) => madeUp(text ?? '')),
  inEnglish: new Set(),
  dates: english.dates,
};
const latin: Language = {lang: 'en', strings: english.strings as string[], inEnglish: new Set(), dates: english.dates};

/** Renders an element in the made-up language, with the elements' own styles, in a box `width` px wide. */
function renderAt(
  tag: keyof typeof structure.elements,
  width: number,
  shown = language,
): {host: HTMLElement; shadow: ShadowRoot} {
  const host = document.body.appendChild(document.createElement('div'));
  host.style.cssText = `width: ${width}px; font-size: 16px`;
  const shadow = host.attachShadow({mode: 'open'});
  shadow.adoptedStyleSheets = [styles.styleSheet!];
  const element = structure.elements[tag];
  litRender(
    renderGuide({
      structure,
      element,
      sections: element.sections,
      level: 2,
      language: shown,
      dir: 'ltr',
      terms: {isOpen: () => false, onClick: () => {}, onKeydown: () => {}},
      sectionControls: {isOpen: null, onToggle: () => {}, onFound: () => {}},
      checklist: {isChecked: () => false, onChange: () => {}},
    }),
    shadow,
  );
  return {host, shadow};
}

const block = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)!.closest('p, li, figcaption, dt, dd, h1, h2, h3, h4, h5, h6');

/** The box of one character of a text node. */
function charBox(node: Text, offset: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

/** Side by side with the term's box, and level with it. */
const glued = (mark: DOMRect, term: DOMRect, side: 'before' | 'after') =>
  mark.top < term.bottom &&
  mark.bottom > term.top &&
  Math.abs(side === 'before' ? mark.right - term.left : mark.left - term.right) < 1;

describe('line breaking without spaces', () => {
  it('keeps full-width punctuation touching a term on the term’s line, at every width', () => {
    let checked = 0;
    for (let width = 160; width <= 480; width += 8) {
      for (const tag of Object.keys(structure.elements) as (keyof typeof structure.elements)[]) {
        const {host, shadow} = renderAt(tag, width);
        // The text a reader sees, in order: not a term's own words, not a closed definition.
        const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const parent = node.parentElement!;
          if (node.data.trim() && !parent.closest('button, [hidden]')) texts.push(node);
        }
        for (const button of shadow.querySelectorAll<HTMLButtonElement>('button.term')) {
          const box = button.getBoundingClientRect();
          const follows = (node: Text) => button.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
          const before = texts.filter((node) => !follows(node)).at(-1);
          const after = texts.find((node) => follows(node));
          const where = `${width}px <${tag}> ${button.dataset.term}`;
          if (before && block(before) === block(button) && opening.includes(before.data.trimEnd().at(-1)!)) {
            const mark = charBox(before, before.data.trimEnd().length - 1);
            expect(glued(mark, box, 'before'), `${where}: "${before.data.trimEnd().at(-1)}" before it`).to.be.true;
            checked += 1;
          }
          const first = after?.data.trimStart()[0];
          if (after && block(after) === block(button) && first && closing.includes(first)) {
            const mark = charBox(after, after.data.length - after.data.trimStart().length);
            expect(glued(mark, box, 'after'), `${where}: "${first}" after it`).to.be.true;
            checked += 1;
          }
        }
        host.remove();
      }
    }
    expect(checked, 'punctuation touching terms was found and checked').to.be.above(100);
  });

  it('prints a definition in full-width brackets, as Chinese sets an aside', async function () {
    type Media = {print?: boolean};
    const emulate = (media: Media) =>
      executeServerCommand<{supported: boolean}, Media>('emulate-print-or-forced-colors', media);
    const {supported} = await emulate({print: true});
    try {
      if (!supported) this.skip();
      const printed = (shown: Language) => {
        const {host, shadow} = renderAt('risk-list', 320, shown);
        const definition = shadow.querySelector('.definition')!;
        const style = [
          getComputedStyle(definition, '::before').content,
          getComputedStyle(definition, '::after').content,
        ];
        host.remove();
        return style;
      };
      expect(printed(language)).to.deep.equal(['"［"', '"］"']);
      expect(printed(latin)).to.deep.equal(['"["', '"]"']);
    } finally {
      await emulate({});
    }
  });
});
