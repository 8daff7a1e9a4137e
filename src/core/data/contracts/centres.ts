/**
 * The Centres contract (DESIGN.md section 3) for <mig-centre-map>, and its validator.
 */
import {
  array,
  count,
  id,
  isoDate,
  keyword,
  number,
  object,
  oneOf,
  optional,
  safeUrl,
  sourceIndex,
  string,
  text,
  withDefault,
} from '../schema.ts';
import { CENTRE_STATUSES, type CentresData, type Validation } from '../types.ts';
import { meta, run, uniqueIds, byDate } from './shared.ts';

const latitude = number({ minimum: -90, maximum: 90 });
const longitude = number({ minimum: -180, maximum: 180 });

const centreSnapshot = object({
  date: isoDate(),
  occupancy: withDefault(count(), null),
  capacity: withDefault(count(), null),
});

const centre = object({
  id: id(),
  name: text(),
  type: withDefault(keyword(), 'other'),
  lat: latitude,
  lon: longitude,
  capacity: withDefault(count(), null),
  occupancy: withDefault(count(), null),
  history: withDefault(array(centreSnapshot, { dropInvalid: true }), []),
  status: withDefault(oneOf(CENTRE_STATUSES), 'open'),
  url: safeUrl(),
  note: optional(text()),
});

export const centresSchema = object(
  {
    ...meta,
    asOf: optional(isoDate()),
    basemap: optional(string({ maxLength: 2000 })),
    centres: array(centre, { dropInvalid: true }),
  },
  'Centres: asylum and reception centres with occupancy and capacity for <mig-centre-map>',
);

export function validateCentres(raw: unknown): Validation<CentresData> {
  return run<CentresData>(centresSchema, raw, (data, { warnings }) => {
    data.centres = uniqueIds(data.centres, 'centre', '/centres', warnings);
    data.centres.forEach((centre, index) => {
      centre.history = byDate(centre.history, () => `/centres/${sourceIndex(data.centres, index)}/history`, warnings);
    });
    return data;
  });
}
