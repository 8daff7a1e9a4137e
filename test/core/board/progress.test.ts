import { describe, expect, it } from 'vitest';
import { projectProgress } from '../../../src/core/layout/board/progress.ts';
import { projects } from './fixtures.ts';

const project = (fields: Record<string, unknown>) => projects({ projects: [{ id: 'p', title: 'p', ...fields }] }).projects[0]!;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('progress', () => {
  it('uses the reported figure when given', () => {
    expect(projectProgress(project({ progress: 0.6, start: '2020', end: '2021' }), day('2020-01-01'))).toEqual({ ratio: 0.6, kind: 'reported' });
    expect(projectProgress(project({ progress: 0 }), day('2020-01-01'))).toEqual({ ratio: 0, kind: 'reported' });
  });

  it('otherwise measures the time elapsed between start and end, labelled as such', () => {
    // 2020 is one whole year: the start of July is 182 of 366 days in.
    const mid = projectProgress(project({ start: '2020', end: '2020', status: 'active' }), day('2020-07-01'))!;
    expect(mid.kind).toBe('elapsed');
    expect(mid.ratio).toBeCloseTo(182 / 366, 10);
    // End is inclusive: a project ending "2021-12" runs to the end of December.
    expect(projectProgress(project({ start: '2021-01', end: '2021-12' }), day('2022-01-01'))!.ratio).toBe(1);
    expect(projectProgress(project({ start: '2021-01', end: '2021-12' }), day('2021-12-31'))!.ratio).toBeLessThan(1);
  });

  it('clamps before the start and after the end', () => {
    expect(projectProgress(project({ start: '2030', end: '2031', status: 'planned' }), day('2025-01-01'))!.ratio).toBe(0);
    expect(projectProgress(project({ start: '2010', end: '2011', status: 'active' }), day('2025-01-01'))!.ratio).toBe(1);
  });

  it('has none without both dates, or for a halted or finished project', () => {
    expect(projectProgress(project({ start: '2010', end: '2011', status: 'completed' }), day('2025-01-01'))).toBeNull();
    expect(projectProgress(project({ start: '2020' }), day('2021-01-01'))).toBeNull();
    expect(projectProgress(project({ end: '2020' }), day('2021-01-01'))).toBeNull();
    expect(projectProgress(project({ start: '2020', end: '2022', status: 'cancelled' }), day('2021-01-01'))).toBeNull();
    expect(projectProgress(project({ start: '2020', end: '2022', status: 'suspended' }), day('2021-01-01'))).toBeNull();
    expect(projectProgress(project({ start: '2020', end: '2022' }), Number.NaN)).toBeNull();
  });

  it('does not depend on the time zone', () => {
    expect(projectProgress(project({ start: '2020-01-01', end: '2020-01-02' }), day('2020-01-02'))!.ratio).toBe(0.5);
  });
});
