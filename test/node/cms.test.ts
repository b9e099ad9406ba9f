// The CMS recipes in docs/cms.md, each run through the filter it is for, exactly as written:
// every tag, every attribute and the hospital's own words in each slot must get through.
//   WordPress      its real kses (Debian's `wordpress`, run by PHP: test/cms/wordpress-kses.php)
//   Drupal         an EMULATION of its "Limit allowed HTML tags" filter (Drupal is not packaged
//                  here): sanitize-html configured as Drupal reads the line (test/cms/sanitizers.mjs)
//   sanitize-html  the real package, configured by the recipe's own code
// DOMPurify, and each filtered page with the bundle, are tested in the browsers (test/cms.test.ts).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {readBlocks} from '../../tools/cms/blocks.mjs';
import {recipes, sampleWords, wordsTag} from '../../tools/cms/recipes.js';
import {childAttributes, guideAttributes, guideSlots, guideTags, slotClass, type GuideTag} from '../../src/markup.js';
import {eachBlock} from '../../src/content/model.js';
import {structure} from '../../src/generated/content.js';
import {drupalBefore, wordpressBefore} from '../cms/readme-before-issue-17.mjs';
import {
  docsRecipes,
  drupalEmulation,
  drupalRestrictions,
  sanitizeHtmlRecipe,
  wordpressKses,
  wordpressMissing,
  wordpressVersion,
} from '../cms/sanitizers.mjs';

const docs = docsRecipes();

/** Each opening tag `<name …>` in some HTML, as its attributes (a bare attribute's value is ''). */
function openingTags(html: string, name: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'g'))].map(
    ([, attributes = '']) =>
      new Map([...attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, key, value = '']) => [key, value])),
  );
}

/** What the check snippet writes, read back the same way: each tag's attributes, each slot's words. */
const written = new Map(guideTags.map((tag) => [tag, openingTags(docs.snippet, tag)[0]]));

/** Asserts that a filter kept every tag with every attribute, and each slot's words in its slot. */
function assertAllKept(filtered: string, filter: string) {
  for (const tag of guideTags) {
    const [kept] = openingTags(filtered, tag);
    assert.ok(kept, `${filter}: <${tag}> was removed`);
    for (const [name, value] of written.get(tag)!) {
      assert.ok(kept.has(name), `${filter}: <${tag} ${name}> was removed`);
      if (value) assert.equal(kept.get(name), value, `${filter}: <${tag} ${name}> was changed`);
    }
  }
  const wrappers = openingTags(filtered, wordsTag);
  for (const slot of guideTags.flatMap((tag) => guideSlots[tag])) {
    const wrapper = wrappers.find((attributes) => attributes.get('class') === slotClass(slot));
    assert.ok(wrapper, `${filter}: <${wordsTag} class="${slotClass(slot)}"> was removed or lost its class`);
    assert.equal(wrapper.get('slot'), slot, `${filter}: slot="${slot}" was removed`);
    assert.ok(filtered.includes(sampleWords(slot)), `${filter}: the words for ${slot} were removed`);
  }
}

test('docs/cms.md has the recipes src/markup.ts gives (npx tsx tools/cms/write-recipes.ts writes them)', () => {
  const inDocs = readBlocks(readFileSync('docs/cms.md', 'utf8'));
  for (const [name, {lang, code}] of Object.entries(recipes())) {
    assert.deepEqual(
      inDocs.get(name),
      {lang, code},
      `docs/cms.md, recipe "${name}": run npx tsx tools/cms/write-recipes.ts`,
    );
  }
});

test('docs/cms.md’s prose names every attribute, slot and slot class', () => {
  const prose = readFileSync('docs/cms.md', 'utf8');
  const named = [
    ...guideAttributes,
    ...guideTags.flatMap((tag) => guideSlots[tag].flatMap((slot) => [slot, slotClass(slot)])),
  ];
  assert.deepEqual(
    named.filter((name) => !prose.includes(`\`${name}\``)),
    [],
    'docs/cms.md: say what each of these is',
  );
});

test('src/markup.ts lists what the elements read (custom-elements.json) and the slots content/ places', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declared = new Map<string, {attributes?: {name: string}[]; slots?: {name: string}[]}>(
    manifest.modules.flatMap((module: {declarations?: {tagName?: string}[]}) =>
      (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
    ),
  );
  assert.deepEqual([...declared.keys()].sort(), [...guideTags].sort());
  for (const tag of guideTags) {
    const {attributes = [], slots = []} = declared.get(tag)!;
    const own = attributes.map(({name}) => name);
    assert.deepEqual(
      guideAttributes.filter((name) => own.includes(name)),
      own,
      `<${tag}>: the element reads these attributes; src/markup.ts must list each`,
    );
    assert.deepEqual(slots.map(({name}) => name).sort(), [...guideSlots[tag]].sort(), `<${tag}>: @slot docs`);
    const {intro, sections, outro} = structure.elements[tag];
    const placed = [...eachBlock([...intro, ...sections.flatMap((section) => section.blocks), ...outro])]
      .map(({block}) => (Object.hasOwn(block, 'slot') ? (block as {slot: string}).slot : undefined))
      .filter(Boolean);
    assert.deepEqual(placed.sort(), [...guideSlots[tag]].sort(), `<${tag}>: the slots content/${tag}.yaml places`);
  }
  assert.deepEqual([...childAttributes], ['slot', 'class']);
});

test('the check snippet has every tag, every attribute, and words in every slot', () => {
  for (const tag of guideTags as readonly GuideTag[]) {
    assert.deepEqual([...written.get(tag)!.keys()], [...guideAttributes], `<${tag}>`);
  }
  assertAllKept(docs.snippet, 'the snippet itself');
});

test('WordPress (real kses): the recipe keeps everything', {skip: !wordpressVersion() && wordpressMissing}, () => {
  assertAllKept(wordpressKses(docs.snippet, docs.wordpress), `WordPress ${wordpressVersion()} with the recipe`);
});

test(
  'WordPress (real kses): without the recipe, the tags go; before issue 17, slot and collapsible did',
  {
    skip: !wordpressVersion() && wordpressMissing,
  },
  () => {
    const bare = wordpressKses(docs.snippet);
    for (const tag of guideTags) assert.deepEqual(openingTags(bare, tag), [], `<${tag}> kept without the recipe`);
    // The old recipe kept the tags but dropped `collapsible` and `slot`; `class` got through,
    // which is what the safety net (src/local-words.ts) relies on.
    const before = wordpressKses(docs.snippet, wordpressBefore);
    assert.equal(openingTags(before, 'risk-list')[0].has('collapsible'), false);
    assert.ok(openingTags(before, 'div').every((attributes) => !attributes.has('slot')));
    assert.deepEqual(
      openingTags(before, 'div').map((attributes) => attributes.get('class')),
      guideTags.flatMap((tag) => guideSlots[tag].map(slotClass)),
    );
    assert.throws(() => assertAllKept(before, 'the old recipe'), /collapsible> was removed/);
  },
);

test('Drupal (an emulation of filter_html, not Drupal): the recipe’s line keeps everything', () => {
  assertAllKept(drupalEmulation(docs.snippet, docs.drupal), 'Drupal emulation with the recipe');
});

test('Drupal (emulation): the line as Drupal reads it; without it, or with the old one, words lose their slot', () => {
  const line = drupalRestrictions(docs.drupal);
  assert.deepEqual([...line.keys()], [...guideTags, wordsTag]);
  assert.deepEqual(
    line.get(wordsTag),
    new Map<string, true | string[]>([
      ['slot', true],
      ['class', guideTags.flatMap((t) => guideSlots[t]).map(slotClass)],
    ]),
  );
  for (const filtered of [drupalEmulation(docs.snippet), drupalEmulation(docs.snippet, drupalBefore)]) {
    assert.deepEqual(
      openingTags(filtered, wordsTag),
      [],
      'the <div> is not allowed, so it goes, with its slot and class',
    );
    for (const slot of guideTags.flatMap((tag) => guideSlots[tag]))
      assert.ok(filtered.includes(sampleWords(slot)), 'its text stays');
  }
  assert.equal(openingTags(drupalEmulation(docs.snippet, drupalBefore), 'risk-list')[0].has('collapsible'), false);
  // Drupal's own rules: lang and dir on every tag, never style or on*.
  const rules = drupalEmulation(
    '<p lang="es" dir="rtl" style="color:red" onclick="x()" title="t">a</p><p dir="up">b</p>',
  );
  assert.equal(rules, '<p lang="es" dir="rtl">a</p><p>b</p>');
  // And a listed attribute's values: only those listed are kept.
  assert.equal(
    drupalEmulation('<div slot="when-to-call" class="bmg-when-to-call big">a</div>', docs.drupal),
    '<div slot="when-to-call" class="bmg-when-to-call">a</div>',
  );
});

test('sanitize-html (real): the recipe, as written, keeps everything; its defaults keep nothing of ours', async () => {
  assertAllKept(sanitizeHtmlRecipe(docs.snippet, docs.sanitizeHtml), 'sanitize-html with the recipe');
  const {default: sanitizeHtml} = await import('sanitize-html');
  const bare = sanitizeHtml(docs.snippet);
  for (const tag of guideTags) assert.deepEqual(openingTags(bare, tag), []);
  assert.ok(
    openingTags(bare, 'div').every((attributes) => attributes.size === 0),
    'no slot, no class',
  );
});
