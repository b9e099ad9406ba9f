// The elements look at home in the host page, fit a phone, and stay legible when printed or
// in forced colors.
import '../dist/bone-marrow-guide.js';
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {GuideElement} from '../src/guide-element.js';
import {elements, openAllTerms, root} from './helpers.js';

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
    const paragraph = root(page.querySelector('risk-list')!).querySelector('p')!;
    const style = getComputedStyle(paragraph);
    expect(style.fontFamily).to.equal(getComputedStyle(page).fontFamily);
    expect(style.color).to.equal('rgb(10, 20, 30)');
    expect(style.fontSize).to.equal('21px');
  });

  it('can be branded with its CSS custom properties and parts', async () => {
    const page = await fixture(html`
      <div>
        <style>
          .branded {
            --bmg-heading-color: rgb(0, 48, 135);
          }
          .branded::part(disclaimer) {
            font-weight: 700;
          }
        </style>
        <risk-list class="branded"></risk-list>
      </div>
    `);
    const shadow = root(page.querySelector('risk-list')!);
    expect(getComputedStyle(shadow.querySelector('h2')!).color).to.equal('rgb(0, 48, 135)');
    expect(getComputedStyle(shadow.querySelector('[part~="disclaimer"]')!).fontWeight).to.equal('700');
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
    for (const locale of ['en', 'es', 'en-XA', 'ar-XB']) {
      it(`<${tag}> in ${locale} fits a 320 px wide screen without sideways scrolling, definitions open`, async () => {
        const page = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 16px"></div>`);
        const element = document.createElement(tag) as GuideElement;
        element.locale = locale;
        page.append(element);
        await element.updateComplete;
        await openAllTerms(element);
        const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal(locale);
        expect(element.getBoundingClientRect().width).to.equal(320);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const {left, right} = page.getBoundingClientRect();
        for (const node of root(element).querySelectorAll('[part~="base"] *')) {
          const box = node.getBoundingClientRect();
          expect(box.left, node.outerHTML.slice(0, 60)).to.be.at.least(left - 0.5);
          expect(box.right, node.outerHTML.slice(0, 60)).to.be.at.most(right + 0.5);
        }
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
