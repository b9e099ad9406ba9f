// Gettext PO, for translators who work in a PO editor (Poedit, Lokalize, Virtaal, Weblate's PO
// mode): what `npm run l10n:po-export` writes and `npm run l10n:po-import` reads. The XLIFF file
// stays the translation: a PO file carries only what a translator changes (the texts, their
// fuzzy flag, their own comments) there and back, so every unit, id, note, state and reviewer's
// mark stays as the XLIFF has it.
//
// Why not translate-toolkit's converters (TRANSLATING.md, "Translating in PO"): xliff2po keeps
// none of our notes (it takes only from="developer" and from="translator") and marks every text
// without approved="yes" fuzzy; pomerge then writes those back as needs-translation, so they
// show in English; po2xliff -t adds a second <file> for the PO header.
//
// One entry per text: the note as extracted comments (#.), the id as msgctxt, the English as
// msgid, the translation as msgstr; a stale text is fuzzy, with the English it was translated
// from as the previous msgid (#|), as gettext's msgmerge writes it.

/** A problem that makes a PO file unusable, at its line. */
export class PoError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${path}:${line}: ${problem}`);
  }
}

export interface PoEntry {
  /** msgctxt: our unit id. */
  context: string | undefined;
  /** msgid: the English. */
  source: string;
  /** msgstr: the translation; '' when not translated. */
  target: string;
  fuzzy: boolean;
  /** Translator comments ("# "), one per line. */
  translatorComments: string[];
  /** References ("#:"): xliff2po writes the unit id there. */
  references: string[];
  /** Extracted comments ("#."): the notes. */
  notes: string[];
  /** The English it was translated from, when stale ("#| msgid"). */
  previousSource: string | undefined;
  line: number;
}

export interface PoFile {
  /** The header's fields, e.g. Language. */
  header: Record<string, string>;
  entries: PoEntry[];
}

const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}

/** A keyword and its string; a text with line breaks is written one line per line, as gettext does. */
function field(keyword: string, text: string, prefix = ''): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length === 1) return [`${prefix}${keyword} ${quote(text)}`];
  return [`${prefix}${keyword} ""`, ...lines.map((line) => `${prefix}${quote(line)}`)];
}

/** Comment lines: one per line of the text, never empty after the marker. */
const comments = (marker: string, texts: readonly string[]) =>
  texts.flatMap((text) => text.split('\n')).map((line) => (line ? `${marker} ${line}` : marker));

export function writePo(file: PoFile, intro: readonly string[]): string {
  const header = Object.entries(file.header)
    .map(([name, value]) => `${name}: ${value}\\n`)
    .map((line) => `"${line.replace(/"/g, '\\"')}"`);
  const blocks = [
    [...comments('#', intro), 'msgid ""', 'msgstr ""', ...header].join('\n'),
    ...file.entries.map((entry) =>
      [
        ...comments('#', entry.translatorComments),
        ...comments('#.', entry.notes),
        ...entry.references.map((reference) => `#: ${reference}`),
        ...(entry.fuzzy ? ['#, fuzzy'] : []),
        ...(entry.previousSource !== undefined ? field('msgid', entry.previousSource, '#| ') : []),
        ...(entry.context !== undefined ? field('msgctxt', entry.context) : []),
        ...field('msgid', entry.source),
        ...field('msgstr', entry.target),
      ].join('\n'),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function unquote(path: string, line: number, text: string): string {
  const match = /^"((?:[^"\\]|\\.)*)"\s*$/.exec(text);
  if (!match)
    throw new PoError(path, line, `expected a string in double quotes, found ${JSON.stringify(text.slice(0, 40))}`);
  return match[1].replace(/\\(.)/g, (_, code: string) => {
    if (!Object.hasOwn(escapes, code)) throw new PoError(path, line, `unknown escape "\\${code}" in a string`);
    return escapes[code];
  });
}

/** The longest PO file read: far more than this guide's texts in any language. */
const maxBytes = 8 * 1024 * 1024;

/** Parses a PO file; throws PoError for anything it cannot read, and for plural entries. */
export function parsePo(path: string, text: string): PoFile {
  if (text.length > maxBytes) throw new PoError(path, 1, 'the file is far larger than a translation of this guide');
  const entries: PoEntry[] = [];
  let header: Record<string, string> | undefined;
  let entry: Partial<PoEntry> & {strings: Map<string, string>; keyword?: string; start?: number} = {strings: new Map()};
  let obsolete = false;

  const finish = () => {
    const {strings} = entry;
    // Comments with no entry after them say nothing about a text: left out.
    if (strings.size && !obsolete) {
      if (strings.has('msgid_plural')) {
        throw new PoError(path, entry.start!, 'a plural entry (msgid_plural): the guide has no plural texts');
      }
      if (!strings.has('msgid') || !strings.has('msgstr')) {
        throw new PoError(path, entry.start!, 'an entry needs msgid and msgstr');
      }
      const source = strings.get('msgid')!;
      if (source === '' && !strings.has('msgctxt')) {
        if (header) throw new PoError(path, entry.start!, 'a second header (msgid "")');
        header = Object.fromEntries(
          strings
            .get('msgstr')!
            .split('\n')
            .map((field) => /^([^:]+):\s*(.*)$/.exec(field))
            .filter((match) => match !== null)
            .map((match) => [match[1].trim(), match[2].trim()]),
        );
      } else {
        entries.push({
          context: strings.get('msgctxt'),
          source,
          target: strings.get('msgstr')!,
          fuzzy: entry.fuzzy ?? false,
          translatorComments: entry.translatorComments ?? [],
          references: entry.references ?? [],
          notes: entry.notes ?? [],
          previousSource: entry.previousSource,
          line: entry.start!,
        });
      }
    }
    entry = {strings: new Map()};
    obsolete = false;
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (!text) {
      finish();
      return;
    }
    if (entry.strings.has('msgstr') && (text.startsWith('#') || /^msg(ctxt|id)\s/.test(text))) {
      // A comment or a msgid after a msgstr starts the next entry (when no blank line is left).
      finish();
    }
    entry.start ??= line;
    if (text.startsWith('#~')) {
      obsolete = true;
      return;
    }
    if (text.startsWith('#,')) {
      const flags = text
        .slice(2)
        .split(',')
        .map((flag) => flag.trim());
      entry.fuzzy = flags.includes('fuzzy');
      return;
    }
    if (text.startsWith('#|')) {
      const previous = /^#\|\s*msgid\s+(".*")$/.exec(text);
      if (previous) entry.previousSource = unquote(path, line, previous[1]);
      return;
    }
    if (text.startsWith('#.')) {
      (entry.notes ??= []).push(text.slice(2).trim());
      return;
    }
    if (text.startsWith('#:')) {
      (entry.references ??= []).push(...text.slice(2).trim().split(/\s+/).filter(Boolean));
      return;
    }
    if (text.startsWith('#')) {
      (entry.translatorComments ??= []).push(text.slice(1).replace(/^ /, ''));
      return;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)$/.exec(text);
    if (keyword) {
      const [, name, rest] = keyword;
      if (name.startsWith('msgstr[')) {
        throw new PoError(path, line, 'a plural translation (msgstr[n]): the guide has no plural texts');
      }
      if (entry.strings.has(name))
        throw new PoError(path, line, `${name} twice in one entry: is a blank line missing?`);
      entry.keyword = name;
      entry.strings.set(name, unquote(path, line, rest));
      return;
    }
    if (text.startsWith('"') && entry.keyword) {
      entry.strings.set(entry.keyword, entry.strings.get(entry.keyword)! + unquote(path, line, text));
      return;
    }
    throw new PoError(path, line, `cannot read this line: ${JSON.stringify(text.slice(0, 60))}`);
  });
  finish();
  return {header: header ?? {}, entries};
}
