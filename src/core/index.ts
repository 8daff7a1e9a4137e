/**
 * The DOM-free core: contracts and validation, loading, dates, CSV, text and formats.
 * Usable in Node (e.g. to validate datasets in a publishing pipeline).
 */
export * from './data/types.ts';
export { validateFlows, validateCentres, validateProjects, CONTRACTS } from './data/contracts.ts';
export { fetchJson, parseJsonText, ERROR_CODES, type Loaded, type FetchOptions } from './data/load.ts';
export { parseIsoDate, periodStart, periodEnd, isIsoDate, type CalendarPeriod } from './data/dates.ts';
export { isSafeUrl } from './data/schema.ts';
export { toCsv } from './data/csv.ts';
export * from './text/index.ts';
