// The Vietnamese figures in tools/readability/vietnamese.ts, on texts counted by hand.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {countVietnamese, vietnameseFigures} from '../../tools/readability/vietnamese.js';

test('counts each written syllable, each letter once with its marks, and sentences', () => {
  // Xét|nghiệm|có|thể|gây|đau  = 6 syllables; letters 3+6+2+3+3+3 = 20
  // Nhưng|mỗi|lần|đau|chỉ|kéo|dài|vài|giây = 9 syllables; letters 5+3+3+3+3+3+3+3+4 = 30
  assert.deepEqual(countVietnamese(['Xét nghiệm có thể gây đau. Nhưng mỗi lần đau chỉ kéo dài vài giây.']), {
    sentences: 2,
    words: 15,
    syllables: 15,
    letters: 50,
  });
});

test('a list item ends a sentence, a colon followed by a space ends one, and a number is one syllable', () => {
  const counts = countVietnamese([
    'Bác sĩ dùng xét nghiệm này để:',
    'Kết quả có trong vòng 1 đến 7 ngày: thường là vậy',
  ]);
  assert.equal(counts.sentences, 3);
  // Bác|sĩ|dùng|xét|nghiệm|này|để = 7; Kết|quả|có|trong|vòng|1|đến|7|ngày|thường|là|vậy = 12:
  // "1" and "7" are one syllable each, with no letters.
  assert.equal(counts.syllables, 19);
  // letters: 3+2+4+3+6+3+2 = 23; 3+3+2+5+4+3+4+6+2+3 = 35
  assert.equal(counts.letters, 23 + 35);
});

test('a letter stored with its marks apart (NFD) counts as one letter, as when composed (NFC)', () => {
  const composed = 'Nhiễm trùng ở chỗ kim đã đâm vào.';
  const decomposed = composed.normalize('NFD');
  assert.notEqual(decomposed, composed);
  assert.deepEqual(countVietnamese([decomposed]), countVietnamese([composed]));
  // Nhiễm 5, trùng 5, ở 1, chỗ 3, kim 3, đã 2, đâm 3, vào 3
  assert.equal(countVietnamese([decomposed]).letters, 25);
});

test('a term marker already replaced by its words, and punctuation, are not syllables', () => {
  assert.deepEqual(countVietnamese(['(viêm xương tủy), “tiểu cầu”; aspirin!']), {
    sentences: 1,
    words: 6,
    syllables: 6,
    letters: 4 + 5 + 3 + 4 + 3 + 7,
  });
});

test('figures: syllables per sentence, letters per syllable', () => {
  assert.deepEqual(vietnameseFigures({sentences: 2, syllables: 15, letters: 50}), [7.5, 50 / 15]);
});
