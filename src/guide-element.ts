import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {content} from './content/data.js';
import type {Section} from './content/model.js';
import {resolveLocale, type ResolvedLocale} from './locale.js';
import {renderGuide} from './render.js';
import {styles} from './styles.js';

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
 * glossary terms a reader can open, and the dates and disclaimer line. A subclass only names
 * its content; its sections and text come from content/<tag>.yaml.
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
   * Reserved for translations. This release shows English; asking for another language shows
   * English with a console warning.
   */
  @property() locale = '';

  /** The tag whose content this element shows; content/<guide>.yaml holds its text. */
  protected abstract readonly guide: string;

  private shownSections: readonly Section[] = [];
  private level = defaultHeadingLevel;
  private resolved: ResolvedLocale = resolveLocale('');
  private readonly openTerms = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) this.shownSections = this.selectSections();
    if (changed.has('headingLevel')) this.level = this.checkedHeadingLevel();
    if (changed.has('locale')) {
      this.resolved = resolveLocale(this.locale);
      if (this.resolved.warning) this.warn(this.resolved.warning);
    }
  }

  private get all(): readonly Section[] {
    return content.elements[this.guide].sections;
  }

  private selectSections(): readonly Section[] {
    const requested = new Set(parseSectionIds(this.sections));
    if (!requested.size) return this.all;
    const chosen = this.all.filter((section) => requested.has(section.id));
    const unknown = [...requested].filter((id) => !this.all.some((section) => section.id === id));
    if (unknown.length) {
      this.warn(
        `ignoring unknown section id(s) ${unknown.map((id) => `"${id}"`).join(', ')}. ` +
          `Valid ids: ${this.all.map((section) => section.id).join(', ')}.` +
          (chosen.length ? '' : ' Showing every section.'),
      );
    }
    return chosen.length ? chosen : this.all;
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
    return renderGuide({
      content,
      element: content.elements[this.guide],
      sections: this.shownSections,
      level: this.level,
      lang: this.resolved.lang,
      dir: this.resolved.dir,
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
