/**
 * The board as a data table: one row per project. Cells are display text; values are for CSV:
 * ISO dates, plain amounts with their currency beside them, status and country codes, and texts
 * in the reader's language (a Text has no single raw form).
 */
import type { Project } from '../../data/types.ts';
import { formatDate, formatList } from '../../text/format.ts';
import type { BoardColumn, BoardMessages } from '../../text/messages/board.ts';
import type { BoardCard } from './cards.ts';

/** Same shape as the shared element table (DataTable), declared here so core stays DOM-free. */
export interface BoardTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[]; values: (string | number | null)[] }[];
}

/** The table's columns in order; a row's cells and values follow it. */
export const BOARD_COLUMNS: readonly BoardColumn[] = [
  'title',
  'status',
  'donors',
  'partners',
  'country',
  'start',
  'end',
  'budget',
  'currency',
  'progress',
  'progressKind',
  'themes',
  'url',
];

export function boardTable(
  rows: readonly { project: Project; card: BoardCard }[],
  caption: string,
  locale: string,
  messages: BoardMessages,
): BoardTable {
  const m = messages;
  const columns = BOARD_COLUMNS.map((key) => ({ key, label: m.column(key), numeric: key === 'budget' || key === 'progress' }));
  return {
    caption,
    columns,
    rows: rows.map(({ project, card }) => {
      return {
        id: project.id,
        cells: [
          card.title,
          card.statusDetail ? `${card.statusText} (${card.statusDetail})` : card.statusText,
          card.donorList,
          card.partnerList,
          card.country,
          project.start ? formatDate(project.start, locale) : '',
          project.end ? formatDate(project.end, locale) : '',
          card.budget,
          project.budget?.currency ?? '',
          card.progress?.percent ?? '',
          card.progress ? m.progressKind(card.progress.kind) : '',
          formatList([...card.themes], locale),
          card.url ?? '',
        ],
        values: [
          card.title,
          project.status,
          card.donors.join('; ') || null,
          card.partners.join('; ') || null,
          project.country ?? null,
          project.start ?? null,
          project.end ?? null,
          project.budget?.amount ?? null,
          project.budget?.currency ?? null,
          card.progress ? Math.round(card.progress.ratio * 1000) / 1000 : null,
          card.progress?.kind ?? null,
          card.themes.join('; ') || null,
          card.url,
        ],
      };
    }),
  };
}
