// The pseudo-locales are made from the English at build: en-XA about a third longer with no
// plain letter left, ar-XB forced right to left; both keep term ids and placeholders.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import arXBModule from '../../src/generated/pseudo-locales/ar-XB.js';
import enXAModule from '../../src/generated/pseudo-locales/en-XA.js';
import {catalogue} from '../../tools/content/catalogue.js';
import {loadContent} from '../../tools/content/read.js';

const messages = catalogue((await loadContent()).content);
const [enXA, arXB] = [enXAModule, arXBModule].map((module) => module.strings as string[]);
const markers = (text: string) => (text.match(/\[\[[^|\]]+|\{\w+\}/g) ?? []).sort();
/** The characters a reader sees: markup markers removed. */
const visible = (text: string) => [...text.replace(/\[\[[^|\]]+\|?|\]\]|\{\w+\}/g, '')];

test('en-XA: every message, about 35% longer, no plain ASCII letter, markers kept', () => {
  let english = 0;
  let pseudo = 0;
  messages.forEach(({id, text}, i) => {
    const target = enXA[i];
    assert.deepEqual(markers(target), markers(text), id);
    assert.doesNotMatch(visible(target).join(''), /[A-Za-z]/, id);
    assert.match(target, /^⟦.*⟧$/s, id);
    english += visible(text).length;
    pseudo += visible(target).length;
  });
  const growth = pseudo / english - 1;
  assert.ok(growth > 0.3 && growth < 0.45, `en-XA is ${Math.round(growth * 100)}% longer`);
});

test('ar-XB: every message shown right to left, markers kept', () => {
  messages.forEach(({id, text}, i) => {
    assert.deepEqual(markers(arXB[i]), markers(text), id);
    assert.ok(arXB[i].includes('\u202E'), id);
  });
});
