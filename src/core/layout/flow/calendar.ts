/**
 * UTC calendar intervals: days, weeks from Monday, months and years, and every n-th of them.
 * The same dates as d3-time's `utcDay`, `utcMonday`, `utcMonth` and `utcYear` (tested against
 * d3-time), written after its `timeInterval` (ISC licence). d3-time ships as one module that
 * builds all of its intervals, local and UTC, milliseconds to years, as soon as it loads, and
 * brings d3-array along; the timeline needs these four.
 */

export interface Calendar {
  /** Start of the period that holds `date`. */
  floor(date: Date): Date;
  /** Start of the first period at or after `date`. */
  ceil(date: Date): Date;
  /** `date` moved by `step` whole periods. */
  offset(date: Date, step?: number): Date;
  /** Starts of the periods in [start, stop). */
  range(start: Date, stop: Date): Date[];
}

export interface CountedCalendar extends Calendar {
  /** Period boundaries from the period of `start` to that of `end`. */
  count(start: Date, end: Date): number;
  /**
   * Every `step`-th period: by day of the month, month of the year or year number where the
   * interval has one (the 1st, 3rd, 5th … day; January, March …), else counted from 1970.
   * A step below 2 gives the interval itself.
   */
  every(step: number): Calendar;
}

type Floor = (date: Date) => void;
type Offset = (date: Date, step: number) => void;

/** Dates are copied before being moved: callers' dates are never changed. */
function calendar(floor: Floor, offset: Offset): Calendar {
  const ceil = (date: Date): Date => {
    const next = new Date(+date - 1);
    floor(next);
    offset(next, 1);
    floor(next);
    return next;
  };
  return {
    floor(date) {
      const start = new Date(+date);
      floor(start);
      return start;
    },
    ceil,
    offset(date, step = 1) {
      const moved = new Date(+date);
      offset(moved, Math.floor(step));
      return moved;
    },
    range(start, stop) {
      const dates: Date[] = [];
      const next = ceil(start);
      if (!(next < stop)) return dates;
      let previous: Date;
      do {
        dates.push((previous = new Date(+next)));
        offset(next, 1);
        floor(next);
      } while (previous < next && next < stop);
      return dates;
    },
  };
}

function counted(floor: Floor, offset: Offset, count: (start: Date, end: Date) => number, field?: (date: Date) => number): CountedCalendar {
  const periods = (start: Date, end: Date): number => {
    const a = new Date(+start);
    const b = new Date(+end);
    floor(a);
    floor(b);
    return Math.floor(count(a, b));
  };
  const epoch = new Date(0);
  const interval: CountedCalendar = {
    ...calendar(floor, offset),
    count: periods,
    every(step) {
      const every = Math.floor(step);
      if (!(every > 1)) return interval;
      const kept = field ? (date: Date) => field(date) % every === 0 : (date: Date) => periods(epoch, date) % every === 0;
      // `date >= date` is false for an invalid date, which would otherwise never be kept.
      return calendar(
        (date) => {
          if (date >= date) while ((floor(date), !kept(date))) date.setTime(+date - 1);
        },
        (date, steps) => {
          if (!(date >= date)) return;
          const direction = steps < 0 ? -1 : 1;
          for (let n = Math.abs(steps); n > 0; n -= 1) {
            do offset(date, direction);
            while (!kept(date));
          }
        },
      );
    },
  };
  return interval;
}

const DAY = 86_400_000;

export const utcDay = counted(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
  (start, end) => (+end - +start) / DAY,
  (date) => date.getUTCDate() - 1,
);

export const utcMonday = counted(
  (date) => {
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCDate(date.getUTCDate() + step * 7),
  (start, end) => (+end - +start) / (7 * DAY),
);

export const utcMonth = counted(
  (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
  (start, end) => end.getUTCMonth() - start.getUTCMonth() + (end.getUTCFullYear() - start.getUTCFullYear()) * 12,
  (date) => date.getUTCMonth(),
);

export const utcYear = counted(
  (date) => {
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step),
  (start, end) => end.getUTCFullYear() - start.getUTCFullYear(),
  (date) => date.getUTCFullYear(),
);
