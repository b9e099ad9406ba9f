// The translation review page: each element in English beside the same element in the chosen
// locale. DOM calls only, no HTML parsing, so the page works under a strict
// Content-Security-Policy. `?locale=ar-XB&element=risk-list` opens it on that choice.

/** The locales to review, and the heading of their column. Values match translations.html. */
const localeNames = {
  es: 'Spanish (es)',
  'en-XA': 'Pseudo-locale en-XA (accented, longer)',
  'ar-XB': 'Pseudo-locale ar-XB (right to left)',
};

const guides = [
  {tag: 'procedure-overview', name: 'The procedure'},
  {tag: 'risk-list', name: 'The risks'},
  {tag: 'results-explainer', name: 'The results'},
];

const localeSelect = /** @type {HTMLSelectElement} */ (document.getElementById('locale'));
const elementSelect = /** @type {HTMLSelectElement} */ (document.getElementById('element'));
const container = /** @type {HTMLElement} */ (document.getElementById('comparisons'));

/** Sets a select to a query parameter's value when it is one of its options. */
function choose(select, value) {
  const option = [...select.options].find((candidate) => candidate.value.toLowerCase() === value?.toLowerCase());
  if (option) select.value = option.value;
}

const query = new URLSearchParams(location.search);
choose(localeSelect, query.get('locale'));
choose(elementSelect, query.get('element'));

/** The translated elements and their column headings, updated when the locale changes. */
const translated = [];
const translatedHeadings = [];

/** One column: a heading naming the language, then the element in that locale. */
function column(tag, locale, headingText) {
  const column = document.createElement('div');
  column.className = 'column';
  const heading = document.createElement('h3');
  heading.textContent = headingText;
  const element = document.createElement(tag);
  element.setAttribute('locale', locale);
  element.setAttribute('heading-level', '4');
  column.append(heading, element);
  return {column, heading, element};
}

const groups = guides.map(({tag, name}) => {
  const group = document.createElement('section');
  group.className = 'comparison-group';
  group.dataset.element = tag;
  const heading = document.createElement('h2');
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  heading.append(`${name} `, code);

  const grid = document.createElement('div');
  grid.className = 'comparison';
  const english = column(tag, 'en', 'English (en), the source');
  const other = column(tag, localeSelect.value, localeNames[localeSelect.value]);
  translated.push(other.element);
  translatedHeadings.push(other.heading);
  grid.append(english.column, other.column);
  group.append(heading, grid);
  return group;
});
container.append(...groups);

function showElements() {
  const chosen = elementSelect.value;
  for (const group of groups) group.hidden = chosen !== 'all' && group.dataset.element !== chosen;
}
showElements();

/** Keeps the address in step with the choices, so a reviewer can share the link. */
function rememberChoices() {
  const url = new URL(location.href);
  url.searchParams.set('locale', localeSelect.value);
  url.searchParams.set('element', elementSelect.value);
  history.replaceState(null, '', url);
}

localeSelect.addEventListener('change', () => {
  const locale = localeSelect.value;
  // The property, not the attribute: the elements re-render in the new locale at once.
  for (const element of translated) element.locale = locale;
  for (const heading of translatedHeadings) heading.textContent = localeNames[locale];
  rememberChoices();
});

elementSelect.addEventListener('change', () => {
  showElements();
  rememberChoices();
});
