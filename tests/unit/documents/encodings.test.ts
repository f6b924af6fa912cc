/**
 * Text files in the encodings Vietnamese plans come in: the seed converted to each, detected
 * from its bytes alone and read back to the same plan.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../server/src/ingest/documents/text-encoding.ts';
import { decodeTcvn3, encodeTcvn3, restoreCapitals } from '../../../server/src/ingest/documents/tcvn3.ts';
import { decodeVni, encodeVni } from '../../../server/src/ingest/documents/vni.ts';
import { isVietnameseSyllable } from '../../../server/src/ingest/documents/vietnamese-words.ts';
import { repairFontText } from '../../../server/src/ingest/documents/legacy-vietnamese.ts';
import { seedText } from '../ingest/helpers.ts';
import { expectSeedFacts, readAndParse } from './seed-facts.ts';
import { nfd, tcvn3, utf16be, utf16le, utf8WithBom, windows1258 } from './seed-renderings.ts';

describe('TCVN3 (TCVN 5712:1993 VN3)', () => {
  it("agrees with iconv-lite's VN1 table on every letter VN3 assigns", () => {
    // VN1 is the same standard's full table; VN3 is its subset without toned capitals.
    const letters = [...'ăâêôơưđĂÂÊÔƠƯĐàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'];
    expect(letters).toHaveLength(74);
    for (const letter of letters) {
      const byte = encodeTcvn3(letter);
      expect(byte).toHaveLength(1);
      expect(iconv.decode(Buffer.from(byte), 'tcvn').normalize('NFC')).toBe(letter);
      // After a lower-case letter, so that no capital is restored.
      expect(decodeTcvn3(encodeTcvn3(`x${letter}`))).toBe(`x${letter}`);
    }
  });

  it('stores toned capitals as their lower-case codes, as .VnTime typists did', () => {
    expect(encodeTcvn3('Ủ')).toEqual(encodeTcvn3('ủ'));
    expect(Buffer.from(encodeTcvn3('Cộng hòa')).toString('latin1')).toBe('Céng hßa');
  });

  it('round-trips the seed: the same letters, and the capitals back except mid-sentence "Ủy ban"', () => {
    const back = decodeTcvn3(encodeTcvn3(seedText));
    expect(back.toLowerCase()).toBe(seedText.toLowerCase());
    const differing = back.split('\n').filter((line, i) => line !== seedText.split('\n')[i]);
    expect(differing.length).toBeLessThanOrEqual(3);
    for (const line of differing) expect(line).toMatch(/ủy ban/);
  });

  it('restores capitals from the words around them', () => {
    expect(restoreCapitals('KÕ HO¹CH'.replace('Õ', 'ế').replace('¹', 'ạ'))).toBe('KẾ HOẠCH');
    expect(restoreCapitals('ủY BAN NHÂN DÂN')).toBe('ỦY BAN NHÂN DÂN');
    expect(restoreCapitals('Sở Tài nguyên và Môi trường')).toBe('Sở Tài nguyên và Môi trường');
    expect(restoreCapitals('Số: 83/KH-UBND')).toBe('Số: 83/KH-UBND');
    expect(restoreCapitals('ủy ban nhân dân tỉnh ban hành')).toBe('Ủy ban nhân dân tỉnh ban hành');
  });
});

describe('VNI', () => {
  it('writes a letter and then its marks', () => {
    expect(Buffer.from(encodeVni('Việt Nam ĐỘC LẬP ưu tiên')).toString('latin1')).toBe('Vieät Nam ÑOÄC LAÄP öu tieân');
    expect(decodeVni(Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa', 'latin1'))).toBe('Cộng hòa xã hội chủ nghĩa');
  });

  it('round-trips the seed exactly', () => {
    expect(decodeVni(encodeVni(seedText))).toBe(seedText);
  });
});

describe('syllables', () => {
  it('accepts Vietnamese syllables and rejects wrong decodings', () => {
    for (const word of ['người', 'nghiêng', 'khuyến', 'Quốc', 'giữa', 'ĐỘC', 'thuở', 'oai']) expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['Vieọt', 'nh©n', 'hßa', 'ôơ', 'àá']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});

describe('a text file in any usual encoding', () => {
  it.each([
    ['UTF-8 with BOM', utf8WithBom, 'utf-8'],
    ['UTF-16 LE with BOM', utf16le, 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be, 'utf-16be'],
    ['UTF-16 LE without BOM', () => Buffer.from(seedText, 'utf16le'), 'utf-16le'],
    ['Windows-1258', windows1258, 'windows-1258'],
    ['TCVN3', tcvn3, 'tcvn3'],
    ['VNI', () => encodeVni(seedText), 'vni'],
    ['NFD (decomposed) UTF-8', nfd, 'utf-8'],
  ])('%s is recognised and read to the same plan', async (_name, make, encoding) => {
    const { document, parsed } = await readAndParse(make(), 'plan.txt');
    expect(document.format).toBe('text');
    expect(document.encoding).toBe(encoding);
    expect(document.text).toBe(document.text.normalize('NFC'));
    expectSeedFacts(parsed);
  });

  it('reads Windows-1258, UTF-16 and NFD back to the seed exactly', () => {
    expect(decodeText(windows1258()).text).toBe(seedText);
    expect(decodeText(utf16be()).text).toBe(seedText);
    expect(decodeText(nfd()).text).toBe(seedText);
  });

  it('converts TCVN3 characters pasted into a UTF-8 file', () => {
    const pasted = Buffer.from(Buffer.from(encodeTcvn3(seedText)).toString('latin1'), 'utf8');
    const decoded = decodeText(pasted);
    expect(decoded.encoding).toBe('utf-8 (tcvn3 characters)');
    expect(decoded.text.toLowerCase()).toBe(seedText.toLowerCase());
  });

  it('leaves real Unicode and Latin text alone', () => {
    expect(repairFontText(seedText)).toBeNull();
    expect(repairFontText('Café crème brûlée à la française')).toBeNull();
  });
});
