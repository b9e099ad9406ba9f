// The translation review page: each element in English beside the same element in the chosen
// language, for translators and reviewers. DOM calls only, no HTML parsing, so the page works
// under a strict Content-Security-Policy. `?locale=fr&element=risk-list` opens it on that choice.
//
// The languages are the files in xliff/, as `npm start` lists them (translations.json), named
// by the browser (Intl.DisplayNames): adding a file adds a language here, with nothing to edit.
// Text still in English inside a translated element (lang="en" on its own element) gets a
// dashed outline, and the build's notes on the language's file are shown, so a translator sees
// what is left and why. Above them, the language's review and release state, from the build's
// languages.json (tools/l10n/languages-file.ts): what a hospital sees in dist/languages.json.

/** Made from the English at every build (tools/l10n/pseudo-locales.ts), in the development bundle only. */
const pseudoLocales = {'en-XA': 'accented, about a third longer', 'ar-XB': 'right to left'};

const guides = [
  {tag: 'procedure-overview', name: 'The procedure'},
  {tag: 'risk-list', name: 'The risks'},
  {tag: 'results-explainer', name: 'The results'},
];

const localeSelect = /** @type {HTMLSelectElement} */ (document.getElementById('locale'));
const elementSelect = /** @type {HTMLSelectElement} */ (document.getElementById('element'));
const container = /** @type {HTMLElement} */ (document.getElementById('comparisons'));
const status = /** @type {HTMLElement} */ (document.getElementById('locale-status'));
const review = /** @type {HTMLElement} */ (document.getElementById('locale-review'));

/**
 * The development bundle has the pseudo-locales; a failed build removes it, and then the page
 * shows dist/, which a failed build never touches (the last good build).
 */
async function loadBundle() {
  try {
    await import('../build/dev/bone-marrow-guide.js');
    return true;
  } catch {
    await import('../dist/bone-marrow-guide.js');
    return false;
  }
}

/**
 * Each language's counts, review and release, as the bundle on show was built: build/dev has
 * every language, held back or not; dist/ lists them too.
 */
async function languagesInfo(fromDevelopment) {
  for (const url of fromDevelopment
    ? ['../build/dev/languages.json', '../dist/languages.json']
    : ['../dist/languages.json']) {
    try {
      const response = await fetch(url, {cache: 'no-store'});
      if (response.ok) return await response.json();
    } catch {
      // try the next
    }
  }
  return undefined;
}

/** The translations (the files in xliff/) and the last build's notes, from `npm start`; undefined elsewhere. */
async function serverInfo() {
  try {
    const response = await fetch('translations.json', {cache: 'no-store'});
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** A tag as written in file names (fr, fr-CA), or undefined when it is not a language tag. */
function canonical(tag) {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** "French (fr) – français": the name in English, the tag, and the name in the language itself. */
function languageName(tag) {
  if (Object.hasOwn(pseudoLocales, tag)) return `Pseudo-locale ${tag} (${pseudoLocales[tag]})`;
  const name = (locales) => {
    try {
      return new Intl.DisplayNames(locales, {type: 'language', languageDisplay: 'standard', fallback: 'none'}).of(tag);
    } catch {
      return undefined;
    }
  };
  const english = name(['en']) ?? tag;
  const own = name([tag]);
  return own && own !== english ? `${english} (${tag}) – ${own}` : `${english} (${tag})`;
}

/** Sets the status area: a paragraph, then any list items (each a string or a code line). */
function showStatus(text, items = []) {
  status.replaceChildren();
  if (!text) return;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  status.append(paragraph);
  if (!items.length) return;
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = item;
    entry.append(code);
    list.append(entry);
  }
  status.append(list);
}

const [hasPseudoLocales, info] = await Promise.all([loadBundle(), serverInfo()]);
const languages = await languagesInfo(hasPseudoLocales);
/** A language's entry in languages.json, or undefined. */
const entryOf = (tag) => languages?.languages?.find((language) => language.tag === tag);

/** One sentence on a language's review and release, as a hospital reads it in dist/languages.json. */
function reviewSentence(tag) {
  const entry = entryOf(tag);
  if (!entry) return '';
  const {texts, translated, reviewed, stale} = entry.counts;
  const release = entry.released
    ? entry.releasedOnPurpose
      ? `Released in dist/ on purpose: ${entry.why}.`
      : 'Released in dist/: complete.'
    : `Held back from dist/ (${entry.why}): pages using dist/ show English; ` +
      'this page and the development bundle show it.';
  const lastReview = entry.lastReview ?? 'none recorded';
  return (
    `${languageName(tag).split(' – ')[0]}: ${translated} of ${texts} texts translated, ${reviewed} reviewed by a ` +
    `medical translator (${entry.review}; last review: ${lastReview}), ${stale} stale. ${release}`
  );
}
// From `npm start`: the files in xliff/ now. Elsewhere (a static server): the languages built.
const translations = info?.translations ?? languages?.languages?.map(({tag}) => tag) ?? [];
const query = new URLSearchParams(location.search);
const requested = query.get('locale');
const requestedTag = canonical(requested);
const offered = [...translations, ...(hasPseudoLocales ? Object.keys(pseudoLocales) : [])];
/** A language asked for in the address that has no file: shown as such, never silently replaced. */
const absent = requested && !offered.some((tag) => tag.toLowerCase() === requestedTag?.toLowerCase());

/** The option's label: the language, and in a few words whether it ships and is reviewed. */
function optionLabel(tag) {
  const entry = entryOf(tag);
  if (!entry) return languageName(tag);
  return `${languageName(tag)} · ${entry.released ? 'released' : 'held back'}, ${entry.review}`;
}
for (const tag of offered) localeSelect.append(new Option(optionLabel(tag), tag));
if (absent) {
  const label = requestedTag ? `${languageName(requestedTag)}: no translation` : `"${requested}": not a language tag`;
  localeSelect.append(new Option(label, requestedTag ?? requested));
}
const chosen = absent
  ? (requestedTag ?? requested)
  : offered.find((tag) => tag.toLowerCase() === requestedTag?.toLowerCase());
if (chosen) localeSelect.value = chosen;
const elementChoice = [...elementSelect.options].find((option) => option.value === query.get('element'));
if (elementChoice) elementSelect.value = elementChoice.value;

/** Outlines text in English inside a translated element; the page adds it to each shadow root once. */
const inEnglishStyle = new CSSStyleSheet();
inEnglishStyle.replaceSync(
  '[part~="base"]:not([lang="en"]) [lang="en"] { outline: 2px dashed #b35c00; outline-offset: 2px; }',
);

/** The translated elements and their column headings, updated when the locale changes. */
const translated = [];
const translatedColumns = [];

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
  // A language with no translation would only show English (and warn): its column stays hidden.
  const other = column(tag, absent ? 'en' : localeSelect.value, languageName(localeSelect.value));
  translated.push(other.element);
  translatedColumns.push(other);
  grid.append(english.column, other.column);
  group.append(heading, grid);
  return group;
});
container.append(...groups);

function showElements() {
  const chosen = elementSelect.value;
  for (const group of groups) group.hidden = chosen !== 'all' && group.dataset.element !== chosen;
}

/** What the build said about a language's file: its lines, then its summary. */
const buildLines = (locale) => (info?.build?.lines ?? []).filter((line) => line.includes(`/${locale}.xlf`));

/** Says what the reader sees in the chosen language: no such translation, not built, or what is left in English. */
async function describe() {
  const locale = localeSelect.value;
  review.textContent = reviewSentence(locale);
  for (const {column} of translatedColumns) column.hidden = !offered.includes(locale);
  if (!locale) {
    showStatus('No translations yet: start one with npm run l10n:add -- <language tag>, for example fr.');
    return;
  }
  if (!offered.includes(locale)) {
    const tag = canonical(locale);
    showStatus(
      tag
        ? `There is no translation into ${languageName(tag).split(' – ')[0]}: xliff/${tag}.xlf does not exist. ` +
            `To start one, run npm run l10n:add -- ${tag}` +
            (info ? '.' : ' (or, if it exists, open this page through npm start, which lists the languages).')
        : `"${locale}" is not a language tag; write it like fr, fr-CA or pt-BR.`,
    );
    return;
  }
  await Promise.all(translated.map((element) => element.updateComplete));
  const bases = translated.map((element) => element.shadowRoot?.querySelector('[part~="base"]'));
  if (bases.some((base) => base?.getAttribute('lang') !== locale)) {
    const why = !info?.build
      ? 'build it (npm run build), then reload this page.'
      : info.build.running
        ? 'a build is running; this page reloads when it is done.'
        : !info.build.ok
          ? 'the last build failed, so this page shows the one before it. The build said:'
          : 'the build on show is older than the file: save the file again, or run npm run build and reload.';
    showStatus(`xliff/${locale}.xlf exists, but the build on show has no ${languageName(locale)}: ${why}`, [
      ...(info?.build?.ok === false ? info.build.lines : []),
    ]);
    return;
  }
  for (const element of translated) {
    const root = element.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(inEnglishStyle)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, inEnglishStyle];
    }
  }
  const visible = translated.filter((element) => !element.closest('[hidden]'));
  const inEnglish = visible.reduce(
    (count, element) => count + element.shadowRoot.querySelectorAll('[part~="base"] [lang="en"]').length,
    0,
  );
  const summary = inEnglish
    ? `${languageName(locale)}: ${inEnglish} ${inEnglish === 1 ? 'text' : 'texts'} here still in English ` +
      '(dashed outline): not translated yet, or broken.'
    : `${languageName(locale)}: every text here is translated.`;
  if (info?.build && !info.build.ok && !info.build.running) {
    // The file that stopped the build may be another language's: show all it said.
    showStatus(
      `The last build stopped, so this page still shows the one before it (${summary}) ` +
        'Fix the file and save; the build said:',
      info.build.lines,
    );
    return;
  }
  const lines = buildLines(locale);
  showStatus(`${summary}${lines.length ? ' The last build said:' : ''}`, lines);
}

/** Keeps the address in step with the choices, so a reviewer can share the link. */
function rememberChoices() {
  const url = new URL(location.href);
  url.searchParams.set('locale', localeSelect.value);
  url.searchParams.set('element', elementSelect.value);
  history.replaceState(null, '', url);
}

showElements();
void describe();

localeSelect.addEventListener('change', () => {
  const locale = localeSelect.value;
  // The property, not the attribute: the elements re-render in the new locale at once.
  for (const element of translated) element.locale = offered.includes(locale) ? locale : 'en';
  for (const {heading} of translatedColumns) heading.textContent = languageName(locale);
  rememberChoices();
  void describe();
});

elementSelect.addEventListener('change', () => {
  showElements();
  rememberChoices();
  void describe();
});
