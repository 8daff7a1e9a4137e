import { describe, expect, it } from 'vitest';
import { projectCard, warmBoardFormatters } from '../../../src/core/layout/board/cards.ts';
import { collatorFor } from '../../../src/core/layout/board/project-index.ts';
import { boardFacts, boardSummary } from '../../../src/core/layout/board/summary.ts';
import { boardTable } from '../../../src/core/layout/board/table.ts';
import { boardMessages } from '../../../src/core/text/messages/board.ts';
import { messagesFor } from '../../../src/core/text/messages/catalogue.ts';
import { UI_LANGUAGES } from '../../../src/core/text/locale.ts';
import { board, projects } from './fixtures.ts';

const TODAY = Date.UTC(2020, 6, 1);
/** Intl puts no-break and thin spaces in numbers and ranges; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const summary = (locale: string, take = 7) => {
  const data = board();
  return plain(boardSummary(boardFacts(data.projects.slice(0, take), 7, take < 7, locale), locale, messagesFor(boardMessages, locale)));
};

describe('summary', () => {
  it('counts by status, totals per currency and names the main donors (en)', () => {
    expect(summary('en')).toBe(
      '7 projects: 1 planned, 1 active, 1 completed, 1 suspended, 1 cancelled, and 2 other. ' +
        'Budgets by currency (currencies are never added together): €2,950,000.50 for 3 projects, $1,500,000 for 1 project, and CHF 300,000 for 1 project. ' +
        '2 projects have no budget listed. ' +
        'Main donors: European Union (3 projects), Switzerland (2 projects), and Italy (1 project).',
    );
  });

  it('speaks the page language with its plural forms', () => {
    expect(summary('sr-Latn', 2)).toBe(
      'Filteri prikazuju 2 od 7 projekata. 2 projekta: aktivno 1 i završeno 1. ' +
        'Budžeti po valutama (različite valute se ne sabiraju): 1.250.000,50 € za 2 projekta. ' +
        'Glavni donatori: European Union (2 projekta) i Switzerland (1 projekat).',
    );
    expect(summary('sr-Cyrl', 2)).toMatch(/^Филтери приказују 2 од 7 пројеката\. 2 пројекта: активно 1 и завршено 1\./);
    expect(summary('hr')).toContain('Proračuni po valutama (različite valute se ne zbrajaju)');
    expect(summary('hr')).toContain('za 1 projekt');
  });

  it('only names donors on two or more projects when there are many', () => {
    const data = projects({
      projects: ['A', 'B', 'C', 'D'].map((donor, i) => ({ id: `p${i}`, title: 'x', donors: [donor, 'Main'] })),
    });
    const facts = boardFacts(data.projects, 4, false, 'en');
    expect(facts.mainDonors.map((donor) => donor.label)).toEqual(['Main']);
  });

  it('says when nothing is shown', () => {
    const facts = boardFacts([], 5, true, 'en');
    expect(boardSummary(facts, 'en', boardMessages.en)).toBe('The filters show 0 of 5 projects.');
    expect(boardSummary(boardFacts([], 0, false, 'en'), 'en', boardMessages.en)).toBe('There are no projects to show.');
  });
});

describe('cards', () => {
  const cards = (locale: string) =>
    board().projects.map((project) => {
      const card = projectCard(project, locale, TODAY, messagesFor(boardMessages, locale));
      return { ...card, period: plain(card.period), budget: plain(card.budget) };
    });

  it('formats period, budget, country and progress in the locale', () => {
    const [sid, krnjaca, bihac] = cards('sr-Latn');
    expect(sid).toMatchObject({
      title: 'Prihvat u Šidu',
      statusText: 'Aktivno',
      country: 'Srbija',
      period: 'jan 2019. – dec 2021.',
      budget: '1.000.000 €',
      progress: { kind: 'elapsed', percent: '50%', text: 'Proteklo vreme: 50% planiranog perioda' },
      url: 'https://serbia.iom.int/sid',
    });
    expect(krnjaca!.progress).toMatchObject({ kind: 'reported', text: 'Napredak: 100% (prijavljeno)' });
    expect(krnjaca!.donors).toEqual(['Evropska unija', 'Switzerland']);
    expect(bihac!.period).toBe('15. mart 2024. – u toku');
  });

  it('shows "ongoing" for a period without an end and "until" without a start', () => {
    const en = cards('en');
    expect(en[2]!.period).toBe('March 15, 2024 – ongoing');
    expect(en[5]!.period).toBe('until 2023');
    expect(en[4]!.period).toBe('');
    expect(en[4]!.budget).toBe('');
  });

  it('badges unknown statuses as Other, keeping the data’s word', () => {
    const en = cards('en');
    expect(en[5]).toMatchObject({ status: 'other', statusText: 'Other', statusDetail: 'delivered' });
    expect(en[6]).toMatchObject({ status: 'other', statusText: 'Other', statusDetail: '' });
  });
});

describe('table', () => {
  it('has one row per project with display cells and raw CSV values', () => {
    const data = board();
    const m = boardMessages.en;
    const table = boardTable(data.projects.map((project) => ({ project, card: projectCard(project, 'en', TODAY, m) })), 'Projects', 'en', m);
    expect(table.rows).toHaveLength(7);
    expect(table.columns.map((column) => column.key)).toEqual([
      'title', 'status', 'donors', 'partners', 'country', 'start', 'end', 'budget', 'currency', 'progress', 'progressKind', 'themes', 'url',
    ]);
    const krnjaca = table.rows[1]!;
    expect(krnjaca.cells.slice(0, 11).map(plain)).toEqual([
      'Крњача: смештај', 'Completed', 'European Union and Switzerland', '', 'Serbia', '2016', '2017', '€250,000.50', 'EUR', '100%', 'reported',
    ]);
    expect(krnjaca.values.slice(0, 11)).toEqual([
      'Крњача: смештај', 'completed', 'European Union; Switzerland', null, 'RS', '2016', '2017', 250000.5, 'EUR', 1, 'reported',
    ]);
    expect(table.rows[5]!.cells[1]).toBe('Other (delivered)');
  });
});

describe('messages', () => {
  it('every language has every status and sort name', () => {
    for (const language of UI_LANGUAGES) {
      const m = boardMessages[language];
      for (const status of ['planned', 'active', 'completed', 'suspended', 'cancelled', 'other'] as const) {
        expect(m.status(status), `${language} ${status}`).toBeTruthy();
        expect(m.statusInText(status)).toBeTruthy();
      }
      for (const sort of ['', 'start', '-start', 'end', '-end', 'budget', '-budget', 'title', '-title'] as const) {
        expect(m.sortName(sort), `${language} ${sort}`).toBeTruthy();
      }
    }
  });

  it('uses South Slavic plural forms', () => {
    const m = boardMessages['sr-Latn'];
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => m.projects(count, String(count)))).toEqual([
      '1 projekat', '2 projekta', '5 projekata', '11 projekata', '21 projekat', '22 projekta', '25 projekata',
    ]);
    expect(boardMessages.hr.projects(3, '3')).toBe('3 projekta');
    expect(boardMessages['sr-Cyrl'].projects(1, '1')).toBe('1 пројекат');
  });
});

describe('warmBoardFormatters', () => {
  it('makes ahead of need the Intl objects a card asks for, so the first cards make none', () => {
    const kinds = ['DateTimeFormat', 'ListFormat', 'NumberFormat', 'DisplayNames', 'Collator'] as const;
    const originals = kinds.map((kind) => Intl[kind]);
    let made = 0;
    // Budgets in other currencies than the euro have formatters of their own, made when first seen.
    const otherCurrency = (args: unknown[]) => {
      const currency = (args[1] as Intl.NumberFormatOptions | undefined)?.currency;
      return currency !== undefined && currency !== 'EUR';
    };
    kinds.forEach((kind, i) => {
      const Original = originals[i] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[kind] = class extends Original {
        constructor(...args: unknown[]) {
          super(...args);
          if (!otherCurrency(args)) made += 1;
        }
      };
    });
    try {
      // A language no other test formats in, so nothing is memoised yet.
      warmBoardFormatters('fi');
      expect(made).toBeGreaterThan(0);
      const afterWarming = made;
      for (const project of board().projects) projectCard(project, 'fi', TODAY, messagesFor(boardMessages, 'fi'));
      collatorFor('fi').compare('ä', 'a');
      expect(made).toBe(afterWarming);
    } finally {
      kinds.forEach((kind, i) => ((Intl as unknown as Record<string, unknown>)[kind] = originals[i]));
    }
  });
});
