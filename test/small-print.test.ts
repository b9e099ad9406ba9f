// The small print under every element (fact M1): a "reviewed" date only where a sign-off
// approved exactly the text shown; a translation speaks of its own review and never borrows the
// English one; a hospital's own review beside ours; no next-review date. Which sign-offs exist is
// the content's business, so the review lines are rendered here from made-up languages; the
// element's attributes are checked on the built bundle.
import '../dist/bone-marrow-guide.js';
import {expect, html} from '@open-wc/testing';
import {render as litRender} from 'lit';
import type {LocaleDates} from '../src/content/model.js';
import {english, structure} from '../src/generated/content.js';
import {renderGuide} from '../src/render.js';
import type {Language} from '../src/translations.js';
import {captureWarnings, fixture, render, root, text} from './helpers.js';

const day = (iso: string, shown: string) => ({iso, shown});
const dates = {factsCurrentAsOf: day('2022-05-04', 'May 4, 2022'), lastEdited: day('2026-12-06', 'December 6, 2026')};

/** The small print of <risk-list> in a made-up language with these dates. */
function smallPrint(lang: string, shownDates: LocaleDates): HTMLElement {
  const language: Language = {lang, strings: english.strings as string[], inEnglish: new Set(), dates: shownDates};
  const element = structure.elements['risk-list'];
  const host = document.createElement('div');
  litRender(
    renderGuide({
      structure,
      element,
      sections: element.sections,
      level: 2,
      language,
      dir: 'ltr',
      terms: {isOpen: () => false, onClick: () => {}, onKeydown: () => {}},
      sectionControls: {isOpen: null, onToggle: () => {}, onFound: () => {}},
      checklist: {isChecked: () => false, onChange: () => {}},
    }),
    host,
  );
  return host.querySelector('[part~="meta"]')!;
}

const reviewLines = (meta: Element) => [...meta.querySelectorAll('[part~="review"]')].map(text);
const times = (meta: Element) => [...meta.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));

describe('the small print', () => {
  it('English approved: the line names the day of the sign-off, in a <time>', () => {
    const meta = smallPrint('en', {...dates, reviewed: day('2026-12-01', 'December 1, 2026')});
    expect(reviewLines(meta)).to.deep.equal([
      'A clinical reviewer checked this text against the medical facts and approved it on December 1, 2026.',
    ]);
    expect(times(meta)).to.deep.equal(['2022-05-04', '2026-12-06', '2026-12-01']);
  });

  it('English not approved (no sign-off, or the text changed since): says so plainly, with no date', () => {
    const meta = smallPrint('en', dates);
    expect(reviewLines(meta)).to.deep.equal(['No clinical reviewer has approved this text yet.']);
    expect(times(meta)).to.deep.equal(['2022-05-04', '2026-12-06']);
  });

  it('a translation never borrows the English sign-off: it says so of the English, and of itself apart', () => {
    const meta = smallPrint('es', {...dates, reviewed: day('2026-12-01', '1 de diciembre de 2026')});
    expect(reviewLines(meta)).to.deep.equal([
      'A clinical reviewer approved the English text of this guide on 1 de diciembre de 2026.',
      'No medical translator has approved this translation yet.',
    ]);
  });

  it('a translation a medical translator approved: its own day', () => {
    const meta = smallPrint('es', {...dates, translationReviewed: day('2026-12-03', '3 de diciembre de 2026')});
    expect(reviewLines(meta)).to.deep.equal([
      'No clinical reviewer has approved the English text of this guide yet.',
      'A medical translator checked this translation and approved it on 3 de diciembre de 2026.',
    ]);
    expect(times(meta)).to.include('2026-12-03');
  });

  it('never shows when the facts are next to be checked: that date is for editors', () => {
    const meta = smallPrint('en', dates);
    expect(text(meta)).to.not.include(structure.reviewDue);
    expect(text(meta)).to.not.match(/\bdue\b|next check/i);
  });
});

describe('a hospital’s own review (reviewed-by, reviewed-on)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  const localLine = (element: Element) => root(element).querySelector('[part~="local-review"]');

  it('shows the hospital’s reviewer and day beside our own review line, the day in the language shown', async () => {
    const element = await render('risk-list', {
      'reviewed-by': 'Patient Education Committee, St Mary’s Hospital',
      'reviewed-on': '2026-12-01',
    });
    const line = localLine(element)!;
    expect(text(line)).to.equal(
      'Patient Education Committee, St Mary’s Hospital reviewed this text on December 1, 2026.',
    );
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01');
    expect(line.previousElementSibling!.matches('[part~="review"]'), 'after our own review line').to.be.true;
    element.locale = 'es';
    await element.updateComplete;
    expect(text(localLine(element)!)).to.include('revisó este texto el 1 de diciembre de 2026');
    expect(warnings.messages).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows the hospital’s words as text, never markup, and at most 200 characters of them', async () => {
    const element = await render('risk-list', {
      'reviewed-by': `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`,
      'reviewed-on': '2026-12-01',
    });
    const line = localLine(element)!;
    expect(line.querySelector('img')).to.equal(null);
    expect(text(line).startsWith('<img src=x onerror=alert(1)>')).to.be.true;
    expect(text(line).length).to.be.below(200 + 60);
  });

  it('shows nothing, with one warning saying what to fix, for a day not YYYY-MM-DD or no reviewer', async () => {
    for (const [attributes, says] of [
      [{'reviewed-by': 'Committee', 'reviewed-on': '1 December 2026'}, /reviewed-on must be a date written YYYY-MM-DD/],
      [{'reviewed-by': 'Committee', 'reviewed-on': '2026-02-30'}, /reviewed-on must be a date written YYYY-MM-DD/],
      [{'reviewed-on': '2026-12-01'}, /reviewed-on needs reviewed-by/],
    ] as const) {
      warnings.messages.length = 0;
      const element = await render('risk-list', attributes);
      expect(localLine(element), JSON.stringify(attributes)).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(says);
    }
  });

  it('takes the words and day as properties too, and removes the line when they are removed', async () => {
    const page = await fixture<HTMLElement>(html`<div><risk-list></risk-list></div>`);
    const element = page.querySelector('risk-list')!;
    expect(localLine(element)).to.equal(null);
    Object.assign(element, {reviewedBy: 'Committee', reviewedOn: '2026-12-01'});
    await element.updateComplete;
    expect(text(localLine(element)!)).to.equal('Committee reviewed this text on December 1, 2026.');
    element.reviewedBy = undefined;
    element.reviewedOn = undefined;
    await element.updateComplete;
    expect(localLine(element)).to.equal(null);
  });
});
