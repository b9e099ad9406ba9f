// First: the bundle evaluates it before anything else, so a first render's budget counts the evaluation.
import {inTurn} from './first-render.js';
import {isServer, LitElement, ReactiveElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {LocaleController, type LanguageErrorDetail, type ReadyDetail} from './locale-controller.js';
import {LocalWordsController} from './local-words.js';
import {FocusKeeper} from './focus-keeper.js';
import {own} from './own.js';
import {checkLocalReview, shownDay, type LocalReview} from './local-review.js';
import {renderGuide} from './render.js';
import {RenderRoot} from './render-root.js';
import {warnIfReviewOverdue} from './review-due.js';
import {styles} from './styles.js';
import {structure} from './translations.js';
import {quoted, warn} from './warnings.js';

/** Detail of the `bmg-section-toggle` event. */
export interface SectionToggleDetail {
  /** The section's id, e.g. `bleeding`. */
  section: string;
  /** True when the section is now open. */
  open: boolean;
}

/** Detail of the `bmg-term-toggle` event. */
export interface TermToggleDetail {
  /** The glossary id of the term, e.g. `sternum`. */
  term: string;
  /** True when the definition is now shown. */
  open: boolean;
}

const defaultHeadingLevel = 2;

/** Property declarations whose options, and their converters, have no prototype. */
function ownDeclarations(declarations: PropertyDeclarations): PropertyDeclarations {
  return Object.fromEntries(
    Object.entries(declarations).map(([name, options]) => {
      const {converter} = Object.hasOwn(options, 'converter') ? options : {converter: undefined};
      return [name, own(typeof converter === 'object' ? {...options, converter: own(converter)} : options)];
    }),
  );
}

/** The id of the section an event happened in (its `data-section`). */
const sectionOf = (event: Event) =>
  (event.currentTarget as Element).closest<HTMLElement>('[data-section]')!.dataset.section!;

/** The longest `sections` value read: every id of every element fits many times over. */
const maxSectionsLength = 1000;

/**
 * Splits a `sections` value: ids separated by commas and/or whitespace. Tolerates what a page
 * may hand the property: null or undefined, arrays, and anything else (ignored).
 */
function parseSectionIds(value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  return text
    .slice(0, maxSectionsLength)
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * What the three elements share: the `sections`, `heading-level` and `locale` attributes, the
 * glossary terms a reader can open, and the dates and disclaimer line. The language shown is
 * the LocaleController's. A subclass only names its content; its sections and text come from
 * content/<tag>.yaml and, translated, from xliff/<locale>.xlf.
 *
 * @event {CustomEvent<TermToggleDetail>} bmg-term-toggle - A reader opened or closed a glossary
 *   term's definition. `detail` is `{term, open}`. Bubbles and crosses shadow roots.
 * @event {CustomEvent<SectionToggleDetail>} bmg-section-toggle - With `collapsible`, a reader
 *   opened or closed a section. `detail` is `{section, open}`. Bubbles and crosses shadow roots.
 * @event {CustomEvent<ReadyDetail>} bmg-ready - The element shows all its text, in the language
 *   `detail.language`: after its first render (every section), and after each change of the language shown
 *   (a `locale` or page `lang` changed, or a late language arrived). Bubbles and crosses shadow roots.
 * @event {CustomEvent<LanguageErrorDetail>} bmg-language-error - A language asked for is not
 *   shown: `detail` is `{language, problem, message, shown}`, `problem` one of `unavailable`
 *   (the guide has no such language), `failed` (its text could not load; a later change of
 *   language tries again) or `late` (not here yet; it shows when it comes, with a `bmg-ready`);
 *   `shown` is the language shown instead. Bubbles and crosses shadow roots.
 *
 * @csspart base - The root wrapper; carries `lang` and `dir`.
 * @csspart section - Each section. Each also has the part `section-<id>`, e.g. `section-bleeding`.
 * @csspart heading - Every heading. Each also has the part `heading-<level>`, e.g. `heading-3`.
 * @csspart summary - With `collapsible`, the line with a section's heading that opens it.
 * @csspart callout - The main message at the top, set apart by its border.
 * @csspart list - Every bulleted or numbered list, and the checklist.
 * @csspart checklist - The list of boxes to tick (also a `list`).
 * @csspart figure - A drawing with its caption.
 * @csspart drawing - The drawing itself (an SVG in the text's color).
 * @csspart term - A button on a medical word that opens its definition.
 * @csspart definition - The definition shown after a term.
 * @csspart local-instructions - Around a slot for the hospital's own words.
 * @csspart words - The list of the medical words used, with their meanings, at the end.
 * @csspart meta - The small print: the dates, the review status and the disclaimer.
 * @csspart review - Each line of the review status (whether a reviewer approved this exact text).
 * @csspart local-review - The hospital's own review (`reviewed-by`, `reviewed-on`); also a `review`.
 * @csspart disclaimer - The statement that this does not replace a doctor's advice.
 *
 * @cssprop [--bmg-accent-color=currentColor] - Color of term underlines, the line under a definition, focus rings, the
 *   main message's border and what the drawing marks.
 * @cssprop [--bmg-heading-color=inherit] - Color of headings.
 * @cssprop [--bmg-heading-font-family=inherit] - Font of headings.
 * @cssprop [--bmg-heading-font-weight=bold] - Weight of headings.
 * @cssprop [--bmg-line-height=1.5] - Line height of the text.
 * @cssprop [--bmg-space=1em] - Space after paragraphs and lists.
 * @cssprop [--bmg-definition-background=rgb(128 128 128 / 0.15)] - Background of an open definition.
 * @cssprop [--bmg-meta-font-size=0.875em] - Size of the small print (dates, review status, disclaimer).
 */
export abstract class GuideElement<Section extends string = string> extends LitElement {
  static override styles = styles;

  // Read by attachShadow() and Lit's server renderer through the prototype chain, like the
  // options below: a page's Object.prototype.delegatesFocus must not change how focus moves.
  static override shadowRootOptions = own({mode: 'open'} as ShadowRootInit);

  // Attributes and properties. An attribute removed reads as its default, not as null. (Lit's
  // static form rather than decorators: the same, and the bundle has no decorator helper.)
  static override properties: PropertyDeclarations = {
    sections: {converter: {fromAttribute: (value: string | null) => value ?? ''}},
    // Its own accessor (below) checks and stores a number, whatever it is given.
    headingLevel: {
      attribute: 'heading-level',
      noAccessor: true,
      converter: {fromAttribute: (value: string | null) => value ?? defaultHeadingLevel},
    },
    locale: {converter: {fromAttribute: (value: string | null) => value ?? ''}},
    collapsible: {type: Boolean},
    reviewedBy: {attribute: 'reviewed-by'},
    reviewedOn: {attribute: 'reviewed-on'},
  };

  // Lit reads each option through the prototype chain: from here on each is an object without
  // one, so a page's Object.prototype.state or .noAccessor cannot change how an attribute is read.
  static {
    this.properties = ownDeclarations(this.properties);
  }

  /**
   * Which sections to show: ids separated by commas and/or spaces. They are shown in the
   * element's own order, whatever the order given; repeats are ignored. Unknown ids are ignored
   * with one console warning that lists the valid ids. Empty, absent, or no valid id: every section.
   * The property also takes an array of ids, typed with the element's own (e.g. `RiskListSection`).
   */
  sections: string | readonly Section[] = '';

  /**
   * The level of the section headings, 1 to 6; headings inside a section are one level deeper
   * (never beyond 6). Match it to the page so its heading outline stays right: under the page's
   * `<h2>`, use 3. Any other value gives 2, with a console warning; a string such as `"3"` (what
   * a framework may pass) is read as its number. Reads back as the number used.
   * @default 2
   */
  get headingLevel(): number {
    return this.level;
  }

  set headingLevel(value: number) {
    const previous = this.level;
    this.level = this.checkedHeadingLevel(value);
    this.requestUpdate('headingLevel', previous);
  }

  /**
   * The language to show, a BCP 47 tag such as `es` or `es-MX`. Empty: the `lang` of the
   * closest element that has one (the element itself included, crossing shadow roots), else
   * the document's, else English. `es-MX` shows `es`; a language that is not available shows
   * English with one console warning that lists the available ones. Changes apply at once, as
   * do changes of the page's `lang`.
   */
  locale = '';

  /**
   * Shows each section closed under its heading, a button that opens and closes it. All start
   * closed, except in pre-rendered HTML, which must read without a script: there all start
   * open, and stay open when the element takes over. Find in page opens a section with the words
   * found; in print all are open. Each open or close fires `bmg-section-toggle`.
   */
  collapsible = false;

  /**
   * Who at the hospital reviewed this text, if it did, e.g. `Patient Education Committee, St
   * Mary's Hospital`: shown, with `reviewed-on`, in the small print beside our own review status,
   * as "… reviewed this text on …". At most 200 characters.
   */
  reviewedBy?: string;

  /** The day the hospital's reviewer (`reviewed-by`) reviewed this text, written YYYY-MM-DD. */
  reviewedOn?: string;

  /** The tag whose content this element shows; content/<guide>.yaml holds its text. */
  protected abstract readonly guide: string;

  private readonly localization = new LocaleController(this, () => this.locale);
  protected readonly localWords = new LocalWordsController(this, () => this.guide); // local-words.ts
  protected readonly focusKeeper = new FocusKeeper(this); // focus-keeper.ts
  private shownSectionIds: ReadonlySet<string> = new Set();
  private level: number = defaultHeadingLevel;
  private readonly openTerms = new Set<string>();
  private readonly openSections = new Set<string>();
  /** The checklist items a reader ticked, by message number: a change of language keeps them. */
  private readonly checkedItems = new Set<number>();
  private localReview?: LocalReview;
  /** The first connection: waiting for its turn, then done (first-render.ts). */
  private firstConnection?: 'waiting' | 'done';
  /** Whether the first render may show its later sections in later turns: not over pre-rendered HTML. */
  private inParts = true;
  /** The sections of the first render still waiting for their turn; updateComplete waits for them. */
  private readonly waitingParts: Promise<void>[] = [];

  /**
   * The shadow root, and how the first render lands in it: pre-rendered HTML (server/render.ts)
   * taken over or replaced, never doubled; the page's own content if Lit cannot render here.
   */
  private readonly root = new RenderRoot(this, () => ({
    locale: this.localization.lang,
    sections: structure.elements[this.guide].sections
      .filter((section) => this.shownSectionIds.has(section.id))
      .map((section) => section.id),
    level: this.level,
    collapsible: Boolean(this.collapsible),
  }));

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.root.createRenderRoot(() => super.createRenderRoot());
    // Pre-rendered text is replaced or taken over whole, never shown in parts.
    this.inParts = !this.root.hadPreRendered;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.root.update(
      () => super.update(changed),
      () => (ReactiveElement.prototype as unknown as this).update.call(this, changed),
    );
  }

  /**
   * The first connection's work (the shadow root and its styles, the controllers) and the first
   * render take the element's turn (first-render.ts): 500 elements upgrading at once cost the
   * upgrade task no more than their constructors, and the first element renders in the task
   * that evaluates the bundle. Later connections are immediate.
   */
  override connectedCallback(): void {
    if (this.firstConnection === 'done') return this.connect();
    if (this.firstConnection === 'waiting') return; // its turn is coming
    this.firstConnection = 'waiting';
    void inTurn(() => {
      this.firstConnection = undefined;
      if (!this.isConnected) return; // the next connection asks again
      this.connect();
      // Its language is here (English, or a chunk already loaded): render in this turn. Else the
      // render takes a turn of its own when the language arrives (scheduleUpdate). Not when Lit
      // has not connected it (no render root: `defer-hydration`), which renders when it does.
      if (this.renderRoot && !this.localization.loading) this.performUpdate();
    });
  }

  private connect(): void {
    this.firstConnection = 'done';
    super.connectedCallback();
    warnIfReviewOverdue();
  }

  override disconnectedCallback(): void {
    if (this.firstConnection === 'done') super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) this.shownSectionIds = this.selectSections();
    // Pre-rendered HTML reads without a script, so its sections are open; taking it over, the
    // element keeps them open rather than close the text a reader is reading.
    if (!this.hasUpdated && (isServer || this.root.hadPreRendered)) {
      for (const id of this.shownSectionIds) this.openSections.add(id);
    }
    if (changed.has('headingLevel') || changed.has('sections')) this.warnIfNoLevelLeft();
    // Lit's server renderer calls willUpdate() and render(), not the controllers' hooks.
    if (isServer) this.localization.hostUpdate();
    if (changed.has('reviewedBy') || changed.has('reviewedOn')) {
      const {review, problem} = checkLocalReview(this.reviewedBy, this.reviewedOn);
      if (problem) warn(this, problem);
      this.localReview = review;
    }
  }

  /**
   * The first render waits for the language the element will show (briefly: see localeWaitMs),
   * so a reader on a Spanish page never sees English first, and each element renders once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // And it takes its turn with the page's other first renders (first-render.ts).
    return this.localization.ready.then(() => inTurn(() => super.scheduleUpdate()));
  }

  /**
   * A new `locale` whose text is still on its way changes nothing on screen yet: skip that
   * render. The controller asks for one when the text arrives, so a switch renders once.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.hasUpdated || changed.size !== 1 || !changed.has('locale')) return true;
    this.localization.hostUpdate(); // picks up the new locale now (Lit would call it after this)
    return !this.localization.loading;
  }

  /** Resolves once the element shows its language, also when that needs a chunk loaded first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.localization.ready; // at once when no language is loading
    // A first render's later sections, each awaited by every caller (none takes them from another).
    for (let i = 0; i < this.waitingParts.length; i++) await this.waitingParts[i];
    // Showing the language (or a change meanwhile) asked for another render: wait for it too.
    return this.isUpdatePending ? this.getUpdateComplete() : result;
  }

  private selectSections(): ReadonlySet<string> {
    const {sections, renamed} = structure.elements[this.guide];
    const allIds = sections.map((section) => section.id);
    const requested = parseSectionIds(this.sections).map((id) => {
      if (!Object.hasOwn(renamed, id)) return id;
      warn(this, `section ${quoted(id)} is now part of ${quoted(renamed[id])}; showing that. Use "${renamed[id]}".`);
      return renamed[id];
    });
    const chosen = requested.filter((id) => allIds.includes(id));
    const unknown = [...new Set(requested.filter((id) => !allIds.includes(id)))];
    if (unknown.length) {
      warn(
        this,
        `ignoring unknown section id(s) ${unknown.slice(0, 5).map(quoted).join(', ')}` +
          `${unknown.length > 5 ? ', …' : ''}. ` +
          `Valid ids: ${allIds.join(', ')}.` +
          (chosen.length ? '' : ' Showing every section.'),
      );
    }
    return new Set(chosen.length ? chosen : allIds);
  }

  /**
   * At level 6 the headings inside a section have no deeper level left: they show at level 6
   * too, as siblings of their section's heading. Say so, where the sections shown have any.
   */
  private warnIfNoLevelLeft(): void {
    if (this.level < 6) return;
    const sections = structure.elements[this.guide].sections.filter((section) => this.shownSectionIds.has(section.id));
    const nested = sections.some((section) => section.blocks.some((block) => Object.hasOwn(block, 'blocks')));
    if (nested) {
      warn(
        this,
        'heading-level 6 leaves no deeper level for the headings inside its sections: they show at ' +
          'level 6 too. Use 5 or less.',
      );
    }
  }

  private checkedHeadingLevel(given: unknown): number {
    if (given === null || given === undefined) return defaultHeadingLevel; // e.g. a framework's unset prop
    const level = typeof given === 'string' && /^\s*\d\s*$/.test(given) ? Number(given) : given;
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) return level;
    warn(this, `heading-level must be a whole number from 1 to 6, not ${quoted(given)}; using ${defaultHeadingLevel}.`);
    return defaultHeadingLevel;
  }

  // Lit calls event listeners with the element as `this`.
  private handleTermClick(event: Event): void {
    const term = (event.currentTarget as HTMLElement).dataset.term!;
    this.setTermOpen(term, !this.openTerms.has(term));
  }

  private handleTermKeydown(event: KeyboardEvent): void {
    const term = (event.currentTarget as HTMLElement).dataset.term!;
    if (event.key === 'Escape' && this.openTerms.has(term)) {
      // Escape closes the definition and nothing else: not a dialog or menu the page put us in.
      event.preventDefault();
      event.stopPropagation();
      this.setTermOpen(term, false);
    }
  }

  private handleSectionToggle(event: Event): void {
    const section = sectionOf(event);
    this.setSectionOpen(section, !this.openSections.has(section));
  }

  /** Find in page found words in a closed section: the browser shows it; the element follows. */
  private handleSectionFound(event: Event): void {
    this.setSectionOpen(sectionOf(event), true);
  }

  private handleChecklistChange(event: Event): void {
    const box = event.currentTarget as HTMLInputElement;
    const item = Number(box.dataset.item);
    if (box.checked) this.checkedItems.add(item);
    else this.checkedItems.delete(item);
  }

  private setSectionOpen(section: string, open: boolean): void {
    if (open === this.openSections.has(section)) return;
    if (open) this.openSections.add(section);
    else this.openSections.delete(section);
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<SectionToggleDetail>('bmg-section-toggle', {
        detail: {section, open},
        bubbles: true,
        composed: true,
      }),
    );
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
    const element = structure.elements[this.guide];
    return renderGuide({
      structure,
      element,
      sections: element.sections.filter((section) => this.shownSectionIds.has(section.id)),
      level: this.level,
      language: this.localization.language,
      dir: this.localization.dir,
      terms: {
        isOpen: (term) => this.openTerms.has(term),
        onClick: this.handleTermClick,
        onKeydown: this.handleTermKeydown,
      },
      sectionControls: {
        isOpen: this.collapsible ? (section) => this.openSections.has(section) : null,
        onToggle: this.handleSectionToggle,
        onFound: this.handleSectionFound,
      },
      checklist: {
        isChecked: (item) => this.checkedItems.has(item),
        onChange: this.handleChecklistChange,
      },
      localReview: this.localReview && {
        reviewer: this.localReview.reviewer,
        date: shownDay(this.localReview.day, this.localization.lang),
      },
      waiting: !this.hasUpdated && this.inParts ? (part) => this.waitingParts.push(part) : null,
    });
  }
}

export type {LanguageErrorDetail, ReadyDetail};

declare global {
  interface HTMLElementEventMap {
    'bmg-term-toggle': CustomEvent<TermToggleDetail>;
    'bmg-section-toggle': CustomEvent<SectionToggleDetail>;
    'bmg-ready': CustomEvent<ReadyDetail>;
    'bmg-language-error': CustomEvent<LanguageErrorDetail>;
  }
  // The events bubble and are composed, so pages listen on document or window too, typed:
  // `document.addEventListener('bmg-term-toggle', (e) => e.detail.term)`.
  interface DocumentEventMap {
    'bmg-term-toggle': CustomEvent<TermToggleDetail>;
    'bmg-section-toggle': CustomEvent<SectionToggleDetail>;
    'bmg-ready': CustomEvent<ReadyDetail>;
    'bmg-language-error': CustomEvent<LanguageErrorDetail>;
  }
  interface WindowEventMap {
    'bmg-term-toggle': CustomEvent<TermToggleDetail>;
    'bmg-section-toggle': CustomEvent<SectionToggleDetail>;
    'bmg-ready': CustomEvent<ReadyDetail>;
    'bmg-language-error': CustomEvent<LanguageErrorDetail>;
  }
}
