/**
 * A tiny schema language: each schema both validates untrusted JSON into fresh null-prototype
 * objects and describes itself as JSON Schema, so the published schemas and the validator can
 * never disagree. No eval, no code generation.
 */
import { isIsoDate } from './dates.ts';
import { DESCRIBE } from './describe.ts';
import type { DataIssue } from './types.ts';

export type JsonSchema = { [key: string]: unknown };

/** The JSON Schema of builds that leave descriptions out (see describe.ts). */
const undescribed = (): JsonSchema => ({});

/** Collects warnings (dropped rows, removed links) while a dataset is validated. */
export interface ParseContext {
  warnings: DataIssue[];
}

/**
 * Raised inside validation only; the public validators turn it into a DataIssue. Its path starts
 * relative to the value that failed and each enclosing object or array puts its key in front on
 * the way out, so valid data never pays for building paths.
 */
export class InvalidData extends Error {
  constructor(
    public path: string,
    readonly reason: string,
    readonly code = 'invalid-data',
  ) {
    super(`${path || '/'}: ${reason}`);
  }

  /** The same failure seen from the parent: `segment` (e.g. `/points/3`) goes in front. */
  within(segment: string): this {
    this.path = segment + this.path;
    this.message = `${this.path}: ${this.reason}`;
    return this;
  }
}

/**
 * What was raised while the value at `key` of its parent was parsed (warnings from `mark` on, and
 * `error` when it failed) gets the key in front of its path. Warnings raised before a failure stay
 * (e.g. a link removed from a row later left out). The key becomes a path segment only here, so
 * valid data never pays for it.
 */
function placeAt(key: string | number, warnings: DataIssue[], mark: number, error?: unknown): void {
  for (let i = mark; i < warnings.length; i += 1) {
    const warning = warnings[i]!;
    warnings[i] = { ...warning, path: pointer('', key) + (warning.path ?? '') };
  }
  if (error instanceof InvalidData) error.within(pointer('', key));
}

export interface Schema<T> {
  /**
   * Validate `value` into a fresh value. Failures (thrown `InvalidData`) and warnings carry JSON
   * Pointer paths relative to `value`; the enclosing object or array places them (`placeAt`).
   */
  parse(value: unknown, context: ParseContext): T;
  jsonSchema(): JsonSchema;
  /** Fields with this flag may be missing (or null) in an object. */
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const MAX_STRING = 20_000;
export const MAX_ROWS = 500_000;

/** JSON Pointer escaping of one path segment (RFC 6901). */
export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite number';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only the object's own data, never inherited members such as `constructor`. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function string(options: { minLength?: number; maxLength?: number; pattern?: RegExp; description?: string } = {}): Schema<string> {
  const { minLength = 1, maxLength = MAX_STRING, pattern, description } = options;
  return {
    parse(value) {
      if (typeof value !== 'string') throw new InvalidData('', `expected text, got ${describe(value)}`);
      if (value.trim().length < minLength) throw new InvalidData('', 'expected non-empty text');
      if (value.length > maxLength) throw new InvalidData('', `text longer than ${maxLength} characters`);
      if (pattern && !pattern.test(value)) throw new InvalidData('', description ?? `does not match ${pattern.source}`);
      return value;
    },
    jsonSchema: DESCRIBE ? () => ({
      type: 'string',
      minLength,
      maxLength,
      ...(pattern ? { pattern: pattern.source } : {}),
      ...(description ? { description } : {}),
    }) : undescribed,
  };
}

/** An identifier: text, or a number that becomes text. */
export function id(): Schema<string> {
  return {
    parse(value) {
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value !== 'string' || !value.trim()) throw new InvalidData('', `expected an id, got ${describe(value)}`);
      if (value.length > 200) throw new InvalidData('', 'id longer than 200 characters');
      return value;
    },
    jsonSchema: DESCRIBE ? () => ({ type: ['string', 'number'], minLength: 1, maxLength: 200 }) : undescribed,
  };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const anyText = string({ minLength: 0 });

/** A Text: a string, or language tags mapped to strings. */
export function text(): Schema<string | Record<string, string>> {
  return {
    parse(value, context) {
      if (typeof value === 'string') return anyText.parse(value, context);
      if (!isPlainRecord(value)) throw new InvalidData('', `expected text or an object of language tags, got ${describe(value)}`);
      const result: Record<string, string> = Object.create(null);
      let entries = 0;
      for (const key of Object.keys(value)) {
        if (!LANGUAGE_TAG.test(key)) continue;
        const entry = value[key];
        if (entry === null || entry === undefined) continue;
        try {
          result[key] = anyText.parse(entry, context);
        } catch (error) {
          // Plain text raises no warnings: only the failure needs its place.
          placeAt(key, context.warnings, context.warnings.length, error);
          throw error;
        }
        entries++;
      }
      if (entries === 0) throw new InvalidData('', 'expected at least one language, e.g. {"en": "…"}');
      return result;
    },
    jsonSchema: DESCRIBE ? () => ({
      oneOf: [
        { type: 'string', maxLength: MAX_STRING },
        {
          type: 'object',
          description: 'Language tags (BCP 47) mapped to text, e.g. {"en": "…", "sr-Latn": "…"}',
          propertyNames: { pattern: LANGUAGE_TAG.source },
          additionalProperties: { type: 'string', maxLength: MAX_STRING },
          minProperties: 1,
        },
      ],
    }) : undescribed,
  };
}

/** ISO 8601 calendar text (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), a real date. */
export function isoDate(): Schema<string> {
  return {
    parse(value) {
      if (typeof value !== 'string') throw new InvalidData('', `expected a date like "2016-03", got ${describe(value)}`);
      if (!isIsoDate(value)) throw new InvalidData('', `"${String(value).slice(0, 20)}" is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      return value;
    },
    jsonSchema: DESCRIBE ? () => ({
      type: 'string',
      pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
      description: 'ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD (a UTC calendar period)',
    }) : undescribed,
  };
}

export function number(options: { minimum?: number; maximum?: number } = {}): Schema<number> {
  const { minimum, maximum } = options;
  return {
    parse(value) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidData('', `expected a finite number, got ${describe(value)}`);
      if (minimum !== undefined && value < minimum) throw new InvalidData('', `expected a number ≥ ${minimum}, got ${value}`);
      if (maximum !== undefined && value > maximum) throw new InvalidData('', `expected a number ≤ ${maximum}, got ${value}`);
      return value;
    },
    jsonSchema: DESCRIBE ? () => ({ type: 'number', ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) }) : undescribed,
  };
}

/** A Count: a finite number ≥ 0, or null for unknown. Strings are not numbers. */
export function count(): Schema<number | null> {
  const finite = number({ minimum: 0 });
  return {
    parse(value, context) {
      if (value === null) return null;
      if (typeof value === 'number' && value < 0) throw new InvalidData('', `a count cannot be negative, got ${value}`);
      return finite.parse(value, context);
    },
    jsonSchema: DESCRIBE ? () => ({ type: ['number', 'null'], minimum: 0, description: 'A count ≥ 0, or null when unknown' }) : undescribed,
  };
}

export function boolean(): Schema<boolean> {
  return {
    parse(value) {
      if (typeof value !== 'boolean') throw new InvalidData('', `expected true or false, got ${describe(value)}`);
      return value;
    },
    jsonSchema: DESCRIBE ? () => ({ type: 'boolean' }) : undescribed,
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return {
    parse(value) {
      if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
        throw new InvalidData('', `expected one of ${values.join(', ')}`);
      }
      return value as T;
    },
    jsonSchema: DESCRIBE ? () => ({ enum: [...values] }) : undescribed,
  };
}

/** Text normalised to lower case: open vocabularies such as a centre's type or a project's status. */
export function keyword(): Schema<string> {
  const base = string({ maxLength: 100 });
  return {
    parse: (value, context) => base.parse(value, context).trim().toLowerCase(),
    jsonSchema: base.jsonSchema,
  };
}

const SAFE_URL = /^https?:\/\//i;

/** Whether a link may be rendered: absolute http(s) only, no credentials, no control characters. */
export function isSafeUrl(value: string): boolean {
  // Control characters and spaces inside a URL are how `java\tscript:`-style tricks hide.
  // eslint-disable-next-line no-control-regex
  if (!SAFE_URL.test(value) || /[\u0000-\u0020\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A link: absolute `http:`/`https:` only. Anything else is removed with a warning rather than
 * failing the dataset: a bad link should not hide a good chart.
 */
export function safeUrl(): Schema<string | undefined> {
  return {
    optional: true,
    parse(value, context) {
      if (value === undefined || value === null || value === '') return undefined;
      if (typeof value === 'string' && isSafeUrl(value.trim())) return new URL(value.trim()).href;
      context.warnings.push({ code: 'unsafe-url', message: 'Link removed: only absolute http: and https: links are allowed', path: '' });
      return undefined;
    },
    jsonSchema: DESCRIBE ? () => ({ type: 'string', format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://', description: 'Absolute http: or https: URL' }) : undescribed,
  };
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return {
    optional: true,
    parse: (value, context) => (value === undefined || value === null ? undefined : schema.parse(value, context)),
    jsonSchema: schema.jsonSchema,
  };
}

/** A value with a default when missing or null. */
export function withDefault<T>(schema: Schema<T>, fallback: T): Schema<T> {
  // Every row that lacks the value shares the fallback (e.g. one empty list): frozen, so that
  // changing it through one row can never change the others, or later datasets.
  if (typeof fallback === 'object' && fallback !== null) Object.freeze(fallback);
  return {
    optional: true,
    parse: (value, context) => (value === undefined || value === null ? fallback : schema.parse(value, context)),
    jsonSchema: DESCRIBE ? () => ({ ...schema.jsonSchema(), default: fallback }) : undescribed,
  };
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S as S[K]['optional'] extends true ? never : K]: Infer<S[K]> } & {
  [K in keyof S as S[K]['optional'] extends true ? K : never]?: Exclude<Infer<S[K]>, undefined>;
};

/**
 * The prototype of validated objects: empty, frozen, itself without a prototype. Validated
 * objects inherit nothing (no `constructor`, no `toString`, no `__proto__` accessor), like
 * `Object.create(null)` objects, but V8 keeps them in fast mode, which matters at 10^5 rows.
 */
export const NO_PROTOTYPE: object = Object.freeze(Object.create(null));

/**
 * An object with known fields: a fresh object that inherits nothing, holding only those fields,
 * so `__proto__`, `constructor` and unknown keys in the data never reach library objects.
 */
export function object<S extends Shape>(shape: S, description?: string): Schema<ObjectOf<S>> {
  // Plain arrays and an index loop: this runs for every row of a dataset (10^5 at times).
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shape[key]!);
  return {
    parse(value, context) {
      if (!isPlainRecord(value)) throw new InvalidData('', `expected an object, got ${describe(value)}`);
      const result: Record<string, unknown> = Object.create(NO_PROTOTYPE);
      const warnings = context.warnings;
      let index = 0;
      let mark = warnings.length;
      try {
        for (; index < keys.length; index += 1) {
          const key = keys[index]!;
          const field = fields[index]!;
          mark = warnings.length;
          const raw = own(value, key);
          if (raw === undefined && !field.optional) throw new InvalidData('', 'is required');
          const parsed = field.parse(raw, context);
          if (warnings.length > mark) placeAt(key, warnings, mark);
          if (parsed !== undefined) result[key] = parsed;
        }
      } catch (error) {
        placeAt(keys[index]!, warnings, mark, error);
        throw error;
      }
      return result as ObjectOf<S>;
    },
    jsonSchema: DESCRIBE ? () => ({
      type: 'object',
      ...(description ? { description } : {}),
      properties: Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.jsonSchema()])),
      required: Object.keys(shape).filter((key) => !shape[key]!.optional),
    }) : undescribed,
  };
}

/**
 * Where the rows of a validated array sat in its input, recorded only when rows were dropped,
 * so later warnings (a repeated id or date) still name the row's original index.
 */
const sourcePositions = new WeakMap<readonly unknown[], readonly number[]>();

/** The input index of the row at `position` of a validated array. */
export function sourceIndex(rows: readonly unknown[], position: number): number {
  return sourcePositions.get(rows)?.[position] ?? position;
}

/** Record that `rows` keeps the rows at `positions` of the validated array `source`. */
export function keepSourcePositions(rows: readonly unknown[], source: readonly unknown[], positions: readonly number[]): void {
  if (positions.length === source.length && !sourcePositions.has(source)) return;
  sourcePositions.set(rows, positions.map((position) => sourceIndex(source, position)));
}

/**
 * An array. With `dropInvalid`, an invalid row is left out with a warning carrying its path
 * (one bad row should not blank a chart); otherwise the first invalid row fails the dataset.
 */
export function array<T>(item: Schema<T>, options: { dropInvalid?: boolean; minItems?: number } = {}): Schema<T[]> {
  const { dropInvalid = false, minItems = 0 } = options;
  return {
    parse(value, context) {
      if (!Array.isArray(value)) throw new InvalidData('', `expected an array, got ${describe(value)}`);
      if (value.length > MAX_ROWS) throw new InvalidData('', `more than ${MAX_ROWS} rows`, 'too-large');
      const result: T[] = [];
      const warnings = context.warnings;
      let positions: number[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const mark = warnings.length;
        try {
          result.push(item.parse(value[index], context));
          positions?.push(index);
        } catch (error) {
          placeAt(index, warnings, mark, error);
          if (!(error instanceof InvalidData) || !dropInvalid || error.code === 'too-large') throw error;
          warnings.push({ code: 'dropped-row', message: `Row left out: ${error.reason}`, path: error.path });
          positions ??= result.map((_, position) => position);
          continue;
        }
        if (warnings.length > mark) placeAt(index, warnings, mark);
      }
      if (positions) sourcePositions.set(result, positions);
      if (result.length < minItems) throw new InvalidData('', `expected at least ${minItems} valid row${minItems === 1 ? '' : 's'}`);
      return result;
    },
    jsonSchema: DESCRIBE ? () => ({ type: 'array', items: item.jsonSchema(), ...(minItems ? { minItems } : {}) }) : undescribed,
  };
}

/** One value or an array of them; always an array after parsing. */
export function oneOrMany<T>(item: Schema<T>): Schema<T[]> {
  const many = array(item, { dropInvalid: true });
  return {
    optional: true,
    parse: (value, context) =>
      value === undefined || value === null ? [] : Array.isArray(value) ? many.parse(value, context) : [item.parse(value, context)],
    jsonSchema: DESCRIBE ? () => ({ oneOf: [item.jsonSchema(), many.jsonSchema()] }) : undescribed,
  };
}

/**
 * A schema with a fast path for its common, clean case: `fast` returns the parsed value, exactly
 * as `schema` would, or undefined to leave the value to `schema` (with its exact failures and
 * warnings). For rows that come by the hundred thousand; a property test keeps the two equal.
 */
export function withFastPath<T>(schema: Schema<T>, fast: (value: unknown) => T | undefined): Schema<T> {
  return {
    ...schema,
    parse: (value, context) => fast(value) ?? schema.parse(value, context),
  };
}

/** Add a check across fields (e.g. an event's end after its start). */
export function refine<T>(schema: Schema<T>, check: (value: T) => void): Schema<T> {
  return {
    ...schema,
    parse(value, context) {
      const parsed = schema.parse(value, context);
      check(parsed);
      return parsed;
    },
  };
}
