/**
 * The validated shapes of the three data contracts (DESIGN.md section 3).
 * Validators in ./contracts.ts produce exactly these: fresh objects holding only known
 * fields, dates as normalised ISO text, counts as finite numbers ≥ 0 or null.
 */

/** A string, or language tags mapped to strings: `{"en": "…", "sr-Latn": "…"}`. */
export type Text = string | Readonly<Record<string, string>>;

/** ISO 8601 calendar text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a UTC calendar period). */
export type IsoDate = string;

export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Source {
  name: Text;
  url?: string;
  date?: IsoDate;
  licence?: Text;
}

/** Fields every dataset may carry. */
export interface DatasetMeta {
  title?: Text;
  subtitle?: Text;
  note?: Text;
  /** Always an array after validation (a single source is wrapped). */
  source: Source[];
}

export interface FlowPoint {
  date: IsoDate;
  /** null = unknown: drawn as a gap, never as zero. */
  value: number | null;
  estimate: boolean;
  note?: Text;
}

export interface FlowSeries {
  id: string;
  label: Text;
  color?: string;
  note?: Text;
  /** Sorted by date, duplicates removed (with a warning). */
  points: FlowPoint[];
}

export interface FlowEvent {
  /** Given or generated (`event-<index>`). */
  id: string;
  date: IsoDate;
  end?: IsoDate;
  label: Text;
  note?: Text;
}

export interface FlowsData extends DatasetMeta {
  unit?: Text;
  interval?: Interval;
  stacked: boolean;
  series: FlowSeries[];
  events: FlowEvent[];
}

export type CentreStatus = 'open' | 'closed' | 'standby';
export const CENTRE_STATUSES: readonly CentreStatus[] = ['open', 'closed', 'standby'];
export const KNOWN_CENTRE_TYPES = ['asylum', 'reception', 'transit'] as const;

export interface CentreSnapshot {
  date: IsoDate;
  occupancy: number | null;
  capacity: number | null;
}

export interface Centre {
  id: string;
  name: Text;
  /** Free text; known values asylum, reception, transit. Lower-cased. */
  type: string;
  lat: number;
  lon: number;
  /** null = unknown; 0 = no places. */
  capacity: number | null;
  occupancy: number | null;
  /** Sorted by date. */
  history: CentreSnapshot[];
  status: CentreStatus;
  url?: string;
  note?: Text;
}

export interface CentresData extends DatasetMeta {
  asOf?: IsoDate;
  basemap?: string;
  centres: Centre[];
}

export type ProjectStatus = 'planned' | 'active' | 'completed' | 'suspended' | 'cancelled';
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'active', 'completed', 'suspended', 'cancelled'];

export interface Budget {
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
}

export interface Project {
  id: string;
  title: Text;
  /** A known status, or any other text (grouped as "other", never dropped). Lower-cased. */
  status: string;
  summary?: Text;
  donors: Text[];
  partners: Text[];
  budget?: Budget;
  start?: IsoDate;
  end?: IsoDate;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  themes: Text[];
  /** Only absolute http: or https: URLs survive validation. */
  url?: string;
  /** 0…1 */
  progress?: number;
}

export interface ProjectsData extends DatasetMeta {
  projects: Project[];
}

/** A problem found in the data: `path` is a JSON Pointer such as `/series/0/points/17/date`. */
export interface DataIssue {
  code: string;
  message: string;
  path?: string;
}

export type Validation<T> =
  | { ok: true; value: T; warnings: DataIssue[] }
  | { ok: false; error: DataIssue; warnings: DataIssue[] };
