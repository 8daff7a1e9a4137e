/**
 * Apache ECharts (canvas), modular imports. The chart instance is made on the empty stage before
 * the data arrives (as its docs do); no animation, progressive rendering off so that the whole
 * picture is drawn in the timed call, LTTB sampling on the lines, axis and item tooltips.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

const lines = (data) =>
  data.series.map((series) => ({
    type: 'line',
    name: series.id,
    showSymbol: false,
    sampling: 'lttb',
    progressive: 0,
    data: series.points.map((point) => [Date.parse(point.date), point.value]),
  }));

const setup = (context) => {
  context.chart = init(context.container, null, { width: context.width, height: context.height });
};

const timeline = {
  setup,
  render(context, data) {
    context.chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value' },
      series: lines(data),
    });
  },
  update(context, data) {
    context.chart.setOption({ series: lines(data) });
  },
};

const colour = (ratio) => (ratio > 1 ? '#c92a2a' : ratio > 0.9 ? '#e67700' : '#1f6feb');

const map = {
  setup,
  render(context, data) {
    let max = 0;
    for (const centre of data.centres) if (centre.occupancy > max) max = centre.occupancy;
    context.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', min: 13, max: 23 },
      yAxis: { type: 'value', min: 40, max: 47 },
      series: [
        {
          type: 'scatter',
          progressive: 0,
          symbolSize: (value) => 2 * 12 * Math.sqrt(value[2] / max),
          itemStyle: { color: (item) => colour(item.value[3]) },
          data: data.centres.map((centre) => [centre.lon, centre.lat, centre.occupancy, centre.capacity ? centre.occupancy / centre.capacity : 0]),
        },
      ],
    });
  },
};

export default { timeline, map };
