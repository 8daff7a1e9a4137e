/**
 * The plain-D3 baseline, doing the least work: one SVG path per series (d3-shape line on
 * d3-scale scales), one circle per centre (d3-geo Mercator), a plain list of divs per project.
 * No axes, legend, tooltip, validation or accessibility.
 */
import { geoMercator } from 'd3-geo';
import { scaleLinear, scaleSqrt, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';

const COLOURS = ['#1f6feb', '#d9480f', '#2b8a3e'];
const REGION = { type: 'MultiPoint', coordinates: [[13, 40], [23, 47]] };

function drawTimeline(context, data) {
  const series = data.series.map((item) => ({ id: item.id, times: item.points.map((point) => Date.parse(point.date)), points: item.points }));
  let first = Infinity;
  let last = -Infinity;
  let max = 0;
  for (const item of series) {
    first = Math.min(first, item.times[0]);
    last = Math.max(last, item.times[item.times.length - 1]);
    for (const point of item.points) if (point.value > max) max = point.value;
  }
  const x = scaleUtc([first, last], [0, context.width]);
  const y = scaleLinear([0, max], [context.height, 0]);
  context.svg
    .selectAll('path')
    .data(series, (item) => item.id)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke', (_, index) => COLOURS[index % COLOURS.length])
    .attr('d', (item) =>
      line()
        .x((_, index) => x(item.times[index]))
        .y((point) => y(point.value))(item.points),
    );
}

function svg(context) {
  return select(context.container).append('svg').attr('width', context.width).attr('height', context.height);
}

const timeline = {
  render(context, data) {
    context.svg = svg(context);
    drawTimeline(context, data);
  },
  update(context, data) {
    drawTimeline(context, data);
  },
};

const map = {
  render(context, data) {
    const projection = geoMercator().fitSize([context.width, context.height], REGION);
    let max = 0;
    for (const centre of data.centres) if (centre.occupancy > max) max = centre.occupancy;
    const radius = scaleSqrt([0, max], [0, 12]);
    svg(context)
      .selectAll('circle')
      .data(data.centres, (centre) => centre.id)
      .join('circle')
      .each(function (centre) {
        const [cx, cy] = projection([centre.lon, centre.lat]);
        const ratio = centre.capacity ? centre.occupancy / centre.capacity : 0;
        this.setAttribute('cx', cx);
        this.setAttribute('cy', cy);
        this.setAttribute('r', radius(centre.occupancy));
        this.setAttribute('fill', ratio > 1 ? '#c92a2a' : ratio > 0.9 ? '#e67700' : '#1f6feb');
      });
  },
};

const text = (value) => (typeof value === 'string' ? value : (value.en ?? Object.values(value)[0]));

function drawBoard(context, projects) {
  context.list
    .selectChildren('div')
    .data(projects, (project) => project.id)
    .join((enter) => {
      const item = enter.append('div');
      item.append('strong').text((project) => text(project.title));
      item.append('div').text((project) => `${project.status} · ${project.donors.join(', ')} · ${project.budget.amount} ${project.budget.currency}`);
      return item;
    });
}

const board = {
  render(context, data) {
    context.projects = data.projects;
    context.list = select(context.container).append('div');
    drawBoard(context, data.projects);
  },
  filter(context) {
    drawBoard(
      context,
      context.projects.filter((project) => project.status === 'active'),
    );
  },
};

export default { timeline, map, board };
