#!/usr/bin/env node
/**
 * CSV → a Flows dataset for <mig-flow-timeline>. No dependencies: copy this file anywhere.
 *
 *   node csv-to-flows.mjs counts.csv [--events events.csv] [--title "…"] [--subtitle "…"]
 *        [--unit people] [--lang en] [--interval month] [--stacked] [--source "…"]
 *        [--source-url https://…] [--thousands ,] [--decimal .] > flows.json
 *
 * counts.csv, one row per date and one column per series (the header names the series):
 *
 *   date,Registered intentions,Arrivals
 *   2015-07,29037,
 *   2015-11,150148*,
 *   2015-12,92826,
 *
 * - `date`: ISO 8601 calendar text, YYYY, YYYY-MM or YYYY-MM-DD.
 * - A value is a plain number; an empty cell, `NA`, `n/a`, `-`, `–` or `…` is unknown (null:
 *   drawn as a gap, never as zero); a value ending in `*` is an estimate (drawn dashed).
 * - A series column's id is its header in lower case with dashes (`registered-intentions`).
 *   A header `Label|id` sets the id: `Registered intentions|intentions`.
 *
 * events.csv: `date,end,label,note` (end and note may be empty).
 *
 * Texts are written for one language (`--lang`, default `en`): add other languages by hand, or
 * run the script once per language and merge. The result is checked against the contract as
 * far as a CSV can break it (dates, numbers, duplicate dates); the widget validates it again.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a leading byte-order mark. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const UNKNOWN = new Set(['', 'na', 'n/a', '-', '–', '—', '…', '...', 'null']);

/** Whether `text` is a real calendar date in ISO form (2023-02-30 is not). */
export function isIsoDate(text) {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A cell as `{ value, estimate }`; throws with the cell's place when it is not a number. */
export function parseValue(cell, where, { thousands = '', decimal = '.' } = {}) {
  let text = cell.trim();
  if (UNKNOWN.has(text.toLowerCase())) return { value: null, estimate: false };
  const estimate = text.endsWith('*');
  if (estimate) text = text.slice(0, -1).trim();
  if (thousands) text = text.split(thousands).join('');
  if (decimal !== '.') text = text.replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`${where}: "${cell}" is not a count (a number ≥ 0, or empty when unknown)`);
  return { value: Number(text), estimate };
}

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'series';

/** A Flows dataset from the rows of counts.csv (and events.csv). */
export function csvToFlows(countRows, eventRows, options = {}) {
  const lang = options.lang ?? 'en';
  const text = (value) => (value ? { [lang]: value } : undefined);
  const [header, ...rows] = countRows;
  if (!header || header[0]?.trim().toLowerCase() !== 'date') throw new Error('counts.csv: the first column must be "date"');
  if (header.length < 2) throw new Error('counts.csv: no series columns after "date"');
  const series = header.slice(1).map((name) => {
    const [label, id] = name.split('|').map((part) => part.trim());
    return { id: id || slug(label), label: text(label), points: [] };
  });
  const ids = new Set();
  for (const item of series) {
    if (ids.has(item.id)) throw new Error(`counts.csv: two series have the id "${item.id}"`);
    ids.add(item.id);
  }
  const dates = new Set();
  rows.forEach((cells, index) => {
    const line = index + 2;
    const date = cells[0]?.trim() ?? '';
    if (!isIsoDate(date)) throw new Error(`counts.csv line ${line}: "${date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (dates.has(date)) throw new Error(`counts.csv line ${line}: the date ${date} is already on an earlier line`);
    dates.add(date);
    series.forEach((item, column) => {
      const { value, estimate } = parseValue(cells[column + 1] ?? '', `counts.csv line ${line}, column "${header[column + 1]}"`, options);
      item.points.push(estimate ? { date, value, estimate } : { date, value });
    });
  });
  const events = [];
  if (eventRows?.length) {
    const [eventHeader, ...eventLines] = eventRows;
    const column = (name) => eventHeader.findIndex((cell) => cell.trim().toLowerCase() === name);
    const [at, end, label, note] = ['date', 'end', 'label', 'note'].map(column);
    if (at < 0 || label < 0) throw new Error('events.csv: the header needs "date" and "label" columns');
    eventLines.forEach((cells, index) => {
      const line = index + 2;
      const date = cells[at]?.trim() ?? '';
      const until = end >= 0 ? (cells[end]?.trim() ?? '') : '';
      if (!isIsoDate(date)) throw new Error(`events.csv line ${line}: "${date}" is not an ISO date`);
      if (until && !isIsoDate(until)) throw new Error(`events.csv line ${line}: the end "${until}" is not an ISO date`);
      const event = { date, label: text(cells[label]?.trim() ?? '') };
      if (until) event.end = until;
      const remark = note >= 0 ? cells[note]?.trim() : '';
      if (remark) event.note = text(remark);
      events.push(event);
    });
  }
  const dataset = {};
  if (options.title) dataset.title = text(options.title);
  if (options.subtitle) dataset.subtitle = text(options.subtitle);
  if (options.unit) dataset.unit = text(options.unit);
  if (options.interval) dataset.interval = options.interval;
  if (options.stacked) dataset.stacked = true;
  if (options.source) dataset.source = { name: options.source, ...(options.sourceUrl ? { url: options.sourceUrl } : {}) };
  dataset.series = series.map((item) => ({ ...item, points: item.points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) }));
  if (events.length) dataset.events = events;
  return dataset;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      events: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      unit: { type: 'string' },
      lang: { type: 'string' },
      interval: { type: 'string' },
      stacked: { type: 'boolean' },
      source: { type: 'string' },
      'source-url': { type: 'string' },
      thousands: { type: 'string' },
      decimal: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    console.error('usage: node csv-to-flows.mjs counts.csv [--events events.csv] [--title …] [--lang en] > flows.json');
    process.exit(2);
  }
  if (values.interval && !['day', 'week', 'month', 'quarter', 'year'].includes(values.interval)) {
    console.error('--interval is day, week, month, quarter or year');
    process.exit(2);
  }
  const counts = parseCsv(readFileSync(positionals[0], 'utf8'));
  const events = values.events ? parseCsv(readFileSync(values.events, 'utf8')) : [];
  const dataset = csvToFlows(counts, events, { ...values, sourceUrl: values['source-url'] });
  process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
