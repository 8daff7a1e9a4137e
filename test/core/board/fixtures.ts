import { validateProjects } from '../../../src/core/data/contracts.ts';
import type { ProjectsData } from '../../../src/core/data/types.ts';

/** Validate raw contract JSON the way the element does; fail loudly if the fixture is wrong. */
export function projects(raw: unknown): ProjectsData {
  const result = validateProjects(raw);
  if (!result.ok) throw new Error(`fixture invalid: ${result.error.message}`);
  return result.value;
}

/** A small board touching every case: each status, "other", Cyrillic, diacritics, two currencies, missing fields. */
export const board = () =>
  projects({
    title: 'Test projects',
    projects: [
      {
        id: 'sid',
        title: { en: 'Reception in Šid', 'sr-Latn': 'Prihvat u Šidu' },
        status: 'active',
        donors: ['European Union'],
        partners: ['Commissariat for Refugees and Migration'],
        budget: { amount: 1_000_000, currency: 'EUR' },
        start: '2019-01',
        end: '2021-12',
        country: 'RS',
        themes: ['reception'],
        url: 'https://serbia.iom.int/sid',
      },
      {
        id: 'krnjaca',
        title: 'Крњача: смештај',
        status: 'completed',
        donors: [{ en: 'European Union', 'sr-Latn': 'Evropska unija' }, 'Switzerland'],
        budget: { amount: 250_000.5, currency: 'EUR' },
        start: '2016',
        end: '2017',
        country: 'rs',
        themes: ['Reception', 'health'],
        progress: 1,
      },
      {
        id: 'bihac',
        title: 'Bihać emergency response',
        status: 'Planned',
        donors: ['Italy'],
        budget: { amount: 1_500_000, currency: 'usd' },
        start: '2024-03-15',
        country: 'BA',
        themes: ['protection'],
      },
      {
        id: 'avrr',
        title: 'Assisted voluntary return',
        status: 'suspended',
        donors: ['Switzerland'],
        budget: { amount: 300_000, currency: 'CHF' },
        start: '2002-06',
        end: '2011-12',
        themes: [],
      },
      {
        id: 'cancelled',
        title: 'Border data exchange',
        status: 'cancelled',
        donors: [],
      },
      {
        id: 'delivered',
        title: 'Donation of vehicles',
        status: 'delivered',
        donors: ['European Union'],
        budget: { amount: 1_700_000, currency: 'EUR' },
        end: '2023',
      },
      {
        id: 'nostatus',
        title: 'Zenica: community support',
      },
    ],
  });
