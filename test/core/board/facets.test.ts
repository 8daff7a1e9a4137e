import { describe, expect, it } from 'vitest';
import { generateProjects } from '../../../src/core/data/sample-generators.ts';
import type { Project, Text } from '../../../src/core/data/types.ts';
import { FacetCounter } from '../../../src/core/layout/board/facet-counter.ts';
import { indexProjects } from '../../../src/core/layout/board/project-index.ts';
import { canonicalText, foldKey } from '../../../src/core/layout/board/text-keys.ts';
import { board, projects } from './fixtures.ts';

/** The plain way: per project, the set of folded names; then a count per name. */
function naiveCounts(data: readonly Project[], pick: (project: Project) => readonly Text[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const project of data) {
    const keys = new Set(pick(project).map((text) => foldKey(canonicalText(text).trim())).filter(Boolean));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('facet counter', () => {
  it('counts a project once per name, whatever its case, accents, script or language', () => {
    const counter = new FacetCounter();
    const first = { id: 'a' } as Project;
    const second = { id: 'b' } as Project;
    counter.add(['Šid', 'sid', { en: 'Sid', 'sr-Cyrl': 'Шид' }, ' '], first);
    counter.add(['Шид', 'Italy'], second);
    expect(counter.groups().map(({ value, projects: members }) => [value, members.map((p) => p.id)])).toEqual([
      ['Šid', ['a', 'b']],
      ['Italy', ['b']],
    ]);
  });

  it('gives the index the same donor and theme counts as counting each project on its own', () => {
    const data = projects(generateProjects({ count: 1000, seed: 5 })).projects;
    const index = indexProjects({ projects: data } as never, 'sr-Latn');
    const counted = (facets: typeof index.donors) => new Map(facets.map((facet) => [foldKey(facet.value), facet.count]));
    expect(counted(index.donors)).toEqual(naiveCounts(data, (project) => project.donors));
    expect(counted(index.themes)).toEqual(naiveCounts(data, (project) => project.themes));
  });

  it('lists the status groups present in the data', () => {
    const index = indexProjects(board(), 'en');
    expect([...index.statuses].sort()).toEqual(['active', 'cancelled', 'completed', 'other', 'planned', 'suspended']);
    expect([...indexProjects(projects({ projects: [{ id: 'x', title: 'X', status: 'active' }] }), 'en').statuses]).toEqual(['active']);
  });
});
