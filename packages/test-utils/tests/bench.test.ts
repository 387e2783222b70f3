import { describe, expect, it } from 'vitest';
import { median, pairedShare, type LoadResult, type SideBySideResult } from '../src/bench.ts';

/** A URL's side-by-side result from its req/s in each round (latencies do not matter here). */
const loaded = (...rps: number[]): SideBySideResult => {
  const rounds: LoadResult[] = rps.map((each) => ({ rps: each, p50: 1, p99: 2, errors: 0 }));
  return { ...rounds.reduce((best, round) => (round.rps > best.rps ? round : best)), rounds };
};

describe("a subject's share of its reference, loaded side by side", () => {
  it('is the median of the rounds’ ratios: a second the reference alone ran fast does not count', () => {
    const nginx = loaded(100, 100, 250, 100, 100);
    const subject = loaded(80, 82, 80, 78, 81);
    expect(pairedShare(subject, nginx)).toBeCloseTo(0.8);
    // Best round against best round would have said 33 %.
    expect(subject.rps / nginx.rps).toBeCloseTo(0.33, 2);
  });

  it('follows the machine when it slows down for both', () => {
    expect(pairedShare(loaded(40, 80, 20, 80), loaded(50, 100, 25, 100))).toBeCloseTo(0.8);
  });

  it('takes the mean of the middle two ratios over an even number of rounds', () => {
    expect(pairedShare(loaded(50, 70, 90, 10), loaded(100, 100, 100, 100))).toBeCloseTo(0.6);
  });
});

describe('the median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order given', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
