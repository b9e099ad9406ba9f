import {css} from 'lit';

/**
 * Styles shared by the three elements. They set layout and spacing only: font family, text
 * color and size come from the host page, so the guide looks at home there. Branding goes
 * through the --bmg-* custom properties and ::part() names documented on GuideElement.
 * Logical properties (margin-inline, padding-inline) keep the layout right in both directions.
 */
export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .guide {
    --_accent: var(--bmg-accent-color, currentColor);
    line-height: var(--bmg-line-height, 1.5);
    overflow-wrap: break-word;
    text-align: start;
    white-space: normal;
  }
  /* Off screen, the browser skips the element's style, layout and paint until it comes near:
     a page with many elements lays out only those in view. Its paint containment would clip
     what may stick out at its edges (a focus ring, a term's "?"), so only where the clip edge
     can be moved out: elsewhere the element is painted as any other. */
  @supports (overflow-clip-margin: 1em) {
    .guide {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 1000px;
      overflow-clip-margin: 1em;
    }
  }

  :is(h1, h2, h3, h4, h5, h6) {
    color: var(--bmg-heading-color, inherit);
    font-family: var(--bmg-heading-font-family, inherit);
    font-weight: var(--bmg-heading-font-weight, bold);
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }
  h1 {
    font-size: 1.6em;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  .guide > :first-child,
  .section:first-of-type > :first-child {
    margin-block-start: 0;
  }

  p,
  ul,
  ol {
    margin: 0 0 var(--bmg-space, 1em);
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.5em;
  }

  /* The main message: its edge is a border, not a background, so it stays in forced colors and
     on paper. */
  .callout {
    border: 1px solid var(--_accent);
    border-inline-start-width: 0.35em;
    border-radius: 0.25em;
    margin: 0 0 var(--bmg-space, 1em);
    padding: 0.6em 0.9em;
  }
  .callout > p {
    margin: 0;
  }

  /* Boxes to tick: the words are the label, so a tap anywhere on them ticks the box. */
  .checklist {
    list-style: none;
    padding-inline-start: 0;
  }
  .checklist label {
    align-items: flex-start;
    cursor: pointer;
    display: flex;
    gap: 0.6em;
  }
  .checklist input {
    flex: none;
    height: 1.25em;
    margin: 0.15em 0 0;
    width: 1.25em;
  }
  .checklist input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  /* A line drawing in the text's own color; what the caption points to is thicker and dashed,
     so it stands out without color: in print, and in forced colors. */
  .figure {
    margin: 0 0 var(--bmg-space, 1em);
  }
  .drawing {
    display: block;
    fill: none;
    height: auto;
    max-width: 24em;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-width: 2;
    width: 100%;
  }
  .drawing .mark {
    stroke: var(--_accent);
    stroke-dasharray: 5 4;
    stroke-width: 3;
  }
  figcaption {
    margin-block-start: 0.5em;
  }

  /* A glossary term: a real button, so it works by keyboard, touch and screen reader. */
  .term {
    background: none;
    border: 0;
    border-radius: 2px;
    color: inherit;
    cursor: pointer;
    font: inherit;
    letter-spacing: inherit;
    margin: 0;
    /* Room for the punctuation kept on its line (.nowrap), however long the term. */
    max-width: calc(100% - 1em);
    overflow-wrap: anywhere;
    padding: 0;
    text-align: inherit;
    white-space: normal;
    text-decoration: underline dotted;
    text-decoration-color: var(--_accent);
    /* Below the descenders, not through them: a mark under a letter (Vietnamese ạ, ệ, ộ) would
       otherwise sit on the dots and be read as one of them, or the dots as a mark. */
    text-underline-position: under;
    text-underline-offset: 0.1em;
  }
  .term:hover,
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .term:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* A small "?" says there is more to read; it is decoration, not part of the button's name. */
  .term::after {
    border: 1px solid var(--_accent);
    border-radius: 50%;
    content: '?';
    content: '?' / '';
    display: inline-block;
    font-size: 0.7em;
    font-weight: bold;
    line-height: 1.3;
    margin-inline-start: 0.2em;
    min-width: 1.3em;
    text-align: center;
    vertical-align: super;
  }

  /* The punctuation touching a term stays on the term's line: no "(" alone at a line's end. */
  .nowrap {
    white-space: nowrap;
  }
  /* A line may break after that punctuation, before an open definition. The two touch with no
     space, and a comma or full stop followed by a letter is not a place to break, so the line
     broke inside the definition's first word instead ("me|dicine", Vietnamese "thu|ốc"). A
     zero-width space, silent. */
  .nowrap::after {
    content: '\\200b';
    content: '\\200b' / '';
  }

  /* Inline, right after its word, so the sentence reads on in the same order for every reader. */
  .definition {
    background: var(--bmg-definition-background, rgb(128 128 128 / 0.15));
    border-bottom: 2px solid var(--_accent);
    border-radius: 0.2em;
    margin-inline-start: 0.25em;
    padding: 0.05em 0.3em;
  }
  .definition[hidden] {
    display: none;
  }

  /* Collapsible sections: the heading's words are the button that opens its section, with a
     triangle that points at the text when open (mirrored right to left), as a disclosure's does. */
  .toggle {
    background: none;
    border: 0;
    color: inherit;
    cursor: pointer;
    font: inherit;
    letter-spacing: inherit;
    margin: 0;
    padding: 0;
    text-align: inherit;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .toggle::before {
    content: '\\25b8\\a0';
    content: '\\25b8\\a0' / '';
  }
  .guide[dir='rtl'] .toggle::before {
    content: '\\25c2\\a0';
    content: '\\25c2\\a0' / '';
  }
  .toggle[aria-expanded='true']::before {
    content: '\\25be\\a0';
    content: '\\25be\\a0' / '';
  }

  /* The hospital's own words, or the line that sends the reader to their care team. */
  .local {
    margin: 0 0 var(--bmg-space, 1em);
  }

  .words {
    margin-block-start: 1.5em;
  }
  .words > summary {
    cursor: pointer;
  }
  .words dl {
    margin: 0.5em 0 0;
  }
  .words dt {
    font-weight: bold;
  }
  .words dd {
    margin: 0 0 0.5em;
    margin-inline-start: 1.5em;
  }

  .meta {
    border-block-start: 1px solid;
    font-size: var(--bmg-meta-font-size, 0.875em);
    margin-block-start: 1.5em;
    padding-block-start: 0.5em;
  }
  .meta p {
    margin: 0 0 0.25em;
  }
  /* A date keeps its own direction inside a sentence in the other direction (Arabic dates in a
     mirrored line, Latin digits in a right-to-left one). */
  time {
    unicode-bidi: isolate;
  }

  /* Forced colors drop the definition's background, and repaint every color with the system's
     own: a border is what keeps an open definition apart from the sentence around it. */
  @media (forced-colors: active) {
    .definition {
      border: 1px solid CanvasText;
    }
    .drawing,
    .drawing .mark {
      stroke: CanvasText;
    }
  }

  /* On paper nothing can be opened, so every definition is printed beside its word. */
  @media print {
    .guide {
      content-visibility: visible;
    }
    .term {
      text-decoration: none;
      font-weight: bold;
    }
    .term::after {
      content: none;
    }
    .definition,
    .definition[hidden] {
      background: none;
      border: 0;
      display: inline;
      padding: 0;
    }
    .definition::before {
      content: '[';
    }
    .definition::after {
      content: ']';
    }
    /* Chinese sets an aside in full-width brackets. */
    .definition:lang(zh)::before {
      content: '［';
    }
    .definition:lang(zh)::after {
      content: '］';
    }
    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    p,
    li,
    .callout,
    .figure {
      break-inside: avoid;
    }
    /* The dates and the disclaimer stay together, under the text they belong to. */
    .meta {
      break-inside: avoid;
      break-before: avoid;
    }
    /* Paper cannot be opened: every collapsible section prints open, with no triangle, and the
       list of words is left out, since every definition prints beside its word. */
    .section-body[hidden] {
      content-visibility: visible;
      display: block;
    }
    .toggle::before {
      content: none;
    }
    .words {
      display: none;
    }
  }
`;
