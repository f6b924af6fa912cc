import { describe, expect, it } from 'vitest';
import { GlossaryError, validateGlossary } from '../../../server/src/ingest/glossary.ts';
import { glossary } from './helpers.ts';

const entry = { key: 'so-y-te', name: 'Sở Y tế', nameEn: 'Department of Health', level: 'province', kind: 'body', aliases: [] };

describe('validateGlossary', () => {
  it('accepts the shipped glossary', () => {
    expect(glossary.agencies.length).toBeGreaterThan(60);
    expect(glossary.agencies.find((e) => e.key === 'so-tai-nguyen-va-moi-truong')).toMatchObject({
      name: 'Sở Tài nguyên và Môi trường',
      nameEn: 'Department of Natural Resources and Environment',
      aliases: ['Sở TN&MT', 'STNMT', 'DONRE', 'Sở TNMT'],
    });
  });

  it.each([
    [null, 'expected an object with an "agencies" array'],
    [{ agencies: [{ ...entry, key: 'Sở Y tế' }] }, 'entry #1 ("Sở Y tế"): "key" must be a lower-case slug'],
    [{ agencies: [entry, { ...entry, name: 'Sở Y tế tỉnh' }] }, 'entry #2 ("so-y-te"): key "so-y-te" is already used by entry #1'],
    [{ agencies: [{ ...entry, level: 'national' }] }, 'entry #1 ("so-y-te"): "level" must be one of central, province, district, commune'],
    [{ agencies: [{ ...entry, nameEn: 42 }] }, 'entry #1 ("so-y-te"): "nameEn" must be a string'],
    [{ agencies: [{ ...entry, name: 'Sở Y tế {tinh}' }] }, 'entry #1 ("so-y-te"): unknown template slot "{tinh}"'],
    [{ agencies: [{ ...entry, memberLevels: ['province'] }] }, 'entry #1 ("so-y-te"): only collectives have "memberLevels"'],
    [{ agencies: [entry, { ...entry, key: 'y-te', name: 'Y tế', aliases: ['SỞ Y TẾ'] }] }, 'entry #2 ("y-te"): "SỞ Y TẾ" is also a name or alias of "so-y-te"'],
  ])('rejects %j', (json, message) => {
    expect(() => validateGlossary(json)).toThrow(GlossaryError);
    expect(() => validateGlossary(json)).toThrow(message);
  });
});
