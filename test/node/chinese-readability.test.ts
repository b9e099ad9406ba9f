// The Chinese figures in tools/readability/chinese.ts. Counts below were worked out by hand.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  ansBand,
  commonCharacters,
  countChinese,
  sentencesPer100,
  uncommonPercent,
} from '../../tools/readability/chinese.js';

test('sentences end at 。！？；… and at the end of each text, not at ： or ，', () => {
  // 这项检查可能会痛 (8) | 但每次只痛几秒钟 (8)
  assert.deepEqual(countChinese(['这项检查可能会痛。但每次只痛几秒钟。'], new Set()), {
    sentences: 2,
    words: 16,
    uncommon: 16,
  });
  assert.equal(countChinese(['医生用这项检查来：', '查找感染，或者查找肿瘤'], new Set()).sentences, 2);
  assert.equal(countChinese(['会痛吗？会！请别动；好的……好'], new Set()).sentences, 5);
  assert.equal(countChinese(['会痛吗?会!请别动;好'], new Set()).sentences, 4, 'half-width marks too');
});

test('only Chinese characters count: not digits, Latin letters or punctuation', () => {
  // 结果通常在 到 天内出来 (10); "IV。" alone is no sentence
  assert.deepEqual(countChinese(['结果通常在1到7天内出来。IV。'], new Set(['结', '果'])), {
    sentences: 1,
    words: 10,
    uncommon: 8,
  });
  assert.deepEqual(countChinese(['', '2022 IV.'], new Set()), {sentences: 0, words: 0, uncommon: 0});
});

test('the common characters are level 1 of GB 2312-80, read from the GBK decoder', () => {
  assert.ok(commonCharacters, 'Node has a GBK decoder');
  assert.equal(commonCharacters.size, 3755);
  for (const common of ['啊', '座', '的', '骨', '髓', '血', '检', '查'])
    assert.ok(commonCharacters.has(common), common);
  // 亍 opens level 2; 髋 (hip bone) is in level 2; 髖 and 檢 are traditional forms
  for (const other of ['亍', '髋', '髖', '檢', 'a', '1', '。']) assert.ok(!commonCharacters.has(other), other);
  assert.deepEqual(countChinese(['髋骨。']), {sentences: 1, words: 2, uncommon: 1});
});

test('ANS is sentences per 100 characters, with the bands of Wang et al. (2020)', () => {
  assert.equal(sentencesPer100({sentences: 2, words: 16}), 12.5);
  assert.equal(uncommonPercent({words: 16, uncommon: 4}), 25);
  assert.equal(ansBand(10.5), 'simple');
  assert.equal(ansBand(10), 'primary');
  assert.equal(ansBand(6), 'primary');
  assert.equal(ansBand(5.97), 'intermediate or difficult');
});
