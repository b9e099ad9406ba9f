/**
 * Turns content into semantic HTML: headings at the level the page asks for, paragraphs,
 * lists, glossary terms and the dates and disclaimer line. Text is always bound as text, never
 * parsed as HTML, so content can never inject markup and nothing here needs Trusted Types.
 */
import {html, noChange, nothing, svg, type ChildPart, type TemplateResult} from 'lit';
import {setChildPartValue} from 'lit/directive-helpers.js';
import {Directive, directive} from 'lit/directive.js';
import {fillPlaceholders, type Filling} from './content/dates.js';
import {hasBudget, inTurn} from './first-render.js';
import {parseEmphasis, parseInline} from './content/markup.js';
import {
  eachBlock,
  type Block,
  type Callout,
  type Checklist,
  type ElementContent,
  type Figure,
  type GuideStructure,
  type List,
  type LocalInstructions,
  type Paragraph,
  type Section,
  type Subsection,
  type Text,
} from './content/model.js';
import type {ShownDate} from './content/model.js';
import {sourceLanguage, type Language} from './translations.js';

/** How the element lets a reader open and close a term's definition. */
export interface TermControls {
  isOpen(term: string): boolean;
  /** Listeners for the term buttons; each button carries its term id in data-term. */
  onClick(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
}

/** How the element lets a reader open and close a section, when sections are collapsible. */
export interface SectionControls {
  /** Null when sections are not collapsible: each is shown open, under its heading. */
  isOpen: ((section: string) => boolean) | null;
  /** Listener for each heading's button; its section carries the section's id in data-section. */
  onToggle(event: Event): void;
  /** Listener for `beforematch`: the browser's find in page found words in a closed section. */
  onFound(event: Event): void;
}

/** How the element keeps a checklist's ticks: each box carries its item's message number in data-item. */
export interface ChecklistControls {
  isChecked(item: Text): boolean;
  onChange(event: Event): void;
}

export interface GuideView {
  structure: GuideStructure;
  element: ElementContent;
  /** The sections to show, in canonical order. */
  sections: readonly Section[];
  /** Level of the section headings, 1 to 6. */
  level: number;
  language: Language;
  dir: 'ltr' | 'rtl';
  terms: TermControls;
  sectionControls: SectionControls;
  checklist: ChecklistControls;
  /** The page's own review of the text, shown beside ours. */
  localReview?: {reviewer: string; date: ShownDate};
  /**
   * In a fresh first render: hears of each section that waits for a turn of its own past the
   * budget (first-render.ts). Absent or null, the whole element renders at once.
   */
  waiting?: ((shown: Promise<void>) => void) | null;
}

/**
 * A part of a first render that may wait for its turn: when the slice running the render has
 * used its budget, the part shows nothing yet and takes a turn of its own (inTurn) to show
 * `value`. Once shown, or when `mayWait` is false (every render but a fresh first one, and
 * always while hydrating pre-rendered HTML, which must match as it is), it is `value` itself,
 * and on the server it always is. `shown` hears when it shows (the element waits for it).
 */
class Later extends Directive {
  private waiting = false;
  private shown = false;
  /** The value to show in its turn: the latest asked for while it waits (then let go). */
  private value: unknown;

  render(value: unknown, _mayWait: boolean, _onWait: (shown: Promise<void>) => void): unknown {
    return value;
  }

  override update(part: ChildPart, [value, mayWait, onWait]: Parameters<this['render']>): unknown {
    if (this.waiting) {
      this.value = value;
      return noChange; // its turn shows the latest value
    }
    if (this.shown || !mayWait || hasBudget()) {
      this.shown = true;
      return value;
    }
    this.waiting = true;
    this.value = value;
    onWait(
      inTurn(() => {
        const shown = this.value;
        this.value = undefined;
        this.waiting = false;
        this.shown = true;
        // As AsyncDirective.setValue() does, less its care for async directives inside the
        // value, which a section has none of: half a kilobyte less in the bundle.
        setChildPartValue(part, shown, this);
      }),
    );
    return nothing;
  }
}

const later = directive(Later);

export function renderGuide(view: GuideView): TemplateResult {
  return new Renderer(view).guide();
}

type Lang = string | typeof nothing;

/** A run of a message's words: plain words, or a term, a word in another language, an emphasis. */
type Run = string | TemplateResult;
/** A message's words as rendered: one string, or its runs. */
type Inline = Run | Run[];

/** Adds a run, joining plain words to the words before them: one text node, not two parts. */
function append(runs: Run[], run: Run): void {
  if (typeof run === 'string' && typeof runs.at(-1) === 'string') runs[runs.length - 1] += run;
  else runs.push(run);
}

/** One run as itself, not a list of one: a list costs Lit a part and two markers per item. */
const oneOrList = (runs: Run[]): Inline => (runs.length === 1 ? runs[0] : runs);

const noop = () => {};

/** A heading of any level; each level is also a part of its own, so a page can size it. */
function heading(level: number, text: unknown, lang: Lang): TemplateResult {
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part="heading heading-1" lang=${lang}>${text}</h1>`;
    case 2:
      return html`<h2 part="heading heading-2" lang=${lang}>${text}</h2>`;
    case 3:
      return html`<h3 part="heading heading-3" lang=${lang}>${text}</h3>`;
    case 4:
      return html`<h4 part="heading heading-4" lang=${lang}>${text}</h4>`;
    case 5:
      return html`<h5 part="heading heading-5" lang=${lang}>${text}</h5>`;
    default:
      return html`<h6 part="heading heading-6" lang=${lang}>${text}</h6>`;
  }
}

/**
 * Punctuation that must stay on the line of the term it touches: before it (opening brackets
 * and quotes, Unicode Ps and Pi), and after it (closing ones, Pe and Pf, and the rest, Po: . , :
 * ? and the full-width ，。、： of Chinese and Japanese, where no space parts a term from its
 * punctuation and a line must never start with ）。 or end with （: test/line-breaking.test.ts).
 */
const openingPunctuation = /[\p{Ps}\p{Pi}"'¿¡]+$/u;
const closingPunctuation = /^[\p{Pe}\p{Pf}\p{Po}]+/u;

/** Holds what one render needs to remember: which terms already have their definition. */
class Renderer {
  private readonly defined = new Set<string>();

  constructor(private readonly view: GuideView) {}

  guide(): TemplateResult {
    const {element, level, language, dir} = this.view;
    // In reading order: the list of words comes after every text that may use one.
    return html`
      <div class="guide" part="base" lang=${language.lang} dir=${dir}>
        ${this.blocks(element.intro, level)} ${element.sections.map((section) => this.shownSection(section))}
        ${this.later(this.end())}
      </div>
    `;
  }

  /** After the sections: the outro, the words to know, the small print, the term hint. */
  private end(): TemplateResult {
    const {element, level} = this.view;
    return html`${this.blocks(element.outro, level)} ${this.wordsToKnow()} ${this.meta()} ${this.termHint()}`;
  }

  /**
   * A part of the element that may wait for its turn in a fresh first render (first-render.ts):
   * each section but the first, and the end. The first section shows whole with the intro: on
   * the first screen, the largest text (the paint LCP times) is often its second block.
   */
  private later(content: unknown, first = false) {
    const {waiting} = this.view;
    return later(content, !first && !!waiting, waiting ?? noop);
  }

  /**
   * A place for each of the element's sections, in its order, empty when the section is not
   * shown: each section keeps its own DOM, and a reader's focus in it, when a page changes which
   * are shown, as a list keyed by id would (the order never changes), with no keyed list's code.
   */
  private shownSection(section: Section): unknown {
    const {sections} = this.view;
    return sections.includes(section) ? this.later(this.section(section), section === sections[0]) : nothing;
  }

  /**
   * A section under its heading; when collapsible, the heading holds the button that opens it
   * (not a <summary> holding the heading, whose button role hides the heading from some screen
   * readers' list of headings). A closed section's text stays findable: find in page opens it.
   */
  private section({id, heading: title, blocks}: Section): TemplateResult {
    const {level, sectionControls} = this.view;
    const {isOpen, onToggle, onFound} = sectionControls;
    if (!isOpen) {
      return html`<section class="section" part="section section-${id}" data-section=${id}>
        ${this.heading(level, title)} ${this.blocks(blocks, level + 1)}
      </section>`;
    }
    const open = isOpen(id);
    const button = html`<button
      type="button"
      class="toggle"
      part="summary"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="section-${id}"
      @click=${onToggle}
    >
      ${this.text(title)}
    </button>`;
    return html`<section class="section" part="section section-${id}" data-section=${id}>
      ${heading(level, button, this.lang(title))}
      <div class="section-body" id="section-${id}" hidden=${open ? nothing : 'until-found'} @beforematch=${onFound}>
        ${this.blocks(blocks, level + 1)}
      </div>
    </section>`;
  }

  /**
   * What a term's button does, for screen readers (aria-describedby): never shown, and only in
   * an element with a term.
   */
  private termHint(): TemplateResult | typeof nothing {
    const {termHint} = this.view.structure;
    if (!this.defined.size) return nothing;
    return html`<span id="term-hint" hidden lang=${this.lang(termHint)}>${this.text(termHint)}</span>`;
  }

  /**
   * Every term the element defined, with its meaning, in a native disclosure at the end: a
   * reader can reach each definition even where no script runs (pre-rendered HTML, a reader
   * mode), and anyone can review the words in one place.
   */
  private wordsToKnow(): TemplateResult | typeof nothing {
    const {structure} = this.view;
    if (!this.defined.size) return nothing;
    const entries = [...this.defined].map((id) => {
      const {term, definition} = structure.glossary[id];
      // No space between the two: a text node in the list for every term, and nothing it shows.
      const [word, meaning] = [this.text(term), this.text(definition)];
      return html`<dt lang=${this.lang(term)}>${word}</dt><dd lang=${this.lang(definition)}>${meaning}</dd>`;
    });
    return html`<details class="words" part="words">
      <summary lang=${this.lang(structure.wordsToKnow)}>${this.text(structure.wordsToKnow)}</summary>
      <dl>${entries}</dl>
    </details>`;
  }

  /** The text of a message in the language shown. */
  private text(text: Text): string {
    return this.view.language.strings[text];
  }

  /** The language a message is shown in: the element's, or English where it has none. */
  private languageOf(text: Text): string {
    return this.view.language.inEnglish.has(text) ? 'en' : this.view.language.lang;
  }

  /**
   * `lang` for a message where its language is not that of what holds it: the element (an
   * English fallback inside a translated element), or a sentence (a term's word or meaning), so
   * screen readers switch voice.
   */
  private lang(text: Text, within = this.view.language.lang): Lang {
    const language = this.languageOf(text);
    return language === within ? nothing : language;
  }

  private heading(level: number, text: Text): TemplateResult {
    return heading(level, this.text(text), this.lang(text));
  }

  /** Renders blocks in reading order; a subsection's heading takes `level`, its own blocks one deeper. */
  private blocks(blocks: readonly Block[], level: number): Array<TemplateResult | typeof nothing> {
    return [...eachBlock(blocks)].map(({block, depth}) => this.block(block, level + depth));
  }

  /** One block; a subsection's heading at `level`. */
  private block(block: Block, level: number): TemplateResult | typeof nothing {
    // Own properties only, as everywhere content is read: a page may have added `text` to Object.prototype.
    const has = (key: string) => Object.hasOwn(block, key);
    if (has('slot')) return this.localInstructions(block as LocalInstructions);
    if (has('text')) {
      const {text} = block as Paragraph;
      return html`<p lang=${this.lang(text)}>${this.inline(text)}</p>`;
    }
    if (has('items')) {
      const {items} = block as List;
      const ordered = has('ordered') && (block as List).ordered === true;
      const lis = items.map((item) => html`<li lang=${this.lang(item)}>${this.inline(item)}</li>`);
      return ordered ? html`<ol part="list">${lis}</ol>` : html`<ul part="list">${lis}</ul>`;
    }
    if (has('callout')) return this.callout(block as Callout);
    if (has('checklist')) return this.checklist(block as Checklist);
    if (has('drawing')) return this.figure(block as Figure);
    return this.heading(level, (block as Subsection).heading);
  }

  /** The hospital's own words, if the page put some in this slot; else a line sending the reader to their care team. */
  private localInstructions({slot, text}: LocalInstructions): TemplateResult {
    return html`<div class="local" part="local-instructions">
      <slot name=${slot}><p lang=${this.lang(text)}>${this.inline(text)}</p></slot>
    </div>`;
  }

  /**
   * The main message: one paragraph in a box, so a screen reader reads it as one unit and the
   * box's edge (a border, not a background) stays in forced colors and on paper.
   */
  private callout({callout}: Callout): TemplateResult {
    return html`<div class="callout" part="callout"><p lang=${this.lang(callout)}>${this.inline(callout)}</p></div>`;
  }

  /**
   * Boxes to tick: each item's words are its checkbox's label, so a tap on the words ticks it.
   * A box made anew (another language's template, a section shown again) starts as the element
   * remembers it; an attribute, not a property, so pre-rendered HTML has it too. The list keeps
   * its role where its bullets are removed (Safari drops it otherwise).
   */
  private checklist({checklist}: Checklist): TemplateResult {
    const {isChecked, onChange} = this.view.checklist;
    /* eslint-disable lit-a11y/no-redundant-role -- Safari drops a list's role with its bullets */
    return html`<ul class="checklist" part="list checklist" role="list">
      ${checklist.map(
        (item) =>
          html`<li lang=${this.lang(item)}>
            <label
              ><input type="checkbox" data-item=${item} ?checked=${isChecked(item)} @change=${onChange} /><span
                >${this.inline(item)}</span
              ></label
            >
          </li>`,
      )}
    </ul>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /**
   * A drawing in the text's own color: paths bound as data (content/drawings, checked at
   * build), an image whose name is its text alternative, and a caption everyone reads.
   */
  private figure({drawing, alt, caption}: Figure): TemplateResult | typeof nothing {
    const {drawings} = this.view.structure;
    if (!Object.hasOwn(drawings, drawing)) return nothing;
    const {viewBox, paths} = drawings[drawing];
    return html`<figure class="figure" part="figure">
      <svg
        class="drawing"
        part="drawing"
        viewBox=${viewBox}
        role="img"
        aria-label=${this.text(alt)}
        lang=${this.lang(alt)}
      >
        ${paths.map(([stroke, d]) => svg`<path class=${stroke} d=${d}></path>`)}
      </svg>
      <figcaption lang=${this.lang(caption)}>${this.inline(caption)}</figcaption>
    </figure>`;
  }

  /**
   * A message's words, its emphasized words in <strong> (real emphasis, not only a color). Words
   * with no term to open and no emphasis are one string: one text node, with no list of parts.
   */
  private inline(text: Text): Inline {
    const runs: Run[] = [];
    for (const {text: words, strong} of parseEmphasis(this.text(text))) {
      const terms = this.terms(words, text);
      if (strong) runs.push(html`<strong>${oneOrList(terms)}</strong>`);
      else terms.forEach((run) => append(runs, run));
    }
    return oneOrList(runs);
  }

  /**
   * Words, each marked term in place. Punctuation that touches a term (the "(" before it, the
   * ")." after it) goes on the line of the term, never alone at a line's start or end.
   */
  private terms(words: string, text: Text): Run[] {
    const runs = parseInline(words);
    const out: Run[] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      if (typeof run === 'string') {
        append(out, run);
        continue;
      }
      const before = typeof out.at(-1) === 'string' ? (out.pop() as string) : '';
      const opening = before.match(openingPunctuation)?.[0] ?? '';
      if (before.length > opening.length) out.push(before.slice(0, before.length - opening.length));
      const next = runs[i + 1];
      const closing = typeof next === 'string' ? (next.match(closingPunctuation)?.[0] ?? '') : '';
      if (closing) runs[i + 1] = (next as string).slice(closing.length);
      this.term(run.term, run.text, opening, closing, text).forEach((part) => append(out, part));
    }
    return out;
  }

  /**
   * The first use of a term in the element becomes a disclosure button followed by its
   * definition; later uses are plain words, so a reader is not offered the same meaning twice.
   * The word (when the sentence names it bare, `[[id]]`, and it comes from the glossary) and the
   * definition are messages of their own: each carries `lang` where its language is not the
   * sentence's (a Spanish definition inside an English fallback sentence, an untranslated word
   * inside a Spanish one), so a screen reader speaks each in its own voice.
   */
  private term(id: string, shown: string | undefined, opening: string, closing: string, sentence: Text): Run[] {
    const {glossary} = this.view.structure;
    // Own properties only: an id such as "constructor" (a translation's typo, say) is not a term,
    // whatever the page's prototypes hold; it shows as plain words.
    const entry = Object.hasOwn(glossary, id) ? glossary[id] : undefined;
    if (!entry) return [opening + (shown ?? id) + closing];
    const words = shown ?? this.text(entry.term);
    const wordsLang = shown === undefined ? this.lang(entry.term, this.languageOf(sentence)) : nothing;
    if (this.defined.has(id)) {
      return wordsLang === nothing
        ? [opening + words + closing]
        : [opening, html`<span lang=${wordsLang}>${words}</span>`, closing];
    }
    this.defined.add(id);
    const {isOpen, onClick, onKeydown} = this.view.terms;
    const open = isOpen(id);
    // One template for the word and its definition: a term costs one part, not two.
    return [
      html`<span class="nowrap">${opening || nothing}<button
            type="button"
            class="term"
            part="term"
            data-term=${id}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="definition-${id}"
            aria-describedby="term-hint"
            lang=${wordsLang}
            @click=${onClick}
            @keydown=${onKeydown}
          >${words}</button
          >${closing || nothing}</span
        ><span
          class="definition"
          part="definition"
          id="definition-${id}"
          lang=${this.lang(entry.definition, this.languageOf(sentence))}
          ?hidden=${!open}
          >${this.text(entry.definition)}</span
        >`,
    ];
  }

  /**
   * The small print under every element (facts M1, M2): how current the facts are and when the
   * text last changed; whether a reviewer approved exactly this text (in a translation, the
   * English it comes from, then the translation itself: the English sign-off never stands for a
   * translation); a page's own review, if it names one; and the disclaimer.
   */
  private meta(): TemplateResult {
    const {structure, language, localReview} = this.view;
    const {smallPrint} = structure;
    const has = (date: string) => Object.hasOwn(language.dates, date);
    const review =
      language.lang === sourceLanguage.lang
        ? [has('reviewed') ? smallPrint.approved : smallPrint.notApproved]
        : [
            has('reviewed') ? smallPrint.sourceApproved : smallPrint.sourceNotApproved,
            has('translationReviewed') ? smallPrint.translationApproved : smallPrint.translationNotApproved,
          ];
    return html`
      <div class="meta" part="meta">
        <p class="dates" lang=${this.lang(smallPrint.dates)}>${this.filled(smallPrint.dates)}</p>
        ${review.map((line) => html`<p class="review" part="review" lang=${this.lang(line)}>${this.filled(line)}</p>`)}
        ${
          localReview
            ? html`<p class="review" part="review local-review" lang=${this.lang(smallPrint.localReview)}>
              ${this.filled(smallPrint.localReview)}
            </p>`
            : nothing
        }
        <p class="disclaimer" part="disclaimer" lang=${this.lang(smallPrint.disclaimer)}>${this.inline(
          smallPrint.disclaimer,
        )}</p>
      </div>
    `;
  }

  /**
   * A line of the small print, each placeholder filled: a date in a <time>, a page's reviewer as
   * text. A line shown in English (untranslated) writes its dates in English too.
   */
  private filled(text: Text): Run[] {
    const {language, localReview} = this.view;
    const dates = this.view.language.inEnglish.has(text) ? [sourceLanguage.dates, language.dates] : [language.dates];
    const fill = (name: string): Filling | undefined => {
      if (name === 'reviewer') return localReview && {words: localReview.reviewer};
      if (name === 'localReviewed') return localReview?.date;
      const found = dates.find((each) => Object.hasOwn(each, name));
      return found?.[name as keyof typeof found];
    };
    return fillPlaceholders(this.text(text), fill).map((part) => {
      if (typeof part === 'string') return part;
      return Object.hasOwn(part, 'words')
        ? html`<bdi>${(part as {words: string}).words}</bdi>`
        : html`<time datetime=${(part as ShownDate).iso}>${(part as ShownDate).shown}</time>`;
    });
  }
}
