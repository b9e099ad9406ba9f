// The pseudo-locales prove that every visible string is translatable and that the layout
// survives longer text and right-to-left: en-XA (accented, about a third longer, bracketed)
// and ar-XB (right to left), both made from the English at build. They are not in the
// production dist/: this file loads the development bundle, which has them (each test file
// runs in a page of its own, so it never meets the production bundle).
import '../build/dev/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import {elements, expectFits320, expectMirrored, renderIn, root} from './helpers.js';

/** Every text node a reader sees, except dates, which Intl formats rather than a translator. */
function visibleTexts(element: Element): string[] {
  const walker = document.createTreeWalker(root(element), NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('time, style') || !node.textContent!.trim()) continue;
    texts.push(node.textContent!);
  }
  return texts;
}

for (const {tag} of elements) {
  describe(`<${tag}> in pseudo-locales`, () => {
    it('en-XA: every visible text node is pseudo-localized, so no text is hard-coded', async () => {
      const {element} = await renderIn('en-XA', tag, 320);
      const texts = visibleTexts(element);
      expect(texts.length).to.be.above(20);
      const untranslated = texts.filter((text) => /[A-Za-z]/.test(text));
      expect(untranslated, 'text nodes with plain ASCII letters').to.deep.equal([]);
      expect(texts.join('')).to.include('⟦').and.include('⟧');
    });

    for (const locale of ['en-XA', 'ar-XB']) {
      it(`${locale}: fits a 320 px wide screen without sideways scrolling, definitions open`, async () => {
        await expectFits320(tag, locale);
      });

      it(`${locale}: axe finds nothing, definitions open`, async () => {
        const {element} = await renderIn(locale, tag, 600);
        await expect(element).to.be.accessible();
      });
    }

    it('ar-XB: right to left, with the layout mirrored', async () => {
      await expectMirrored(tag, 'ar-XB');
    });
  });
}
