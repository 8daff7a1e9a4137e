/**
 * A project's progress: the reported figure when the data gives one, otherwise the share of its
 * planned period that has elapsed at `today`, which is a different thing and is labelled so.
 */
import { periodEnd, periodStart } from '../../data/dates.ts';
import type { Project } from '../../data/types.ts';

export type ProgressKind = 'reported' | 'elapsed';

export interface ProjectProgress {
  /** 0…1 */
  readonly ratio: number;
  readonly kind: ProgressKind;
}

/**
 * Time elapsed says nothing about a project that was halted or has finished (its badge already
 * says so), so none is shown for these.
 */
const NOT_RUNNING = new Set(['completed', 'suspended', 'cancelled']);

export function projectProgress(project: Project, today: number): ProjectProgress | null {
  if (typeof project.progress === 'number' && Number.isFinite(project.progress)) {
    return { ratio: clamp(project.progress), kind: 'reported' };
  }
  if (NOT_RUNNING.has(project.status) || !project.start || !project.end || !Number.isFinite(today)) return null;
  const start = periodStart(project.start);
  const end = periodEnd(project.end);
  if (!(end > start)) return null;
  return { ratio: clamp((today - start) / (end - start)), kind: 'elapsed' };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
