import { describe, expect, it } from 'vitest';
import { probeTicketNumbers } from './scenarios.js';

describe("the probes' tickets", () => {
  it('spreads them over the seeded numbers (1001 to 1000 + tickets)', () => {
    const numbers = probeTicketNumbers('read', 100_000, 5);

    expect(numbers).toEqual([11_000, 31_000, 51_000, 71_000, 91_000]);
  });

  it("never gives a write a read's ticket, so replayed replies leave the reads' threads as seeded", () => {
    const reads = new Set(probeTicketNumbers('read', 1_000, 5));
    const writes = probeTicketNumbers('write', 1_000, 5);

    expect(writes.filter((number) => reads.has(number))).toEqual([]);
    expect(Math.min(...writes)).toBeGreaterThanOrEqual(1001);
    expect(Math.max(...writes)).toBeLessThanOrEqual(2000);
  });
});
