import { describe, expect, it } from 'vitest';
import {
  clampDomain,
  fullDomain,
  layoutFlows,
  prepareFlows,
  type FlowModel,
} from '../../../src/core/layout/flow/index.ts';
import { estimateTextWidth } from '../../../src/core/layout/flow/ticks.ts';
import { dailyFlows, flows, monthly, serbiaFlows } from './fixtures.ts';

const WIDTHS = Array.from({ length: 33 }, (_, i) => 320 + i * 40); // 320 … 1600
const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr'];
const heightFor = (w: number) => Math.max(240, Math.round(w * 0.56));

function expectNoOverlaps(model: FlowModel): void {
  const { xTicks, yTicks, width, fontSize } = model;
  expect(xTicks.length).toBeGreaterThan(0);
  for (let i = 0; i < xTicks.length; i += 1) {
    const t = xTicks[i]!;
    expect(t.labelX).toBeGreaterThanOrEqual(0);
    expect(t.labelX + t.labelWidth).toBeLessThanOrEqual(width + 0.001);
    expect(t.labelWidth).toBeCloseTo(estimateTextWidth(t.label, fontSize));
    if (i > 0) {
      const p = xTicks[i - 1]!;
      expect(p.labelX + p.labelWidth, `${p.label} / ${t.label} at ${width}px`).toBeLessThan(t.labelX);
    }
  }
  // Value labels: at least 1.5 lines apart, all inside the left margin.
  for (let i = 1; i < yTicks.length; i += 1) {
    expect(Math.abs(yTicks[i - 1]!.y - yTicks[i]!.y)).toBeGreaterThanOrEqual(fontSize * 1.5);
  }
  for (const t of yTicks) expect(estimateTextWidth(t.label, fontSize)).toBeLessThanOrEqual(model.plot.left - 4);
  // Event labels: inside the picture, no two in a row overlapping.
  const visible = model.events.filter((e) => e.inView && e.placed.visible);
  for (const e of visible) {
    expect(e.placed.x).toBeGreaterThanOrEqual(0);
    expect(e.placed.x + e.placed.width).toBeLessThanOrEqual(width + 0.001);
    expect(e.placed.width).toBeCloseTo(estimateTextWidth(e.placed.text, fontSize));
  }
  for (const a of visible) {
    for (const b of visible) {
      if (a === b || a.placed.row !== b.placed.row) continue;
      const apart = a.placed.x + a.placed.width <= b.placed.x || b.placed.x + b.placed.width <= a.placed.x;
      expect(apart, `${a.placed.text} / ${b.placed.text} at ${width}px`).toBe(true);
    }
  }
}

describe('layoutFlows: nothing overlaps from 320 to 1600 px', () => {
  const datasets = {
    serbia: prepareFlows(serbiaFlows()),
    daily: prepareFlows(dailyFlows(1, 3650, 4)),
    weekly: prepareFlows(
      flows({
        interval: 'week',
        series: [{ id: 'w', label: 'W', points: Array.from({ length: 60 }, (_, i) => ({ date: new Date(Date.UTC(2016, 0, 4 + i * 7)).toISOString().slice(0, 10), value: i * 1234567 })) }],
      }),
    ),
    yearly: prepareFlows(flows({ series: [{ id: 'y', label: 'Y', points: Array.from({ length: 40 }, (_, i) => ({ date: String(1980 + i), value: i * 99 })) }] })),
  };
  for (const [name, prepared] of Object.entries(datasets)) {
    for (const locale of LOCALES) {
      it(`${name}, ${locale}`, () => {
        for (const width of WIDTHS) expectNoOverlaps(layoutFlows(prepared, { width, height: heightFor(width), locale }));
      });
    }
  }
  it('also when zoomed into a few weeks of daily data', () => {
    const prepared = prepareFlows(dailyFlows(2, 3650, 5));
    for (const width of WIDTHS) {
      const model = layoutFlows(prepared, { width, height: heightFor(width), locale: 'sr-Latn', domain: [Date.UTC(2003, 1, 1), Date.UTC(2003, 2, 20)] });
      expect(model.zoomed).toBe(true);
      expectNoOverlaps(model);
    }
  });
});

describe('layoutFlows: scales', () => {
  const prepared = prepareFlows(serbiaFlows());
  const model = layoutFlows(prepared, { width: 800, height: 448, locale: 'en' });

  it('maps the whole range of periods onto the plot', () => {
    expect(model.x(new Date(model.fullDomain[0]))).toBeCloseTo(model.plot.left);
    expect(model.x(new Date(model.fullDomain[1]))).toBeCloseTo(model.plot.right);
    expect(model.fullDomain[0]).toBe(Date.UTC(2015, 0, 1));
  });

  it('starts values at zero and covers the peak with a nice maximum', () => {
    const [lo, hi] = model.y.domain() as [number, number];
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(180_344);
    expect(model.y(0)).toBeCloseTo(model.plot.bottom);
    expect(model.yTicks[0]!.value).toBe(0);
  });

  it('groups thousands by locale and goes compact when narrow', () => {
    expect(model.yTicks.map((t) => t.label)).toContain('100,000');
    const sr = layoutFlows(prepared, { width: 800, height: 448, locale: 'sr-Latn' });
    expect(sr.yTicks.map((t) => t.label)).toContain('100.000');
    const narrow = layoutFlows(prepared, { width: 320, height: 240, locale: 'en' });
    expect(narrow.compact).toBe(true);
    expect(narrow.yTicks.map((t) => t.label)).toContain('100K');
  });

  it('labels time ticks with locale month names, years where the year changes', () => {
    const labels = model.xTicks.map((t) => t.label);
    expect(labels[0]).toBe('Jan 2015');
    expect(labels).toContain('Jul');
    const sr = layoutFlows(prepared, { width: 1200, height: 600, locale: 'sr-Cyrl' });
    expect(sr.xTicks.some((t) => /[а-я]/.test(t.label))).toBe(true);
  });

  it('rescales values to what is in view when zoomed, and hides what is hidden', () => {
    const zoomed = layoutFlows(prepared, { width: 800, height: 448, locale: 'en', domain: [Date.UTC(2017, 0, 1), Date.UTC(2018, 11, 1)] });
    expect(zoomed.y.domain()[1]!).toBeLessThan(20_000);
    const hidden = layoutFlows(prepared, { width: 800, height: 448, locale: 'en', hidden: new Set(['intentions']) });
    expect(hidden.series.map((s) => s.id)).toEqual(['arrivals-encountered']);
    expect(hidden.y.domain()[1]!).toBeLessThan(2_000);
  });
});

describe('layoutFlows: gaps, estimates and single points', () => {
  it('draws unknown values as gaps, never as zero', () => {
    const prepared = prepareFlows(monthly([10, 20, null, null, 40, 50]));
    const model = layoutFlows(prepared, { width: 600, height: 336, locale: 'en' });
    const d = model.series[0]!.shapes.line;
    expect(d.match(/M/g)).toHaveLength(2);
    const zeroY = model.y(0).toFixed(1);
    expect(d).not.toContain(`,${zeroY}`);
  });

  it('draws estimates in their own path', () => {
    const model = layoutFlows(prepareFlows(monthly([10, 20, 30, 40], { estimate: [3] })), { width: 600, height: 336, locale: 'en' });
    expect(model.series[0]!.shapes.estimateLine).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('shows a single point as a dot in a padded range', () => {
    const prepared = prepareFlows(monthly([1234]));
    const model = layoutFlows(prepared, { width: 400, height: 240, locale: 'en' });
    expect(model.fullDomain[0]).toBeLessThan(prepared.periods[0]!);
    expect(model.series[0]!.shapes.dots).toHaveLength(1);
    expect(model.series[0]!.shapes.dots[0]!.x).toBeCloseTo((model.plot.left + model.plot.right) / 2, 0);
    expect(model.xTicks.length).toBeGreaterThan(0);
  });
});

describe('layoutFlows: stacking', () => {
  const data = flows({
    stacked: true,
    series: [
      { id: 'a', label: 'A', points: [{ date: '2016-01', value: 10 }, { date: '2016-02', value: 20 }, { date: '2016-03', value: 30 }, { date: '2016-04', value: 30 }] },
      { id: 'b', label: 'B', points: [{ date: '2016-01', value: 5 }, { date: '2016-02', value: null }, { date: '2016-03', value: 5 }, { date: '2016-04', value: 5 }] },
      { id: 'c', label: 'C', points: [{ date: '2016-01', value: 1 }, { date: '2016-02', value: 1 }, { date: '2016-03', value: 1 }, { date: '2016-04', value: 1 }] },
    ],
  });
  const prepared = prepareFlows(data);

  it('stacks visible series and scales to the stacked total', () => {
    const model = layoutFlows(prepared, { width: 600, height: 336, locale: 'en', overview: 'never' });
    expect(model.y.domain()[1]!).toBeGreaterThanOrEqual(36);
    const topOf = (id: string) => model.series.find((s) => s.id === id)!.shapes.area;
    // The first layer sits on the baseline; layers above start where the one below ends.
    expect(topOf('a')).toContain(`,${model.y(0).toFixed(1).replace(/\.0$/, '')}`);
    const y36 = model.y(36);
    expect(topOf('c')).toContain(`,${(Math.round(y36 * 10) / 10).toString()}`);
  });

  it('leaves a gap in a layer, and in every layer above it, where a value is unknown', () => {
    const model = layoutFlows(prepared, { width: 600, height: 336, locale: 'en', overview: 'never' });
    const a = model.series.find((s) => s.id === 'a')!.shapes;
    const b = model.series.find((s) => s.id === 'b')!.shapes;
    const c = model.series.find((s) => s.id === 'c')!.shapes;
    expect(a.area.match(/M/g)).toHaveLength(1);
    expect(b.area.match(/M/g)).toHaveLength(1);
    expect(b.dots).toHaveLength(1); // January alone before the gap
    expect(c.dots).toHaveLength(1);
  });

  it('re-stacks without hidden series', () => {
    const model = layoutFlows(prepared, { width: 600, height: 336, locale: 'en', hidden: new Set(['b']), overview: 'never' });
    expect(model.series.map((s) => s.id)).toEqual(['a', 'c']);
    expect(model.series[1]!.shapes.area.match(/M/g)).toHaveLength(1);
    expect(model.y.domain()[1]!).toBeGreaterThanOrEqual(31);
    expect(model.y.domain()[1]!).toBeLessThan(36);
  });
});

describe('layoutFlows: long series', () => {
  it('bounds drawn points by the plot width and keeps peaks', () => {
    const prepared = prepareFlows(dailyFlows(3, 73_000, 11));
    const model = layoutFlows(prepared, { width: 1000, height: 560, locale: 'en' });
    expect(model.decimated).toBe(true);
    for (const s of model.series) expect(s.drawn).toBeLessThanOrEqual(model.plot.width * 4 + 200);
    // The highest value of each series is at the top of its drawn path.
    for (const s of model.series) {
      const ys = [...s.shapes.line.matchAll(/,(-?[\d.]+)/g), ...s.shapes.estimateLine.matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));
      const source = prepared.series.find((p) => p.id === s.id)!;
      const peak = Math.max(...Array.from(source.values).filter((v) => !Number.isNaN(v)));
      expect(Math.min(...ys)).toBeCloseTo(model.y(peak), 0);
    }
    expect(model.overview).not.toBeNull();
  });

  it("fits the chart's own paths into the overview strip while the whole range shows", () => {
    const prepared = prepareFlows(dailyFlows(3, 7_300, 5));
    const whole = layoutFlows(prepared, { width: 960, height: 480, locale: 'en' });
    const [from, to] = whole.fullDomain;
    const zoomed = layoutFlows(prepared, { width: 960, height: 480, locale: 'en', domain: [from + (to - from) / 3, to] });
    const points = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const strip = whole.overview!;
    expect(zoomed.overview!.top).toBe(strip.top);
    whole.series.forEach((s, index) => {
      const line = strip.lines[index]!;
      // The same path text as the chart, moved and squeezed by the matrix …
      expect(line.d).toBe(s.shapes.line + s.shapes.estimateLine);
      const [, , , b, , a] = line.transform!.match(/-?[\d.e-]+/g)!.map(Number);
      const ys = points(line.d).map(([, y]) => a! + b! * y);
      // … into the strip, with the series' peak and trough where the strip drawn on its own puts them.
      const own = points(zoomed.overview!.lines[index]!.d).map(([, y]) => y);
      expect(zoomed.overview!.lines[index]!.transform).toBeUndefined();
      expect(Math.min(...ys)).toBeCloseTo(Math.min(...own), 0);
      expect(Math.max(...ys)).toBeCloseTo(Math.max(...own), 0);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(strip.top);
      expect(Math.max(...ys)).toBeLessThanOrEqual(strip.top + strip.height);
    });
  });

  it('clamps a zoom range into the data and keeps it at least two periods long', () => {
    const prepared = prepareFlows(monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    const full = fullDomain(prepared);
    expect(clampDomain(prepared, null)).toEqual(full);
    const [a, b] = clampDomain(prepared, [Date.UTC(2014, 0, 1), Date.UTC(2014, 5, 1)]);
    expect(a).toBe(full[0]);
    expect(b - a).toBeGreaterThanOrEqual(Date.UTC(2015, 2, 1) - Date.UTC(2015, 0, 1) - 1);
    const [c, d] = clampDomain(prepared, [Date.UTC(2015, 5, 1), Date.UTC(2015, 5, 2)]);
    expect(d - c).toBeGreaterThan(50 * 86_400_000);
  });
});

describe('layoutFlows: events', () => {
  it('draws dates as rules and spans as bands, placed on the time scale', () => {
    const model = layoutFlows(prepareFlows(serbiaFlows()), { width: 1000, height: 560, locale: 'en' });
    const rule = model.events.find((e) => e.id === 'route-closes')!;
    const band = model.events.find((e) => e.id === 'eu-turkey-statement')!;
    expect(rule.span).toBe(false);
    expect(rule.x1).toBe(rule.x0);
    expect(rule.x0).toBeCloseTo(model.x(new Date(Date.UTC(2016, 2, 8))), 0);
    expect(band.span).toBe(true);
    expect(band.x1).toBeGreaterThan(band.x0);
    expect(model.eventRows).toBeGreaterThan(0);
    expect(model.plot.top).toBeGreaterThan(model.eventRows * 12);
  });

  it('keeps every event reachable by period for keyboard jumps', () => {
    const prepared = prepareFlows(serbiaFlows());
    const model = layoutFlows(prepared, { width: 320, height: 240, locale: 'en' });
    for (const e of model.events) expect(prepared.periods[e.period]!).toBeGreaterThanOrEqual(e.start - 31 * 86_400_000);
  });
});
