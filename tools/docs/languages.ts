// The languages page: docs/languages.md when it exists, then the table of the languages this
// build ships, from dist/languages.json (written by the build's translation step). The reader is
// lenient, since the file is another tool's: it takes an array of entries, or an object with a
// `languages` array, or an object keyed by locale, and shows what each entry has of
//   {locale | tag | code, name?, translated?, total?, reviewed?, stale?, status? | review?}
// e.g. {"locale": "es", "name": "Spanish", "translated": 153, "total": 153, "reviewed": 0,
// "stale": 0, "status": "not reviewed"}. Without the file, the page lists the locales the
// bundle ships (dist/locales.json) and says the table comes with a build that writes it.
import {existsSync, readFileSync} from 'node:fs';
import {markdown} from './markdown.js';
import {escape, page, type NavEntry} from './page.js';

type Entry = Record<string, unknown>;

export const languagesFile = 'dist/languages.json';

export function readLanguages(path = languagesFile): Entry[] | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as Entry).languages)
      ? ((data as Entry).languages as unknown[])
      : data && typeof data === 'object'
        ? Object.entries(data as Entry).map(([locale, value]) => ({locale, ...(value as object)}))
        : [];
  return list.filter((entry): entry is Entry => Boolean(entry) && typeof entry === 'object');
}

const field = (entry: Entry, ...names: string[]) => {
  for (const name of names) if (Object.hasOwn(entry, name) && entry[name] !== null) return String(entry[name]);
  return undefined;
};

const displayName = (locale: string) => {
  try {
    return new Intl.DisplayNames(['en'], {type: 'language'}).of(locale) ?? locale;
  } catch {
    return locale;
  }
};

export function languageTable(entries: Entry[] | null, locales: string[]): string {
  if (!entries) {
    const items = locales.map((locale) => `<li>${escape(displayName(locale))} (<code>${escape(locale)}</code>)</li>`);
    return `<h2 id="table">The languages in this build</h2>
<ul>${items.join('')}</ul>
<p>The table with each language’s translated and reviewed counts appears here after a build that writes
<code>${languagesFile}</code>.</p>`;
  }
  const rows = entries.map((entry) => {
    const locale = field(entry, 'locale', 'tag', 'code') ?? '?';
    const translated = field(entry, 'translated');
    const total = field(entry, 'total', 'messages');
    const cells = [
      escape(field(entry, 'name') ?? displayName(locale)),
      `<code>${escape(locale)}</code>`,
      escape(translated === undefined ? '—' : total === undefined ? translated : `${translated} of ${total}`),
      escape(field(entry, 'reviewed') ?? '—'),
      escape(field(entry, 'stale') ?? '—'),
      escape(field(entry, 'status', 'review', 'reviewStatus') ?? '—'),
    ];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  const head = ['language', 'tag', 'translated', 'reviewed', 'out of date', 'review status'];
  return `<h2 id="table">The languages in this build</h2>
<div class="table"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

export function languagesPage(options: {nav: NavEntry[]; locales: string[]; guide: string | null}): string {
  const {nav, locales, guide} = options;
  const intro = guide
    ? markdown(readFileSync(guide, 'utf8')).html
    : `<h1>Languages</h1>
<p>Each element shows the language of the page around it, or the one its <code>locale</code> attribute names.</p>`;
  const main = `${intro}\n${languageTable(readLanguages(), locales)}`;
  return page({path: 'languages.html', title: 'Languages', nav, main});
}
