/** Flow timeline layout: pure functions from a Flows dataset and a size to a drawable model. */
export * from './brush.ts';
export * from './decimate.ts';
export * from './events.ts';
export * from './interval.ts';
export * from './layout.ts';
export * from './prepare.ts';
export * from './readout.ts';
export * from './shapes.ts';
export * from './summary.ts';
export * from './table.ts';
export * from './ticks.ts';
export * from './warm.ts';
