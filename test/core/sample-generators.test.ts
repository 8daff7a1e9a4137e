import { describe, expect, it } from 'vitest';
import { isIsoDate, periodStart } from '../../src/core/data/dates.ts';
import { generateCentres, generateFlows, generateProjects, mulberry32 } from '../../src/core/data/sample-generators.ts';
import { CENTRE_STATUSES, KNOWN_CENTRE_TYPES, PROJECT_STATUSES } from '../../src/core/data/types.ts';

interface RawPoint { date: string; value: number | null; estimate?: boolean }
interface RawFlows { interval: string; series: { id: string; points: RawPoint[] }[]; events: { id: string; date: string; end?: string }[] }
interface RawSnapshot { date: string; occupancy: number | null; capacity: number | null }
interface RawCentre { id: string; type: string; lat: number; lon: number; capacity: number | null; occupancy: number | null; status: string; history: RawSnapshot[] }
interface RawCentres { asOf: string; centres: RawCentre[] }
interface RawProject { id: string; status: string; start: string; end?: string; budget?: { amount: number; currency: string }; progress?: number; url: string }
interface RawProjects { projects: RawProject[] }

const isCount = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const value of take(123)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('generateFlows', () => {
  it('gives the same output for the same seed, and different output for another seed', () => {
    const options = { series: 3, points: 400, interval: 'day' as const, gaps: true, estimates: true, events: 12 };
    expect(JSON.stringify(generateFlows({ ...options, seed: 42 }))).toBe(JSON.stringify(generateFlows({ ...options, seed: 42 })));
    expect(JSON.stringify(generateFlows({ ...options, seed: 42 }))).not.toBe(JSON.stringify(generateFlows({ ...options, seed: 43 })));
  });

  it('makes consecutive days with counts, and no gaps or estimates unless asked', () => {
    const data = generateFlows({ series: 2, points: 1000, interval: 'day' }) as RawFlows;
    expect(data.interval).toBe('day');
    expect(data.series).toHaveLength(2);
    expect(data.events).toEqual([]);
    for (const series of data.series) {
      expect(series.points).toHaveLength(1000);
      expect(series.points[0]!.date).toBe('2000-01-01');
      series.points.forEach((point, index) => {
        expect(point.value).not.toBeNull();
        expect(Number.isInteger(point.value)).toBe(true);
        expect(point.value! >= 0).toBe(true);
        expect(point.estimate).toBeUndefined();
        if (index > 0) expect(periodStart(point.date) - periodStart(series.points[index - 1]!.date)).toBe(86_400_000);
      });
    }
  });

  it('makes months, gaps, estimates and events (every third a span) when asked', () => {
    const data = generateFlows({ series: 3, points: 600, interval: 'month', gaps: true, estimates: true, events: 9, seed: 5 }) as RawFlows;
    const points = data.series.flatMap((series) => series.points);
    expect(points.every((point) => /^\d{4}-\d{2}$/.test(point.date) && isIsoDate(point.date) && isCount(point.value))).toBe(true);
    expect(points.some((point) => point.value === null)).toBe(true);
    expect(points.some((point) => point.estimate === true)).toBe(true);
    for (const series of data.series) expect(series.points.at(-1)!.estimate).toBe(true);
    expect(data.events).toHaveLength(9);
    expect(data.events.filter((event) => event.end !== undefined)).toHaveLength(3);
    for (const event of data.events) {
      expect(isIsoDate(event.date)).toBe(true);
      if (event.end) expect(periodStart(event.end) >= periodStart(event.date)).toBe(true);
    }
  });

  it('fits long series into the valid years and refuses what cannot fit', () => {
    const data = generateFlows({ series: 1, points: 73_000, interval: 'day' }) as RawFlows;
    const points = data.series[0]!.points;
    expect(points.every((point) => isIsoDate(point.date))).toBe(true);
    const months = generateFlows({ series: 1, points: 4812, interval: 'month' }) as RawFlows;
    expect(months.series[0]!.points[0]!.date).toBe('1800-01');
    expect(() => generateFlows({ series: 1, points: 4813, interval: 'month' })).toThrow(RangeError);
    expect(() => generateFlows({ series: -1, points: 10, interval: 'day' })).toThrow(RangeError);
  });
});

describe('generateCentres', () => {
  it('gives the same output for the same seed', () => {
    expect(JSON.stringify(generateCentres({ count: 300, history: 6, seed: 9 }))).toBe(JSON.stringify(generateCentres({ count: 300, history: 6, seed: 9 })));
    expect(JSON.stringify(generateCentres({ count: 300, seed: 9 }))).not.toBe(JSON.stringify(generateCentres({ count: 300, seed: 10 })));
  });

  it('spreads centres over the Western Balkans with counts, statuses, types and history ending at asOf', () => {
    const data = generateCentres({ count: 2000, history: 12 }) as RawCentres;
    expect(data.centres).toHaveLength(2000);
    expect(new Set(data.centres.map((centre) => centre.id)).size).toBe(2000);
    for (const centre of data.centres) {
      expect(centre.lat >= 40 && centre.lat <= 47).toBe(true);
      expect(centre.lon >= 13 && centre.lon <= 23).toBe(true);
      expect(isCount(centre.capacity) && isCount(centre.occupancy)).toBe(true);
      expect(CENTRE_STATUSES).toContain(centre.status);
      expect(KNOWN_CENTRE_TYPES as readonly string[]).toContain(centre.type);
      expect(centre.history).toHaveLength(12);
      expect(centre.history.at(-1)).toEqual({ date: data.asOf, occupancy: centre.occupancy, capacity: centre.capacity });
      expect(centre.history.every((snapshot) => isIsoDate(snapshot.date) && isCount(snapshot.occupancy) && isCount(snapshot.capacity))).toBe(true);
    }
    expect(data.centres.some((centre) => centre.capacity === 0)).toBe(true);
    expect(data.centres.some((centre) => centre.capacity === null)).toBe(true);
    expect(data.centres.some((centre) => centre.capacity && centre.occupancy !== null && centre.occupancy > centre.capacity)).toBe(true);
  });
});

describe('generateProjects', () => {
  it('gives the same output for the same seed', () => {
    expect(JSON.stringify(generateProjects({ count: 200, seed: 3 }))).toBe(JSON.stringify(generateProjects({ count: 200, seed: 3 })));
    expect(JSON.stringify(generateProjects({ count: 200, seed: 3 }))).not.toBe(JSON.stringify(generateProjects({ count: 200, seed: 4 })));
  });

  it('makes projects of every status with valid dates, budgets, links and progress', () => {
    const data = generateProjects({ count: 1000 }) as RawProjects;
    expect(data.projects).toHaveLength(1000);
    expect(new Set(data.projects.map((project) => project.status))).toEqual(new Set(PROJECT_STATUSES));
    for (const project of data.projects) {
      expect(isIsoDate(project.start)).toBe(true);
      if (project.end) expect(periodStart(project.end) >= periodStart(project.start)).toBe(true);
      if (project.budget) expect(project.budget.currency).toMatch(/^[A-Z]{3}$/);
      if (project.progress !== undefined) expect(project.progress >= 0 && project.progress <= 1).toBe(true);
      expect(project.url).toMatch(/^https:\/\//);
    }
  });
});
