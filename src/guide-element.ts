import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {GuideContent} from './content/model.js';
import {directionOf, inheritedLang, resolveLocale, unwatchLang, watchLang} from './locale.js';
import {renderGuide} from './render.js';
import {styles} from './styles.js';
import {loadContent, loadedContent, sourceContent, sourceLocale} from './translations.js';

/** Detail of the `bmg-term-toggle` event. */
export interface TermToggleDetail {
  /** The glossary id of the term, e.g. `sternum`. */
  term: string;
  /** True when the definition is now shown. */
  open: boolean;
}

export const defaultHeadingLevel = 2;

/**
 * Splits a `sections` value: ids separated by commas and/or whitespace. Tolerates what a page
 * may hand the property: null (attribute removed) and arrays (which stringify with commas).
 */
export function parseSectionIds(value: unknown): string[] {
  return String(value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * What the three elements share: the `sections`, `heading-level` and `locale` attributes, the
 * language each element shows, the glossary terms a reader can open, and the dates and
 * disclaimer line. A subclass only names its content; its sections and text come from
 * content/<tag>.yaml and, translated, from xliff/<locale>.xlf.
 *
 * @event bmg-term-toggle - A reader opened or closed a glossary term's definition. `detail` is
 *   `{term, open}`. Bubbles and crosses shadow roots.
 *
 * @csspart base - The root wrapper; carries `lang` and `dir`.
 * @csspart section - Each section. Each also has the part `section-<id>`, e.g. `section-bleeding`.
 * @csspart heading - Every heading.
 * @csspart list - Every bulleted or numbered list.
 * @csspart term - A button on a medical word that opens its definition.
 * @csspart definition - The definition shown after a term.
 * @csspart meta - The line with the dates and the disclaimer.
 * @csspart disclaimer - The statement that this does not replace a doctor's advice.
 *
 * @cssprop [--bmg-accent-color=currentColor] - Color of term underlines, the line under a definition, and focus rings.
 * @cssprop [--bmg-heading-color=inherit] - Color of headings.
 * @cssprop [--bmg-heading-font-family=inherit] - Font of headings.
 * @cssprop [--bmg-heading-font-weight=bold] - Weight of headings.
 * @cssprop [--bmg-line-height=1.5] - Line height of the text.
 * @cssprop [--bmg-space=1em] - Space after paragraphs and lists.
 * @cssprop [--bmg-definition-background=rgb(128 128 128 / 0.15)] - Background of an open definition.
 * @cssprop [--bmg-meta-font-size=0.875em] - Size of the dates and disclaimer line.
 */
export abstract class GuideElement extends LitElement {
  static override styles = styles;

  /**
   * Which sections to show: ids separated by commas and/or spaces. They are shown in the
   * element's own order, whatever the order given; repeats are ignored. Unknown ids are ignored
   * with one console warning that lists the valid ids. Empty, absent, or no valid id: every section.
   * The property also takes an array of ids.
   */
  @property() sections: string | readonly string[] = '';

  /**
   * The level of the section headings, 1 to 6; headings inside a section are one level deeper
   * (never beyond 6). Match it to the page so its heading outline stays right: under the page's
   * `<h2>`, use 3. Any other value gives 2, with a console warning.
   */
  @property({attribute: 'heading-level', type: Number}) headingLevel = defaultHeadingLevel;

  /**
   * The language to show, a BCP 47 tag such as `es` or `es-MX`. Empty: the `lang` of the
   * closest element that has one (the element itself included, crossing shadow roots), else
   * the document's, else English. `es-MX` shows `es`; a language that is not available shows
   * English with one console warning that lists the available ones. Changes apply at once, as
   * do changes of the page's `lang`.
   */
  @property() locale = '';

  /** The tag whose content this element shows; content/<guide>.yaml holds its text. */
  protected abstract readonly guide: string;

  private shownSectionIds: ReadonlySet<string> = new Set();
  private level = defaultHeadingLevel;
  /** The locale being shown and its text: English until a translation has loaded. */
  private shown: {lang: string; content: GuideContent} = {lang: sourceLocale, content: sourceContent};
  /** The supported locale this element should show; differs from `shown` while it loads. */
  private wanted = sourceLocale;
  private loading?: Promise<void>;
  /** The last unavailable locale warned about, so a re-render does not repeat the warning. */
  private warnedLocale?: string;
  private readonly openTerms = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.chooseLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) this.shownSectionIds = this.selectSections();
    if (changed.has('headingLevel')) this.level = this.checkedHeadingLevel();
    if (changed.has('locale')) this.chooseLocale();
  }

  /** Resolves once the element shows its language, also when that needs a chunk loaded first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return this.loading ? this.loading.then(() => this.getUpdateComplete()) : result;
  }

  /** @internal The page's `lang` changed somewhere (see locale.ts). */
  langChanged(): void {
    this.chooseLocale();
  }

  private chooseLocale(): void {
    const requested = (this.locale ?? '').trim() || inheritedLang(this);
    const {lang, warning} = resolveLocale(requested);
    if (warning && requested !== this.warnedLocale) this.warn(warning);
    this.warnedLocale = warning ? requested : undefined;
    if (lang === this.wanted) return;
    this.wanted = lang;
    const ready = loadedContent(lang);
    if (ready) {
      this.show(lang, ready);
      return;
    }
    const loading = loadContent(lang).then((content) => {
      if (this.loading === loading) this.loading = undefined;
      if (this.wanted !== lang) return; // a newer request won
      // On failure loadContent has warned; stay readable in English, and let the next change try again.
      if (content) this.show(lang, content);
      else this.show((this.wanted = sourceLocale), sourceContent);
    });
    this.loading = loading;
  }

  private show(lang: string, content: GuideContent): void {
    this.shown = {lang, content};
    this.requestUpdate();
  }

  private get all(): readonly {id: string}[] {
    return sourceContent.elements[this.guide].sections;
  }

  private selectSections(): ReadonlySet<string> {
    const allIds = this.all.map((section) => section.id);
    const requested = parseSectionIds(this.sections);
    const chosen = requested.filter((id) => allIds.includes(id));
    const unknown = [...new Set(requested.filter((id) => !allIds.includes(id)))];
    if (unknown.length) {
      this.warn(
        `ignoring unknown section id(s) ${unknown.map((id) => `"${id}"`).join(', ')}. ` +
          `Valid ids: ${allIds.join(', ')}.` +
          (chosen.length ? '' : ' Showing every section.'),
      );
    }
    return new Set(chosen.length ? chosen : allIds);
  }

  private checkedHeadingLevel(): number {
    const level = this.headingLevel;
    if (level === null || level === undefined) return defaultHeadingLevel; // attribute removed
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    const given = this.getAttribute('heading-level') ?? String(level);
    this.warn(`heading-level must be a whole number from 1 to 6, not "${given}"; using ${defaultHeadingLevel}.`);
    return defaultHeadingLevel;
  }

  private warn(message: string): void {
    console.warn(`<${this.localName}>: ${message}`);
  }

  // Lit calls event listeners with the element as `this`.
  private handleTermClick(event: Event): void {
    const term = (event.currentTarget as HTMLElement).dataset.term!;
    this.setTermOpen(term, !this.openTerms.has(term));
  }

  private handleTermKeydown(event: KeyboardEvent): void {
    const term = (event.currentTarget as HTMLElement).dataset.term!;
    if (event.key === 'Escape' && this.openTerms.has(term)) {
      event.stopPropagation();
      this.setTermOpen(term, false);
    }
  }

  private setTermOpen(term: string, open: boolean): void {
    if (open) this.openTerms.add(term);
    else this.openTerms.delete(term);
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<TermToggleDetail>('bmg-term-toggle', {detail: {term, open}, bubbles: true, composed: true}),
    );
  }

  protected override render() {
    const {lang, content} = this.shown;
    const element = content.elements[this.guide];
    return renderGuide({
      content,
      element,
      sections: element.sections.filter((section) => this.shownSectionIds.has(section.id)),
      level: this.level,
      lang,
      dir: directionOf(lang),
      terms: {
        isOpen: (term) => this.openTerms.has(term),
        onClick: this.handleTermClick,
        onKeydown: this.handleTermKeydown,
      },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bmg-term-toggle': CustomEvent<TermToggleDetail>;
  }
}
