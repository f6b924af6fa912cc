import { describe, expect, it } from 'vitest';
import { fittingZoom } from '../../../client/src/graph/viewport.ts';

describe('fittingZoom', () => {
  it('fits a box in the viewport with padding, by its tighter side', () => {
    expect(fittingZoom({ w: 1000, h: 200 }, 620, 420, 10, 4)).toBeCloseTo(0.6);
    expect(fittingZoom({ w: 100, h: 1000 }, 620, 420, 10, 4)).toBeCloseTo(0.4);
  });

  it('never zooms closer than the cap: two nodes side by side stay readable', () => {
    expect(fittingZoom({ w: 60, h: 30 }, 800, 600, 60, 1.5)).toBe(1.5);
    expect(fittingZoom({ w: 0, h: 0 }, 800, 600, 60, 1.5)).toBe(1.5);
  });

  it('falls back to the cap when the viewport is smaller than its padding (a hidden graph)', () => {
    expect(fittingZoom({ w: 100, h: 100 }, 0, 0, 60, 1.5)).toBe(1.5);
  });
});
