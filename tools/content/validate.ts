/**
 * Reads the YAML files of content/ into the content model, checking everything the elements
 * rely on. Every problem names the file, the path inside it and, where known, the line, so a
 * clinical editor can fix it without reading code. Runs at build time (tools/build-content.ts)
 * and in the tests; never in the bundle.
 */
import {
  hasStrayBrackets,
  hasUnbalancedEmphasis,
  parseEmphasis,
  parseInline,
  parsePlaceholders,
} from '../../src/content/markup.js';
import {readDrawing} from './drawings.js';
import {
  reviewLines,
  type Block,
  type Dates,
  type Drawing,
  type ElementContent,
  type FactIds,
  type GlossaryTerm,
  type GuideContent,
  type ListItem,
  type Notice,
  type ReviewLine,
  type Section,
  type SignOff,
} from './model.js';
import {showPath, YamlFile, type ContentProblem, type Path} from './yaml-file.js';

export {formatProblem, type ContentProblem} from './yaml-file.js';

export interface ValidationResult {
  /** Present only when there are no problems. */
  content?: GuideContent;
  problems: ContentProblem[];
}

export const guideFile = 'guide.yaml';
export const glossaryFile = 'glossary.yaml';
/** Optional: the reviews that approved a text exactly as it stood (see SignOff). */
export const signOffsFile = 'sign-offs.yaml';
/** content/drawings/<name>.svg, named in the files map as `drawings/<name>.svg`. */
const drawingFile = /^drawings\/([a-z0-9]+(?:-[a-z0-9]+)*)\.svg$/;

/** The placeholders each line of the small print must have: each a date, or the hospital's reviewer. */
const placeholdersOf: Readonly<Record<'dates' | ReviewLine, readonly string[]>> = {
  dates: ['factsCurrentAsOf', 'lastEdited'],
  approved: ['reviewed'],
  notApproved: [],
  sourceApproved: ['reviewed'],
  sourceNotApproved: [],
  translationApproved: ['translationReviewed'],
  translationNotApproved: [],
  localReview: ['reviewer', 'localReviewed'],
};
const editorialDates = ['factsCurrentAsOf', 'lastEdited', 'reviewDue'] as const;

/** Checks the files of content/ (name → YAML text) and builds the content model. */
export function validateContent(files: Readonly<Record<string, string>>): ValidationResult {
  return new Validator(files).run();
}

type Fields = Record<string, unknown>;

/** What guide.yaml says of an element: its sections, and the ids it used to have. */
interface Contract {
  sections: string[];
  renamed: Record<string, string>;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const factPattern = /^[A-Z][0-9]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const tagPattern = /^[a-z][a-z0-9]*-[a-z0-9-]*$/;
const localePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const quote = (value: string) => `"${value}"`;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Validator {
  private readonly problems: ContentProblem[] = [];
  /** Every id in the folder, with where it was first used: ids must be unique across files. */
  private readonly ids = new Map<string, string>();
  /** Slot names, as "<file> <name>": unique in each element. */
  private readonly slots = new Set<string>();
  /** Term references, checked once the glossary is read. */
  private readonly termRefs: {file: YamlFile; path: Path; term: string}[] = [];
  /** Drawings named by figures, checked once every drawing is read. */
  private readonly drawingRefs: {file: YamlFile; path: Path; drawing: string}[] = [];

  constructor(private readonly files: Readonly<Record<string, string>>) {}

  run(): ValidationResult {
    const guide = this.open(guideFile);
    const guideData =
      guide &&
      this.fields(guide, guide.data, [], [
        'locale',
        'dates',
        'review',
        'disclaimer',
        'wordsToKnow',
        'termHint',
        'elements',
      ]);
    const shared = guide && guideData && {
      locale: this.locale(guide, guideData.locale),
      dates: this.dates(guide, guideData.dates),
      review: this.review(guide, guideData.review),
      disclaimer: this.notice(guide, guideData.disclaimer, ['disclaimer']),
      wordsToKnow: this.notice(guide, guideData.wordsToKnow, ['wordsToKnow'], 'plain'),
      termHint: this.notice(guide, guideData.termHint, ['termHint'], 'plain'),
    };
    const contract = guide && guideData ? this.contract(guide, guideData.elements) : new Map<string, Contract>();

    const expected = [guideFile, glossaryFile, signOffsFile, ...[...contract.keys()].map((tag) => `${tag}.yaml`)];
    for (const name of Object.keys(this.files)) {
      if (!expected.includes(name) && !drawingFile.test(name)) {
        this.problems.push({
          file: name,
          path: '',
          message: `unknown file; expected ${expected.join(', ')} or drawings/<name>.svg`,
        });
      }
    }

    const glossaryData = this.open(glossaryFile);
    const glossary = glossaryData ? this.glossary(glossaryData) : {};
    const elements: Record<string, ElementContent> = {};
    for (const [tag, {sections: sectionIds, renamed}] of contract) {
      const file = this.open(`${tag}.yaml`, `the text of <${tag}>`);
      if (file) elements[tag] = {...this.element(file, tag, sectionIds), renamed};
    }
    for (const {file, path, term} of this.termRefs) {
      if (!Object.hasOwn(glossary, term)) {
        file.problem(path, `unknown glossary term ${quote(term)}; add it to ${glossaryFile}`);
      }
    }
    const drawings = this.drawings();
    for (const {file, path, drawing} of this.drawingRefs) {
      // A drawing that is there but broken has its own problems, above.
      const name = `drawings/${drawing}.svg`;
      if (!Object.hasOwn(this.files, name)) file.problem(path, `no drawing ${name}`);
    }
    const used = new Set(this.drawingRefs.map(({drawing}) => drawing));
    for (const name of Object.keys(drawings).filter((name) => !used.has(name))) {
      this.problems.push({file: `drawings/${name}.svg`, path: '', message: 'no figure shows this drawing'});
    }
    const signOffs = this.signOffs();

    if (this.problems.length || !shared) return {problems: this.problems};
    return {content: {...shared, glossary, elements, drawings, signOffs}, problems: []};
  }

  private open(name: string, purpose = 'required'): YamlFile | undefined {
    const text = this.files[name];
    if (text === undefined) {
      this.problems.push({file: name, path: '', message: `missing file (${purpose})`});
      return undefined;
    }
    const file = new YamlFile(name, text, (problem) => this.problems.push(problem));
    return file.data === undefined ? undefined : file;
  }

  // --- guide.yaml ---

  /**
   * `elements:` maps each tag to its section ids in canonical order, and optionally to the
   * section ids it no longer has (`renamed`: old id to the section that now holds its text).
   */
  private contract(file: YamlFile, value: unknown): Map<string, Contract> {
    const contract = new Map<string, Contract>();
    if (!isFields(value)) {
      file.problem(['elements'], 'expected a map from element tag to its sections');
      return contract;
    }
    for (const [tag, entry] of Object.entries(value)) {
      const path = ['elements', tag];
      if (!tagPattern.test(tag)) {
        file.problem(path, `${quote(tag)} is not a custom element name (lowercase, with a hyphen)`);
      }
      const fields = this.fields(file, entry, path, ['sections'], ['renamed']);
      if (!fields) continue;
      if (!Array.isArray(fields.sections) || !fields.sections.length) {
        file.problem([...path, 'sections'], 'expected a list of section ids');
        continue;
      }
      const ids: string[] = [];
      fields.sections.forEach((id, i) => {
        if (!this.idFormat(file, id, [...path, 'sections', i])) return;
        if (ids.includes(id)) file.problem([...path, 'sections', i], `duplicate id ${quote(id)} in this list`);
        else ids.push(id);
      });
      contract.set(tag, {sections: ids, renamed: this.renamed(file, fields.renamed, [...path, 'renamed'], ids)});
    }
    return contract;
  }

  private renamed(file: YamlFile, value: unknown, path: Path, sections: readonly string[]): Record<string, string> {
    if (value === undefined) return {};
    if (!isFields(value)) {
      file.problem(path, 'expected a map from an old section id to the section that holds its text now');
      return {};
    }
    const renamed: Record<string, string> = {};
    for (const [old, now] of Object.entries(value)) {
      if (!this.idFormat(file, old, [...path, old])) continue;
      if (sections.includes(old)) {
        file.problem([...path, old], `${quote(old)} is still a section; it cannot be renamed`);
      } else if (typeof now !== 'string' || !sections.includes(now)) {
        file.problem([...path, old], `${quote(String(now))} is not a section of this element`);
      } else renamed[old] = now;
    }
    return renamed;
  }

  private locale(file: YamlFile, value: unknown): string {
    if (typeof value !== 'string' || !localePattern.test(value)) {
      file.problem(['locale'], 'expected a language tag such as "en"');
    }
    return String(value);
  }

  private dates(file: YamlFile, value: unknown): Dates {
    const path = ['dates'];
    const required = ['id', ...editorialDates, 'text'];
    const fields = this.fields(file, value, path, required, ['facts', 'note']) ?? {};
    for (const key of editorialDates) {
      if (fields[key] !== undefined) this.date(file, fields[key], [...path, key]);
    }
    const text = this.text(file, fields.text, [...path, 'text']);
    this.placeholders(file, text, [...path, 'text'], placeholdersOf.dates);
    return {
      id: this.id(file, fields.id, [...path, 'id']),
      factsCurrentAsOf: String(fields.factsCurrentAsOf),
      lastEdited: String(fields.lastEdited),
      reviewDue: String(fields.reviewDue),
      text,
      ...this.extras(file, fields, path),
    };
  }

  private date(file: YamlFile, value: unknown, path: Path): string {
    if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(value))) {
      file.problem(path, 'expected a date written YYYY-MM-DD');
    }
    return String(value);
  }

  /** Checks that text has exactly these placeholders, each a name the element fills. */
  private placeholders(file: YamlFile, text: string, path: Path, wanted: readonly string[]): void {
    const found = parsePlaceholders(text).flatMap((part) => (typeof part === 'string' ? [] : [part.placeholder]));
    for (const name of wanted) if (!found.includes(name)) file.problem(path, `missing placeholder {${name}}`);
    for (const name of found) {
      if (!wanted.includes(name)) {
        const allowed = wanted.length ? `; this text has ${wanted.map((n) => `{${n}}`).join(' and ')}` : '';
        file.problem(path, `unknown placeholder {${name}}${allowed}`);
      }
    }
  }

  /** The review lines of the small print: one text each, with its placeholders. */
  private review(file: YamlFile, value: unknown): Record<ReviewLine, Notice> {
    const fields = this.fields(file, value, ['review'], [...reviewLines]);
    return Object.fromEntries(
      reviewLines.map((line) => {
        // A missing map or line is reported once, as missing.
        if (!fields || fields[line] === undefined) return [line, {id: '', text: ''}];
        const notice = this.notice(file, fields[line], ['review', line], 'plain');
        this.placeholders(file, notice.text, ['review', line, 'text'], placeholdersOf[line]);
        return [line, notice];
      }),
    ) as Record<ReviewLine, Notice>;
  }

  /** A text of its own: the disclaimer, or a `plain` one that cannot mark terms (a heading). */
  private notice(file: YamlFile, value: unknown, path: Path, markup: 'terms' | 'plain' = 'terms'): Notice {
    const fields = this.fields(file, value, path, ['id', 'text'], ['facts', 'note']) ?? {};
    const textPath = [...path, 'text'];
    return {
      id: this.id(file, fields.id, [...path, 'id']),
      text: markup === 'plain' ? this.plainText(file, fields.text, textPath) : this.text(file, fields.text, textPath),
      ...this.extras(file, fields, path),
    };
  }

  // --- glossary.yaml ---

  private glossary(file: YamlFile): Record<string, GlossaryTerm> {
    const glossary: Record<string, GlossaryTerm> = {};
    const fields = this.fields(file, file.data, [], ['terms']);
    if (!fields) return glossary;
    this.list(file, fields.terms, ['terms']).forEach((entry, i) => {
      const path = ['terms', i];
      const term = this.fields(file, entry, path, ['id', 'term', 'definition'], ['facts', 'note']);
      if (!term) return;
      const id = this.id(file, term.id, [...path, 'id']);
      glossary[id] = {
        id,
        term: this.plainText(file, term.term, [...path, 'term']),
        definition: this.plainText(file, term.definition, [...path, 'definition']),
        ...this.extras(file, term, path),
      };
    });
    return glossary;
  }

  // --- <element>.yaml ---

  private element(file: YamlFile, tag: string, sectionIds: readonly string[]): Omit<ElementContent, 'renamed'> {
    const fields = this.fields(file, file.data, [], ['sections'], ['intro', 'outro']) ?? {};
    const intro = fields.intro === undefined ? [] : this.blocks(file, fields.intro, ['intro']);
    const outro = fields.outro === undefined ? [] : this.blocks(file, fields.outro, ['outro']);
    const found = new Map<string, Section>();
    this.list(file, fields.sections, ['sections']).forEach((entry, i) => {
      const section = this.section(file, entry, ['sections', i], 'element');
      if (!section) return;
      if (found.has(section.id)) {
        file.problem(['sections', i, 'id'], `duplicate section ${quote(section.id)} in <${tag}>`);
        return;
      }
      if (!sectionIds.includes(section.id)) {
        file.problem(['sections', i, 'id'], `unknown section ${quote(section.id)} for <${tag}>; ` +
          `the sections of <${tag}> are ${sectionIds.join(', ')} (set in ${guideFile})`);
      }
      found.set(section.id, section);
    });
    if (fields.sections !== undefined) {
      for (const id of sectionIds) {
        if (!found.has(id)) {
          file.problem(['sections'], `missing section ${quote(id)}, which ${guideFile} lists for <${tag}>`);
        }
      }
    }
    return {intro, sections: sectionIds.flatMap((id) => found.get(id) ?? []), outro};
  }

  /**
   * A section, or a subsection inside one. A section's id is public (pages pass it to
   * `sections`), so it only has to be unique in its element: two elements may both have
   * `key-points`. A subsection's id, like every block's, is unique in the folder.
   */
  private section(file: YamlFile, value: unknown, path: Path, idScope: 'element' | 'folder'): Section | undefined {
    const fields = this.fields(file, value, path, ['id', 'heading', 'blocks'], ['facts', 'note']);
    if (!fields) return undefined;
    const idPath = [...path, 'id'];
    const id = idScope === 'folder' ? this.id(file, fields.id, idPath) : String(fields.id);
    if (idScope === 'element') this.idFormat(file, fields.id, idPath);
    return {
      id,
      heading: this.plainText(file, fields.heading, [...path, 'heading']),
      blocks: this.blocks(file, fields.blocks, [...path, 'blocks']),
      ...this.extras(file, fields, path),
    };
  }

  private blocks(file: YamlFile, value: unknown, path: Path): Block[] {
    return this.list(file, value, path).flatMap((entry, i) => this.block(file, entry, [...path, i]) ?? []);
  }

  private block(file: YamlFile, value: unknown, path: Path): Block | undefined {
    if (isFields(value) && 'slot' in value) {
      const fields = this.fields(file, value, path, ['id', 'slot', 'text'], ['facts', 'note']);
      if (!fields) return undefined;
      if (typeof fields.slot !== 'string' || !idPattern.test(fields.slot)) {
        file.problem([...path, 'slot'], 'expected a slot name: lowercase letters, digits and hyphens');
      } else if (this.slots.has(`${file.name} ${fields.slot}`)) {
        file.problem([...path, 'slot'], `duplicate slot ${quote(fields.slot)} in this element`);
      }
      this.slots.add(`${file.name} ${String(fields.slot)}`);
      return {kind: 'slot', slot: String(fields.slot), ...this.item(file, fields, path)};
    }
    if (isFields(value) && 'callout' in value) {
      const fields = this.fields(file, value, path, ['id', 'callout'], ['facts', 'note']);
      return (
        fields && {
          kind: 'callout',
          id: this.id(file, fields.id, [...path, 'id']),
          text: this.text(file, fields.callout, [...path, 'callout']),
          ...this.extras(file, fields, path),
        }
      );
    }
    if (isFields(value) && 'drawing' in value) {
      const fields = this.fields(file, value, path, ['id', 'drawing', 'alt', 'caption'], ['facts', 'note']);
      if (!fields) return undefined;
      if (this.idFormat(file, fields.drawing, [...path, 'drawing'])) {
        this.drawingRefs.push({file, path: [...path, 'drawing'], drawing: fields.drawing});
      }
      return {
        kind: 'figure',
        id: this.id(file, fields.id, [...path, 'id']),
        drawing: String(fields.drawing),
        alt: this.plainText(file, fields.alt, [...path, 'alt']),
        caption: this.text(file, fields.caption, [...path, 'caption']),
        ...this.extras(file, fields, path),
      };
    }
    if (isFields(value) && 'text' in value) {
      const fields = this.fields(file, value, path, ['id', 'text'], ['facts', 'note']);
      return fields && {kind: 'paragraph', ...this.item(file, fields, path)};
    }
    if (isFields(value) && 'checklist' in value) {
      const fields = this.fields(file, value, path, ['id', 'checklist'], ['facts', 'note']);
      if (!fields) return undefined;
      // A box is ticked by a click on its words, so the words are its <label>, which cannot
      // hold a term's button: checklist items say things plainly, with no [[terms]].
      const items = this.items(file, fields.checklist, [...path, 'checklist'], 'plain');
      const id = this.id(file, fields.id, [...path, 'id']);
      return {kind: 'checklist', id, items, ...this.extras(file, fields, path)};
    }
    if (isFields(value) && 'items' in value) {
      const fields = this.fields(file, value, path, ['id', 'items'], ['ordered', 'facts', 'note']);
      if (!fields) return undefined;
      if (fields.ordered !== undefined && typeof fields.ordered !== 'boolean') {
        file.problem([...path, 'ordered'], 'expected true or false');
      }
      return {
        kind: 'list',
        id: this.id(file, fields.id, [...path, 'id']),
        ordered: fields.ordered === true,
        items: this.items(file, fields.items, [...path, 'items']),
        ...this.extras(file, fields, path),
      };
    }
    if (isFields(value) && ('heading' in value || 'blocks' in value)) {
      const section = this.section(file, value, path, 'folder');
      return section && {kind: 'subsection', ...section};
    }
    file.problem(
      path,
      'a block needs "text" (a paragraph), "items" (a list), "checklist" (boxes to tick), "callout" (the main ' +
        'message), "drawing" with "alt" and "caption", "heading" and "blocks", or "slot" and "text"',
    );
    return undefined;
  }

  private items(file: YamlFile, value: unknown, path: Path, markup: 'terms' | 'plain' = 'terms'): ListItem[] {
    return this.list(file, value, path).flatMap((entry, i) => {
      const itemPath = [...path, i];
      const item = this.fields(file, entry, itemPath, ['id', 'text'], ['facts', 'note']);
      return item ? [this.item(file, item, itemPath, markup)] : [];
    });
  }

  private item(file: YamlFile, fields: Fields, path: Path, markup: 'terms' | 'plain' = 'terms'): ListItem {
    const textPath = [...path, 'text'];
    return {
      id: this.id(file, fields.id, [...path, 'id']),
      text: markup === 'plain' ? this.plainText(file, fields.text, textPath) : this.text(file, fields.text, textPath),
      ...this.extras(file, fields, path),
    };
  }

  // --- field checks shared by every file ---

  /** Checks that value is a map with every required field and no unknown one. */
  private fields(
    file: YamlFile,
    value: unknown,
    path: Path,
    required: string[],
    optional: string[] = [],
  ): Fields | undefined {
    if (!isFields(value)) {
      file.problem(path, `expected fields ${required.join(', ')}`);
      return undefined;
    }
    const known = [...required, ...optional];
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        file.problem([...path, key], `unknown field ${quote(key)}; expected ${known.join(', ')}`);
      }
    }
    for (const key of required) {
      if (value[key] === undefined || value[key] === null) file.problem(path, `missing field ${quote(key)}`);
    }
    return value;
  }

  private list(file: YamlFile, value: unknown, path: Path): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      file.problem(path, 'expected a list');
      return [];
    }
    return value;
  }

  private idFormat(file: YamlFile, value: unknown, path: Path): value is string {
    if (value === undefined || value === null) return false; // reported as a missing field
    if (typeof value !== 'string' || !idPattern.test(value)) {
      file.problem(path, `${quote(String(value))} is not a valid id: use lowercase letters, digits and hyphens`);
      return false;
    }
    return true;
  }

  /** Checks an id's form and that no other item in the folder uses it. */
  private id(file: YamlFile, value: unknown, path: Path): string {
    if (!this.idFormat(file, value, path)) return String(value);
    const here = `${file.name} ${showPath(path)}`;
    const first = this.ids.get(value);
    if (first) file.problem(path, `duplicate id ${quote(value)}; first used at ${first}`);
    else this.ids.set(value, here);
    return value;
  }

  /** Text that may mark glossary terms. */
  private text(file: YamlFile, value: unknown, path: Path): string {
    if (value === undefined || value === null) return ''; // reported as a missing field
    if (typeof value !== 'string' || !value.trim()) {
      file.problem(path, 'expected text');
      return '';
    }
    if (hasStrayBrackets(value)) {
      file.problem(path, 'unbalanced [[ or ]]; mark a term as [[term-id]] or [[term-id|shown words]]');
    } else if (parseEmphasis(value).some((run) => hasStrayBrackets(run.text))) {
      file.problem(path, '** cuts through a [[term]]: put the whole [[term]] inside **…** or outside it');
    }
    if (hasUnbalancedEmphasis(value)) {
      file.problem(path, 'unbalanced **; mark the words that must not be missed as **words**');
    }
    for (const run of parseInline(value)) {
      if (typeof run !== 'string') this.termRefs.push({file, path, term: run.term});
    }
    return value.trim();
  }

  /** Text that must not mark glossary terms: headings, terms and definitions, checklist items. */
  private plainText(file: YamlFile, value: unknown, path: Path): string {
    const text = this.text(file, value, path);
    if (text.includes('[[')) file.problem(path, 'glossary terms cannot be marked here');
    return text;
  }

  // --- drawings/*.svg and sign-offs.yaml ---

  private drawings(): Record<string, Drawing> {
    const drawings: Record<string, Drawing> = {};
    for (const [name, text] of Object.entries(this.files)) {
      const match = drawingFile.exec(name);
      if (!match) continue;
      const {drawing, problems} = readDrawing(text);
      for (const {line, message} of problems) this.problems.push({file: name, path: '', line, message});
      if (drawing) drawings[match[1]] = drawing;
    }
    return drawings;
  }

  private signOffs(): SignOff[] {
    if (this.files[signOffsFile] === undefined) return [];
    const file = this.open(signOffsFile);
    const fields = file && this.fields(file, file.data, [], ['signOffs']);
    if (!file || !fields) return [];
    return this.list(file, fields.signOffs, ['signOffs']).flatMap((entry, i): SignOff[] => {
      const path = ['signOffs', i];
      const record = this.fields(file, entry, path, ['language', 'role', 'date', 'fingerprint', 'messages'], ['by']);
      if (!record) return [];
      if (typeof record.language !== 'string' || !localePattern.test(record.language)) {
        file.problem([...path, 'language'], 'expected a language tag such as "en"');
      }
      const role = record.language === 'en' ? 'clinical-reviewer' : 'medical-translator';
      if (record.role !== role) {
        file.problem([...path, 'role'], `the ${String(record.language)} text is approved by a ${role}`);
      }
      const digests = isFields(record.messages) ? record.messages : {};
      if (!isFields(record.messages) || !Object.values(digests).every((d) => typeof d === 'string')) {
        file.problem([...path, 'messages'], 'expected each message id with its digest (npm run sign-off writes them)');
      }
      if (typeof record.fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(record.fingerprint)) {
        file.problem([...path, 'fingerprint'], 'expected the fingerprint that npm run sign-off writes');
      }
      return [
        {
          language: String(record.language),
          role,
          date: this.date(file, record.date, [...path, 'date']),
          ...(typeof record.by === 'string' ? {by: record.by} : {}),
          fingerprint: String(record.fingerprint),
          messages: digests as Record<string, string>,
        },
      ];
    });
  }

  /** The optional fields any text may carry: the facts it states and a note for translators. */
  private extras(file: YamlFile, fields: Fields, path: Path): {facts?: FactIds; note?: string} {
    const note = fields.note;
    const hasNote = typeof note === 'string' && note.trim() !== '';
    if (note !== undefined && !hasNote) file.problem([...path, 'note'], 'expected text');
    return {...this.facts(file, fields.facts, [...path, 'facts']), ...(hasNote ? {note: note.trim()} : {})};
  }

  private facts(file: YamlFile, value: unknown, path: Path): {facts?: FactIds} {
    if (value === undefined) return {};
    if (!Array.isArray(value) || !value.every((fact) => typeof fact === 'string' && factPattern.test(fact))) {
      file.problem(path, 'expected a list of fact ids such as [O1, W2]');
      return {};
    }
    return {facts: value};
  }
}
