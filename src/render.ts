/**
 * Turns content into semantic HTML: headings at the level the page asks for, paragraphs,
 * lists, glossary terms and the dates and disclaimer line. Text is always bound as text, never
 * parsed as HTML, so content can never inject markup and nothing here needs Trusted Types.
 */
import {html, type TemplateResult} from 'lit';
import {html as htmlWithTag, literal} from 'lit/static-html.js';
import {eachBlock, type Block, type ElementContent, type GuideContent, type Section} from './content/model.js';
import {dateParts} from './content/dates.js';
import {parseInline} from './content/markup.js';

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

  /** Renders blocks in reading order; a subsection's heading takes `level`, its own blocks one deeper. */
  private blocks(blocks: readonly Block[], level: number): TemplateResult[] {
    return [...eachBlock(blocks)].map(({block, depth}) => {
      switch (block.kind) {
        case 'paragraph':
          return html`<p>${this.inline(block.text)}</p>`;
        case 'list': {
          const items = block.items.map((item) => html`<li>${this.inline(item.text)}</li>`);
          return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
        }
        case 'subsection':
          return this.heading(level + depth, block.heading);
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
    const {glossary} = this.view.content;
    // Content is validated at build; a translation's stray term id shows as plain words. Own
    // properties only: an id such as "constructor" is not a term, whatever the page's prototypes hold.
    const entry = Object.hasOwn(glossary, id) ? glossary[id] : undefined;
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
    const dateLine = dateParts(dates, dates.text, this.view.lang).map((part) =>
      typeof part === 'string' ? part : html`<time datetime=${part.iso}>${part.shown}</time>`,
    );
    return html`
      <div class="meta" part="meta">
        <p class="dates">${dateLine}</p>
        <p class="disclaimer" part="disclaimer">${this.inline(disclaimer.text)}</p>
      </div>
    `;
  }
}
