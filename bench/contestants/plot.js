/**
 * Observable Plot: line marks (one per series, UTC x scale) and dot marks on a Mercator
 * projection, with Plot's pointer tips. Plot has no update: a new chart replaces the old one.
 */
import { dot, lineY, plot } from '@observablehq/plot';

const COLOURS = ['#1f6feb', '#d9480f', '#2b8a3e'];
const REGION = { type: 'MultiPoint', coordinates: [[13, 40], [23, 47]] };

function timelineChart(context, data) {
  return plot({
    width: context.width,
    height: context.height,
    x: { type: 'utc' },
    y: { grid: true },
    marks: data.series.map((series, index) =>
      lineY(series.points, { x: (point) => new Date(point.date), y: 'value', stroke: COLOURS[index % COLOURS.length], tip: true }),
    ),
  });
}

const timeline = {
  render(context, data) {
    context.container.replaceChildren(timelineChart(context, data));
  },
  update(context, data) {
    context.container.replaceChildren(timelineChart(context, data));
  },
};

const ratioColour = (centre) => {
  const ratio = centre.capacity ? centre.occupancy / centre.capacity : 0;
  return ratio > 1 ? '#c92a2a' : ratio > 0.9 ? '#e67700' : '#1f6feb';
};

const map = {
  render(context, data) {
    const chart = plot({
      width: context.width,
      height: context.height,
      projection: { type: 'mercator', domain: REGION },
      r: { range: [0, 12] },
      marks: [dot(data.centres, { x: 'lon', y: 'lat', r: 'occupancy', fill: ratioColour, tip: true })],
    });
    context.container.replaceChildren(chart);
  },
};

export default { timeline, map };
