// Measures how easy the text is to read, per section, per element and overall, and fails
// (exit 1) when a goal is missed:
// - English: Flesch-Kincaid grade and SMOG index; overall FK grade at most 6.0, no element
//   above 7.0.
// - Spanish: Szigriszt-Pazos perspicuity on the INFLESZ scale, with Fernández Huerta beside
//   it (see spanish.ts); overall and every element at least 65, "fairly easy".
// - Vietnamese: figures only (syllables per sentence, letters per syllable), no goal: no formula
//   validated for it can run here (see vietnamese.ts).
// - Chinese: sentences per 100 characters and the share of characters outside the common ones
//   (see chinese.ts); printed only, with no goal: none has been agreed, so it never fails.
// - Any other language in xliff/: it says there is no formula for it here, and measures nothing.
// Each translation is measured as shipped (src/generated/locales/<tag>.ts), English where it
// has no text. Run after `npm run build`, which generates them.
//
// Method: the text a reader sees (glossary markup replaced by its shown words); headings are
// not counted. Each paragraph and list item ends a sentence, as does . ! ? or : inside it.
// Syllables come from the `syllable` package; a number counts as one syllable.
//   FK   = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
//   SMOG = 1.043 * sqrt(words of 3+ syllables * 30 / sentences) + 3.1291
// SMOG is defined for 30 sentences or more; for a short section it is only a rough guide.
import {syllable} from 'syllable';
import {fillPlaceholders} from '../../src/content/dates.js';
import {shownText} from '../../src/content/markup.js';
import {eachBlock, type LocaleModule} from '../../src/content/model.js';
import {english as englishModule} from '../../src/generated/content.js';
import {catalogue, localizedContent} from '../content/catalogue.js';
import type {Block, GuideContent} from '../content/model.js';
import {loadContent} from '../content/read.js';
import {resolveLocale} from '../../src/locale.js';
import {translationFiles} from '../l10n/translations.js';
import {ansBand, commonCharacters, countChinese, sentencesPer100, uncommonPercent} from './chinese.js';
import {countSpanish, fernandezHuerta, inflesz, infleszBand, type Counts} from './spanish.js';
import {vietnamese} from './vietnamese.js';

const goals = {overall: 6.0, element: 7.0, spanish: 65};

/**
 * The text of every paragraph, list and checklist item, main message, line of local
 * instructions and drawing (its text alternative, which screen readers read, and caption), in
 * reading order.
 */
function blockTexts(blocks: readonly Block[]): string[] {
  return [...eachBlock(blocks)].flatMap(({block}) => {
    switch (block.kind) {
      case 'list':
      case 'checklist':
        return block.items.map((item) => item.text);
      case 'figure':
        return [block.alt, block.caption];
      case 'subsection':
        return [];
      default:
        return [block.text];
    }
  });
}

interface EnglishCounts extends Counts {
  polysyllables: number;
}

function count(texts: string[]): EnglishCounts {
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

/** What a language counts: sentences and words (in Chinese, characters), and what its figures need. */
type AnyCounts = {
  sentences: number;
  words: number;
  syllables?: number;
  polysyllables?: number;
  letters?: number;
  uncommon?: number;
};

/** Adds up every count. */
const sum = <C extends AnyCounts>(all: C[]): C =>
  all.reduce((a, b) => {
    const total: AnyCounts = {...a};
    for (const key of Object.keys(b) as (keyof AnyCounts)[]) total[key] = (a[key] ?? 0) + (b[key] ?? 0);
    return total as C;
  });

interface Scored extends AnyCounts {
  scores: number[];
}

interface Language {
  lang: string;
  count: (texts: string[]) => AnyCounts;
  /** What the words column counts. */
  unit?: string;
  columns: [string, string];
  scores: (counts: AnyCounts) => number[];
  /** Absent for a language whose figures have no goal: they are printed, and never fail. */
  failures?: (result: {overall: Scored; elements: (Scored & {tag: string})[]}) => string[];
  goal: string;
}

const english: Language = {
  lang: 'en',
  count,
  columns: ['FK grade', 'SMOG'],
  scores: ({sentences, words, syllables = 0, polysyllables = 0}) => [
    0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59,
    1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291,
  ],
  failures: ({overall, elements}) => [
    ...(overall.scores[0] > goals.overall
      ? [`overall FK grade ${overall.scores[0].toFixed(1)} is above ${goals.overall.toFixed(1)}`]
      : []),
    ...elements
      .filter((e) => e.scores[0] > goals.element)
      .map((e) => `<${e.tag}> FK grade ${e.scores[0].toFixed(1)} is above ${goals.element.toFixed(1)}`),
  ],
  goal: `overall FK grade at most ${goals.overall.toFixed(1)}, each element at most ${goals.element.toFixed(1)}`,
};

const spanish: Language = {
  lang: 'es',
  count: countSpanish,
  columns: ['INFLESZ', 'F. Huerta'],
  scores: (counts) => [inflesz(counts as Counts), fernandezHuerta(counts as Counts)],
  failures: ({overall, elements}) =>
    [{tag: 'overall', ...overall}, ...elements]
      .filter((e) => e.scores[0] < goals.spanish)
      .map((e) => `${e.tag} INFLESZ ${e.scores[0].toFixed(1)} (${infleszBand(e.scores[0])}) is below ${goals.spanish}`),
  goal: `INFLESZ at least ${goals.spanish} ("fairly easy") overall and for each element`,
};

/**
 * The small print as this language's readers see it (the lines a page adds, a hospital's own
 * review, are not counted): how current the facts are, whether the text was approved (and, in
 * a translation, the translation), and the disclaimer.
 */
function smallPrint(content: GuideContent, module: LocaleModule, isSource: boolean): string[] {
  const {review, dates, disclaimer} = content;
  const approved = Object.hasOwn(module.dates, 'reviewed');
  const lines = isSource
    ? [approved ? review.approved : review.notApproved]
    : [
        approved ? review.sourceApproved : review.sourceNotApproved,
        Object.hasOwn(module.dates, 'translationReviewed') ? review.translationApproved : review.translationNotApproved,
      ];
  const filled = (text: string) =>
    fillPlaceholders(text, (name) => module.dates[name as keyof LocaleModule['dates']])
      .map((part) => (typeof part === 'string' ? part : 'words' in part ? part.words : part.shown))
      .join('');
  return [dates.text, ...lines.map((line) => line.text), disclaimer.text].map(filled);
}

/** Counts for every section, element, the glossary, the small print and the whole. */
function measure(content: GuideContent, module: LocaleModule, isSource: boolean, {count, scores}: Language) {
  const {glossary} = content;
  const text = (texts: string[]) => count(texts.map((t) => shownText(t, glossary)));
  const rows: [string, AnyCounts][] = [];
  const elementTotals: [string, AnyCounts][] = [];
  for (const [tag, element] of Object.entries(content.elements)) {
    const parts: [string, AnyCounts][] = [];
    if (element.intro.length) parts.push([`${tag} (intro)`, text(blockTexts(element.intro))]);
    for (const section of element.sections) parts.push([`${tag} › ${section.id}`, text(blockTexts(section.blocks))]);
    if (element.outro.length) parts.push([`${tag} (end)`, text(blockTexts(element.outro))]);
    const total = sum(parts.map(([, c]) => c));
    rows.push(...parts, [`${tag} (element)`, total]);
    elementTotals.push([tag, total]);
  }
  const notes = text(smallPrint(content, module, isSource));
  const definitions = text(Object.values(glossary).map((term) => term.definition));
  rows.push(['small print', notes], ['glossary definitions', definitions]);
  const overall = sum([...elementTotals.map(([, c]) => c), notes, definitions]);
  rows.push(['overall', overall]);
  const scored = (c: AnyCounts): Scored => ({...c, scores: scores(c)});
  return {
    rows: rows.map(([name, c]) => ({name, ...scored(c)})),
    elements: elementTotals.map(([tag, c]) => ({tag, ...scored(c)})),
    overall: scored(overall),
  };
}

// Figures only: no goal has been agreed for Chinese, so it fails nothing (chinese.ts says why).
const chinese: Language = {
  lang: 'zh',
  count: countChinese,
  unit: 'chars',
  columns: ['ANS', 'not common %'],
  scores: ({sentences, words, uncommon = 0}) => [
    sentencesPer100({sentences, words}),
    uncommonPercent({words, uncommon}),
  ],
  goal:
    'no goal agreed, figures only. ANS: sentences per 100 characters (Wang et al., BMJ Open 2020: ' +
    'above 10 simple, 6-10 primary, below 6 harder); not common: characters outside GB 2312 level 1',
};

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const formulas: Record<string, Language> = {en: english, es: spanish, vi: vietnamese, 'zh-Hans': chinese};

/**
 * The language's formula, matched as the guide matches a page's language (zh-CN is zh-Hans;
 * zh-Hant, in other characters, has none); undefined, with why, when it cannot be measured.
 */
function formulaFor(locale: string): {language?: Language; why?: string} {
  const {lang, matched} = resolveLocale(locale, Object.keys(formulas), '');
  if (!matched || !lang) return {why: 'no readability formula for this language here; not measured'};
  if (formulas[lang] === chinese && !commonCharacters) {
    return {why: 'not measured: this Node has no GBK decoder (full ICU) to read the common characters from'};
  }
  return {language: formulas[lang]};
}

const {content} = await loadContent();
const messages = catalogue(content);
const shipped: [string, LocaleModule][] = [[content.locale, englishModule]];
for (const {locale} of translationFiles()) {
  shipped.push([locale, (await import(`../../src/generated/locales/${locale}.ts`)).default]);
}

const failures: string[] = [];
const unmeasured: [locale: string, why: string][] = [];
for (const [locale, module] of shipped) {
  const {language, why = ''} = formulaFor(locale);
  if (!language) {
    unmeasured.push([locale, why]);
    continue;
  }
  const strings = module.strings.map((text, i) => text ?? messages[i].text);
  const result = measure(localizedContent(content, messages, strings), module, locale === content.locale, language);
  console.log(`\n${locale}: ${language.goal}`);
  console.log(
    `${pad('text', 36)}${pad('sentences', 11)}${pad(language.unit ?? 'words', 7)}${pad(language.columns[0], 10)}` +
      language.columns[1],
  );
  for (const row of result.rows) {
    console.log(
      pad(row.name, 36) +
        pad(row.sentences, 11) +
        pad(row.words, 7) +
        pad(row.scores[0].toFixed(1), 10) +
        row.scores[1].toFixed(1),
    );
  }
  if (language === chinese) {
    const ans = result.overall.scores[0];
    console.log(`overall ANS ${ans.toFixed(2)}: "${ansBand(ans)}" in Wang et al.'s criteria (a figure, not a goal)`);
  }
  if (language.failures) {
    failures.push(...language.failures(result).map((failure) => `${language.lang}: ${failure}`));
  }
}
if (failures.length) {
  console.error(`\nreadability: ${failures.join('; ')}. Use shorter sentences and everyday words.`);
  process.exit(1);
}
for (const [locale, why] of unmeasured) console.log(`\n${locale}: ${why} (tools/readability/).`);
const withGoals = shipped.filter(([locale]) => formulaFor(locale).language?.failures).length;
const which = withGoals === shipped.length ? 'every language' : `the ${withGoals} languages with a goal`;
console.log(`\nreadability: goals met in ${which}.`);
