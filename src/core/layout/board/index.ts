/** Pure model of <mig-project-board>: dataset + filters + sort + width → groups, cards, table, summary. */
export * from './cards.ts';
export * from './country.ts';
export * from './donors.ts';
export * from './filter.ts';
export * from './group.ts';
export * from './layout.ts';
export * from './navigation.ts';
export * from './progress.ts';
export * from './project-index.ts';
export * from './query.ts';
export * from './sort.ts';
export * from './status.ts';
export * from './summary.ts';
export * from './table.ts';
export * from './text-keys.ts';
export * from './totals.ts';
export * from './url.ts';
