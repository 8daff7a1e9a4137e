/**
 * The Projects contract (DESIGN.md section 3) for <mig-project-board>, and its validator.
 */
import {
  array,
  id,
  isoDate,
  keyword,
  number,
  object,
  optional,
  refine,
  safeUrl,
  string,
  text,
  withDefault,
} from '../schema.ts';
import { type ProjectsData, type Validation } from '../types.ts';
import { meta, endNotBeforeStart, run, uniqueIds } from './shared.ts';

/** Larger budgets are data errors; the cap also keeps per-currency totals finite. */
const MAX_BUDGET = 1e15;

const budget = object({
  amount: number({ minimum: 0, maximum: MAX_BUDGET }),
  currency: string({ pattern: /^[A-Za-z]{3}$/, description: 'ISO 4217 currency code, e.g. EUR' }),
});

const project = refine(
  object({
    id: id(),
    title: text(),
    status: withDefault(keyword(), 'other'),
    summary: optional(text()),
    donors: withDefault(array(text(), { dropInvalid: true }), []),
    partners: withDefault(array(text(), { dropInvalid: true }), []),
    budget: optional(budget),
    start: optional(isoDate()),
    end: optional(isoDate()),
    country: optional(string({ pattern: /^[A-Za-z]{2}$/, description: 'ISO 3166-1 alpha-2 country code, e.g. RS' })),
    themes: withDefault(array(text(), { dropInvalid: true }), []),
    url: safeUrl(),
    progress: optional(number({ minimum: 0, maximum: 1 })),
  }),
  endNotBeforeStart('start', 'end'),
);

export const projectsSchema = object(
  {
    ...meta,
    projects: array(project, { dropInvalid: true }),
  },
  'Projects: an organisation’s projects for <mig-project-board>',
);

export function validateProjects(raw: unknown): Validation<ProjectsData> {
  return run<ProjectsData>(projectsSchema, raw, (data, { warnings }) => {
    data.projects = uniqueIds(data.projects, 'project', '/projects', warnings);
    for (const project of data.projects) {
      if (project.budget) project.budget.currency = project.budget.currency.toUpperCase();
      if (project.country) project.country = project.country.toUpperCase();
    }
    return data;
  });
}
