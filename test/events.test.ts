// What a page hears about the language an element shows: `bmg-ready` once it shows its text (and
// again when the language shown changes), `bmg-language-error` when a language asked for is not
// shown, and why. A portal can wait for `bmg-ready` instead of each element's updateComplete.
import '../dist/bone-marrow-guide.js';
import {expect} from '@open-wc/testing';
import type {GuideElement, LanguageErrorDetail, ReadyDetail} from '../src/guide-element.js';
import {captureWarnings, fixture} from './helpers.js';
import {allShow, openPage, releaseChunks, type PageWindow} from './pages.js';

type Heard = {type: string; tag: string; detail: ReadyDetail | LanguageErrorDetail};

/** Everything the document hears from now on. */
function listen(): Heard[] {
  const heard: Heard[] = [];
  for (const type of ['bmg-ready', 'bmg-language-error']) {
    document.addEventListener(type, (event) =>
      heard.push({type, tag: (event.target as Element).localName, detail: (event as CustomEvent).detail}),
    );
  }
  return heard;
}

describe('events about the language shown', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('bmg-ready: once the first render shows the text, with its language; again on a change of language', async () => {
    const heard = listen();
    const element = document.createElement('risk-list') as GuideElement;
    await fixture(element);
    expect(heard.filter(({tag}) => tag === 'risk-list')).to.deep.equal([
      {type: 'bmg-ready', tag: 'risk-list', detail: {language: 'en'}},
    ]);
    element.locale = 'es';
    await element.updateComplete;
    element.sections = 'bleeding'; // a render that changes no language: nothing to announce
    await element.updateComplete;
    expect(heard.filter(({tag}) => tag === 'risk-list').map(({detail}) => detail)).to.deep.equal([
      {language: 'en'},
      {language: 'es'},
    ]);
    element.remove();
  });

  it('bmg-language-error: a language the guide does not have, and what shows instead', async () => {
    const heard = listen();
    const element = document.createElement('results-explainer') as GuideElement;
    element.locale = 'x-missing'; // a private-use tag: no language the guide could ever have
    await fixture(element);
    const [error, ready] = heard.filter(({tag}) => tag === 'results-explainer');
    expect(error.type).to.equal('bmg-language-error');
    expect(error.detail).to.include({language: 'x-missing', problem: 'unavailable', shown: 'en'});
    expect((error.detail as LanguageErrorDetail).message).to.equal(warnings.messages[0].replace(/^<[^>]+>: /, ''));
    expect(ready).to.deep.equal({type: 'bmg-ready', tag: 'results-explainer', detail: {language: 'en'}});
    element.remove();
  });

  it('bmg-language-error: a text that could not load, for each element, then English', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=missing');
    const heard = (page.window as PageWindow & {guideEvents: Heard[]}).guideEvents;
    for (const tag of ['procedure-overview', 'risk-list', 'results-explainer']) {
      const own = heard.filter((event) => event.tag === tag);
      expect(
        own.map(({type}) => type),
        tag,
      ).to.deep.equal(['bmg-language-error', 'bmg-ready']);
      expect(own[0].detail, tag).to.include({language: 'es', problem: 'failed', shown: 'en'});
      expect((own[0].detail as LanguageErrorDetail).message).to.match(/could not load the "es" text .*tries again/);
      expect(own[1].detail).to.deep.equal({language: 'en'});
    }
    page.frame.remove();
  });

  it('bmg-language-error: a text that is late says so, and bmg-ready follows when it arrives', async () => {
    const page = await openPage('/test/pages/spanish-page.html?copy=gives-up-events');
    const heard = (page.window as PageWindow & {guideEvents: Heard[]}).guideEvents;
    const of = (tag: string) => heard.filter((event) => event.tag === tag);
    expect(of('risk-list').map(({type}) => type)).to.deep.equal(['bmg-language-error', 'bmg-ready']);
    expect(of('risk-list')[0].detail).to.include({language: 'es', problem: 'late', shown: 'en'});
    expect((of('risk-list')[0].detail as LanguageErrorDetail).message).to.match(/has not arrived .* until it does/);
    await releaseChunks('gives-up-events');
    await allShow(page.document, 'es');
    expect(
      of('risk-list')
        .map(({detail}) => detail)
        .at(-1),
    ).to.deep.equal({language: 'es'});
    page.frame.remove();
  });
});
