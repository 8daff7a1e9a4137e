import { describe, expect, it } from 'vitest';
import { capacityIssue, isOverCapacity, occupancyRate, rateClass } from '../../../src/core/layout/map/rate.ts';

describe('occupancy rate', () => {
  it('divides occupancy by capacity', () => {
    expect(occupancyRate(980, 1000)).toBe(0.98);
    expect(occupancyRate(1500, 1000)).toBe(1.5);
    expect(occupancyRate(0, 10)).toBe(0);
  });

  it('is null, never Infinity or NaN, without a usable capacity', () => {
    expect(occupancyRate(20, 0)).toBeNull();
    expect(occupancyRate(0, 0)).toBeNull();
    expect(occupancyRate(20, null)).toBeNull();
    expect(occupancyRate(null, 100)).toBeNull();
  });
});

describe('over capacity', () => {
  it('means more people than places', () => {
    expect(isOverCapacity(1001, 1000)).toBe(true);
    expect(isOverCapacity(1000, 1000)).toBe(false);
    expect(isOverCapacity(null, 1000)).toBe(false);
    expect(isOverCapacity(1000, null)).toBe(false);
  });

  it('includes anyone at all in a centre with no places', () => {
    expect(isOverCapacity(1, 0)).toBe(true);
    expect(isOverCapacity(0, 0)).toBe(false);
  });

  it('names why there is no rate', () => {
    expect(capacityIssue(null)).toBe('unknown');
    expect(capacityIssue(0)).toBe('none');
    expect(capacityIssue(10)).toBeNull();
  });
});

describe('colour classes', () => {
  it('step at 50, 75 and 90 percent; 100 percent is full, not over', () => {
    expect(rateClass(49, 100)).toBe('r0');
    expect(rateClass(50, 100)).toBe('r1');
    expect(rateClass(74, 100)).toBe('r1');
    expect(rateClass(75, 100)).toBe('r2');
    expect(rateClass(90, 100)).toBe('r3');
    expect(rateClass(100, 100)).toBe('r3');
    expect(rateClass(101, 100)).toBe('over');
  });

  it('mark a centre with no places but people as over, and unknowns as unknown', () => {
    expect(rateClass(5, 0)).toBe('over');
    expect(rateClass(0, 0)).toBe('unknown');
    expect(rateClass(5, null)).toBe('unknown');
    expect(rateClass(null, 5)).toBe('unknown');
  });
});
