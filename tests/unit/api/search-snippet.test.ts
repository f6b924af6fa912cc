import { describe, expect, it } from 'vitest';
import { snippet } from '../../../server/src/api/traversals/search.ts';

// Weakness VII.2 of Plan 83/KH-UBND, verbatim.
const passage = 'Việc lấn, chiếm đất đai, xây dựng trái phép vẫn diễn ra ở một số địa phương';

describe('search snippets', () => {
  it('finds a word typed without diacritics and cuts the passage verbatim', () => {
    expect(snippet(passage, ['dat', 'dai'])).toBe(passage);
    expect(snippet(`${'Tăng cường công tác quản lý. '.repeat(5)}${passage}`, ['trai'])).toMatch(/^….*xây dựng trái phép vẫn diễn ra/);
  });

  it('returns null when no word occurs', () => {
    expect(snippet(passage, ['covid'])).toBeNull();
  });
});
