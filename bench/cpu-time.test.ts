import { describe, expect, it } from 'vitest';
import { backendsCpuMsBetween } from './cpu-time.js';

describe("the database backends' CPU between two readings", () => {
  it("sums each backend's own growth, counting a new one from zero", () => {
    const before = new Map([
      [101, 500],
      [102, 40],
    ]);
    const after = new Map([
      [101, 650],
      [102, 40],
      [103, 25],
    ]);

    expect(backendsCpuMsBetween(before, after)).toBe(175);
  });

  it('takes nothing away for a backend that ended between them (an idle connection closed)', () => {
    const before = new Map([
      [101, 500],
      [104, 9_000],
    ]);
    const after = new Map([[101, 520]]);

    expect(backendsCpuMsBetween(before, after)).toBe(20);
  });
});
