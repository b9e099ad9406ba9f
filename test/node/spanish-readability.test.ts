// The Spanish syllable counter and readability formulas in tools/readability/spanish.ts.
// Syllable counts below were worked out by hand (syllabification in the comments).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  countSpanish,
  fernandezHuerta,
  inflesz,
  infleszBand,
  spanishSyllables,
} from '../../tools/readability/spanish.js';

const known = {
  // content words
  médula: 3, // mé-du-la
  ósea: 3, // ó-se-a
  biopsia: 2, // biop-sia (io and ia are diphthongs)
  aspiración: 4, // as-pi-ra-ción
  esternón: 3, // es-ter-nón
  anestesia: 4, // a-nes-te-sia
  infección: 3, // in-fec-ción
  sangrado: 3, // san-gra-do
  leucemia: 3, // leu-ce-mia
  policitemia: 5, // po-li-ci-te-mia
  trombocitopenia: 6, // trom-bo-ci-to-pe-nia
  osteomielitis: 6, // os-te-o-mie-li-tis
  sanguíneo: 4, // san-guí-ne-o
  coágulos: 4, // co-á-gu-los
  coagulación: 5, // co-a-gu-la-ción
  antibiograma: 5, // an-ti-bio-gra-ma
  mieloma: 3, // mie-lo-ma
  hueso: 2, // hue-so
  // diphthongs and hiatus
  día: 2, // dí-a
  país: 2, // pa-ís
  ciudad: 2, // ciu-dad
  cuidado: 3, // cui-da-do
  tiempo: 2, // tiem-po
  poeta: 3, // po-e-ta
  leer: 2, // le-er
  huevo: 2, // hue-vo
  aún: 2, // a-ún
  reír: 2, // re-ír
  Raúl: 2, // Ra-úl
  oír: 2, // o-ír
  oído: 3, // o-í-do
  maíz: 2, // ma-íz
  teatro: 3, // te-a-tro
  chiita: 3, // chi-i-ta
  ahí: 2, // a-hí
  búho: 2, // bú-ho
  prohíbe: 3, // pro-hí-be
  // silent u, sounded ü
  que: 1, // que
  guerra: 2, // gue-rra
  quirófano: 4, // qui-ró-fa-no
  guía: 2, // guí-a
  agua: 2, // a-gua
  averigüe: 4, // a-ve-ri-güe
  pingüino: 3, // pin-güi-no
  vergüenza: 3, // ver-güen-za
  // y
  y: 1,
  hoy: 1,
  muy: 1,
  rey: 1,
  buey: 1, // buey (triphthong)
  Paraguay: 3, // Pa-ra-guay
  ayer: 2, // a-yer
  hoyuelo: 3, // ho-yue-lo
  // no vowel
  2022: 1,
  '10': 1,
  IV: 1,
};

test('syllable counts of known words', () => {
  assert.ok(Object.keys(known).length >= 30);
  for (const [word, syllables] of Object.entries(known)) {
    assert.equal(spanishSyllables(word), syllables, word);
  }
});

test('case and Unicode normalization do not change the count', () => {
  assert.equal(spanishSyllables('MÉDULA'), 3);
  assert.equal(spanishSyllables('me\u0301dula'), 3); // e + combining acute
  assert.equal(spanishSyllables('PINGÜINO'), 3);
});

test('counting sentences, words and syllables', () => {
  // "La casa es roja." / "¿Vienes hoy?": 2 sentences, 6 words,
  // la(1) ca-sa(2) es(1) ro-ja(2) vie-nes(2) hoy(1) = 9 syllables.
  assert.deepEqual(countSpanish(['La casa es roja. ¿Vienes hoy?']), {sentences: 2, words: 6, syllables: 9});
  // A colon ends a sentence; each list item ends one; ¡ does not start an extra one.
  assert.deepEqual(countSpanish(['Los médicos usan esta prueba para:', '¡Ver si hay cáncer!']), {
    sentences: 2,
    words: 10,
    // los(1) mé-di-cos(3) u-san(2) es-ta(2) prue-ba(2) pa-ra(2) + ver(1) si(1) hay(1) cán-cer(2)
    syllables: 17,
  });
  // A decimal point is not a sentence end; a number is one word of one syllable.
  assert.deepEqual(countSpanish(['Pesa 1.5 kilos. Bien.']), {sentences: 2, words: 4, syllables: 6});
  // A string with no final stop still ends a sentence.
  assert.deepEqual(countSpanish(['Sin punto']), {sentences: 1, words: 2, syllables: 3});
});

test('formulas on a hand-computed text', () => {
  const counts = countSpanish(['La casa es roja. ¿Vienes hoy?']);
  // 206.835 - 62.3 * 9/6 - 6/2 = 206.835 - 93.45 - 3
  assert.ok(Math.abs(inflesz(counts) - 110.385) < 1e-9);
  // P = 150, F = 33.33...: 206.84 - 90 - 34
  assert.ok(Math.abs(fernandezHuerta(counts) - 82.84) < 1e-9);
  // 20 words, 2 sentences, 40 syllables: 206.835 - 124.6 - 10
  assert.ok(Math.abs(inflesz({sentences: 2, words: 20, syllables: 40}) - 72.235) < 1e-9);
  // P = 200, F = 10: 206.84 - 120 - 10.2
  assert.ok(Math.abs(fernandezHuerta({sentences: 2, words: 20, syllables: 40}) - 76.64) < 1e-9);
});

test('INFLESZ bands', () => {
  assert.equal(infleszBand(30), 'very difficult');
  assert.equal(infleszBand(40), 'somewhat difficult');
  assert.equal(infleszBand(54.9), 'somewhat difficult');
  assert.equal(infleszBand(55), 'normal');
  assert.equal(infleszBand(65), 'fairly easy');
  assert.equal(infleszBand(80), 'fairly easy');
  assert.equal(infleszBand(80.1), 'very easy');
});
