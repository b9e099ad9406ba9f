// Ways a page uses the elements. The demo's examples page shows each one with the snippet to
// copy, and the accessibility tests run axe on each one, so docs and tests cannot drift apart.
// An example with a `locale` attribute is tested in that locale, once its text has loaded.

/**
 * @typedef {{slot: string, paragraphs: string[]}} LocalWords The hospital's own words, in a slot.
 * @typedef {{id: string, title: string, tag: string, attributes?: Record<string, string>, css?: string,
 *   local?: LocalWords}} Example
 */

/** @type {Example[]} */
export const examples = [
  {id: 'procedure', title: 'The whole procedure guide', tag: 'procedure-overview', attributes: {'heading-level': '3'}},
  {
    id: 'procedure-before-visit',
    title: 'Only getting ready and how it feels, for a letter sent before the visit',
    tag: 'procedure-overview',
    attributes: {sections: 'prepare how-it-feels', 'heading-level': '3'},
  },
  {id: 'risks', title: 'All the risks', tag: 'risk-list', attributes: {'heading-level': '3'}},
  {
    id: 'risks-bleeding',
    title: 'Only bleeding',
    tag: 'risk-list',
    attributes: {sections: 'bleeding', 'heading-level': '3'},
  },
  {id: 'results', title: 'Everything about results', tag: 'results-explainer', attributes: {'heading-level': '3'}},
  {
    id: 'results-normal-abnormal',
    title: 'Only what results mean',
    tag: 'results-explainer',
    attributes: {sections: 'normal, abnormal', 'heading-level': '3'},
  },
  {
    id: 'risks-spanish',
    title: 'The risks in Spanish, for a Spanish page or a bilingual handout',
    tag: 'risk-list',
    attributes: {locale: 'es', 'heading-level': '3'},
  },
  {
    id: 'procedure-spanish-before-visit',
    title: 'Getting ready and how it feels, in Spanish, for a letter sent before the visit',
    tag: 'procedure-overview',
    attributes: {locale: 'es', sections: 'prepare how-it-feels', 'heading-level': '3'},
  },
  {
    id: 'results-collapsible',
    title: 'Results as sections a reader opens one at a time',
    tag: 'results-explainer',
    attributes: {collapsible: '', 'heading-level': '3'},
  },
  {
    id: 'risks-with-local-words',
    title: 'The risks, with the hospital’s own words on when to call',
    tag: 'risk-list',
    attributes: {'heading-level': '3'},
    local: {
      slot: 'when-to-call',
      paragraphs: [
        'Call the Day Unit on 555-0100 (8 am to 6 pm) if the spot keeps bleeding or you have a fever.',
        'At night, call the ward on 555-0199.',
      ],
    },
  },
  {
    id: 'branded',
    title: 'In the hospital’s colors, with CSS custom properties and parts',
    tag: 'risk-list',
    attributes: {class: 'branded', 'heading-level': '3'},
    css: `.branded {
  --bmg-accent-color: #005eb8;
  --bmg-heading-color: #003087;
  --bmg-definition-background: #eef7ff;
}
.branded::part(disclaimer) {
  font-weight: bold;
}`,
  },
];

/**
 * The HTML a page author pastes for an example.
 * @param {Example} example
 */
export function snippet({tag, attributes = {}, local}) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  const words = local
    ? `\n  <div slot="${local.slot}">\n${local.paragraphs.map((text) => `    <p>${text}</p>\n`).join('')}  </div>\n`
    : '';
  return `<${tag}${attrs}>${words}</${tag}>`;
}

/**
 * Creates an example's element with DOM calls, not HTML parsing.
 * @param {Example} example
 */
export function createExample({tag, attributes = {}, local}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (local) {
    const words = document.createElement('div');
    words.slot = local.slot;
    words.append(...local.paragraphs.map((text) => Object.assign(document.createElement('p'), {textContent: text})));
    element.append(words);
  }
  return element;
}
