import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, timeScale } from '../../../src/core/layout/flow/scale.ts';

describe('linear scales', () => {
  it('nice value domains and ticks are the numbers d3-scale gives', () => {
    for (let i = 1; i < 400; i += 1) {
      const upper = i % 2 ? (i * 7.37) ** (i % 5) : i * 113;
      const count = 2 + (i % 9);
      const theirs = scaleLinear().domain([0, upper]).range([400, 20]).nice(count);
      const ours = linearScale(niceDomain(0, upper, count), [400, 20]);
      expect(ours.domain()).toEqual(theirs.domain());
      expect(ours.ticks(count)).toEqual(theirs.ticks(count));
      expect(ours(upper / 3)).toBe(theirs(upper / 3));
    }
  });

  it('time positions and their inverse are the numbers d3-scale gives', () => {
    const a = Date.UTC(1995, 4, 17);
    for (let i = 1; i < 200; i += 1) {
      const b = a + i * 7_654_321_987;
      const theirs = scaleUtc().domain([new Date(a), new Date(b)]).range([41, 950]);
      const ours = timeScale([a, b], [41, 950]);
      const t = a + Math.floor(((b - a) * (i % 17)) / 17);
      expect(ours(t)).toBe(theirs(new Date(t)));
      expect(ours.invert(41 + i * 4.37)).toBe(theirs.invert(41 + i * 4.37).getTime());
    }
  });
});
