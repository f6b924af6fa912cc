import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../../server/src/ingest/types.ts';
import { fixture, lineOf, parse } from './helpers.ts';

function failure(text: string): PlanParseError {
  try {
    parse(text, 'input.txt');
  } catch (error) {
    if (error instanceof PlanParseError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('bad input', () => {
  it('refuses empty text', () => {
    for (const text of ['', '  \n\u00a0\n']) {
      const error = failure(text);
      expect(error.sourceFile).toBe('input.txt');
      expect(error.reason).toBe('the text is empty');
    }
  });

  it('refuses binary text', () => {
    expect(failure('PK\u0003\u0004\u0000\u0000\u0008').reason).toMatch(/binary \(it contains NUL bytes\)/);
    expect(failure('\u0001\u0002\u0003\ufffd\ufffd\u0005\u0006\u0007abc').reason).toMatch(/looks binary/);
  });

  it('refuses a page that holds no plan (the site footer only)', () => {
    const error = failure(fixture('83-KH-UBND-2022.site-chrome.txt'));
    expect(error.message).toMatch(/^input\.txt: not a plan: no document header/);
  });

  it('refuses a header without any section of weaknesses', () => {
    const text = fixture('83-KH-UBND-2022.section-II.txt').split('\n').slice(0, 31).join('\n');
    // The header, preamble and purpose of the seed only: the plan cites six documents but states no weakness.
    expect(failure(text).reason).toMatch(/^not a remediation plan: a plan \(83\/KH-UBND\) citing 6 documents; no weakness sections/);
  });

  it('parses a plan cut off mid-way and says where it ends', () => {
    const text = fixture('83-KH-UBND-2022.truncated.txt');
    const parsed = parse(text, 'truncated.txt');
    const last = lineOf(text, '+ Phối hợp với các địa phương để tổ chức rà soát');
    expect(parsed.warnings).toContainEqual({
      kind: 'truncated',
      line: last,
      message:
        `the text ends at line ${last}, inside weakness I.1.2: the plan is cut off (no signature block; ` +
        'weakness I.1.2 lacks its deadline ("Thời gian khắc phục")); import it with --allow-partial to keep what is there',
    });
    expect(parsed.plan).toMatchObject({ signer: null, complete: false, truncatedAt: last });
    // The weakness the text stops in is cut; the one before it is whole.
    expect(parsed.plan.sections[0]!.weaknesses.map((w) => [w.code, w.complete])).toEqual([
      ['I.1.1', true],
      ['I.1.2', false],
    ]);
    expect(parsed.plan.sections[0]!.weaknesses.map((w) => [w.code, w.causes.length, w.tasks.length])).toEqual([
      ['I.1.1', 3, 9],
      ['I.1.2', 4, 5],
    ]);
    // The site chrome before the header is skipped: the plan starts at the issuer line.
    expect(parsed.plan.provenance.lineStart).toBe(lineOf(text, 'ỦY BAN NHÂN DÂN'));
  });
});
