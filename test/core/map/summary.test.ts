import { describe, expect, it } from 'vitest';
import { layoutCentres, layoutFrame, type MarkerModel } from '../../../src/core/layout/map/model.ts';
import { mapFacts, mapSummary } from '../../../src/core/layout/map/summary.ts';
import { mapTable, rateText, typeLabel } from '../../../src/core/layout/map/table.ts';
import type { CentresData } from '../../../src/core/data/types.ts';
import { centres, small, withHistory } from './fixtures.ts';

const modelOf = (data: CentresData, locale = 'en', date?: string) =>
  layoutCentres(data, layoutFrame(data, { width: 640, locale, basemap: 'auto' }), { locale, ...(date ? { date } : {}) });

describe('mapFacts', () => {
  it('adds people and places, with the rate over centres where both are known', () => {
    const facts = mapFacts(modelOf(small()));
    expect(facts).toMatchObject({ centres: 5, people: 2300, withPeople: 5, places: 1800, unknownCapacity: 1, closed: 1 });
    // (980 + 900 + 20 + 0) / (1000 + 600 + 0 + 200)
    expect(facts.rate).toBeCloseTo(1900 / 1800);
    expect(facts.mostCrowded.map((marker) => marker.id)).toEqual(['tent', 'obrenovac']);
    expect(facts.overCount).toBe(2);
    expect(facts.largest?.id).toBe('krnjaca');
  });

  it('keeps the three most crowded of many over capacity, as sorting them all would', () => {
    const markers = Array.from({ length: 60 }, (_, index) => {
      const capacity = index % 7 === 0 ? 0 : 10 + (index % 5);
      const occupancy = 11 + ((index * 37) % 13);
      return { id: `c${index}`, occupancy, capacity, rate: capacity ? occupancy / capacity : null, over: occupancy > capacity, status: 'open', known: true };
    }) as never as MarkerModel[];
    const crowding = (marker: MarkerModel) => marker.rate ?? Number.POSITIVE_INFINITY;
    const sorted = markers
      .filter((marker) => marker.over)
      .sort((a, b) => crowding(b) - crowding(a) || (b.occupancy ?? 0) - (a.occupancy ?? 0) || (a.id < b.id ? -1 : 1));
    const facts = mapFacts({ markers, date: undefined });
    expect(facts.overCount).toBe(sorted.length);
    expect(facts.mostCrowded.map((marker) => marker.id)).toEqual(sorted.slice(0, 3).map((marker) => marker.id));
  });

  it('has no rate without places, and no totals without people', () => {
    const none = mapFacts(modelOf(centres({ centres: [{ id: 'a', name: 'A', lat: 44, lon: 20, capacity: 0, occupancy: 0 }] })));
    expect(none.rate).toBeNull();
    expect(none.overCount).toBe(0);
    expect(none.mostCrowded).toEqual([]);
    const unknown = mapFacts(modelOf(centres({ centres: [{ id: 'a', name: 'A', lat: 44, lon: 20 }] })));
    expect(unknown).toMatchObject({ people: null, places: null, rate: null, largest: undefined });
  });
});

describe('mapSummary', () => {
  it('says it in English', () => {
    expect(mapSummary(mapFacts(modelOf(small())), 'en')).toBe(
      'On January 16, 2017: 5 centres held 2,300 people for 1,800 places (106% of capacity). ' +
        '2 centres were over capacity: Tent (no places) and Obrenovac (150%). ' +
        'The largest was Krnjača with 980 people. ' +
        'Capacity is unknown for 1 centre, left out of the rate. 1 centre is closed.',
    );
  });

  it('says it in Serbian Cyrillic, names transliterated', () => {
    expect(mapSummary(mapFacts(modelOf(small(), 'sr-Cyrl')), 'sr-Cyrl')).toBe(
      'Стање 16. јануар 2017. Центара: 5; број људи: 2.300; број места: 1.800 (попуњеност 106%). ' +
        'Преко капацитета: 2 (Тент, без места и Обреновац 150%). ' +
        'Највише људи: Крњача (980). ' +
        'Центара без познатог капацитета: 1 (нису урачунати у попуњеност). Затворених центара: 1.',
    );
  });

  it('is honest when only some counts are known', () => {
    const data = centres({
      asOf: '2017-01',
      centres: [
        { id: 'a', name: 'A', lat: 44, lon: 20, capacity: 100, occupancy: 50 },
        { id: 'b', name: 'B', lat: 44, lon: 21, capacity: 100 },
      ],
    });
    expect(mapSummary(mapFacts(modelOf(data)), 'en')).toBe(
      'In January 2017: 2 centres; the number of people is known for 1 of them: 50; places: 200 (50% of capacity where both are known). No centre was over capacity.',
    );
    expect(mapSummary(mapFacts(modelOf(data, 'hr')), 'hr')).toContain('Centara: 2; broj ljudi poznat za 1: 50; broj mjesta: 200 (popunjenost 50\u00a0% gdje je oboje poznato).');
  });

  it('names three centres over capacity and counts the others', () => {
    const data = centres({
      centres: Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, lat: 44, lon: 20 + i / 10, capacity: 10, occupancy: 20 + i })),
    });
    const text = mapSummary(mapFacts(modelOf(data)), 'en');
    expect(text).toContain('6 centres are over capacity: C5 (250%), C4 (240%), C3 (230%), and 3 others.');
    expect(mapSummary(mapFacts(modelOf(data, 'bs')), 'bs')).toContain('još 3 centra');
  });

  it('follows the chosen date', () => {
    const text = mapSummary(mapFacts(modelOf(withHistory(), 'en', '2016-12-25')), 'en');
    expect(text).toMatch(/^On December 25, 2016: 2 centres held 160 people for 150 places \(107% of capacity\)\. 1 centre was over capacity: A \(120%\)\./);
  });
});

describe('mapTable', () => {
  it('has one row per centre with type, status, people, places and rate', () => {
    const table = mapTable(modelOf(small()), 'en');
    expect(table.caption).toBe('Centres: January 16, 2017');
    expect(table.columns.map((column) => column.key)).toEqual(['name', 'type', 'status', 'occupancy', 'capacity', 'rate']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Krnjača', 'Asylum centre', 'Open', '980', '1,000', '98%'],
      ['Obrenovac', 'Transit centre', 'Open', '900', '600', '150%'],
      ['Preševo', 'Reception centre', 'Open', '400', 'unknown', 'capacity unknown'],
      ['Tent', 'tent camp', 'Open', '20', '0', 'no places'],
      ['Vranje', 'Reception centre', 'Closed', '0', '200', '0%'],
    ]);
    expect(table.rows[1]!.values).toEqual(['Obrenovac', 'transit', 'open', 900, 600, 1.5]);
    expect(table.rows[2]!.values).toEqual(['Preševo', 'reception', 'open', 400, null, null]);
  });

  it('adds the date of each centre’s figures when the data has a history', () => {
    const table = mapTable(modelOf(withHistory(), 'en', '2016-12-25'), 'en');
    expect(table.columns.at(-1)!.key).toBe('date');
    expect(table.rows.map((row) => row.values.at(-1))).toEqual(['2016-12-25', '2016-12']);
  });

  it('speaks the page language', () => {
    const table = mapTable(modelOf(small(), 'sr-Latn'), 'sr-Latn');
    expect(table.rows[2]!.cells).toEqual(['Preševo', 'Prihvatni centar', 'Otvoren', '400', 'nepoznato', 'kapacitet nepoznat']);
    expect(typeLabel({ kind: 'asylum', type: 'asylum' }, 'hr')).toBe('Centar za azil');
    expect(rateText({ rate: null, capacityIssue: null, known: false, occupancy: null }, 'en')).toBe('no data for this date');
    expect(rateText({ rate: null, capacityIssue: null, known: true, occupancy: null }, 'en')).toBe('people unknown');
    expect(rateText({ rate: null, capacityIssue: 'none', known: true, occupancy: 3 }, 'en')).toBe('no places');
  });
});
