/**
 * Whether schemas carry their JSON Schema text. `npm run schemas` and the npm build need it; the
 * self-contained bundles load this module as `false` (rollup.config.mjs), and then every
 * `DESCRIBE ? … : undescribed` drops out of them: they only validate.
 */
export const DESCRIBE: boolean = true;
