/**
 * foldedWords, the one-pass tokeniser the recurrence comparison reads Vietnamese with, against its
 * definition: the words of fold(text), split on anything but a-z and 0-9.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from '../../../shared/fold.ts';
import { seedPlanPath } from '../../../server/src/graph/plan-source.ts';

const byDefinition = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

/** Characters the plans are made of, and some they should never contain. */
const characters = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀÁẠỲĐ0123456789 \t\n\u00a0,.;:()-–—/“”"\'',
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  'ß',
  'İ',
  'K',
  'ﬁ',
  '😀',
  '中',
);

describe('foldedWords', () => {
  it('gives the words of fold(text) on the seed plan, in NFC and in NFD', () => {
    const seed = readFileSync(seedPlanPath, 'utf8');
    for (const text of [seed, seed.normalize('NFD')]) expect(foldedWords(text)).toEqual(byDefinition(text));
  });

  it('gives the words of fold(text) on any mix of Vietnamese letters, marks, digits, spacing and other scripts', () => {
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(foldedWords(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds diacritics, đ and case, and splits on punctuation', () => {
    expect(foldedWords('Sở Tài nguyên và Môi trường; ĐẤT ĐAI (2022)')).toEqual(['so', 'tai', 'nguyen', 'va', 'moi', 'truong', 'dat', 'dai', '2022']);
  });
});
