// What docs/using.md promises about languages: each element finds its own locale, shows the
// translator's text from xliff/, follows changes live, and lives beside a portal's own
// @lit/localize set-up. Runs on the built bundle and its real locale chunks.
import '../dist/bone-marrow-guide.js';
import {configureLocalization, msg} from '@lit/localize';
import {expect, html} from '@open-wc/testing';
import type {GuideElement} from '../src/guide-element.js';
import {captureWarnings, elements, fixture, render, root, text} from './helpers.js';

/** The Spanish translator's targets, read from the XLIFF file the build used. */
async function spanishTargets(): Promise<Map<string, string>> {
  const xliff = new DOMParser().parseFromString(await (await fetch('/xliff/es.xlf')).text(), 'application/xml');
  return new Map(
    [...xliff.querySelectorAll('trans-unit')].map((unit) => [unit.id, unit.querySelector('target')?.textContent ?? '']),
  );
}

const base = (element: Element) => root(element).querySelector<HTMLElement>('[part~="base"]')!;
const firstHeading = (element: Element) => text(root(element).querySelector('h1, h2, h3, h4, h5, h6')!);
const shownLang = (element: Element) => base(element).getAttribute('lang');

describe('language', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let targets: Map<string, string>;
  before(async () => (targets = await spanishTargets()));
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.documentElement.removeAttribute('lang');
  });

  describe('which locale an element shows', () => {
    it('shows the Spanish translation inside a page part in Spanish, with no attribute', async () => {
      for (const {tag, sections} of elements) {
        const page = await fixture(html`<div lang="es"></div>`);
        const element = page.appendChild(document.createElement(tag)) as GuideElement;
        await element.updateComplete;
        expect(shownLang(element)).to.equal('es');
        expect(targets.get(`${tag}.${sections[0]}.heading`))
          .to.be.a('string')
          .and.not.equal('');
        expect(firstHeading(element)).to.equal(targets.get(`${tag}.${sections[0]}.heading`));
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('counts a lang attribute on the element itself', async () => {
      const page = await fixture(html`<div lang="en"><risk-list lang="es"></risk-list></div>`);
      const element = page.querySelector<GuideElement>('risk-list')!;
      await element.updateComplete;
      expect(shownLang(element)).to.equal('es');
    });

    it('formats its dates for the language shown', async () => {
      const element = await render('risk-list', {locale: 'es'});
      const meta = root(element).querySelector('[part~="meta"]')!;
      expect(text(meta)).to.include('4 de mayo de 2022');
    });

    it('prefers its own locale attribute to the lang around it', async () => {
      const page = await fixture(html`<div lang="es"><risk-list locale="en"></risk-list></div>`);
      const element = page.querySelector<GuideElement>('risk-list')!;
      await element.updateComplete;
      expect(shownLang(element)).to.equal('en');
      expect(firstHeading(element)).to.equal('Bleeding');
    });

    it('finds the lang of a shadow host when it sits inside a shadow root', async () => {
      const host = await fixture(html`<div lang="es"></div>`);
      const inner = host.attachShadow({mode: 'open'}).appendChild(document.createElement('section'));
      const element = inner.appendChild(document.createElement('risk-list') as GuideElement);
      await element.updateComplete;
      expect(shownLang(element)).to.equal('es');
    });

    it('uses the document’s lang when nothing closer has one, and English when nothing does', async () => {
      const element = await render('risk-list');
      expect(shownLang(element)).to.equal('en');
      document.documentElement.lang = 'es';
      const inSpanishDocument = await render('risk-list');
      expect(shownLang(inSpanishDocument)).to.equal('es');
    });

    it('matches by BCP 47 lookup: es-MX and ES get es, en-GB gets en, with no warning', async () => {
      expect(shownLang(await render('risk-list', {locale: 'es-MX'}))).to.equal('es');
      expect(shownLang(await render('risk-list', {locale: 'ES'}))).to.equal('es');
      expect(shownLang(await render('risk-list', {locale: 'en-GB'}))).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows English, with one warning naming the available locales, for a locale it lacks', async () => {
      const element = await render('risk-list', {locale: 'qaa-CA'});
      expect(shownLang(element)).to.equal('en');
      element.headingLevel = 3;
      await element.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.include('<risk-list>')
        .and.include('"qaa-CA"')
        .and.match(/Available: en(, [\w-]+)*, es(, [\w-]+)*\./);
    });

    it('carries the shown language and direction on its rendered root', async () => {
      const spanish = base(await render('risk-list', {locale: 'es'}));
      expect([spanish.lang, spanish.dir]).to.deep.equal(['es', 'ltr']);
    });

    it('knows no pseudo-locale: they are for testing, not in the production bundle', async () => {
      // ar-XB falls back by BCP 47 lookup: to Arabic where the bundle has it, else to English.
      expect(shownLang(await render('risk-list', {locale: 'ar-XB'}))).to.not.equal('ar-XB');
      await render('risk-list', {locale: 'qaa-CA'});
      const available = /Available: ([\w, -]+)\./.exec(warnings.messages.at(-1)!)![1].split(', ');
      expect(available).to.include('en').and.not.include('ar-XB').and.not.include('en-XA');
    });
  });

  describe('several languages on one page', () => {
    it('renders English and Spanish side by side at the same time', async () => {
      const page = await fixture(html`
        <div>
          <risk-list locale="en"></risk-list>
          <risk-list locale="es"></risk-list>
        </div>
      `);
      const [english, spanish] = page.querySelectorAll<GuideElement>('risk-list');
      await Promise.all([english.updateComplete, spanish.updateComplete]);
      expect([shownLang(english), shownLang(spanish)]).to.deep.equal(['en', 'es']);
      expect(firstHeading(english)).to.equal('Bleeding');
      expect(firstHeading(spanish)).to.equal(targets.get('risk-list.bleeding.heading'));
    });

    it('re-renders at once when its locale changes', async () => {
      const element = await render('risk-list');
      element.locale = 'es';
      await element.updateComplete;
      expect(firstHeading(element)).to.equal(targets.get('risk-list.bleeding.heading'));
      element.locale = 'en';
      await element.updateComplete;
      expect(firstHeading(element)).to.equal('Bleeding');
      element.setAttribute('locale', 'es-US');
      await element.updateComplete;
      expect(firstHeading(element)).to.equal(targets.get('risk-list.bleeding.heading'));
      element.removeAttribute('locale');
      await element.updateComplete;
      expect(firstHeading(element)).to.equal('Bleeding');
    });

    it('re-renders at once when the lang around it changes, also across a shadow root', async () => {
      const page = await fixture(html`<div lang="en"><risk-list></risk-list></div>`);
      const element = page.querySelector<GuideElement>('risk-list')!;
      page.setAttribute('lang', 'es');
      await new Promise((resolve) => setTimeout(resolve)); // the change is seen by a MutationObserver
      await element.updateComplete;
      expect(shownLang(element)).to.equal('es');

      const host = await fixture(html`<div></div>`);
      const wrapper = host.attachShadow({mode: 'open'}).appendChild(document.createElement('div'));
      wrapper.lang = 'en';
      const inShadow = wrapper.appendChild(document.createElement('risk-list') as GuideElement);
      await inShadow.updateComplete;
      wrapper.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await inShadow.updateComplete;
      expect(shownLang(inShadow)).to.equal('es');
    });

    it('re-renders at once when the document’s lang changes', async () => {
      const element = await render('results-explainer');
      document.documentElement.lang = 'es-419';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(shownLang(element)).to.equal('es');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps a glossary term open across a change of language, in the new language', async () => {
      const element = await render('procedure-overview', {sections: 'overview'});
      const button = () => root(element).querySelector<HTMLButtonElement>('button[data-term="bone-marrow"]')!;
      button().click();
      element.locale = 'es';
      await element.updateComplete;
      expect(button().getAttribute('aria-expanded')).to.equal('true');
      const definition = root(element).querySelector('#definition-bone-marrow')!;
      expect(text(definition)).to.equal(targets.get('glossary.bone-marrow.definition'));
    });
  });

  describe('beside a portal that uses @lit/localize itself', () => {
    it('leaves configureLocalization to the portal, and both show their own languages', async () => {
      const portal = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['fr'],
        loadLocale: async () => ({templates: {'portal.greeting': 'Bonjour'}}),
      });
      await portal.setLocale('fr');
      const page = await fixture(html`
        <div>
          <risk-list locale="es"></risk-list>
          <results-explainer></results-explainer>
        </div>
      `);
      const [spanish, english] = [
        page.querySelector<GuideElement>('risk-list')!,
        page.querySelector<GuideElement>('results-explainer')!,
      ];
      await Promise.all([spanish.updateComplete, english.updateComplete]);
      expect(msg('Hello', {id: 'portal.greeting'})).to.equal('Bonjour');
      expect(portal.getLocale()).to.equal('fr');
      expect([shownLang(spanish), shownLang(english)]).to.deep.equal(['es', 'en']);
      expect(firstHeading(spanish)).to.equal(targets.get('risk-list.bleeding.heading'));
    });
  });
});
