/**
 * The three data contracts (DESIGN.md section 3) as schemas, and their validators, one module
 * each in contracts/. `npm run schemas` writes the same definitions to data/schemas/*.schema.json.
 */
import { centresSchema } from './contracts/centres.ts';
import { flowsSchema } from './contracts/flows.ts';
import { projectsSchema } from './contracts/projects.ts';

export { centresSchema, validateCentres } from './contracts/centres.ts';
export { flowColumns, flowPoints, flowPointsFields, flowsSchema, validateFlows } from './contracts/flows.ts';
export { projectsSchema, validateProjects } from './contracts/projects.ts';
export type { DatasetMeta } from './types.ts';

/** The contracts by name, for the schema generator and tooling. */
export const CONTRACTS = {
  flows: flowsSchema,
  centres: centresSchema,
  projects: projectsSchema,
} as const;
