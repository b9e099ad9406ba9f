/**
 * The message catalogue: every string a reader sees, with the stable id and the description
 * for translators that @lit/localize puts into the XLIFF files. One walk over the content model
 * serves the code generator (tools/build-content.ts), the pseudo-locales, `npm run
 * l10n:status` and `npm run l10n:extract`.
 *
 * Ids come from the content ids, which never change meaning (see content/*.yaml):
 *   <block id>                      a paragraph or a list item
 *   <element tag>.<section id>.heading   a section's heading (section ids are unique per element)
 *   <subsection id>.heading
 *   <figure id>.alt, .caption      a drawing's text alternative and its caption
 *   glossary.<term id>              the medical word
 *   glossary.<term id>.definition   its plain meaning
 *   <dates id>, <review line ids>, <disclaimer id>   the small print under every element
 */
import {emphasisCount, keptMarkers} from '../../src/content/markup.js';
import {eachBlock, smallPrintOrder} from '../../src/content/model.js';
import type {Block, GuideContent, ReviewLine} from './model.js';

export type ModelPath = readonly (string | number)[];

export interface Message {
  id: string;
  /** The English text, with its inline markup. */
  text: string;
  /** For translators: where the text shows, who reads it, and what to keep as it is. */
  desc: string;
  /** Where the text sits in the content model, e.g. ['glossary', 'sternum', 'term']. */
  path: ModelPath;
}

const readers = 'Read by patients, some anxious or with little reading practice: plain words, short sentences, "you".';

/** What a translator must keep in this text: term markers and placeholders. */
function keepHint(text: string): string {
  const kept = keptMarkers(text);
  const hints: string[] = [];
  if (kept.some((marker) => marker.startsWith('[['))) {
    hints.push(
      'Keep each [[id|words]] marker and its id; translate only the words after "|" ' +
        '(add "|words" to a bare [[id]] if the word changes).',
    );
  }
  const placeholders = kept.filter((marker) => marker.startsWith('{'));
  if (placeholders.length) {
    hints.push(`Keep ${placeholders.join(' and ')} exactly as written; the page fills each in (a date, or a name).`);
  }
  const emphasis = emphasisCount(text);
  if (emphasis) {
    hints.push(
      `Keep the ${emphasis === 1 ? 'words' : `${emphasis} groups of words`} inside **…** marked the same way ` +
        '(shown in bold): they must not be missed.',
    );
  }
  return hints.join(' ');
}

const sentence = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');
const headingHint = 'Short, no full stop.';

export function catalogue(content: GuideContent): Message[] {
  const messages: Message[] = [];
  const add = (id: string, text: string, path: ModelPath, where: string, note?: string) =>
    messages.push({id, text, path, desc: sentence(where, readers, keepHint(text), note)});

  for (const [tag, element] of Object.entries(content.elements)) {
    const blocks = (list: readonly Block[], path: ModelPath, place: string) => {
      for (const {block, path: at, parent} of eachBlock(list, path)) {
        const where = parent?.kind === 'subsection' ? `${place} > "${parent.heading}"` : place;
        switch (block.kind) {
          case 'paragraph':
            add(block.id, block.text, [...at, 'text'], `${where}: a paragraph.`, block.note);
            break;
          case 'list':
            block.items.forEach((item, n) =>
              add(
                item.id,
                item.text,
                [...at, 'items', n, 'text'],
                `${where}: ${block.ordered ? 'step' : 'bullet point'} ${n + 1} of ${block.items.length}.`,
                sentence(block.note, item.note),
              ),
            );
            break;
          case 'slot':
            add(
              block.id,
              block.text,
              [...at, 'text'],
              `${where}: shown where a hospital has not put its own instructions (slot "${block.slot}"). ` +
                'A short, kind, non-clinical line.',
              block.note,
            );
            break;
          case 'callout':
            add(
              block.id,
              block.text,
              [...at, 'text'],
              `${where}: the main message, set apart in a box at the top: what a reader should remember if they ` +
                'read nothing else. One to three short sentences.',
              block.note,
            );
            break;
          case 'checklist':
            block.items.forEach((item, n) =>
              add(
                item.id,
                item.text,
                [...at, 'items', n, 'text'],
                `${where}: checklist item ${n + 1} of ${block.items.length}, with a box to tick; an instruction ` +
                  'to act on.',
                sentence(block.note, item.note),
              ),
            );
            break;
          case 'figure':
            add(
              `${block.id}.alt`,
              block.alt,
              [...at, 'alt'],
              `${where}: the text alternative of a drawing (what a screen reader says instead of the picture). ` +
                'Describe what the drawing shows, plainly.',
              block.note,
            );
            add(
              `${block.id}.caption`,
              block.caption,
              [...at, 'caption'],
              `${where}: the caption under a drawing, read by everyone.`,
              block.note,
            );
            break;
          case 'subsection': {
            const nested = parent || path[2] === 'sections';
            add(
              `${block.id}.heading`,
              block.heading,
              [...at, 'heading'],
              // In a section, below its heading; before or after the sections, at their level.
              `${where}: ${nested ? 'a smaller heading' : "a heading, at the sections' level"}. ${headingHint}`,
              block.note,
            );
            break;
          }
        }
      }
    };
    blocks(element.intro, ['elements', tag, 'intro'], `<${tag}>, introduction`);
    element.sections.forEach((section, i) => {
      const at = ['elements', tag, 'sections', i];
      const where = `<${tag}>: heading of the section "${section.id}".`;
      add(`${tag}.${section.id}.heading`, section.heading, [...at, 'heading'], `${where} ${headingHint}`, section.note);
      blocks(section.blocks, [...at, 'blocks'], `<${tag}>, section "${section.heading}"`);
    });
    blocks(element.outro, ['elements', tag, 'outro'], `<${tag}>, end, after the sections`);
  }

  for (const entry of Object.values(content.glossary)) {
    const word = `"${entry.term}"`;
    add(
      `glossary.${entry.id}`,
      entry.term,
      ['glossary', entry.id, 'term'],
      `Glossary: the medical word ${word} as written mid-sentence. Readers tap it to open its meaning.`,
      entry.note,
    );
    add(
      `glossary.${entry.id}.definition`,
      entry.definition,
      ['glossary', entry.id, 'definition'],
      `Glossary: the plain meaning of ${word}, shown right after the word, inside its sentence ` +
        '(in print, in brackets). A short phrase, lower case, no full stop; add no medical facts.',
    );
  }

  add(
    content.wordsToKnow.id,
    content.wordsToKnow.text,
    ['wordsToKnow', 'text'],
    'Heading of the list, at the end of each element, of the medical words it uses, with their meanings. ' +
      headingHint,
    content.wordsToKnow.note,
  );
  add(
    content.termHint.id,
    content.termHint.text,
    ['termHint', 'text'],
    'Never shown: screen readers read it after each medical word that is a button, which shows ' +
      "the word's meaning inside its sentence. A short phrase.",
    content.termHint.note,
  );

  const {dates, disclaimer, review} = content;
  const smallPrint = 'Small print under every element';
  const reviewPlaces: Record<ReviewLine, string> = {
    approved: 'shown in English only, once a clinical reviewer has approved this exact English text',
    notApproved: 'shown in English only, while no clinical reviewer has approved this exact English text',
    sourceApproved:
      'shown in translations only, once a clinical reviewer has approved the English text this translation comes from',
    sourceNotApproved:
      'shown in translations only, while no clinical reviewer has approved the English text this translation ' +
      'comes from',
    translationApproved:
      'shown in translations only, once a medical translator has approved this exact translation; keep it true to that',
    translationNotApproved:
      'shown in translations only, while no medical translator has approved this exact translation; say it plainly',
    localReview: 'shown when the hospital names its own reviewer: {reviewer} is the hospital\'s words, as written',
  };
  for (const name of smallPrintOrder) {
    if (name === 'dates') {
      add(dates.id, dates.text, ['dates', 'text'], `${smallPrint}: how current the facts are.`, dates.note);
    } else if (name === 'disclaimer') {
      add(
        disclaimer.id,
        disclaimer.text,
        ['disclaimer', 'text'],
        `${smallPrint}. It must stay clear that this does not replace the reader's own doctor.`,
        disclaimer.note,
      );
    } else {
      const line = review[name];
      add(line.id, line.text, ['review', name, 'text'], `${smallPrint}: ${reviewPlaces[name]}.`, line.note);
    }
  }
  const seen = new Set<string>();
  for (const {id} of messages) {
    if (seen.has(id)) throw new Error(`two texts share the message id "${id}"`);
    seen.add(id);
  }
  return messages;
}

/** The content as written, with each message's text replaced by `strings[number]` (a translation). */
export function localizedContent(content: GuideContent, messages: readonly Message[], strings: readonly string[]) {
  const copy = structuredClone(content) as unknown as Record<string | number, unknown>;
  messages.forEach(({path}, i) => {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    parent[path.at(-1)!] = strings[i];
  });
  return copy as unknown as GuideContent;
}
