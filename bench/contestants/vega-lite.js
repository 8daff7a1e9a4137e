/**
 * Vega-Lite through vega-embed (canvas renderer, its default), tooltips on. The data goes in as a
 * named dataset, as Vega's docs advise for large or changing data; an update replaces it.
 */
import embed from 'vega-embed';

/** The contract's series as the flat rows Vega-Lite wants (part of the timed work). */
const rows = (data) => data.series.flatMap((series) => series.points.map((point) => ({ series: series.id, date: point.date, value: point.value })));

const spec = (context) => ({
  width: context.width,
  height: context.height,
  autosize: { type: 'fit', contains: 'padding' },
  data: { name: 'table' },
  mark: { type: 'line', tooltip: true },
  encoding: {
    x: { field: 'date', type: 'temporal', scale: { type: 'utc' } },
    y: { field: 'value', type: 'quantitative' },
    color: { field: 'series', type: 'nominal' },
  },
});

const timeline = {
  async render(context, data) {
    const result = await embed(context.container, spec(context), { actions: false });
    context.view = result.view;
    await context.view.data('table', rows(data)).runAsync();
  },
  async update(context, data) {
    await context.view.data('table', rows(data)).runAsync();
  },
};

export default { timeline };
