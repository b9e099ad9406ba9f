/**
 * Turns content into semantic HTML: headings at the level the page asks for, paragraphs,
 * lists, glossary terms and the dates and disclaimer line. Text is always bound as text, never
 * parsed as HTML, so content can never inject markup and nothing here needs Trusted Types.
 */
import {html, type TemplateResult} from 'lit';
import {html as htmlWithTag, literal} from 'lit/static-html.js';
import type {Block, ElementContent, GuideContent, Section} from './content/model.js';
import {parseInline, parsePlaceholders} from './content/markup.js';

/** How the element lets a reader open and close a term's definition. */
export interface TermControls {
  isOpen(term: string): boolean;
  /** Listeners for the term buttons; each button carries its term id in data-term. */
  onClick(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
}

export interface GuideView {
  content: GuideContent;
  element: ElementContent;
  /** The sections to show, in canonical order. */
  sections: readonly Section[];
  /** Level of the section headings, 1 to 6. */
  level: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  terms: TermControls;
}

export function renderGuide(view: GuideView): TemplateResult {
  return new Renderer(view).guide();
}

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

// Building a date format is costly next to a render, and a term toggle re-renders: keep one per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string): Intl.DateTimeFormat {
  if (!dateFormats.has(lang)) dateFormats.set(lang, new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}));
  return dateFormats.get(lang)!;
}

/** Holds what one render needs to remember: which terms already have their definition. */
class Renderer {
  private readonly defined = new Set<string>();

  constructor(private readonly view: GuideView) {}

  guide(): TemplateResult {
    const {element, sections, level, lang, dir} = this.view;
    return html`
      <div class="guide" part="base" lang=${lang} dir=${dir}>
        ${this.blocks(element.intro, level)}
        ${sections.map(
          (section) => html`
            <section class="section" part="section section-${section.id}" data-section=${section.id}>
              ${this.heading(level, section.heading)} ${this.blocks(section.blocks, level + 1)}
            </section>
          `,
        )}
        ${this.meta()}
      </div>
    `;
  }

  private heading(level: number, text: string): TemplateResult {
    const tag = headingTags[Math.min(level, 6) - 1];
    return htmlWithTag`<${tag} part="heading">${text}</${tag}>`;
  }

  /** Renders blocks; a subsection's heading takes `level`, its own blocks one deeper. */
  private blocks(blocks: readonly Block[], level: number): TemplateResult[] {
    return blocks.map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return html`<p>${this.inline(block.text)}</p>`;
        case 'list': {
          const items = block.items.map((item) => html`<li>${this.inline(item.text)}</li>`);
          return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
        }
        case 'subsection':
          return html`${this.heading(level, block.heading)} ${this.blocks(block.blocks, level + 1)}`;
      }
    });
  }

  private inline(text: string): Array<string | TemplateResult> {
    return parseInline(text).map((run) => (typeof run === 'string' ? run : this.term(run.term, run.text)));
  }

  /**
   * The first use of a term in the element becomes a disclosure button followed by its
   * definition; later uses are plain words, so a reader is not offered the same meaning twice.
   */
  private term(id: string, shown: string | undefined): string | TemplateResult {
    const entry = this.view.content.glossary[id];
    // Content is validated at build; a translation's stray term id shows as plain words.
    if (!entry) return shown ?? id;
    const {term, definition} = entry;
    const words = shown ?? term;
    if (this.defined.has(id)) return words;
    this.defined.add(id);
    const {isOpen, onClick, onKeydown} = this.view.terms;
    const open = isOpen(id);
    return html`<button
        type="button"
        class="term"
        part="term"
        data-term=${id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="definition-${id}"
        @click=${onClick}
        @keydown=${onKeydown}
      >${words}</button
      ><span class="definition" part="definition" id="definition-${id}" ?hidden=${!open}>${definition}</span>`;
  }

  /** Facts date, edit date and disclaimer: shown with every element (facts M1, M2). */
  private meta(): TemplateResult {
    const {dates, disclaimer} = this.view.content;
    const format = dateFormat(this.view.lang);
    const dateLine = parsePlaceholders(dates.text).map((part) => {
      if (typeof part === 'string') return part;
      // The validator allows only these two placeholders in the dates line.
      const iso = dates[part.placeholder as 'factsCurrentAsOf' | 'lastEdited'];
      return html`<time datetime=${iso}>${format.format(new Date(`${iso}T00:00:00Z`))}</time>`;
    });
    return html`
      <div class="meta" part="meta">
        <p class="dates">${dateLine}</p>
        <p class="disclaimer" part="disclaimer">${this.inline(disclaimer.text)}</p>
      </div>
    `;
  }
}
