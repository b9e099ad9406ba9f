// axe finds nothing, in every example the docs show, with definitions closed and open.
import '../dist/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {createExample, examples} from '../demo/examples.js';
import {elements, fixture, render, root} from './helpers.js';

describe('accessibility (axe)', () => {
  it('has examples in other locales, so axe checks translated text too', () => {
    expect(examples.filter((example) => example.attributes?.locale)).to.have.length.greaterThan(0);
  });

  for (const example of examples) {
    it(`passes for the example "${example.title}"`, async () => {
      const element = await fixture<GuideElement>(createExample(example));
      // A locale's text loads asynchronously: updateComplete resolves once it is shown.
      await element.updateComplete;
      const locale = example.attributes?.locale;
      if (locale) {
        // Not English by accident: the example shows the locale it asks for.
        expect(root(element).querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(locale);
      }
      await expect(element).to.be.accessible();
    });
  }

  for (const {tag, sections} of elements) {
    it(`passes for <${tag}> with every definition open`, async () => {
      const element = await render(tag);
      for (const button of root(element).querySelectorAll<HTMLButtonElement>('button[data-term]')) button.click();
      await element.updateComplete;
      expect(root(element).querySelector('.definition:not([hidden])')).to.exist;
      await expect(element).to.be.accessible();
    });

    it(`passes for <${tag}> showing one section at heading level 1`, async () => {
      const element = await render(tag, {sections: sections[sections.length - 1], 'heading-level': '1'});
      await expect(element).to.be.accessible();
    });
  }
});
