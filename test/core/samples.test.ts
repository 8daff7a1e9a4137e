import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCentres, validateFlows, validateProjects } from '../../src/core/data/contracts.ts';
import { generateCentres, generateFlows, generateProjects } from '../../src/core/data/sample-generators.ts';

const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

const validators = {
  flows: validateFlows,
  centres: validateCentres,
  projects: validateProjects,
} as const;

const FILES: [string, keyof typeof validators][] = [
  ['flows-serbia.json', 'flows'],
  ['flows-serbia-weekly.json', 'flows'],
  ['flows-serbia-daily.json', 'flows'],
  ['centres-serbia.json', 'centres'],
  ['centres-bih.json', 'centres'],
  ['projects-iom.json', 'projects'],
];

describe('sample datasets in data/', () => {
  for (const [file, contract] of FILES) {
    it(`${file} is valid ${contract} data with no warnings`, () => {
      const result = validators[contract](sample(file));
      expect(result.ok ? [] : [result.error]).toEqual([]);
      expect(result.warnings).toEqual([]);
    });
  }

  it('flows-serbia.json has every month of 2015–2018 for the intentions, unknown months as null', () => {
    const result = validateFlows(sample('flows-serbia.json'));
    if (!result.ok) throw new Error(result.error.message);
    const intentions = result.value.series.find((series) => series.id === 'intentions')!;
    expect(intentions.points).toHaveLength(48);
    expect(intentions.points[0]!.date).toBe('2015-01');
    expect(intentions.points.at(-1)!.date).toBe('2018-12');
    // Every estimate and every gap says why.
    for (const point of intentions.points) if (point.estimate || point.value === null) expect(point.note).toBeDefined();
  });

  it('centres-serbia.json has 18 centres open at its date', () => {
    const result = validateCentres(sample('centres-serbia.json'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.centres.filter((centre) => centre.status === 'open')).toHaveLength(18);
  });
});

describe('generated datasets', () => {
  it('pass the validators with no warnings', () => {
    const checks = [
      validateFlows(generateFlows({ series: 3, points: 2000, interval: 'day', gaps: true, estimates: true, events: 20, seed: 11 })),
      validateFlows(generateFlows({ series: 2, points: 240, interval: 'month', gaps: true, estimates: true, events: 5 })),
      validateCentres(generateCentres({ count: 500, history: 24, seed: 11 })),
      validateProjects(generateProjects({ count: 500, seed: 11 })),
    ];
    for (const result of checks) {
      expect(result.ok ? [] : [result.error]).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });
});
