// The snippet builder's page. Its choices come from the build: the elements from the manifest,
// each one's sections from the content, the languages from the locales the bundle ships. The
// script (docs/site/docs.js) turns the choices into the snippet and the live preview; the
// snippet's script tag carries the integrity value of the bundle this site serves.
import type {ElementDoc} from './elements.js';
import {codeBlock, escape, page, type NavEntry} from './page.js';
import type {SectionInfo} from './sections.js';

const displayName = (locale: string) => new Intl.DisplayNames(['en'], {type: 'language'}).of(locale) ?? locale;

export function builderPage(options: {
  nav: NavEntry[];
  manifest: {elements: ElementDoc[]};
  sections: Record<string, SectionInfo[]>;
  locales: string[];
  name: string;
  version: string;
  bundleIntegrity: string;
}): string {
  const {nav, manifest, sections, locales, name, version, bundleIntegrity} = options;
  const cdn = `https://cdn.example.org/${name}@${version}/dist/bone-marrow-guide.js`;
  const elementChoices = manifest.elements
    .map(
      ({tagName, summary}, i) => `<div class="choice">
<input type="radio" name="element" id="element-${tagName}" value="${tagName}"${i === 0 ? ' checked' : ''}
  aria-describedby="element-${tagName}-summary" />
<label for="element-${tagName}"><code>&lt;${tagName}&gt;</code></label>
<p class="hint" id="element-${tagName}-summary">${escape(summary ?? '')}</p></div>`,
    )
    .join('\n');
  const sectionChoices = manifest.elements
    .map(
      ({tagName}, i) => `<fieldset class="sections" data-sections-for="${tagName}"${i === 0 ? '' : ' hidden'}>
<legend>Sections of <code>&lt;${tagName}&gt;</code> (none ticked: all of them)</legend>
${(sections[tagName] ?? [])
  .map(
    ({
      id,
      heading,
    }) => `<div class="choice"><input type="checkbox" name="sections" id="section-${tagName}-${id}" value="${id}" />
<label for="section-${tagName}-${id}">${escape(heading || id)} <code>${id}</code></label></div>`,
  )
  .join('\n')}
</fieldset>`,
    )
    .join('\n');
  const languageOptions = [
    '<option value="" selected>The page’s language (no locale attribute)</option>',
    ...locales.map((locale) => `<option value="${locale}">${escape(displayName(locale))} (${locale})</option>`),
  ].join('');
  const levels = [1, 2, 3, 4, 5, 6].map((n) => `<option${n === 2 ? ' selected' : ''}>${n}</option>`).join('');
  const main = `<h1>Snippet builder</h1>
<p>Choose what to show. The snippet below changes as you choose, and the preview shows what readers will see.
Paste the snippet into your page’s HTML where the information should appear.</p>
<form class="builder" id="builder" data-integrity="${bundleIntegrity}" data-version="${version}">
<fieldset><legend>Element</legend>
${elementChoices}
</fieldset>
${sectionChoices}
<div class="field"><label for="builder-locale">Language</label>
<select id="builder-locale" name="locale">${languageOptions}</select>
<p class="hint">With the page’s language, a page with <code>&lt;html lang="es"&gt;</code> shows Spanish.</p></div>
<div class="field"><label for="builder-level">Level of the section headings</label>
<select id="builder-level" name="heading-level" aria-describedby="builder-level-hint">${levels}</select>
<p class="hint" id="builder-level-hint">One below the heading above the snippet: under your page’s
<code>&lt;h2&gt;</code>, choose 3.</p></div>
<div class="field choice"><input type="checkbox" id="builder-collapsible" name="collapsible" />
<label for="builder-collapsible">Collapsible: each section closed until the reader opens it</label></div>
<div class="field"><label for="builder-src">Address of the script</label>
<input type="url" id="builder-src" name="src" value="${cdn}" spellcheck="false" aria-describedby="builder-src-hint" />
<p class="hint" id="builder-src-hint">Where your page loads <code>bone-marrow-guide.js</code> version
${version} from: a CDN, or your own copy with its <code>locales/</code> folder beside it. The integrity value
fits that exact file, so the browser runs it only if it is unchanged.</p></div>
</form>
<h2 id="snippet-heading">Your snippet</h2>
${codeBlock('', 'snippet', 'the snippet')}
<h2 id="preview-heading">Preview</h2>
<div class="live preview" id="preview"></div>`;
  return page({path: 'builder.html', title: 'Snippet builder', nav, main});
}
