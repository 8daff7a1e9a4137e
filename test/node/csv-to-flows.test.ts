/**
 * The CSV recipe in docs/csv-to-flows.mjs: CSV text becomes a Flows dataset that the
 * widget's own validator accepts, with gaps, estimates and events; mistakes name their line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFlows } from '../../src/core/data/contracts.ts';

const script = resolve(import.meta.dirname, '../../docs/csv-to-flows.mjs');

interface Recipe {
  parseCsv(text: string): string[][];
  csvToFlows(counts: string[][], events: string[][], options?: Record<string, unknown>): Record<string, unknown>;
}
const recipe = (async () => (await import(/* @vite-ignore */ script)) as Recipe)();

const counts = `\ufeffdate,Registered intentions|intentions,"Arrivals, met by UNHCR"\r
2015-07,29037,\r
2015-11,150148*,NA\r
2015-10,180344,\r
2015-12,92826,\r
`;
const events = `date,end,label,note
2015-09-15,,Hungary seals its border with Serbia,"A razor-wire fence; buses to Šid"
2016-03-18,2016-03-20,EU–Turkey Statement,
`;

describe('docs/csv-to-flows.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mig-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses quoted fields, CRLF and a byte-order mark', async () => {
    const { parseCsv } = await recipe;
    expect(parseCsv('a,"b ""c"", d"\r\n1,2\n')).toEqual([
      ['a', 'b "c", d'],
      ['1', '2'],
    ]);
    expect(parseCsv(counts)[0]).toEqual(['date', 'Registered intentions|intentions', 'Arrivals, met by UNHCR']);
  });

  it('makes a dataset the widget accepts: sorted points, gaps, estimates, events', async () => {
    const { parseCsv, csvToFlows } = await recipe;
    const dataset = csvToFlows(parseCsv(counts), parseCsv(events), { title: 'Registered intentions', unit: 'people', interval: 'month' });
    const result = validateFlows(dataset);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    const [intentions, arrivals] = result.value.series;
    expect(intentions!.id).toBe('intentions');
    expect(arrivals!.id).toBe('arrivals-met-by-unhcr');
    expect(intentions!.points.map((point) => point.date)).toEqual(['2015-07', '2015-10', '2015-11', '2015-12']);
    expect(intentions!.points[2]).toMatchObject({ value: 150148, estimate: true });
    expect(arrivals!.points.every((point) => point.value === null)).toBe(true);
    expect(result.value.events.map((event) => event.end ?? null)).toEqual([null, '2016-03-20']);
    expect(dataset.title).toEqual({ en: 'Registered intentions' });
  });

  it('names the line and column of a mistake', async () => {
    const { parseCsv, csvToFlows } = await recipe;
    expect(() => csvToFlows(parseCsv('date,a\n2023-02-30,1\n'), [])).toThrow(/line 2: "2023-02-30" is not an ISO date/);
    expect(() => csvToFlows(parseCsv('date,a\n2023-02,1\n2023-02,2\n'), [])).toThrow(/line 3: the date 2023-02 is already/);
    expect(() => csvToFlows(parseCsv('date,a\n2023-02,-4\n'), [])).toThrow(/line 2, column "a": "-4" is not a count/);
    expect(() => csvToFlows(parseCsv('date,a\n2023-02,"1,200"\n'), [])).toThrow(/not a count/);
    expect(csvToFlows(parseCsv('date,a\n2023-02,"1,200"\n'), [], { thousands: ',' }).series).toMatchObject([{ points: [{ value: 1200 }] }]);
  });

  it('runs from the command line', () => {
    writeFileSync(join(dir, 'counts.csv'), counts);
    writeFileSync(join(dir, 'events.csv'), events);
    const run = spawnSync(process.execPath, [script, join(dir, 'counts.csv'), '--events', join(dir, 'events.csv'), '--lang', 'sr-Latn', '--title', 'Namere'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.title).toEqual({ 'sr-Latn': 'Namere' });
    expect(validateFlows(dataset).ok).toBe(true);
    writeFileSync(join(dir, 'broken.csv'), 'year,value\n2015,3\n');
    const broken = spawnSync(process.execPath, [script, join(dir, 'broken.csv')], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('the first column must be "date"');
  });
});
