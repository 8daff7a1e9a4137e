import { validateCentres } from '../../../src/core/data/contracts.ts';
import type { CentresData } from '../../../src/core/data/types.ts';

/** Validate raw contract JSON the way the element does; fail loudly if the fixture is wrong. */
export function centres(raw: unknown): CentresData {
  const result = validateCentres(raw);
  if (!result.ok) throw new Error(`fixture invalid: ${result.error.message}`);
  return result.value;
}

/** Five centres around Belgrade and the south of Serbia, covering every case of the rate. */
export const small = () =>
  centres({
    title: 'Test centres',
    asOf: '2017-01-16',
    centres: [
      { id: 'krnjaca', name: 'Krnjača', type: 'asylum', lat: 44.804, lon: 20.465, capacity: 1000, occupancy: 980 },
      { id: 'obrenovac', name: 'Obrenovac', type: 'transit', lat: 44.655, lon: 20.2, capacity: 600, occupancy: 900 },
      { id: 'presevo', name: 'Preševo', type: 'reception', lat: 42.309, lon: 21.649, capacity: null, occupancy: 400 },
      { id: 'tent', name: 'Tent', type: 'tent camp', lat: 43.15, lon: 22.586, capacity: 0, occupancy: 20 },
      { id: 'vranje', name: 'Vranje', type: 'reception', lat: 42.551, lon: 21.9, capacity: 200, occupancy: 0, status: 'closed' },
    ],
  });

/** Two centres with a history around `asOf`. */
export const withHistory = () =>
  centres({
    asOf: '2017-01',
    centres: [
      {
        id: 'a',
        name: 'A',
        type: 'asylum',
        lat: 44.8,
        lon: 20.4,
        capacity: 100,
        occupancy: 90,
        history: [
          { date: '2016-12-25', occupancy: 120, capacity: 100 },
          { date: '2016-06', occupancy: 50, capacity: 80 },
          { date: '2017-06', occupancy: 30, capacity: 100 },
        ],
      },
      {
        id: 'b',
        name: 'B',
        type: 'reception',
        lat: 43.3,
        lon: 21.9,
        capacity: 50,
        occupancy: 10,
        status: 'closed',
        history: [{ date: '2016-12', occupancy: 40, capacity: 50 }],
      },
    ],
  });
