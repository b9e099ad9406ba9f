#!/usr/bin/env node
// Measures the reading grade of the English content: Flesch-Kincaid grade and SMOG index per
// section, per element and overall, and fails (exit 1) when the goals are missed:
// overall FK grade at most 6.0, no element above 7.0.
//
// Method: the text a reader sees (glossary markup replaced by its shown words); headings are
// not counted. Each paragraph and list item ends a sentence, as does . ! ? or : inside it.
// Syllables come from the `syllable` package; a number counts as one syllable.
//   FK   = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
//   SMOG = 1.043 * sqrt(words of 3+ syllables * 30 / sentences) + 3.1291
// SMOG is defined for 30 sentences or more; for a short section it is only a rough guide.
import {syllable} from 'syllable';
import {parsePlaceholders, shownText} from '../build/content/markup.js';
import {loadContent} from './content-files.mjs';

const goals = {overall: 6.0, element: 7.0};

function blockTexts(blocks) {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items.map((item) => item.text) : blockTexts(block.blocks),
  );
}

function count(texts) {
  const totals = {sentences: 0, words: 0, syllables: 0, polysyllables: 0};
  for (const text of texts) {
    const sentences = text.split(/(?<=[.!?:])\s+/).filter((s) => /[A-Za-z0-9]/.test(s));
    totals.sentences += sentences.length;
    for (const word of text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? []) {
      const n = /^\d+$/.test(word) ? 1 : Math.max(1, syllable(word));
      totals.words += 1;
      totals.syllables += n;
      if (n >= 3) totals.polysyllables += 1;
    }
  }
  return totals;
}

const sum = (all) => all.reduce((a, b) => ({
  sentences: a.sentences + b.sentences, words: a.words + b.words,
  syllables: a.syllables + b.syllables, polysyllables: a.polysyllables + b.polysyllables,
}));

function grades({sentences, words, syllables, polysyllables}) {
  return {
    sentences,
    words,
    fk: 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59,
    smog: 1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291,
  };
}

/** Counts for every section, element, the glossary, the shared notes and the whole. */
function measure(content) {
  const {glossary} = content;
  const text = (texts) => count(texts.map((t) => shownText(t, glossary)));
  const rows = [];
  const elementTotals = [];
  for (const [tag, element] of Object.entries(content.elements)) {
    const parts = [];
    if (element.intro.length) parts.push([`${tag} (intro)`, text(blockTexts(element.intro))]);
    for (const section of element.sections) parts.push([`${tag} › ${section.id}`, text(blockTexts(section.blocks))]);
    const total = sum(parts.map(([, c]) => c));
    rows.push(...parts, [`${tag} (element)`, total]);
    elementTotals.push([tag, total]);
  }
  const format = new Intl.DateTimeFormat(content.locale, {dateStyle: 'long', timeZone: 'UTC'});
  const datesText = parsePlaceholders(content.dates.text)
    .map((p) => (typeof p === 'string' ? p : format.format(new Date(`${content.dates[p.placeholder]}T00:00:00Z`))))
    .join('');
  const notes = text([datesText, content.disclaimer.text]);
  const definitions = text(Object.values(glossary).map((term) => term.definition));
  rows.push(['dates and disclaimer', notes], ['glossary definitions', definitions]);
  const overall = sum([...elementTotals.map(([, c]) => c), notes, definitions]);
  rows.push(['overall', overall]);
  return {
    rows: rows.map(([name, c]) => ({name, ...grades(c)})),
    elements: elementTotals.map(([tag, c]) => ({tag, ...grades(c)})),
    overall: grades(overall),
  };
}

const {content} = await loadContent();
const {rows, elements, overall} = measure(content);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('text', 36)}${pad('sentences', 11)}${pad('words', 7)}${pad('FK grade', 10)}SMOG`);
for (const row of rows) {
  console.log(`${pad(row.name, 36)}${pad(row.sentences, 11)}${pad(row.words, 7)}${pad(row.fk.toFixed(1), 10)}${row.smog.toFixed(1)}`);
}
const failures = [
  ...(overall.fk > goals.overall ? [`overall FK grade ${overall.fk.toFixed(1)} is above ${goals.overall.toFixed(1)}`] : []),
  ...elements.filter((e) => e.fk > goals.element).map((e) => `<${e.tag}> FK grade ${e.fk.toFixed(1)} is above ${goals.element.toFixed(1)}`),
];
if (failures.length) {
  console.error(`\nreadability: ${failures.join('; ')}. Use shorter sentences and everyday words.`);
  process.exit(1);
}
console.log(`\nreadability: goals met (overall FK at most ${goals.overall.toFixed(1)}, each element at most ${goals.element.toFixed(1)}).`);
