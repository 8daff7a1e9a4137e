/** Small datasets for the flow layout tests (raw contract JSON, validated). */
import { validateFlows } from '../../../src/core/data/contracts.ts';
import type { FlowsData } from '../../../src/core/data/types.ts';
import serbia from '../../../data/flows-serbia.json';

export function flows(raw: unknown): FlowsData {
  const result = validateFlows(raw);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.path ?? ''}: ${result.error.message}`);
  return result.value;
}

export const serbiaFlows = (): FlowsData => flows(serbia);

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/** `count` daily points per series from 2000-01-01, spiky, with runs of nulls every so often. */
export function dailyFlows(seriesCount: number, count: number, seed = 1, options: { stacked?: boolean } = {}): FlowsData {
  const rnd = random(seed);
  const start = Date.UTC(2000, 0, 1);
  return flows({
    interval: 'day',
    stacked: options.stacked ?? false,
    series: Array.from({ length: seriesCount }, (_, s) => ({
      id: `s${s}`,
      label: `Series ${s + 1}`,
      points: Array.from({ length: count }, (_, i) => {
        const gap = i % 997 >= 990;
        const spike = rnd() < 0.002 ? 20 : 1;
        return {
          date: new Date(start + i * DAY).toISOString().slice(0, 10),
          value: gap ? null : Math.round((100 + 80 * Math.sin(i / 50) + rnd() * 40) * spike),
          ...(i % 500 < 20 ? { estimate: true } : {}),
        };
      }),
    })),
  });
}

export function monthly(values: (number | null)[], options: { estimate?: number[]; start?: number } = {}): FlowsData {
  const startYear = options.start ?? 2015;
  return flows({
    series: [
      {
        id: 'a',
        label: 'A',
        points: values.map((value, i) => ({
          date: `${startYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          value,
          ...(options.estimate?.includes(i) ? { estimate: true } : {}),
        })),
      },
    ],
  });
}
