/** The centres as table rows: formatted cells for the table view, raw values for the CSV. */
import { formatDate, formatNumber, formatPercent } from '../../text/format.ts';
import { baseMessages } from '../../text/messages/base.ts';
import { messagesFor } from '../../text/messages/catalogue.ts';
import { mapMessages } from '../../text/messages/map.ts';
import type { CentresModel, MarkerModel } from './model.ts';

export interface MapTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[]; values: (string | number | null)[] }[];
}

/** A centre's type as words: the known types translated, any other type as the dataset wrote it. */
export function typeLabel(marker: Pick<MarkerModel, 'kind' | 'type'>, locale: string): string {
  const words = messagesFor(mapMessages, locale);
  return marker.kind === 'other' && marker.type && marker.type !== 'other' ? marker.type : words.kindName(marker.kind);
}

/** The rate as words: a percentage, or why there is none (no data, people unknown, no places, capacity unknown). */
export function rateText(marker: Pick<MarkerModel, 'rate' | 'capacityIssue' | 'known' | 'occupancy'>, locale: string): string {
  const words = messagesFor(mapMessages, locale);
  if (!marker.known) return words.noDataOnDate;
  if (marker.rate !== null) return formatPercent(marker.rate, locale);
  if (marker.capacityIssue === 'none') return words.noPlaces;
  return marker.occupancy === null ? words.occupancyUnknown : words.capacityUnknown;
}

/** One row per centre, in the keyboard's occupancy order (largest first). */
export function mapTable(model: Pick<CentresModel, 'byId' | 'byOccupancy' | 'date' | 'timeline'>, locale: string): MapTable {
  const words = messagesFor(mapMessages, locale);
  const unknown = messagesFor(baseMessages, locale).unknown;
  const count = (value: number | null) => (value === null ? unknown : formatNumber(value, locale));
  // Figures of different dates sit side by side only when the centres carry a history.
  const dated = model.timeline;
  const columns: MapTable['columns'] = [
    { key: 'name', label: words.centre },
    { key: 'type', label: words.type },
    { key: 'status', label: words.statusTitle },
    { key: 'occupancy', label: words.occupancy, numeric: true },
    { key: 'capacity', label: words.capacity, numeric: true },
    { key: 'rate', label: words.rate, numeric: true },
  ];
  if (dated) columns.push({ key: 'date', label: words.date });
  const rows = model.byOccupancy.map((id) => {
    const marker = model.byId.get(id)!;
    const type = typeLabel(marker, locale);
    const status = words.statusName(marker.status);
    const cells = [marker.name, type, status, count(marker.occupancy), count(marker.capacity), rateText(marker, locale)];
    // CSV keeps the rate as a plain ratio (0.98), blank where there is none.
    const values: (string | number | null)[] = [marker.name, marker.type, marker.status, marker.occupancy, marker.capacity, marker.rate === null ? null : Math.round(marker.rate * 10000) / 10000];
    if (dated) {
      cells.push(marker.date && marker.known ? formatDate(marker.date, locale) : '');
      values.push(marker.known ? (marker.date ?? null) : null);
    }
    return { id, cells, values };
  });
  return {
    caption: model.date !== undefined ? words.tableCaption(formatDate(model.date, locale, 'long')) : words.tableCaptionUndated,
    columns,
    rows,
  };
}
