// The elements look at home in the host page, fit a phone, and stay legible when printed or
// in forced colors.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {GuideElement} from '../src/guide-element.js';
import {elements, expectFits320, fixture, openAllTerms, render, renderIn, root} from './helpers.js';

type Media = {print?: boolean; forcedColors?: boolean};
const emulate = (media: Media) =>
  executeServerCommand<{supported: boolean}, Media>('emulate-print-or-forced-colors', media);

/** Emulates print or forced colors, or skips the test where the browser's driver cannot. */
async function whenEmulated(context: Mocha.Context, media: Media) {
  const {supported} = await emulate(media);
  if (!supported) context.skip();
}

describe('layout', () => {
  afterEach(() => emulate({}));

  it('takes its font, text color and size from the page', async () => {
    const page = await fixture(html`
      <div style="font-family: Georgia, serif; color: rgb(10, 20, 30); font-size: 21px">
        <risk-list></risk-list>
      </div>
    `);
    const element = page.querySelector<GuideElement>('risk-list')!;
    await element.updateComplete;
    const style = getComputedStyle(root(element).querySelector('p')!);
    expect(style.fontFamily).to.equal(getComputedStyle(page).fontFamily);
    expect(style.color).to.equal('rgb(10, 20, 30)');
    expect(style.fontSize).to.equal('21px');
  });

  it('can be branded with each CSS custom property docs/using.md lists, and with parts', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="font-size: 16px">
        <style>
          .branded::part(disclaimer) {
            font-weight: 700;
          }
        </style>
        <risk-list class="branded"></risk-list>
      </div>
    `);
    const element = page.querySelector<GuideElement>('risk-list')!;
    await openAllTerms(element);
    const shadow = root(element);
    const styleOf = (selector: string) => getComputedStyle(shadow.querySelector(selector)!);
    const cases: [property: string, value: string, selector: string, read: (style: CSSStyleDeclaration) => string][] = [
      ['--bmg-accent-color', 'rgb(0, 94, 184)', '.definition', (style) => style.borderBottomColor],
      ['--bmg-heading-color', 'rgb(0, 48, 135)', 'h2', (style) => style.color],
      ['--bmg-heading-font-family', 'Georgia', 'h2', (style) => style.fontFamily],
      ['--bmg-heading-font-weight', '300', 'h2', (style) => style.fontWeight],
      ['--bmg-line-height', '2', 'p', (style) => style.lineHeight],
      ['--bmg-space', '3px', 'p', (style) => style.marginBottom],
      ['--bmg-definition-background', 'rgb(238, 247, 255)', '.definition', (style) => style.backgroundColor],
      ['--bmg-meta-font-size', '10px', '[part~="meta"]', (style) => style.fontSize],
    ];
    for (const [property, value, selector, read] of cases) {
      const before = read(styleOf(selector));
      element.style.setProperty(property, value);
      const after = read(styleOf(selector));
      element.style.removeProperty(property);
      expect(after, property).to.not.equal(before);
      expect(after, property).to.equal(property === '--bmg-line-height' ? '32px' : value);
    }
    expect(styleOf('[part~="disclaimer"]').fontWeight).to.equal('700');
  });

  it('keeps its own alignment and wrapping inside a page that centers or preserves white space', async () => {
    const page = await fixture(html`<div style="text-align: center; white-space: pre"><risk-list></risk-list></div>`);
    const paragraph = root(page.querySelector('risk-list')!).querySelector('p')!;
    expect(getComputedStyle(paragraph).textAlign).to.equal('start');
    expect(getComputedStyle(paragraph).whiteSpace).to.equal('normal');
  });

  it('starts flush with the page: no space above its first heading', async () => {
    for (const sections of ['', 'timing']) {
      const element = await render('results-explainer', {sections});
      const first = root(element).querySelector('[part~="base"] h2')!;
      expect(getComputedStyle(first).marginTop, sections || 'all').to.equal('0px');
      expect(first.getBoundingClientRect().top).to.equal(element.getBoundingClientRect().top);
    }
  });

  it('shows term words in the font, size and color of the sentence around them', async () => {
    const page = await fixture(html`<div style="font: italic 19px Georgia, serif; color: rgb(10, 20, 30)">
      <risk-list sections="infection"></risk-list>
    </div>`);
    const shadow = root(page.querySelector('risk-list')!);
    const [term, sentence] = [shadow.querySelector('button[data-term]')!, shadow.querySelector('p')!].map((node) =>
      getComputedStyle(node),
    );
    for (const property of ['fontFamily', 'fontSize', 'fontStyle', 'color', 'lineHeight'] as const) {
      expect(term[property], property).to.equal(sentence[property]);
    }
    // A word, not a button box: no background, border or padding of its own.
    expect([term.backgroundColor, term.borderTopWidth, term.paddingLeft]).to.deep.equal([
      'rgba(0, 0, 0, 0)',
      '0px',
      '0px',
    ]);
  });

  it('draws the dotted underline of a term below the descenders, clear of marks under letters', async () => {
    // Through the letters, the dots run into a mark under a letter (Vietnamese ạ, ệ, ộ) and read
    // as one: "bệnh bạch" looks like "bênh bach".
    const element = await render('risk-list');
    const term = getComputedStyle(root(element).querySelector('button[data-term]')!);
    expect(term.textDecorationStyle).to.equal('dotted');
    expect(term.textUnderlinePosition).to.match(/\bunder\b/);
  });

  it('is a block: it starts on its own line and takes the width it is given', async () => {
    const page = await fixture(html`<p style="width: 300px">Before <risk-list></risk-list> after</p>`);
    const element = page.querySelector('risk-list')!;
    expect(getComputedStyle(element).display).to.equal('block');
    expect(element.getBoundingClientRect().width).to.equal(300);
  });

  it('hides with the hidden attribute, as any element does', async () => {
    const element = await render('risk-list', {hidden: ''});
    expect(getComputedStyle(element).display).to.equal('none');
  });

  it('is not restyled by the page’s own rules for headings, paragraphs and buttons', async () => {
    const page = await fixture(html`
      <div>
        <style>
          h2,
          p,
          button {
            display: none !important;
          }
        </style>
        <risk-list></risk-list>
      </div>
    `);
    const shadow = root(page.querySelector('risk-list')!);
    expect(getComputedStyle(shadow.querySelector('h2')!).display).to.equal('block');
    expect(getComputedStyle(shadow.querySelector('p')!).display).to.equal('block');
    expect(getComputedStyle(shadow.querySelector('button')!).display).not.to.equal('none');
  });

  for (const {tag} of elements) {
    for (const locale of ['en', 'es']) {
      it(`<${tag}> in ${locale} fits a 320 px wide screen without sideways scrolling, definitions open`, async () => {
        await expectFits320(tag, locale);
      });
    }

    it(`<${tag}> fits 320 px at 200% text size`, async () => {
      const page = await fixture(html`<div style="width: 320px; font-size: 32px"></div>`);
      const element = document.createElement(tag) as GuideElement;
      page.append(element);
      await element.updateComplete;
      const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  }

  it('never leaves the punctuation touching a term alone at the end or start of a line', async () => {
    // Glued: side by side with the term's box, and level with it.
    const glued = (mark: DOMRect, term: DOMRect, side: 'before' | 'after') =>
      mark.top < term.bottom &&
      mark.bottom > term.top &&
      Math.abs(side === 'before' ? mark.right - term.left : mark.left - term.right) < 1;
    let checked = 0;
    for (const locale of ['en', 'es']) {
      for (let width = 200; width <= 480; width += 20) {
        const page = await fixture<HTMLElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
        for (const {tag} of elements) {
          const element = document.createElement(tag) as GuideElement;
          element.locale = locale;
          page.append(element);
          await element.updateComplete;
          for (const span of root(element).querySelectorAll('.nowrap')) {
            const button = span.querySelector('button')!;
            const box = button.getBoundingClientRect();
            for (const node of span.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const side = node.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before' : 'after';
              const where = `${locale} ${width}px ${tag}: "${node.textContent}" ${side} ${button.dataset.term}`;
              expect(glued(range.getBoundingClientRect(), box, side), where).to.be.true;
              checked += 1;
            }
          }
        }
        page.remove();
      }
    }
    expect(checked, 'punctuation touching terms was found and checked').to.be.above(100);
  });

  it('never breaks an open definition inside a word, whatever the width', async () => {
    // The term's closing punctuation and the definition's first word touch with no space: unless
    // something else makes a break there, the line breaks inside that word ("me|dicine").
    const brokenWords: string[] = [];
    let checked = 0;
    for (let width = 200; width <= 480; width += 10) {
      for (const {tag} of elements) {
        const {page, element} = await renderIn('en', tag, width);
        for (const definition of root(element).querySelectorAll('.definition')) {
          const range = document.createRange();
          let previous: {top: number; letter: boolean} | undefined;
          for (const node of definition.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const {data} = node as Text;
            for (let i = 0; i < data.length; i += 1) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              if (!box) continue;
              const letter = /\p{L}/u.test(data[i]);
              if (previous && box.top > previous.top + 2 && previous.letter && letter) {
                brokenWords.push(`${width}px ${tag}: ${data.slice(0, i)}|${data.slice(i)}`);
              }
              previous = {top: box.top, letter};
            }
            checked += 1;
          }
        }
        page.remove();
      }
    }
    expect(checked, 'open definitions were found and checked').to.be.above(100);
    expect(brokenWords).to.deep.equal([]);
  });

  it('lets a page size each heading level through its part', async () => {
    const page = await fixture(html`
      <div style="font-size: 14px">
        <style>
          .card::part(heading-3) {
            font-size: 14px;
          }
        </style>
        <risk-list class="card" heading-level="3"></risk-list>
      </div>
    `);
    const element = page.querySelector('risk-list')!;
    expect(getComputedStyle(root(element).querySelector('h3')!).fontSize).to.equal('14px');
  });

  it('keeps the dates and the disclaimer together, after the text, on paper', async function () {
    const element = await render('risk-list');
    await whenEmulated(this, {print: true});
    const meta = getComputedStyle(root(element).querySelector('[part~="meta"]')!);
    expect([meta.breakInside, meta.breakBefore]).to.deep.equal(['avoid', 'avoid']);
  });

  it('prints every definition, since paper cannot be clicked', async function () {
    const element = (await fixture(html`<risk-list></risk-list>`)) as GuideElement;
    const definition = root(element).querySelector<HTMLElement>('.definition')!;
    expect(getComputedStyle(definition).display).to.equal('none');
    await whenEmulated(this, {print: true});
    expect(definition.hidden).to.be.true;
    expect(getComputedStyle(definition).display).to.equal('inline');
    expect(getComputedStyle(definition, '::before').content).to.equal('"["');
  });

  it('shows keyboard focus on a term as a ring in the accent color', async () => {
    const page = await fixture(
      html`<div style="--bmg-accent-color: rgb(0, 94, 184)">
        <button>before</button><risk-list sections="infection"></risk-list>
      </div>`,
    );
    const element = page.querySelector<GuideElement>('risk-list')!;
    await element.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    const term = root(element).activeElement!;
    expect(term.matches('button[data-term]:focus-visible')).to.be.true;
    const style = getComputedStyle(term);
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal([
      'solid',
      '2px',
      'rgb(0, 94, 184)',
    ]);
  });

  it('skips laying out an element off screen, and clips no focus ring or term mark at its edges', async () => {
    const page = await fixture(
      html`<div style="--bmg-accent-color: rgb(0, 94, 184)">
        <button>before</button><risk-list sections="infection"></risk-list>
      </div>`,
    );
    const element = page.querySelector<GuideElement>('risk-list')!;
    const base = getComputedStyle(root(element).querySelector('[part~="base"]')!);
    expect(base.contentVisibility).to.equal('auto');
    page.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    const term = root(element).activeElement!;
    const ring = getComputedStyle(term);
    const mark = getComputedStyle(term, '::after');
    // content-visibility clips paint at the element's edge, moved out by overflow-clip-margin:
    // far enough for the focus ring (width and offset) and the raised "?" (a third of its font).
    const clipMargin = parseFloat(base.overflowClipMargin);
    expect(clipMargin).to.be.at.least(parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset));
    expect(clipMargin).to.be.at.least(parseFloat(mark.fontSize) / 3);
  });

  it('lays out and prints every element in full on paper, on screen or not', async function () {
    const element = await render('risk-list');
    await whenEmulated(this, {print: true});
    expect(getComputedStyle(root(element).querySelector('[part~="base"]')!).contentVisibility).to.equal('visible');
  });

  it('outlines an open definition in forced colors mode, where its background is not painted', async function () {
    const element = (await fixture(html`<risk-list></risk-list>`)) as GuideElement;
    await openAllTerms(element);
    const definition = root(element).querySelector<HTMLElement>('.definition')!;
    expect(getComputedStyle(definition).borderTopStyle, 'no box outside forced colors').to.equal('none');
    await whenEmulated(this, {forcedColors: true});
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const style = getComputedStyle(definition);
    expect([style.borderTopStyle, style.borderInlineStartStyle, style.borderInlineEndStyle]).to.deep.equal([
      'solid',
      'solid',
      'solid',
    ]);
  });
});
